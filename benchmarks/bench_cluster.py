"""A centre that outgrew one broker (issue 19): failover gap, alerts lost, federation latency.

Two parts, one run, everything real and on loopback:

1. **Failover** on a three-node NATS cluster (MQTT 3.1.1, JetStream R3): a console's bus side
   (``BusService`` + SQLite) on node 1, an agency publishing one alert every 20 ms on node 2.
   Node 1 is SIGKILLed. *Failover gap*: seconds from the kill to the first alert the console
   stores after it has reconnected to another node (traffic flowing again). *Alerts lost*:
   alerts the broker acknowledged to the publisher that the console never stored (must be 0).
2. **Federation** of three national Mosquitto brokers rendered from the shipped templates
   (``resources/mosquitto/``: mutual TLS, ACLs, MQTT 5 bridges): UG and TZ bridge to the KE
   hub with ``bridge-UG-to-KE.conf`` (TZ's copy renders it with TZ for UG, as
   docs/deployment.md says for a second partner). Headless consoles (three by default) on
   the KE broker store into **one PostgreSQL** schema; agencies in UG, TZ and KE publish.
   Latency: from the publish call to the first console's commit (``Changes``), for alerts that
   crossed a bridge, next to the baseline of KE's own alerts (no bridge) from the same run.
   The shipped bridges do not forward transitively (disjoint allow-lists), so a bridged alert
   crosses exactly one bridge: country A → hub broker → consoles of country C.

Everything runs in this one process (threads), so latencies include its GIL contention.
Part 2 runs twice: paced (20 alerts/s per publisher: the latency rows) and unpaced (the rate
the federation sustains). ``IDESK_BENCH_FED_ALERTS`` (per publisher and phase, default 200)
and ``IDESK_BENCH_FED_CONSOLES`` (default 3; the issue's full size is 10, beyond this
machine's 60 s budget) size it. Bounded to ~60 s.

    python -m benchmarks cluster
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from incident_desk import cap
from incident_desk.changes import Changes
from incident_desk.errors import BusError
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.messaging.service import BusService
from incident_desk.settings import BrokerSettings
from incident_desk.store import Store
from incident_desk.topics import Mode, alert_topic
from incident_desk.trust.brokerconf import TEMPLATES, country_values, render_config
from tests.helpers.alerts import make_alert
from tests.helpers.brokers import free_port, start_mosquitto_from_config
from tests.helpers.capgen import RUN_BASE, alert_bytes
from tests.helpers.certs import make_drill_pki
from tests.helpers.databases import fresh_postgres_url
from tests.helpers.nats import start_nats_cluster

PUBLISH_EVERY_S = 0.02
PACE_S = 0.05  # part 2, paced phase: 20 alerts/s per publisher
FED_ALERTS = int(os.environ.get("IDESK_BENCH_FED_ALERTS", "200"))
FED_CONSOLES = int(os.environ.get("IDESK_BENCH_FED_CONSOLES", "3"))


# -- part 1: failover on NATS --------------------------------------------------------------


class _Stored:
    """Monotonic times of stored alerts (from the pipeline's ``Changes``)."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.lock = threading.Lock()

    def __call__(self, changes: Changes) -> None:
        if changes.alerts:
            with self.lock:
                self.times.extend([time.monotonic()] * len(changes.alerts))


def _failover(work: Path) -> list[dict[str, Any]]:
    cluster = start_nats_cluster(work / "nats")
    store = Store.open(f"sqlite:///{work / 'console.db'}")
    stored = _Stored()
    states: list[tuple[float, str, int]] = []
    urls = cluster.urls
    console = BusService(
        BrokerSettings(urls=urls, client_id="bench-console", reconnect_min_s=0.1),
        store,
        filters=["idesk/v1/actual/#"],
        on_changes=stored,
        on_state=lambda s: states.append((time.monotonic(), s.state, s.port)),
    )
    pub_urls = urls[1:] + urls[:1]
    pub_client = BusClient(
        BrokerSettings(urls=pub_urls, client_id="bench-agency", reconnect_min_s=0.1)
    )
    acked = 0
    try:
        console.start(wait_s=30)
        pub_client.connect_and_wait(30)
        pub = AlertPublisher(pub_client)
        topic = alert_topic(Mode.ACTUAL, "KE", "nps")
        docs = [alert_bytes(n) for n in range(400)]
        killed_at = 0.0
        for n, (alert, data) in enumerate(docs):
            if n == 150:
                cluster.node_for_port(console.state.port).kill()
                killed_at = time.monotonic()
            _publish_until_acked(pub, topic, alert, data)
            acked += 1
            time.sleep(PUBLISH_EVERY_S)
        console.pipeline.wait_for(lambda s: s.stored >= acked, 60)
    finally:
        console.stop()
        pub_client.stop()
        cluster.stop()
    back = next(t for t, state, _port in states if t > killed_at and state == "connected")
    first_after = min((t for t in stored.times if t >= back), default=float("nan"))
    lost = acked - store.count_alerts()
    store.close()
    return [
        _row("failover gap (node SIGKILL → stored again)", first_after - killed_at, "s"),
        _row("alerts lost through the failover", lost, "alerts", target="0"),
    ]


def _publish_until_acked(pub: AlertPublisher, topic: str, alert: Any, data: bytes) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            pub.publish_cap(
                topic,
                data,
                sender=alert.sender,
                identifier=alert.identifier,
                sent=alert.sent.text,
                expires=alert.expires_utc(),
            )
            return
        except BusError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


# -- part 2: three bridged national brokers, consoles on one PostgreSQL ---------------------


def _render(root: Path, pki: Any, ports: tuple[int, int], partners: dict[str, Any]) -> Path:
    """One national broker from the shipped templates (as docs/deployment.md renders it)."""
    etc, confd, data = root / "etc", root / "etc" / "conf.d", root / "data"
    for folder in (etc, confd, data):
        folder.mkdir(parents=True, exist_ok=True)
    values: dict[str, object] = {
        **country_values(pki.country),
        "RUN_AS_USER": "root" if os.geteuid() == 0 else "mosquitto",
        "DATADIR": data,
        "CONFDIR": confd,
        "ACLDIR": etc,
        "CERTDIR": pki.folder,
        "BIND_ADDRESS": "127.0.0.1",
        "AGENCY_PORT": ports[0],
        "CONTROL_PORT": ports[1],
    }
    (etc / "mosquitto.conf").write_text(render_config(TEMPLATES / "mosquitto.conf", **values))
    (etc / "acl-agency.acl").write_text(render_config(TEMPLATES / "acl-agency.acl", **values))
    acl = ""  # one `user bridge-xx` block per partner that bridges in (deployment.md)
    for partner in partners or {"XX": None}:
        acl += render_config(
            TEMPLATES / "acl-control.acl", **{**values, **country_values(pki.country, partner)}
        )
    (etc / "acl-control.acl").write_text(acl)
    for name in ("agency-listener.conf", "control-listener.conf"):
        (confd / name).write_text(render_config(TEMPLATES / name, **values))
    for partner, bridge in partners.items():
        if bridge is None:
            continue
        text = render_config(TEMPLATES / "bridge-UG-to-KE.conf", **bridge)
        if partner != "UG":  # the template names UG; a second partner renders it for itself
            text = text.replace("UG", partner).replace("-ug", f"-{partner.lower()}")
        (confd / f"bridge-{partner}-to-KE.conf").write_text(text)
    return etc / "mosquitto.conf"


@contextmanager
def _federation(work: Path) -> Iterator[dict[str, tuple[Any, int]]]:
    """KE (hub), UG and TZ brokers; UG and TZ bridge to KE. Yields country → (pki, port)."""
    ke = make_drill_pki(
        work / "pki", "KE", agencies=("nps",), bridge_users=("bridge-ug", "bridge-tz")
    )
    ug = make_drill_pki(work / "pki", "UG", agencies=("upf",))
    tz = make_drill_pki(work / "pki", "TZ", agencies=("tpf",))
    with ExitStack() as stack:
        ke_ports = (free_port(), free_port())
        conf = _render(work / "ke", ke, ke_ports, {"UG": None, "TZ": None})
        stack.callback(start_mosquitto_from_config(conf, ke_ports).stop)
        ports = {"KE": ke_ports[0]}
        for pki in (ug, tz):
            user = ke.control[f"bridge-{pki.country.lower()}"]
            bridge = {
                "KE_ADDRESS": f"127.0.0.1:{ke_ports[1]}",
                "BRIDGE_CAFILE": str(ke.ca.cert_path),
                "BRIDGE_CERTFILE": str(user.cert_path),
                "BRIDGE_KEYFILE": str(user.key_path),
            }
            own = (free_port(), free_port())
            conf = _render(work / pki.country.lower(), pki, own, {pki.country: bridge})
            stack.callback(start_mosquitto_from_config(conf, own).stop)
            ports[pki.country] = own[0]
        yield {"KE": (ke, ports["KE"]), "UG": (ug, ports["UG"]), "TZ": (tz, ports["TZ"])}


def _tls(pki: Any, port: int, agency: str, client_id: str) -> BrokerSettings:
    cert = pki.clients[agency]
    return BrokerSettings(
        url=f"mqtts://127.0.0.1:{port}",
        client_id=client_id,
        ca_file=pki.ca.cert_path,
        cert_file=cert.cert_path,
        key_file=cert.key_path,
        reconnect_min_s=0.1,
    )


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _federation_rows(work: Path) -> list[dict[str, Any]]:
    published: dict[str, float] = {}
    first_stored: dict[int, float] = {}
    lock = threading.Lock()

    def on_changes(changes: Changes) -> None:
        now = time.monotonic()
        with lock:
            for alert_id in changes.alerts:
                first_stored.setdefault(alert_id, now)

    with fresh_postgres_url() as pg, _federation(work) as countries, ExitStack() as stack:
        ke_pki, ke_port = countries["KE"]
        stores = [Store.open(pg) for _ in range(FED_CONSOLES)]
        for store in stores:
            stack.callback(store.close)
        for i, store in enumerate(stores):
            console = BusService(
                _tls(ke_pki, ke_port, "nps", f"bench-ke-console-{i}"),
                store,
                filters=["idesk/v1/actual/#"],
                on_changes=on_changes,
            )
            console.start(wait_s=20)
            stack.callback(console.stop)
        publishers = {
            "KE": ("nps", countries["KE"]),
            "UG": ("upf", countries["UG"]),
            "TZ": ("tpf", countries["TZ"]),
        }
        clients = {}
        for country, (agency, (pki, port)) in publishers.items():
            client = BusClient(_tls(pki, port, agency, f"bench-{country}-{agency}"))
            client.connect_and_wait(20)
            stack.callback(client.stop)
            clients[country] = (client, agency)
        _wait_bridges(countries)

        def phase(first: int, pace: float) -> float:
            """Each publisher sends FED_ALERTS alerts; the seconds until all are stored."""
            threads = [
                _publisher_thread(
                    c, country, a, range(first, first + FED_ALERTS), pace, published, lock
                )
                for country, (c, a) in clients.items()
            ]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
            want = first // FED_ALERTS * len(clients) * FED_ALERTS + len(clients) * FED_ALERTS
            deadline = time.monotonic() + 60
            while len(first_stored) < want and time.monotonic() < deadline:
                time.sleep(0.05)
            return max(first_stored.values(), default=started) - started

        phase(0, PACE_S)  # paced: latency at a steady load
        with lock:
            paced = dict(first_stored)
        burst_s = phase(FED_ALERTS, 0.0)  # unpaced: the rate the federation sustains
        total = 2 * len(clients) * FED_ALERTS
        identifiers = {a.id: a.identifier for a in stores[0].list_alerts(limit=None)}
    bridged: list[float] = []
    local: list[float] = []
    for alert_id, at in paced.items():
        identifier = identifiers.get(alert_id)
        if identifier is None or identifier not in published:
            continue
        (local if identifier.startswith("KE-") else bridged).append(at - published[identifier])
    rate = len(clients) * FED_ALERTS / burst_s if burst_s > 0 else float("nan")
    base = "KE's own alerts, no bridge"
    p50, p50_base = statistics.median(bridged), statistics.median(local)
    p99, p99_base = _pct(bridged, 0.99), _pct(local, 0.99)
    return [
        _row(f"federation latency p50 (UG/TZ→KE→stored, {3 / PACE_S:.0f}/s)", 1000 * p50, "ms",
             baseline=base, baseline_value=1000 * p50_base, ratio=p50 / p50_base),
        _row("federation latency p99", 1000 * p99, "ms",
             baseline=base, baseline_value=1000 * p99_base, ratio=p99 / p99_base),
        _row(f"federation alerts stored of {total} ({FED_CONSOLES} consoles, 1 PostgreSQL)",
             len(first_stored), "alerts", target=str(total)),
        _row("federation rate sustained (3 publishers, unpaced)", rate, "alerts/s"),
    ]  # fmt: skip


def _row(measure: str, value: float, unit: str, **extra: object) -> dict[str, Any]:
    return {"measure": measure, "value": value, "unit": unit, **extra}


def _publisher_thread(
    client: BusClient,
    country: str,
    agency: str,
    numbers: range,
    pace: float,
    published: dict[str, float],
    lock: Any,
) -> threading.Thread:
    pub = AlertPublisher(client)
    topic = alert_topic(Mode.ACTUAL, country, agency)
    docs = []
    for n in numbers:
        alert = make_alert(
            f"{country}-{agency}-{n:06d}", sender=f"{agency}.{country}", sent=RUN_BASE
        )
        docs.append((alert, cap.dumps(alert)))

    def run() -> None:
        for alert, data in docs:
            with lock:
                published[alert.identifier] = time.monotonic()
            _publish_until_acked(pub, topic, alert, data)
            if pace:
                time.sleep(pace)

    return threading.Thread(target=run, name=f"publisher-{country}", daemon=True)


def _wait_bridges(countries: dict[str, tuple[Any, int]]) -> None:
    """Wait until both bridges carry traffic: a unit-status probe from UG and from TZ
    (an event, never stored as an alert) reaches the KE broker."""
    seen: set[str] = set()
    cond = threading.Condition()

    def on_message(envelope: Any) -> None:
        with cond:
            seen.add(envelope.topic.split("/")[3])
            cond.notify_all()

    ke_pki, ke_port = countries["KE"]
    probe = BusClient(_tls(ke_pki, ke_port, "nps", "bench-bridge-probe"), on_message=on_message)
    senders = {c: BusClient(_tls(*countries[c][:1], countries[c][1], a, f"bench-probe-{c}"))
               for c, a in (("UG", "upf"), ("TZ", "tpf"))}  # fmt: skip
    try:
        probe.connect_and_wait(10)
        probe.subscribe(["idesk/v1/actual/+/+/unit/probe"], timeout=10)
        for client in senders.values():
            client.connect_and_wait(10)
        deadline = time.monotonic() + 30
        while len(seen) < 2 and time.monotonic() < deadline:
            for country, client in senders.items():
                agency = "upf" if country == "UG" else "tpf"
                client.publish(f"idesk/v1/actual/{country}/{agency}/unit/probe", b"{}", wait=False)
            with cond:
                cond.wait_for(lambda: len(seen) >= 2, 0.5)
        if len(seen) < 2:
            raise RuntimeError(f"the bridges to KE never carried traffic (saw {sorted(seen)})")
    finally:
        for client in (probe, *senders.values()):
            client.stop()


def run() -> list[dict[str, Any]]:
    work = Path(tempfile.mkdtemp(prefix="idesk-bench-cluster-"))
    try:
        return _failover(work) + _federation_rows(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
