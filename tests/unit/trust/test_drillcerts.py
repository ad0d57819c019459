"""scripts/make-drill-certs.py and the drill PKI shapes the broker ACLs rely on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from incident_desk.trust import TrustStore

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "make-drill-certs.py"


def _cert(path: Path) -> x509.Certificate:
    return x509.load_pem_x509_certificate(path.read_bytes())


def _cn(cert: x509.Certificate) -> str:
    return str(cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)


def test_script_writes_two_countries_a_bridge_user_and_a_trust_store(tmp_path: Path) -> None:
    out = tmp_path / "pki"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(out), "--country", "KE", "--agencies", "nps,kdf",
         "--country", "UG", "--agencies", "upf", "--bridge", "UG:KE", "--host", "mqtt.ke.test"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    ke, ug = out / "KE", out / "UG"
    assert _cn(_cert(ke / "clients" / "nps.pem")) == "nps"
    assert _cn(_cert(ke / "control" / "bridge-ug.pem")) == "bridge-ug"  # issued by KE for UG
    assert _cn(_cert(ug / "control" / "excon-ug.pem")) == "excon-ug"
    assert not (ug / "control" / "bridge-ke.pem").exists()

    # The control CA, not the TLS CA, issued controller and bridge certificates.
    bridge = _cert(ke / "control" / "bridge-ug.pem")
    assert bridge.issuer == _cert(ke / "control-ca.pem").subject
    assert bridge.issuer != _cert(ke / "ca.pem").subject

    server = _cert(ke / "server.pem")
    sans = server.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "mqtt.ke.test" in sans.get_values_for_type(x509.DNSName)
    assert "localhost" in sans.get_values_for_type(x509.DNSName)
    assert [str(ip) for ip in sans.get_values_for_type(x509.IPAddress)] == ["127.0.0.1", "::1"]

    signing = _cert(ke / "signing" / "kdf.pem")
    eku = signing.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.EMAIL_PROTECTION]  # not a TLS client certificate
    assert (ke / "signing" / "kdf.key").stat().st_mode & 0o077 == 0

    store = TrustStore.load(out / "truststore")
    assert store.problems == []
    assert sorted(e.country for e in store.entries) == ["KE", "UG"]
    assert str(store.identify(signing)[0]) == "KE/kdf"
