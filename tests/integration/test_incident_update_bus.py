"""A cordon goes out in the CAP Update the console publishes for its incident (issue #21),
on a real Mosquitto with the console's real ingest process and a real SQLite store.

What a partner relies on: a second subscriber receives a schema-valid, signed CAP Update that
references the incident's alert and carries the cordon as a CAP ``circle`` (``lat,lon
radius``); the console keeps it in the same incident. What a drill relies on: an exercise
Update goes only under its exercise, with status Exercise, and a real incident cannot be
updated from a console in a drill (nor the other way round).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from incident_desk import cap
from incident_desk.cap._schema import schema
from incident_desk.changes import Changes
from incident_desk.console import Console
from incident_desk.errors import RefusedError
from incident_desk.incident_update import UpdateEdits
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.messaging.ingest_process import IngestProcess
from incident_desk.settings import Settings
from incident_desk.store import Store
from incident_desk.topics import Mode, alert_topic, console_filters
from incident_desk.trust import TrustStore, verify
from tests.helpers.brokers import Inbox, MosquittoBroker, bus_settings, tracked_client
from tests.helpers.certs import make_drill_pki
from tests.helpers.logfail import BROKER_OUTAGE
from tests.helpers.updates import CORDON, incident_alert, update_console

UG_TOPIC = alert_topic(Mode.ACTUAL, "UG", "upf")
DRILL = "EX-MALABA-26"
UG_DRILL_TOPIC = alert_topic(Mode.EXERCISE, "UG", "upf", exercise_id=DRILL)
CIRCLE = b"<circle>0.6359,34.2786 0.5</circle>"  # CAP order: lat,lon radius (km)


class Heard:
    def __init__(self) -> None:
        self.changes: list[Changes] = []
        self._cond = threading.Condition()

    def on_changes(self, changes: Changes) -> None:
        with self._cond:
            self.changes.append(changes)
            self._cond.notify_all()

    def alert_ids(self) -> list[int]:
        return sorted({i for c in self.changes for i in c.alerts})

    def wait(self, count: int, timeout: float = 60) -> list[int]:
        with self._cond:
            self._cond.wait_for(lambda: len(self.alert_ids()) >= count, timeout)
        got = self.alert_ids()
        assert len(got) >= count, f"the console stored {len(got)} of {count} alerts"
        return got


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "console.db"
    Store.open(f"sqlite:///{path}").close()
    return path


def _ingest(url: str, db: Path, heard: Heard, exercise: str | None = None) -> IngestProcess:
    settings = Settings(
        broker=bus_settings(url, "idesk-ke-nps-ws1"),
        database_url=f"sqlite:///{db}",
        country="KE",
        agency="nps",
        sender="nps.go.ke",
        operator="Insp Kamau",
        workstation="ke-nps-ws1",
        exercise=exercise,
    )
    ingest = IngestProcess(
        settings,
        filters=console_filters(exercise),
        on_changes=heard.on_changes,
        on_state=lambda _s: None,
    )
    ingest.start(wait_s=15)
    return ingest


def _watch(clients: list[Any], url: str) -> Inbox:
    """A partner's subscriber on the whole tree, every mode."""
    inbox = Inbox()
    watcher = tracked_client(clients, url, "partner-watcher", inbox)
    inbox.auto_ack = watcher
    watcher.subscribe(["idesk/v1/#"])
    watcher.connect_and_wait(10)
    assert watcher.wait_subscribed(10)
    return inbox


def _ug_publishes(url: str, topic: str, alert: cap.Alert, raw: bytes, exercise: str | None) -> None:
    client = BusClient(bus_settings(url, "agency-ug-upf"))
    client.connect_and_wait(10)
    try:
        AlertPublisher(client).publish_cap(
            topic,
            raw,
            sender=alert.sender,
            identifier=alert.identifier,
            sent=alert.sent.text,
            expires=alert.expires_utc(),
            exercise_id=exercise,
        )
    finally:
        client.stop()


