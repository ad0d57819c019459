"""Drill PKIs for the trust unit tests (made once per session: key generation is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.trust.drillcerts import CountryPki
from tests.helpers.certs import make_drill_pki

DATA = Path(__file__).resolve().parents[2] / "data" / "cap" / "valid"


@pytest.fixture(scope="session")
def ke_pki(tmp_path_factory: pytest.TempPathFactory) -> CountryPki:
    return make_drill_pki(tmp_path_factory.mktemp("pki"), "KE", agencies=("nps", "upf"))


@pytest.fixture(scope="session")
def ke_rsa_pki(tmp_path_factory: pytest.TempPathFactory) -> CountryPki:
    return make_drill_pki(
        tmp_path_factory.mktemp("pki-rsa"), "KE", agencies=("nps",), signing_key_type="rsa"
    )


@pytest.fixture(scope="session")
def foreign_pki(tmp_path_factory: pytest.TempPathFactory) -> CountryPki:
    """A PKI nobody put in the trust store (same agency names, other CA)."""
    return make_drill_pki(tmp_path_factory.mktemp("pki-foreign"), "KE", agencies=("nps",))


@pytest.fixture(scope="session")
def alert_bytes() -> bytes:
    return (DATA / "ke_explosion_alert.xml").read_bytes()
