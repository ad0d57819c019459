"""BusClient over TLS against Mosquitto: verification is on by default."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from incident_desk.errors import BusError
from incident_desk.messaging import BusClient
from tests.helpers.brokers import Inbox, bus_settings, start_mosquitto
from tests.helpers.logfail import BROKER_OUTAGE

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl CLI not installed")

# paho-mqtt 2.2 (client.py, _ssl_wrap_socket) does not close the SSLSocket when the TLS
# handshake fails; the garbage collector closes it later and Python reports an unclosed-socket
# ResourceWarning through sys.unraisablehook. Only the failed-verification test needs this.
_PAHO_LEAKS_FAILED_TLS_SOCKET = pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <ssl.SSLSocket:pytest.PytestUnraisableExceptionWarning"
)


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def _make_pki(d: Path) -> None:
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=idesk-test-ca",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        cwd=d,
    )
    _openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=localhost",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        cwd=d,
    )
    (d / "ext.cnf").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    _openssl(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
        "-out",
        "server.pem",
        cwd=d,
    )


@BROKER_OUTAGE
@_PAHO_LEAKS_FAILED_TLS_SOCKET
def test_tls_connects_with_the_right_ca_and_refuses_an_unknown_one(tmp_path: Path) -> None:
    pki = tmp_path / "pki"
    pki.mkdir()
    _make_pki(pki)
    other = tmp_path / "other"
    other.mkdir()
    _make_pki(other)
    (tmp_path / "broker").mkdir()
    tls = f"cafile {pki / 'ca.pem'}\ncertfile {pki / 'server.pem'}\nkeyfile {pki / 'server.key'}\n"
    broker = start_mosquitto(tmp_path / "broker", extra_config=tls)
    url = f"mqtts://127.0.0.1:{broker.port}"
    made: list[BusClient] = []
    try:
        inbox = Inbox()
        good = BusClient(
            bus_settings(url, "idesk-tls", ca_file=pki / "ca.pem"),
            on_message=inbox.on_message,
        )
        made.append(good)
        assert good.connect_and_wait(10).state == "connected"
        good.subscribe(["idesk/v1/test/#"], timeout=10)
        inbox.auto_ack = good
        good.publish("idesk/v1/test/KE/nps/alert", b"over tls")
        assert inbox.wait_messages(1)[0].payload == b"over tls"

        wrong = BusClient(bus_settings(url, "idesk-tls-wrong", ca_file=other / "ca.pem"))
        made.append(wrong)
        with pytest.raises(BusError, match="TLS failed"):
            wrong.connect_and_wait(2)
    finally:
        for client in made:
            client.stop()
        broker.stop()
