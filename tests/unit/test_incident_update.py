"""The CAP Update a console publishes for an incident (issue #21), on a real SQLite store:
what it references and carries (the cordons, in CAP ``lat,lon`` order), where it goes, that it
joins the incident, and every refusal in plain words."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from incident_desk import cap
from incident_desk.errors import InputError, RefusedError
from incident_desk.exercise import SeparationError
from incident_desk.incident_update import UpdateEdits, signing_material
from incident_desk.store import IncomingAlert, Store
from tests.helpers.updates import CORDON, EXERCISE_PREFIX, incident_alert, update_console


def _ingest(console: object, alert: cap.Alert, raw: bytes, exercise: str | None = None) -> int:
    """Store the alert as ingest does and group it (IngestRoute.stored)."""
    mode = f"exercise/{exercise}" if exercise else "actual"
    incoming = IncomingAlert(
        raw=raw,
        alert=alert,
        topic=f"idesk/v1/{mode}/UG/upf/alert",
        received_at=datetime.now(UTC),
        exercise_id=exercise,
    )
    store: Store = console.store
    alert_id = store.write_batch([incoming]).results[0].alert_id
    console.board.correlate([alert_id])
    return alert_id


def test_an_update_references_the_alert_and_carries_the_cordon(store: Store) -> None:
    console = update_console(store)
    alert, raw = incident_alert()
    alert_id = _ingest(console, alert, raw)
    incident = console.board.incident_for_alert(alert_id)
    assert incident is not None
    lat, lon, radius, label = CORDON
    console.command.draw_circle(incident.key, lat, lon, radius, label)

    plan = console.update_plan(incident.id)
    assert [a.id for a in plan.current] == [alert_id]
    assert [a.area_desc for a in plan.areas()] == ["Malaba border post", label]

    changes = console.publish_update(
        incident.id, UpdateEdits(headline="Tanker contained in yard B", severity="Extreme")
    )

    (update_id,) = changes.alerts
    stored = store.get_alert(update_id)
    assert stored is not None
    update = cap.parse(stored.raw)
    assert update.msg_type is cap.MsgType.UPDATE
    assert update.status is cap.Status.ACTUAL
    assert update.sender == "nps.go.ke"
    assert update.identifier.startswith("KE-nps-upd-")
    assert update.references == (alert.reference(),)
    assert update.incidents == ("UG-INC-42",)
    (info,) = update.infos
    assert (info.headline, info.severity, info.instruction) == (
        "Tanker contained in yard B",
        cap.Severity.EXTREME,
        "Avoid the border post.",
    )
    original, cordon = info.areas
    assert original.area_desc == "Malaba border post"
    assert cordon.area_desc == label
    assert cordon.circles == (cap.Circle(center=cap.Point(lat=lat, lon=lon), radius_km=0.5),)
    assert b"<circle>0.6359,34.2786 0.5</circle>" in stored.raw  # CAP order: lat,lon radius
    # it joined the incident, and the timeline says so
    assert incident.id in changes.incidents
    after = console.board.get(incident.id)
    assert after is not None
    assert update_id in after.alert_ids
    entries = [e for e in console.board.timeline(incident.id) if e.kind == "incident.update"]
    assert [e.data["msg"]["id"] for e in entries] == [
        "Update published for incident {key}: {identifier}, {areas} areas"
    ]
    # queued for the bus on this agency's real alert topic
    (queued,) = [q for q in store.pending_outgoing("ke-nps-ws1") if q.identifier]
    assert queued.topic == "idesk/v1/actual/KE/nps/alert"
    assert queued.payload == stored.raw
    assert queued.exercise_id is None


def test_a_second_update_references_the_first_and_drops_a_removed_cordon(store: Store) -> None:
    console = update_console(store)
    alert, raw = incident_alert(incidents=())  # no CAP incident id: grouped by references
    alert_id = _ingest(console, alert, raw)
    console.board.create_from_alert(alert_id, "Insp Kamau")
    incident = console.board.incident_for_alert(alert_id)
    assert incident is not None
    lat, lon, radius, label = CORDON
    console.command.draw_circle(incident.key, lat, lon, radius, label)
    (first_id,) = console.publish_update(incident.id).alerts
    first = store.get_alert(first_id)
    assert first is not None
    assert first_id in console.board.get(incident.id).alert_ids

    [area] = console.command.drawn_areas(incident.key)
    console.command.remove_area(incident.key, area.id)
    console.command.draw_polygon(
        incident.key, [(0.640, 34.272), (0.640, 34.281), (0.631, 34.281)], "Yard B"
    )
    (second_id,) = console.publish_update(incident.id).alerts
    second = store.get_alert(second_id)
    assert second is not None
    # both are in force (our Update is another sender's): both referenced
    assert set(second.alert.references) == {alert.reference(), first.alert.reference()}
    (info,) = second.alert.infos
    assert [a.area_desc for a in info.areas] == ["Malaba border post", "Yard B"]
    (polygon,) = info.areas[1].polygons
    assert polygon.points[0] == cap.Point(lat=0.640, lon=34.272)
    assert b"0.64,34.272 0.64,34.281 0.631,34.281 0.64,34.272" in second.raw
    assert second_id in console.board.get(incident.id).alert_ids


def test_an_exercise_update_stays_in_its_exercise(store: Store) -> None:
    console = update_console(store, exercise="EX-MALABA-26")
    alert, raw = incident_alert(exercise="EX-MALABA-26")
    alert_id = _ingest(console, alert, raw, exercise="EX-MALABA-26")
    incident = console.board.incident_for_alert(alert_id)
    assert incident is not None
    assert incident.exercise_id == "EX-MALABA-26"

    plan = console.update_plan(incident.id)
    assert plan.headline == "Fuel tanker hijacked at Malaba border post"  # the dialog's text
    (update_id,) = console.publish_update(incident.id, UpdateEdits(headline="Yard B")).alerts

    stored = store.get_alert(update_id)
    assert stored is not None
    assert stored.exercise_id == "EX-MALABA-26"
    update = stored.alert
    assert update.status is cap.Status.EXERCISE
    assert (update.note or "").split()[0] == "EX-MALABA-26"
    assert update.infos[0].headline == f"{EXERCISE_PREFIX} Yard B"
    (queued,) = [q for q in store.pending_outgoing("ke-nps-ws1") if q.identifier]
    assert queued.topic == "idesk/v1/exercise/EX-MALABA-26/KE/nps/alert"
    assert queued.exercise_id == "EX-MALABA-26"


def test_traffic_of_another_mode_is_refused_and_nothing_is_queued(store: Store) -> None:
    real = update_console(store)
    alert, raw = incident_alert()
    real_incident = real.board.incident_for_alert(_ingest(real, alert, raw))
    drill_alert, drill_raw = incident_alert("UG-upf-0002", exercise="EX-MALABA-26")
    drill_incident = real.board.incident_for_alert(
        _ingest(real, drill_alert, drill_raw, exercise="EX-MALABA-26")
    )
    assert real_incident is not None
    assert drill_incident is not None
    drill = update_console(store, exercise="EX-MALABA-26")

    with pytest.raises(RefusedError, match="is real traffic and this console is in exercise"):
        drill.publish_update(real_incident.id)
    with pytest.raises(RefusedError, match="belongs to exercise EX-MALABA-26"):
        real.publish_update(drill_incident.id)
    with pytest.raises(RefusedError, match="belongs to exercise EX-MALABA-26"):
        update_console(store, exercise="EX-OTHER").publish_update(drill_incident.id)
    assert store.pending_outgoing("ke-nps-ws1") == []


def test_bad_edits_and_dead_incidents_are_refused_in_plain_words(store: Store) -> None:
    console = update_console(store)
    alert, raw = incident_alert()
    alert_id = _ingest(console, alert, raw)
    incident = console.board.incident_for_alert(alert_id)
    assert incident is not None
    with pytest.raises(InputError, match="'Huge' is not a CAP severity"):
        console.publish_update(incident.id, UpdateEdits(severity="Huge"))
    with pytest.raises(InputError, match="needs a headline"):
        console.publish_update(incident.id, UpdateEdits(headline="  "))
    with pytest.raises(RefusedError, match="no such incident"):
        console.publish_update(9999)
    console.board.set_status(incident.id, "closed", "Insp Kamau")
    with pytest.raises(RefusedError, match="is closed"):
        console.publish_update(incident.id)
    assert store.pending_outgoing("ke-nps-ws1") == []


def test_a_real_topic_for_an_exercise_update_is_refused_by_the_guard(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the topic ever wrong (a bug in the topic choice), the separation guard stops it
    before the store or the outbox sees it."""
    console = update_console(store, exercise="EX-MALABA-26")
    alert, raw = incident_alert(exercise="EX-MALABA-26")
    incident = console.board.incident_for_alert(
        _ingest(console, alert, raw, exercise="EX-MALABA-26")
    )
    assert incident is not None
    monkeypatch.setattr(
        "incident_desk.console.alert_topic", lambda *_a, **_k: "idesk/v1/actual/KE/nps/alert"
    )
    with pytest.raises(SeparationError, match="exercise traffic goes only under"):
        console.publish_update(incident.id)
    assert store.pending_outgoing("ke-nps-ws1") == []
    assert [a for a in store.list_alerts(limit=None) if a.alert.sender == "nps.go.ke"] == []


