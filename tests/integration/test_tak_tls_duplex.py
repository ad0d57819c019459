"""A TLS stream to a TAK server carries traffic both ways at once without corrupting it.

A stream channel reads on one thread and writes on another; OpenSSL's record state is shared
by both directions of one connection, so unguarded concurrent ``recv``/``sendall`` on an
``ssl.SSLSocket`` sometimes broke the stream with "bad record MAC" under load (seen once in a
full run of the suite). Here the server relays a burst of device reports to us while we send
a burst of our own: every message arrives on both sides and the channel never reconnects.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from incident_desk.messaging.tak_transport import TakChannel
from incident_desk.settings import TakSettings
from incident_desk.tak import CotEvent
from incident_desk.tak._cot import CotPoint
from tests.helpers.certs import make_drill_pki
from tests.helpers.takdata import device_cot
from tests.helpers.takpeer import TakServerPeer

BURST = 1_500


def _ours(i: int, now: datetime) -> CotEvent:
    return CotEvent(
        uid=f"IDESK-TEST-{i}",
        type="a-f-G-U-C",
        how="m-g",
        time=now,
        start=now,
        stale=now + timedelta(minutes=5),
        point=CotPoint(0.63 + i / 1e5, 34.28),
        callsign=f"OUR-{i}",
    )


def test_a_tls_stream_reads_and_writes_at_the_same_time(tmp_path: Path) -> None:
    pki = make_drill_pki(tmp_path / "pki", "KE", agencies=("nps",))
    peer = TakServerPeer(
        cert=pki.server.cert_path, key=pki.server.key_path, client_ca=pki.ca.cert_path
    )
    received: list[bytes] = []
    arrived = threading.Condition()

    def on_message(data: bytes) -> None:
        with arrived:
            received.append(data)
            arrived.notify_all()

    settings = TakSettings(
        url=peer.url,
        ca_file=pki.ca.cert_path,
        cert_file=pki.clients["nps"].cert_path,
        key_file=pki.clients["nps"].key_path,
        queue_size=BURST * 2,
    )
    channel = TakChannel(peer.url, settings, exercise_id=None, on_message=on_message)
    channel.start()
    try:
        assert channel.wait_connected(20)
        peer.wait_client()
        now = datetime.now(UTC).replace(microsecond=0)
        relay = threading.Thread(
            target=lambda: [peer.broadcast(device_cot(f"DEV-{i}", now=now)) for i in range(BURST)]
        )
        relay.start()
        for i in range(BURST):
            channel.send(_ours(i, now))
        relay.join(60)
        with arrived:
            arrived.wait_for(lambda: len(received) >= BURST, timeout=60)
        peer.wait_for(lambda m: b"IDESK-TEST-" in m, count=BURST, timeout=60)
        stats = channel.stats()
        assert len(received) == BURST
        assert stats.last_error == ""
        assert stats.connects == 1  # never dropped and reconnected
    finally:
        channel.stop()
        peer.close()
