"""Drill certificates for tests, generated in tmp_path with the shipped code (trust.drillcerts)."""

from __future__ import annotations

from pathlib import Path

from incident_desk.trust.drillcerts import CountryPki, KeyType, make_country


def make_drill_pki(
    out: Path,
    country: str,
    *,
    agencies: tuple[str, ...] = ("nps", "upf"),
    bridge_users: tuple[str, ...] = (),
    signing_key_type: KeyType = "ec",
) -> CountryPki:
    """A country's CAs and certificates under ``out/{country}`` (see drillcerts for the layout).

    Files are world-readable except keys: a broker started as root drops to ``user root`` from
    the rendered config (see ``start_mosquitto_from_config``), so it can read them.
    """
    return make_country(
        out,
        country,
        agencies=agencies,
        bridge_users=bridge_users,
        signing_key_type=signing_key_type,
    )
