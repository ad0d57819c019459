"""The timeline: append-only, ordered, filterable by incident and exercise."""

from __future__ import annotations

import ast
from datetime import datetime, timedelta
from pathlib import Path

import pytest

import incident_desk
from incident_desk.store import Store, write_timeline
from tests.helpers.alerts import BASE_TIME, incoming, make_alert


def test_entries_come_back_in_time_order_with_their_data(store: Store) -> None:
    [stored] = store.add_alerts([incoming(make_alert())])
    late = store.append_timeline(
        "amina.k",
        "command.transfer",
        "Command transferred to TZ border guard",
        at=BASE_TIME + timedelta(minutes=10),
        console="ke-nairobi-1",
        incident_id="KE-INC-7",
        data={"from": "KE police", "to": "TZ border", "units": [3, 4]},
    )
    early = store.append_timeline(
        "ingest",
        "alert.received",
        "Alert KE-police-0001 received",
        at=BASE_TIME,
        incident_id="KE-INC-7",
        alert_id=stored.alert_id,
    )

    entries = store.timeline()

    assert [e.id for e in entries] == [early.id, late.id]
    assert entries[1].data == {"from": "KE police", "to": "TZ border", "units": [3, 4]}
    assert entries[1].console == "ke-nairobi-1"
    assert entries[1].at == BASE_TIME + timedelta(minutes=10)
    assert entries[0].alert_id == stored.alert_id
    assert entries[0].data == {}


def test_the_same_instant_keeps_the_order_of_appending(store: Store) -> None:
    ids = [store.append_timeline("op", "note", f"note {n}", at=BASE_TIME).id for n in range(5)]
    assert [e.id for e in store.timeline()] == ids
    assert [e.text for e in store.timeline(limit=2)] == ["note 3", "note 4"]


def test_after_id_gives_only_newer_entries_oldest_first(store: Store) -> None:
    ids = [store.append_timeline("op", "note", f"note {n}", at=BASE_TIME).id for n in range(5)]
    assert [e.id for e in store.timeline(after_id=ids[1])] == ids[2:]
    assert [e.id for e in store.timeline(after_id=ids[1], limit=2)] == ids[3:]
    assert store.timeline(after_id=ids[-1]) == []
    assert [e.id for e in store.timeline(after_id=0)] == ids


def test_filters_by_incident_and_exercise(store: Store) -> None:
    store.append_timeline("op", "note", "real", at=BASE_TIME, incident_id="INC-1")
    store.append_timeline(
        "controller", "inject", "drill", at=BASE_TIME, incident_id="INC-2", exercise_id="EX-1"
    )
    store.append_timeline("op", "note", "other", at=BASE_TIME, incident_id="INC-2")

    assert [e.text for e in store.timeline(incident_id="INC-2")] == ["drill", "other"]
    assert [e.text for e in store.timeline(exercise_id="EX-1")] == ["drill"]


def test_the_store_offers_no_way_to_change_or_remove_timeline_entries(store: Store) -> None:
    entry = store.append_timeline("op", "note", "written once", at=BASE_TIME)
    public = {name for name in dir(Store) if not name.startswith("_")}
    mutators = {n for n in public if n.startswith(("update", "delete", "remove", "edit", "set"))}
    assert mutators == set()
    assert {n for n in public if "timeline" in n} == {"append_timeline", "timeline"}
    assert store.timeline() == [entry]


def test_one_writer_normalises_every_entry(store: Store) -> None:
    """write_timeline: aware times in UTC, a mapping or JSON text as data, ids ascending."""
    from zoneinfo import ZoneInfo

    nairobi = BASE_TIME.astimezone(ZoneInfo("Africa/Nairobi"))
    rows = [
        {"at": nairobi, "actor": "a", "kind": "note", "text": "one", "data": {"b": 1}},
        {"at": BASE_TIME, "actor": "a", "kind": "note", "text": "two", "data": '{"c": 2}'},
    ]
    ids = store.transaction("write", lambda conn: write_timeline(conn, rows))
    assert ids == sorted(ids)
    entries = {e.id: e for e in store.timeline()}
    assert entries[ids[0]].at == BASE_TIME
    assert entries[ids[0]].data == {"b": 1}
    assert entries[ids[1]].data == {"c": 2}
    assert entries[ids[0]].console is None


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({"at": datetime(2026, 1, 1), "actor": "a", "kind": "k", "text": "t"}, "aware time"),
        ({"at": BASE_TIME, "actor": "a", "kind": "k", "text": "t", "id": 5}, "not timeline"),
    ],
)
def test_one_writer_refuses_what_the_timeline_cannot_hold(
    store: Store, row: dict[str, object], problem: str
) -> None:
    with pytest.raises(ValueError, match=problem):
        store.transaction("write", lambda conn: write_timeline(conn, [row]))


def test_no_other_module_inserts_into_the_timeline() -> None:
    """Every timeline write goes through store/_timeline.py (one place for later hooks)."""
    package = Path(incident_desk.__file__).parent
    writers = []
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            core_insert = (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "insert"
                and node.args
                and "timeline" in ast.unparse(node.args[0]).lower()
            )
            sql_insert = (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and "insert into timeline" in " ".join(node.value.lower().split())
            )
            if core_insert or sql_insert:
                writers.append(str(path.relative_to(package)))
    assert sorted(set(writers)) == ["store/_timeline.py"]
