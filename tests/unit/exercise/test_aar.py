"""The after-action report: verdicts from acks, incidents and assignments in the store."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path

import pytest

from incident_desk.cap import MsgType
from incident_desk.exercise import build_aar, render_run, write_aar
from incident_desk.scenario import Scenario, render_cap
from incident_desk.store import Store
from tests.helpers.alerts import make_alert
from tests.unit.exercise.conftest import BASE

pytestmark = pytest.mark.timeout(60)


def stored_run(store: Store, small: Scenario) -> dict[int, int]:
    """Store the small scenario's CAP injects as they arrived; return inject → alert id."""
    from incident_desk.store import IncomingAlert

    ids = {}
    for number in (1, 5):
        alert = render_cap(small, small.inject(number), BASE)
        agency = small.agency(small.inject(number).from_)
        result = store.add_alerts(
            [
                IncomingAlert(
                    raw=f"raw-{number}".encode(),
                    alert=alert,
                    topic=f"idesk/v1/exercise/EX-T1/{agency.country}/{agency.id}/alert",
                    received_at=alert.sent.utc + timedelta(seconds=1),
                    exercise_id="EX-T1",
                    country=agency.country,
                    agency=agency.id,
                )
            ]
        )
        ids[number] = result[0].alert_id
    return ids


def ack(store: Store, small: Scenario, number: int, after_s: int) -> None:
    from incident_desk.cap import Status
    from incident_desk.store import IncomingAlert

    target = render_cap(small, small.inject(number), BASE)
    acking = make_alert(
        f"UG-upf-ack-{number}",
        sender="upf.go.ug",
        sent=target.sent.utc + timedelta(seconds=after_s),
        msg_type=MsgType.ACK,
        status=Status.EXERCISE,
        note="EX-T1 ack",
        references=(target,),
        with_info=False,
    )
    store.add_alerts(
        [
            IncomingAlert(
                raw=f"ack-{number}".encode(),
                alert=acking,
                topic="idesk/v1/exercise/EX-T1/UG/upf/ack",
                received_at=target.sent.utc + timedelta(seconds=1 + after_s),
                exercise_id="EX-T1",
                country="UG",
                agency="upf",
            )
        ]
    )


def test_met_not_met_and_not_observed(store: Store, small: Scenario, tmp_path: Path) -> None:
    ids = stored_run(store, small)
    ack(store, small, 1, after_s=90)
    sent5 = BASE + timedelta(seconds=240 + 1)
    store.append_timeline(
        "duty officer UG",
        "incident.opened",
        "Opened incident for the second device",
        at=sent5 + timedelta(seconds=120),
        alert_id=ids[5],
        exercise_id="EX-T1",
    )
    report = build_aar(store, small, "EX-T1")
    by = {f.number: f for f in report.findings}
    assert by[1].verdict == "met"
    assert by[1].acknowledged
    assert by[1].acked_by == ("upf.go.ug",)
    assert by[1].ack_delay_s == 90
    assert by[5].incident_opened
    assert by[5].incident_delay_s == 120
    assert by[5].unit_assigned is False  # no assignment entries yet
    assert by[5].verdict == "not met"
    assert "no assignment of eod-1" in by[5].notes
    assert by[2].verdict == "not observed"  # no expect
    assert report.counts() == {"met": 1, "not met": 1, "not observed": 4}

    store.append_timeline(
        "IC",
        "assignment.created",
        "EOD-1 to the second device",
        at=sent5 + timedelta(seconds=300),
        exercise_id="EX-T1",
        data={"unit": "eod-1"},
    )
    assert {f.number: f for f in build_aar(store, small).findings}[5].verdict == "met"


def test_late_ack_is_not_met_and_missing_alert_is_not_observed(
    store: Store, small: Scenario
) -> None:
    ack_target = stored_run(store, small)
    assert ack_target
    ack(store, small, 1, after_s=301)
    by = {f.number: f for f in build_aar(store, small).findings}
    assert by[1].verdict == "not met"
    assert "later than 00:05:00" in by[1].notes
    empty = Store.open(f"sqlite:///{Path(store.url.split('///')[-1]).parent / 'empty.db'}")
    try:
        by = {f.number: f for f in build_aar(empty, small).findings}
    finally:
        empty.close()
    assert by[1].verdict == "not observed"
    assert "not in the store" in by[1].notes


def test_exports_csv_json_and_watermarked_html(
    store: Store, small: Scenario, tmp_path: Path
) -> None:
    stored_run(store, small)
    ack(store, small, 1, after_s=30)
    store.append_timeline("IC", "note", "Press <b>brief</b> & update", exercise_id="EX-T1")
    paths = write_aar(build_aar(store, small), tmp_path / "out")
    names = sorted(p.name for p in paths)
    assert names == [
        "aar-EX-T1-timeline.csv",
        "aar-EX-T1.csv",
        "aar-EX-T1.html",
        "aar-EX-T1.json",
    ]
    out = tmp_path / "out"
    rows = list(csv.DictReader((out / "aar-EX-T1.csv").read_text("utf-8").splitlines()))
    assert [r["number"] for r in rows] == ["1", "2", "3", "4", "5", "6"]
    assert rows[0]["verdict"] == "met"
    assert rows[0]["acked_by"] == "upf.go.ug"
    assert rows[0]["exercise"] == "EX-T1"
    timeline = list(
        csv.DictReader((out / "aar-EX-T1-timeline.csv").read_text("utf-8").splitlines())
    )
    assert {r["origin"] for r in timeline} == {"scenario", "alert", "ack", "timeline"}
    data = json.loads((out / "aar-EX-T1.json").read_text())
    assert data["status"] == "Exercise"
    assert data["counts"]["met"] == 1
    assert data["injects"][0]["expect"] == {
        "ack": True,
        "incident": False,
        "assign_unit": None,
        "within": "00:05:00",
    }
    page = (out / "aar-EX-T1.html").read_text()
    assert page.count("EXERCISE EXERCISE EXERCISE — EX-T1") == 2  # top and bottom banner
    assert 'class="watermark"' in page
    assert "position: fixed" in page  # repeated on every printed page
    assert "Press &lt;b&gt;brief&lt;/b&gt; &amp; update" in page
    assert "<script" not in page
    assert "http" not in page.replace("https://", "")  # self-contained: no external resources


def test_render_run_and_aar_agree_on_identifiers(small: Scenario) -> None:
    caps = [m for m in render_run(small, BASE) if m.kind == "cap"]
    assert [m.identifier for m in caps] == ["KE-nps-EX-T1-0001", "KE-nps-EX-T1-0005"]