def test_the_signing_key_comes_from_the_settings_both_files_or_none(tmp_path: Path) -> None:
    from incident_desk.errors import ConfigError
    from incident_desk.runtime import ConsoleRuntime
    from incident_desk.settings import Settings

    assert signing_material(None, None) is None
    with pytest.raises(ConfigError, match="go together"):
        signing_material(tmp_path / "nps.key", None)
    with pytest.raises(InputError, match=r"nps\.key"):
        signing_material(tmp_path / "nps.key", tmp_path / "nps.pem")
    (tmp_path / "nps.key").write_bytes(b"-----BEGIN PRIVATE KEY-----\n")
    (tmp_path / "nps.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\n")
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'console.db'}",
        signing_key=tmp_path / "nps.key",
        signing_cert=tmp_path / "nps.pem",
    )
    runtime = ConsoleRuntime(settings)  # composed, not started: no broker needed
    try:
        assert runtime.console.signing == (
            b"-----BEGIN PRIVATE KEY-----\n",
            b"-----BEGIN CERTIFICATE-----\n",
        )
    finally:
        runtime.store.close()


def test_an_unusable_signing_key_refuses_the_update_and_queues_nothing(store: Store) -> None:
    from incident_desk.errors import ConfigError

    console = update_console(store, signing=(b"not a key", b"not a certificate"))
    alert, raw = incident_alert()
    incident = console.board.incident_for_alert(_ingest(console, alert, raw))
    assert incident is not None
    with pytest.raises(ConfigError, match="signing key cannot sign"):
        console.publish_update(incident.id)
    assert store.pending_outgoing("ke-nps-ws1") == []


