"""The timeline's kinds in words (incident_desk/timeline_kinds.py): every kind the core writes
has a label. The flows below run for real on SQLite stores (incidents from alerts, operator
actions, a CAP Ack and Update, command and handover between two consoles, refusals of
malformed events from the bus, unit statuses, alarms shelved, an evidence export); a kind
they store without a label in the table fails the test."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from incident_desk import cap
from incident_desk.alarms import AlarmBoard
from incident_desk.alarms._model import JournalEvent
from incident_desk.command import EVENT_TYPES
from incident_desk.console import Console as Desk
from incident_desk.evidence._note import Signer
from incident_desk.evidence.export import ExportRequest, export_incident
from incident_desk.incident_update import UpdateEdits
from incident_desk.incidents import CAP_ACTOR as INCIDENTS_CAP_ACTOR
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.store import IncomingAlert, Store, TimelineEntry
from incident_desk.timeline_kinds import (
    ACTORS,
    CAP_ACTOR,
    CONTEXT,
    KINDS,
    actor_label,
    kind_label,
)
from incident_desk.topics import Mode, command_topic, parse_topic, unit_topic
from incident_desk.ui.catalogs import catalog_translate
from tests.helpers import alarms as alarm_help
from tests.helpers.updates import incident_alert, update_console
from tests.unit.command.build import KE, KEY, T0, UG, UG2, Clock, Console, console

#: labels of alarm journal events the alarm board does not (yet) write to the timeline: the
#: table names every ``JournalEvent`` so that ``alarm-{event}`` always reads as words
NOT_WRITTEN = {f"alarm-{e.value}" for e in JournalEvent} - {"alarm-shelved", "alarm-unshelved"}


def _ingest(desk: Desk, alert: cap.Alert) -> int:
    """Store the alert as ingest does and group it (tests/unit/test_incident_update.py)."""
    incoming = IncomingAlert(
        raw=cap.dumps(alert),
        alert=alert,
        topic="idesk/v1/actual/UG/upf/alert",
        received_at=datetime.now(UTC),
        exercise_id=None,
    )
    alert_id = desk.store.write_batch([incoming]).results[0].alert_id
    assert alert_id is not None
    desk.board.correlate([alert_id])
    return alert_id


def _unit_report(seconds: float, status: str) -> tuple[Any, bytes]:
    """A unit status message (tests/unit/command/test_unit_positions.py)."""
    body = {
        "schema": "idesk.unit-status/1",
        "unit": "nps-rdu-1",
        "agency": "nps",
        "status": status,
        "position": {"lat": 0.5, "lon": 34.0},
        "time": (T0 + timedelta(seconds=seconds)).isoformat(),
        "exercise": None,
        "source": "tak:DEV-1",
        "stale": (T0 + timedelta(seconds=seconds + 120)).isoformat(),
    }
    topic = parse_topic(unit_topic(Mode.ACTUAL, "KE", "nps", "nps-rdu-1", None))
    return topic, json.dumps(body).encode()


def _seen(stores: Iterable[Store]) -> list[TimelineEntry]:
    return [e for store in stores for e in store.timeline()]


def _incidents_and_console(store: Store) -> None:
    """The alert feed opens, grows and cancels an incident; an operator opens one on the map,
    attaches, merges, notes, changes the status, acknowledges and publishes an Update; the
    console draws and removes a cordon and runs a command on its own."""
    desk = update_console(store)
    board = desk.board
    first, _raw = incident_alert("UG-upf-0001")
    first_id = _ingest(desk, first)  # incident.created by the feed
    second, _raw = incident_alert("UG-upf-0002")
    _ingest(desk, second)  # incident.attach by the feed
    incident = board.incident_for_alert(first_id)
    assert incident is not None
    desk.acknowledge(first_id)  # ack
    desk.publish_update(incident.id, UpdateEdits(headline="Tanker contained in yard B"))
    area = desk.command.draw_circle(incident.key, 0.6359, 34.2786, 500, "Cordon 500 m")
    desk.command.remove_area(incident.key, area.event.data["area"])
    other, _raw = incident_alert("UG-upf-0100", incidents=("UG-INC-99",))
    other_incident = board.incident_for_alert(_ingest(desk, other))
    assert other_incident is not None
    cancel = other.model_copy(
        update={
            "identifier": "UG-upf-0101",
            "msg_type": cap.MsgType.CANCEL,
            "references": (other.reference(),),
            "infos": (),
        }
    )
    _ingest(desk, cancel)  # incident.cancelled
    [opened] = board.create_at(0.64, 34.28, "Smoke at the yard", "op.wanjiru").incidents
    [lone] = board.create_at(0.65, 34.29, "Second report", "op.wanjiru").incidents
    third, _raw = incident_alert("UG-upf-0200", incidents=())
    third_id = _ingest(desk, third)
    if board.incident_for_alert(third_id) is None:
        board.attach(opened, third_id, "op.wanjiru")
    board.merge(opened, lone, "op.wanjiru")
    board.add_note(opened, "Objective: keep the yard closed", "op.wanjiru")
    board.set_status(opened, "active", "op.wanjiru")


def _command(tmp: Path) -> list[Store]:
    """Command and handover between Kenya and two Ugandan consoles: accepted, lost to an
    earlier answer, refused, superseded, expired; then closed. Malformed events of every
    event type from the bus are refused; unit statuses arrive."""
    clock = Clock()
    ke, ug, ug2 = (console(tmp, who, clock) for who in (KE, UG, UG2))

    def relay(source: Console, *targets: Console) -> None:
        for payload in source.board.event_payloads(KEY):
            body = json.loads(payload)
            topic = command_topic("actual", body["country"], body["agency"])
            for target in targets:
                target.board.apply_bus_event(topic, payload)

    ke.board.establish(KEY)
    clock.tick()
    aid = ke.board.assign(
        KEY, unit_id="nps-rdu-1", element_kind="division", element_name="A", work="Cordon"
    ).event.id
    clock.tick()
    ke.board.set_assignment_status(aid, "en_route")
    ke.board.set_participation(KEY, "alerted")
    clock.tick()
    ke.board.propose_handover(KEY, "upf", "UG")  # superseded by the next one
    clock.tick()
    proposal = ke.board.propose_handover(KEY, "upf", "UG").event.id
    relay(ke, ug, ug2)
    clock.tick()
    ug2.board.accept_handover(proposal, name="Insp Nakato")  # the later answer: it loses
    clock.now -= timedelta(seconds=5)
    ug.board.accept_handover(proposal, name="Supt Okello")
    clock.tick(20)
    relay(ug, ke, ug2)
    relay(ug2, ke, ug)
    clock.tick()
    back = ug.board.propose_handover(KEY, "nps", "KE").event.id
    relay(ug, ke)
    clock.tick()
    ke.board.refuse_handover(back, "no crews free")
    relay(ke, ug)
    clock.tick()
    ug.board.propose_handover(KEY, "nps", "KE", expires_at=clock.now + timedelta(minutes=1))
    ug.board.expire_due(clock.tick(120))
    clock.tick()
    ug.board.close_command(KEY)
    for n, kind in enumerate(sorted(EVENT_TYPES)):  # malformed: "<area>.refused"
        body = json.loads(ke.board.event_payloads(KEY)[0])
        at = clock.tick() + timedelta(microseconds=n)
        body.update(id=uuid.uuid4().hex, type=kind, data={}, at=at.isoformat())
        ug.board.apply_bus_event(command_topic("actual", "KE", "nps"), json.dumps(body).encode())
    reports = [_unit_report(0, "available"), _unit_report(2, "en_route")]
    ke.board.apply_unit_statuses([ke.board.check_unit_status(t, p) for t, p in reports])
    request = ExportRequest(KEY, "MLA request", "REF-1", "j.otieno")
    export_incident(ke.store, Signer.generate("idesk/KE/nps"), request, tmp / "export.zip")
    return [ke.store, ug.store, ug2.store]


def _alarms(store: Store) -> None:
    board = AlarmBoard(store, console="ke-ncc-ws01", clock=alarm_help.FakeClock())
    message = alarm_help.alert("A1", severity="Severe")
    alarm_help.feed(board, store, message)
    found = board.alarm_for(alarm_help.alert_id(store, message))
    assert found is not None
    board.shelve(found.id, operator="j.otieno", reason="sensor test on site")
    board.unshelve(found.id, operator="j.otieno")


def test_every_kind_the_core_writes_has_a_label(sqlite_store: Store, tmp_path: Path) -> None:
    _incidents_and_console(sqlite_store)
    _alarms(sqlite_store)
    command_stores = _command(tmp_path)
    try:
        entries = _seen([sqlite_store, *command_stores])
    finally:
        for store in command_stores:
            store.close()
    kinds = {e.kind for e in entries}
    assert kinds - set(KINDS) == set()  # a kind without words: add it to timeline_kinds.py
    # the flows above reach every kind of the table (a label nobody writes is a stale one)
    assert set(KINDS) - kinds == NOT_WRITTEN
    assert CAP_ACTOR in {e.actor for e in entries}


def test_the_dynamic_kinds_are_in_the_table() -> None:
    """``alarm-{event}`` for every alarm journal event, ``<area>.refused`` for every command
    event area: the table lists them even where no flow above writes one today."""
    assert {f"alarm-{e.value}" for e in JournalEvent} <= set(KINDS)
    assert {f"{t.split('.')[0]}.refused" for t in EVENT_TYPES} <= set(KINDS)


def test_the_table_is_well_formed() -> None:
    assert CONTEXT == "TimelineKind"
    assert CAP_ACTOR == INCIDENTS_CAP_ACTOR  # the correlator's actor
    for table in (KINDS, ACTORS):
        assert all(k and k == k.strip() for k in table)
        assert all(v and v == v.strip() and "{" not in v for v in table.values())
    labels = list(KINDS.values())
    assert len(set(labels)) == len(labels)  # two kinds never read the same
    assert not set(KINDS) & set(ACTORS)
    assert QT_TRANSLATE_NOOP(CONTEXT, "Incident opened") == kind_label("incident.created")


def test_a_kind_or_actor_not_in_the_table_is_shown_as_written() -> None:
    for kind in ("inject.cap", "incident.reopened", "cap.Alert", "note", ""):
        assert kind_label(kind) == kind
        assert kind_label(kind, lambda _c, s: f"<{s}>") == kind
    for actor in ("op.wanjiru", "KE/bpu", "demo.controller"):
        assert actor_label(actor, lambda _c, s: f"<{s}>") == actor


def test_labels_read_in_the_readers_language() -> None:
    asked: list[tuple[str, str]] = []

    def translate(context: str, source: str) -> str:
        asked.append((context, source))
        return source.upper()

    assert kind_label("command.handover.proposed", translate) == "HANDOVER PROPOSED"
    assert actor_label("cap", translate) == "CAP FEED"
    assert asked == [(CONTEXT, "Handover proposed"), (CONTEXT, "CAP feed")]
    assert kind_label("incident.created") == "Incident opened"  # no translate: English
    french = catalog_translate("fr")
    assert kind_label("incident.created", french) == "Incident ouvert"
    assert actor_label("cap", french) == "Flux CAP"


def test_a_translated_ics214_names_the_kinds_in_words_an_english_one_keeps_the_ids(
    tmp_path: Path,
) -> None:
    from incident_desk.exports import ics214

    ke = console(tmp_path, KE, Clock())
    try:
        ke.board.establish(KEY)
        english = ics214(ke.board, KEY)
        french = ics214(ke.board, KEY, translate=catalog_translate("fr"))
    finally:
        ke.store.close()
    assert [r[3] for r in english.rows] == ["command.established"]
    assert [r[3] for r in french.rows] == ["Commandement établi"]