def test_a_drawn_cordon_goes_out_in_a_signed_update_a_partner_receives(
    mosquitto: MosquittoBroker, db: Path, clients: list[Any], tmp_path: Path
) -> None:
    pki = make_drill_pki(tmp_path / "pki", "KE", agencies=("nps",))
    (tmp_path / "trust").mkdir()
    (tmp_path / "trust" / "KE.pem").write_bytes(pki.signing_ca.cert_pem)
    signing = (pki.signing["nps"].key_pem, pki.signing["nps"].cert_pem)
    inbox = _watch(clients, mosquitto.url)
    heard = Heard()
    ingest = _ingest(mosquitto.url, db, heard)
    console: Console | None = None
    try:
        alert, raw = incident_alert()
        _ug_publishes(mosquitto.url, UG_TOPIC, alert, raw, None)
        (alert_id,) = heard.wait(1)
        console = update_console(Store.open(f"sqlite:///{db}"), bus=ingest, signing=signing)
        assert console.board is not None
        assert console.command is not None
        incident = console.board.incident_for_alert(alert_id)
        assert incident is not None
        lat, lon, radius, label = CORDON
        console.command.draw_circle(incident.key, lat, lon, radius, label)

        changes = console.publish_update(
            incident.id, UpdateEdits(headline="Tanker contained in customs yard B")
        )

        (got,) = inbox.wait_messages(1, timeout=30, topic="idesk/v1/actual/KE/nps/alert")
        schema("1.2").assertValid(etree.fromstring(got.payload))  # the official CAP 1.2 XSD
        update = cap.parse(got.payload)
        assert update.msg_type is cap.MsgType.UPDATE
        assert update.status is cap.Status.ACTUAL
        assert update.references == (alert.reference(),)
        assert CIRCLE in got.payload
        assert [a.area_desc for a in update.infos[0].areas] == ["Malaba border post", label]
        result = verify(
            got.payload,
            TrustStore.load(tmp_path / "trust"),
            topic_agency="nps",
            topic_country="KE",
        )
        assert result.state == "verified", result
        # the console keeps it in the same incident, with the very bytes it sent
        (update_id,) = changes.alerts
        stored = console.store.get_alert(update_id)
        assert stored is not None
        assert stored.raw == got.payload
        after = console.board.get(incident.id)
        assert after is not None
        assert update_id in after.alert_ids
    finally:
        ingest.stop()
        if console is not None:
            console.store.close()


def test_an_exercise_update_never_leaves_its_exercise(
    mosquitto: MosquittoBroker, db: Path, clients: list[Any]
) -> None:
    inbox = _watch(clients, mosquitto.url)
    heard = Heard()
    ingest = _ingest(mosquitto.url, db, heard, exercise=DRILL)
    stores: list[Store] = []
    try:
        real_alert, real_raw = incident_alert("UG-upf-0100", incidents=("UG-INC-REAL",))
        _ug_publishes(mosquitto.url, UG_TOPIC, real_alert, real_raw, None)
        drill_alert, drill_raw = incident_alert("UG-upf-0101", exercise=DRILL)
        _ug_publishes(mosquitto.url, UG_DRILL_TOPIC, drill_alert, drill_raw, DRILL)
        heard.wait(2)
        stores.append(Store.open(f"sqlite:///{db}"))
        drill = update_console(stores[0], bus=ingest, exercise=DRILL)
        assert drill.board is not None
        assert drill.command is not None
        by_key = {i.key: i for i in drill.board.list_incidents()}
        real_incident, drill_incident = by_key["UG-INC-REAL"], by_key["UG-INC-42"]
        assert drill_incident.exercise_id == DRILL
        lat, lon, radius, label = CORDON
        drill.command.draw_circle(drill_incident.key, lat, lon, radius, label)

        # the leaks an operator could try: a real incident from the drill console, the drill's
        # incident from a console in real mode
        with pytest.raises(RefusedError, match="real traffic"):
            drill.publish_update(real_incident.id, UpdateEdits(headline="Border reopened"))
        stores.append(Store.open(f"sqlite:///{db}"))
        real = update_console(stores[1], bus=ingest)
        with pytest.raises(RefusedError, match=f"belongs to exercise {DRILL}"):
            real.publish_update(drill_incident.id)

        drill.publish_update(drill_incident.id, UpdateEdits(headline="Yard B cordoned"))

        (got,) = inbox.wait_messages(1, timeout=30, topic=f"idesk/v1/exercise/{DRILL}/KE/nps/alert")
        # the outbox sends oldest first: anything queued before the Update is on the bus now
        ours = [m for m in inbox.messages if "/KE/nps/" in m.topic]
        assert {m.topic for m in ours} <= {
            f"idesk/v1/exercise/{DRILL}/KE/nps/alert",
            f"idesk/v1/exercise/{DRILL}/KE/nps/command",
        }
        assert got.user_property("exercise") == DRILL
        update = cap.parse(got.payload)
        assert update.status is cap.Status.EXERCISE
        assert (update.note or "").split()[0] == DRILL
        assert (update.infos[0].headline or "").startswith("EXERCISE EXERCISE EXERCISE")
        assert update.references == (drill_alert.reference(),)
        assert CIRCLE in got.payload
        schema("1.2").assertValid(etree.fromstring(got.payload))
        # nothing of ours went anywhere real, and no real Update exists in the store
        assert [m.topic for m in inbox.messages if m.topic.startswith("idesk/v1/actual/KE")] == []
        pending = drill.store.pending_outgoing("ke-nps-ws1")  # the child may still settle
        assert all(q.topic.startswith(f"idesk/v1/exercise/{DRILL}/") for q in pending)
        stored = drill.store.list_alerts(limit=None)
        assert [a.alert.identifier for a in stored if a.alert.msg_type is cap.MsgType.UPDATE] == [
            update.identifier
        ]
    finally:
        ingest.stop()
        for store in stores:
            store.close()