def test_update_refusals_read_back_to_their_sentence_and_in_french(store: Store) -> None:
    """The window shows a refusal in the operator's language (``incident_desk/refusals.py``):
    each refusal of an Update, provoked for real, reads back to its catalog sentence."""
    from incident_desk.messages import render
    from incident_desk.refusals import refusal_message
    from incident_desk.ui.catalogs import catalog_translate

    french = catalog_translate("fr")
    real = update_console(store)
    drill = update_console(store, exercise="EX-MALABA-26")
    alert, raw = incident_alert()
    incident = real.board.incident_for_alert(_ingest(real, alert, raw))
    drill_alert, drill_raw = incident_alert("UG-upf-0002", exercise="EX-MALABA-26")
    drill_incident = real.board.incident_for_alert(
        _ingest(real, drill_alert, drill_raw, exercise="EX-MALABA-26")
    )
    assert incident is not None
    assert drill_incident is not None
    cancel = alert.model_copy(
        update={
            "identifier": "UG-upf-0003",
            "msg_type": cap.MsgType.CANCEL,
            "references": (alert.reference(),),
            "sent": cap.CapTime.from_datetime(alert.sent.utc.replace(second=1)),
        }
    )
    reasons = []
    for call in (
        lambda: real.publish_update(9999),
        lambda: drill.publish_update(incident.id),
        lambda: real.publish_update(drill_incident.id),
    ):
        with pytest.raises(RefusedError) as caught:
            call()
        reasons.append(caught.value.reason)
    _ingest(real, cancel, cap.dumps(cancel))
    with pytest.raises(RefusedError) as caught:
        real.publish_update(incident.id)
    reasons.append(caught.value.reason)
    real.board.set_status(incident.id, "closed", "Insp Kamau")
    with pytest.raises(RefusedError) as caught:
        real.publish_update(incident.id)
    reasons.append(caught.value.reason)
    for reason in reasons:
        said = refusal_message(reason)
        assert said.source != "{reason}", reason
        assert said.text == reason
        assert render(said.data(), french) != reason
    assert [refusal_message(r).source.split(" ")[0] for r in reasons] == [
        "there", "incident", "incident", "no", "incident",
    ]  # fmt: skip
