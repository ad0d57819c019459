"""CAP signature throughput: ``trust.sign_alert`` and ``trust.verify`` next to ``cap.parse``.

All measures run on the same ~2 KB security-incident alert
(tests/data/cap/valid/ke_explosion_alert.xml), single core, in one process and run, with
throw-away drill keys (RSA-2048 and ECDSA P-256) made at start. ``verify`` is timed on the
signed bytes against a trust store holding the signing CA (the full path: safe parse, XML-DSig
check, wrapping defence, chain to the CA, topic check). Baseline = ``cap.parse`` of the same
unsigned bytes; ``ratio`` = how many times more time the measure needs per alert.

    python -m benchmarks.bench_trust
    python -m benchmarks trust
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from incident_desk.cap import parse
from incident_desk.trust import TrustStore, sign_alert, verify
from incident_desk.trust.drillcerts import KeyType, make_country

from .bench_cap_parse import SAMPLE, _best_rate


def run() -> list[dict[str, object]]:
    data = SAMPLE.read_bytes()
    baseline = _best_rate(lambda: parse(data))
    size = f"{len(data)} B alert"
    rows: list[dict[str, object]] = [
        {"measure": f"cap.parse ({size})", "value": baseline, "unit": "alerts/s"}
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for key_type, label in (("rsa", "RSA-2048"), ("ec", "ECDSA P-256")):
            kt: KeyType = "rsa" if key_type == "rsa" else "ec"
            pki = make_country(Path(tmp) / key_type, "KE", agencies=("nps",), signing_key_type=kt)
            who = pki.signing["nps"]
            key_pem, cert_pem = who.key_pem, who.cert_pem
            signed = sign_alert(data, key_pem, cert_pem)
            store = TrustStore.from_certificates([("KE", None, pki.signing_ca.cert_pem)])
            result = verify(signed, store, topic_agency="nps", topic_country="KE")
            assert result.state == "verified", result
            signing = _best_rate(lambda: sign_alert(data, key_pem, cert_pem))  # noqa: B023
            checking = _best_rate(
                lambda: verify(signed, store, topic_agency="nps", topic_country="KE")  # noqa: B023
            )
            for what, rate in (("sign_alert", signing), ("verify", checking)):
                rows.append(
                    {
                        "measure": f"{what} {label} ({size})",
                        "value": rate,
                        "unit": "alerts/s",
                        "baseline": "cap.parse",
                        "baseline_value": baseline,
                        "ratio": baseline / rate,
                    }
                )
    return rows


if __name__ == "__main__":
    for row in run():
        ratio = row.get("ratio")
        factor = f"{ratio:8.1f}x" if isinstance(ratio, float) else ""
        print(f"{row['measure']!s:44} {row['value']:>10,.0f} {row['unit']} {factor}")
