#!/usr/bin/env python3
"""Make a throw-away drill PKI for Incident Desk brokers, consoles and CAP signing.

FOR DRILLS AND TESTS ONLY: keys are unencrypted and the CAs are valid for 30 days.

    .venv/bin/python scripts/make-drill-certs.py OUT --country KE --agencies nps,kdf \\
        --country UG --agencies upf,cmi --bridge UG:KE [--host mqtt.ke.example]

Writes OUT/{COUNTRY}/ (layout in incident_desk/trust/drillcerts.py) and OUT/truststore/ with
each country's CAP signing CA as {COUNTRY}.pem, ready for the console's trust store setting.
``--bridge UG:KE`` issues CN=bridge-ug from KE's control CA (UG's bridge presents it to KE).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from incident_desk.trust.drillcerts import make_country


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--country", action="append", required=True, help="e.g. KE (repeat)")
    parser.add_argument(
        "--agencies", action="append", default=[], help="comma list per --country, e.g. nps,kdf"
    )
    parser.add_argument(
        "--bridge", action="append", default=[], help="FROM:TO, e.g. UG:KE (repeat)"
    )
    parser.add_argument("--host", action="append", default=[], help="extra server SAN (repeat)")
    parser.add_argument("--signing-key", choices=["ec", "rsa"], default="ec")
    ns = parser.parse_args(argv)
    bridges: dict[str, list[str]] = {}
    for item in ns.bridge:
        src, sep, dst = item.partition(":")
        if not sep:
            parser.error(f"--bridge {item!r} is not FROM:TO")
        bridges.setdefault(dst, []).append(f"bridge-{src.lower()}")
    store = ns.out / "truststore"
    store.mkdir(parents=True, exist_ok=True)
    for index, country in enumerate(ns.country):
        agencies = ns.agencies[index].split(",") if index < len(ns.agencies) else ["nps"]
        pki = make_country(
            ns.out,
            country,
            agencies=[a.strip() for a in agencies if a.strip()],
            bridge_users=bridges.get(country, []),
            server_hosts=ns.host,
            signing_key_type=ns.signing_key,
        )
        shutil.copyfile(pki.signing_ca.cert_path, store / f"{country}.pem")
        print(f"{country}: {pki.folder}")
    print(f"trust store: {store}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
