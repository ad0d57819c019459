"""TrustStore.load: the file-name convention, subject fallback, and skipped files."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.errors import ConfigError
from incident_desk.trust import Signer, TrustStore
from incident_desk.trust.drillcerts import CountryPki


def test_file_names_map_to_agencies(tmp_path: Path, ke_pki: CountryPki) -> None:
    (tmp_path / "KE.pem").write_bytes(ke_pki.signing_ca.cert_pem)  # country CA: CN = agency
    (tmp_path / "UG-upf.pem").write_bytes(ke_pki.signing["upf"].cert_pem)  # pinned leaf
    (tmp_path / "notes.txt").write_text("ignored")
    store = TrustStore.load(tmp_path)
    assert store.problems == []
    assert {(e.country, e.agency, e.is_ca) for e in store.entries} == {
        ("KE", None, True),
        ("UG", "upf", False),
    }
    # The pinned file name wins over the certificate's own subject (C=KE, CN=upf).
    assert store.identify(ke_pki.signing["upf"].cert)[0] == Signer("UG", "upf")
    assert store.identify(ke_pki.signing["nps"].cert)[0] == Signer("KE", "nps")


def test_agency_ca_speaks_for_one_agency_only(tmp_path: Path, ke_pki: CountryPki) -> None:
    """An agency CA file (KE-nps.pem holding a CA): everything it issued counts as nps."""
    (tmp_path / "KE-nps.pem").write_bytes(ke_pki.signing_ca.cert_pem)
    store = TrustStore.load(tmp_path)
    assert store.identify(ke_pki.signing["upf"].cert)[0] == Signer("KE", "nps")


def test_other_names_fall_back_to_the_subject(tmp_path: Path, ke_pki: CountryPki) -> None:
    (tmp_path / "some-cert.crt").write_bytes(ke_pki.signing["nps"].cert_pem)
    (tmp_path / "some-ca.cer").write_bytes(ke_pki.signing_ca.cert_pem)
    store = TrustStore.load(tmp_path)
    assert {(e.country, e.agency, e.is_ca) for e in store.entries} == {
        ("KE", "nps", False),
        ("KE", None, True),
    }


def test_unusable_files_are_listed_not_fatal(tmp_path: Path, ke_pki: CountryPki) -> None:
    (tmp_path / "broken.pem").write_text("-----BEGIN CERTIFICATE-----\nxx\n")
    (tmp_path / "KE.pem").write_bytes(ke_pki.signing["nps"].cert_pem)  # a leaf, not a CA
    (tmp_path / "KE-nps.pem").write_bytes(ke_pki.signing["nps"].cert_pem)
    store = TrustStore.load(tmp_path)
    assert len(store) == 1
    assert [p.split(":")[0] for p in store.problems] == ["KE.pem", "broken.pem"]


def test_missing_folder_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        TrustStore.load(tmp_path / "nope")


def test_tls_ca_does_not_make_server_certificates_signers(ke_pki: CountryPki) -> None:
    """Only certificates the CA issued *directly*, valid now, may sign; the CA must match."""
    store = TrustStore.from_certificates([("KE", None, ke_pki.signing_ca.cert_pem)])
    signer, why = store.identify(ke_pki.server.cert)
    assert signer is None
    assert "not in the trust store" in why