@BROKER_OUTAGE
def test_an_update_published_while_the_broker_is_down_goes_out_when_it_is_back(
    mosquitto: MosquittoBroker, db: Path, clients: list[Any]
) -> None:
    inbox = _watch(clients, mosquitto.url)
    heard = Heard()
    ingest = _ingest(mosquitto.url, db, heard)
    console: Console | None = None
    try:
        alert, raw = incident_alert()
        _ug_publishes(mosquitto.url, UG_TOPIC, alert, raw, None)
        (alert_id,) = heard.wait(1)
        console = update_console(Store.open(f"sqlite:///{db}"), bus=ingest)
        assert console.board is not None
        incident = console.board.incident_for_alert(alert_id)
        assert incident is not None
        mosquitto.stop()
        deadline = time.monotonic() + 30
        while ingest.state.state == "connected" and time.monotonic() < deadline:
            time.sleep(0.05)
        (update_id,) = console.publish_update(incident.id).alerts  # no wait, no error
        assert update_id in (console.board.get(incident.id) or incident).alert_ids  # at once
        assert console.outbox_status().waiting == 1

        mosquitto.start()
        (got,) = inbox.wait_messages(1, timeout=60, topic="idesk/v1/actual/KE/nps/alert")
        stored = console.store.get_alert(update_id)
        assert stored is not None
        assert got.payload == stored.raw
    finally:
        ingest.stop()
        if console is not None:
            console.store.close()


def test_publish_update_from_the_command_line(
    mosquitto: MosquittoBroker, db: Path, clients: list[Any], tmp_path: Path
) -> None:
    store = Store.open(f"sqlite:///{db}")
    try:
        console = update_console(store)
        assert console.board is not None
        assert console.command is not None
        alert, raw = incident_alert()
        from incident_desk.store import IncomingAlert

        incoming = IncomingAlert(
            raw=raw, alert=alert, topic=UG_TOPIC, received_at=alert.sent.utc, country="UG"
        )
        alert_id = store.write_batch([incoming]).results[0].alert_id
        console.board.correlate([alert_id])
        incident = console.board.incident_for_alert(alert_id)
        assert incident is not None
        lat, lon, radius, label = CORDON
        console.command.draw_circle(incident.key, lat, lon, radius, label)
    finally:
        store.close()
    config = tmp_path / "console.toml"
    config.write_text(
        'country = "KE"\nagency = "nps"\nsender = "nps.go.ke"\noperator = "Insp Kamau"\n'
        f'workstation = "ke-nps-ws1"\ndatabase_url = "sqlite:///{db}"\n'
    )
    inbox = _watch(clients, mosquitto.url)
    env = {k: v for k, v in os.environ.items() if not k.startswith("IDESK_")}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "incident_desk",
            "publish-update",
            incident.key,
            "--headline",
            "Tanker contained",
            "--severity",
            "Extreme",
            "--config",
            str(config),
            "--broker",
            mosquitto.url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "published on" in run.stdout
    (update_msg,) = inbox.wait_messages(1, timeout=30, topic="idesk/v1/actual/KE/nps/alert")
    update = cap.parse(update_msg.payload)
    assert update.infos[0].headline == "Tanker contained"
    assert update.infos[0].severity is cap.Severity.EXTREME
    assert CIRCLE in update_msg.payload

    refused = subprocess.run(
        [sys.executable, "-m", "incident_desk", "publish-update", "INC-NOPE", "--config",
         str(config), "--queue-only"],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    assert refused.returncode == 2
    assert "no incident with key 'INC-NOPE'" in refused.stderr
    assert "Traceback" not in refused.stderr
