"""The alert queue's row: a light summary of a stored alert that the cyclic GC never walks into."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from incident_desk.cap import Status
from incident_desk.store import IncomingAlert, Store, StoredAlert
from incident_desk.ui.models.queue_row import QueueRow, queue_row
from tests.helpers.alerts import BASE_TIME, make_alert, raw_of

# what the queue does not carry: the full CAP model, the bytes and what only the detail shows
NOT_IN_QUEUE = {"alert", "raw", "content_hash", "note"}
# the detail pane reads these from the StoredAlert; the queue carries only the warning count
NOT_IN_QUEUE |= {"warnings", "envelope", "signers"}


@pytest.fixture
def stored(tmp_path: Path) -> Iterator[StoredAlert]:
    """A real stored alert (SQLite), with every optional summary field set."""
    store = Store.open(f"sqlite:///{tmp_path / 'alerts.db'}")
    try:
        alert = make_alert("KE-police-0042", status=Status.EXERCISE, note="EX-1")
        [result] = store.add_alerts(
            [
                IncomingAlert(
                    raw=raw_of(alert),
                    alert=alert,
                    topic="idesk/v1/exercise/EX-1/ke/police/alert",
                    received_at=BASE_TIME + timedelta(seconds=2),
                    exercise_id="EX-1",
                    country="ke",
                    agency="police",
                    trust_state="verified",
                    trust_signer="KE/police",
                    trust_detail="signed by the Kenya Police key",
                )
            ]
        )
        found = store.get_alert(result.alert_id)
        assert found is not None
        yield found
    finally:
        store.close()


def test_the_row_has_exactly_the_stored_alerts_summary_fields() -> None:
    # len(StoredAlert.warnings): the queue's marker; an inject's time since STARTEX
    derived = {"warning_count", "inject_offset"}
    assert set(QueueRow._fields) - derived == set(StoredAlert.model_fields) - NOT_IN_QUEUE


def test_queue_row_copies_every_field_of_a_stored_alert(stored: StoredAlert) -> None:
    row = queue_row(stored)

    for name in QueueRow._fields:
        if name == "warning_count":
            assert row.warning_count == len(stored.warnings)
            continue
        if name == "inject_offset":
            assert row.inject_offset is None  # an exercise alert, but not the player's
            continue
        assert getattr(row, name) == getattr(stored, name), name
    assert row.key() == stored.key()
    assert row.categories == ("Security", "CBRNE")
    assert row.incidents == ("KE-INC-7",)
    assert (row.exercise_id, row.trust_state, row.trust_signer) == ("EX-1", "verified", "KE/police")
    assert row.sent_utc.tzinfo is not None
    assert row.expires_utc is not None


def test_nothing_in_a_row_is_tracked_by_the_cyclic_gc(stored: StoredAlert) -> None:
    """After a collection the row's fields, tuples of str included, are all untracked: a full
    pass visits the row itself and nothing behind it (a ``StoredAlert`` drags its whole CAP
    model along). CPython untracks only exact tuples, not tuple subclasses such as a
    NamedTuple, so the row object itself stays tracked: one object per queued alert."""
    row = queue_row(stored)
    plain = tuple(row)  # the same values in a plain tuple
    gc.collect()
    gc.collect()  # a tuple goes untracked once its inner tuples are: it may take two passes

    tracked = [
        name for name, value in zip(QueueRow._fields, row, strict=True) if gc.is_tracked(value)
    ]
    assert tracked == []
    assert not any(gc.is_tracked(o) for o in gc.get_referents(row) if not isinstance(o, type))
    assert not gc.is_tracked(plain)


def test_an_injects_sent_time_reads_on_the_exercise_clock(
    tmp_path: Path, stored: StoredAlert
) -> None:
    """The scenario player stamps an inject on the exercise clock (at x20 it runs far ahead
    of the wall clock): the queue's Sent cell says ``EX T+00:04:00`` as the detail pane does,
    never a clock time an operator would set against Received. A participant's own exercise
    alert keeps its clock time."""
    from PySide6.QtCore import Qt

    from incident_desk.scenario import parse_scenario, render_cap
    from incident_desk.ui.models.alert_table import AlertTableModel, Column, Roles
    from incident_desk.ui.models.queue_columns import short_time
    from tests.unit.exercise.conftest import BASE, SMALL

    scenario = parse_scenario(SMALL)
    inject = render_cap(scenario, scenario.inject(5), BASE)  # sent at T+00:04:00
    store = Store.open(f"sqlite:///{tmp_path / 'injects.db'}")
    try:
        [result] = store.add_alerts(
            [
                IncomingAlert(
                    raw=raw_of(inject),
                    alert=inject,
                    topic="idesk/v1/exercise/EX-T1/KE/nps/alert",
                    received_at=BASE_TIME + timedelta(seconds=2),
                    exercise_id="EX-T1",
                )
            ]
        )
        assert result.alert_id is not None
        found = store.get_alert(result.alert_id)
    finally:
        store.close()
    assert found is not None
    model = AlertTableModel()
    other = queue_row(stored)._replace(id=found.id + 1)  # from another store: its own id
    model.set_rows([queue_row(found), other])
    cell = {model.index(r, 0).data(Roles.ALERT_ID): model.index(r, Column.SENT) for r in range(2)}
    assert cell[found.id].data() == "EX T+00:04:00"
    assert "exercise clock" in cell[found.id].data(Qt.ItemDataRole.ToolTipRole)
    assert cell[other.id].data() == short_time(stored.sent_utc)  # a participant's: clock time
