"""The board reads from each ingest batch only the alerts that can change an alarm.

On a busy bus nearly every alert has a priority of no alarm (Minor, Past, Unlikely, ...);
the board used to read every one's summary into Python, to find that out and forget it
again, on the alarm worker the window shares the interpreter with (issue 18: the window's
stalls at 500 alerts/s). The database now leaves them out (``PriorityTable.alarming``,
``_reader.members(could_alarm=)``), and an alert linked by an Update, Cancel or Ack is read by
id when it is needed. What the operator sees must not change: over a random stream of
alerts of every priority, Updates that raise or lower a chain, Cancels, Acks of other
consoles and a drill's alerts, a board that reads the batch this way ends with the same
alarms and writes the same journal as one that reads every alert.
"""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from incident_desk import cap
from incident_desk.alarms import AlarmBoard, AlarmState
from incident_desk.alarms import _journal as journal
from incident_desk.alarms._priority import CAP_WORDS
from incident_desk.store import Store
from tests.helpers.alarms import T0, FakeClock, ack, alert, alert_id, cancel, put, update


def _stream(rng: random.Random, count: int) -> list[list[tuple[cap.Alert, str | None]]]:
    """Batches of (message, exercise id): mostly alerts that raise no alarm, as a bus
    brings them, and chains that cross the alarm line both ways."""
    sent: list[cap.Alert] = []
    batches: list[list[tuple[cap.Alert, str | None]]] = []
    for n in range(count):
        at = timedelta(seconds=n)
        severity, urgency, certainty = (rng.choice(words) for words in CAP_WORDS)
        roll = rng.random()
        if sent and roll < 0.15:
            message = update(rng.choice(sent), f"U{n}", severity=severity, urgency=urgency, at=at)
        elif sent and roll < 0.2:
            message = cancel(rng.choice(sent), f"C{n}", at=at)
        elif sent and roll < 0.27:
            message = ack(rng.choice(sent), at=at)
        elif roll < 0.3:
            message = alert(f"X{n}", status=cap.Status.EXERCISE, severity=severity, at=at)
        else:
            message = alert(f"A{n}", severity=severity, urgency=urgency, certainty=certainty, at=at)
        sent.append(message)
        exercise = "EX-1" if message.status is cap.Status.EXERCISE else None
        if not batches or rng.random() < 0.2:
            batches.append([])
        batches[-1].append((message, exercise))
    return batches


@pytest.mark.parametrize("seed", [7, 8])
def test_a_board_reading_only_what_can_alarm_ends_as_one_reading_everything(
    store: Store, seed: int
) -> None:
    clock = FakeClock(T0)
    lean = AlarmBoard(store, console="ke-ncc-ws01", exercise_id="EX-1", clock=clock)
    full = AlarmBoard(store, console="ke-ncc-ws02", exercise_id="EX-1", clock=clock)
    full._could_alarm = None  # type: ignore[assignment]  # the board as it read before
    rng = random.Random(seed)
    for batch in _stream(rng, 300):
        for exercise in (None, "EX-1"):
            messages = [m for m, ex in batch if ex == exercise]
            if messages:
                changes = put(store, *messages, exercise_id=exercise)
                lean.apply(changes)
                full.apply(changes)
        clock.advance(seconds=rng.choice((1, 30, 600)))
        lean.tick()
        full.tick()
    assert lean.alarms()
    assert lean.alarms() == full.alarms()
    with store.reading("compare the journals") as conn:
        kept = [journal.read(conn, console=c) for c in ("ke-ncc-ws01", "ke-ncc-ws02")]
    lean_rows, full_rows = ([{**vars(r), "console": ""} for r in rows] for rows in kept)
    assert lean_rows
    assert lean_rows == full_rows


def test_an_update_raises_the_chain_of_an_alert_that_was_never_read(store: Store) -> None:
    """The first alert is Minor (left out of its batch's read); its Update is Extreme
    Immediate: one alarm, of the chain the first alert began, showing the Update."""
    board = AlarmBoard(store, console="ke-ncc-ws01", clock=FakeClock(T0))
    quiet = alert("Q1", severity="Minor")
    board.apply(put(store, quiet))
    assert board.alarms() == []
    loud = update(quiet, "Q2", severity="Extreme", at=timedelta(seconds=20))
    board.apply(put(store, loud))
    [alarm] = board.alarms()
    assert alarm.state is AlarmState.ACTIVE_UNACK
    assert (alarm.id, alarm.alert_id) == (alert_id(store, quiet), alert_id(store, loud))
    assert alarm.severity == "Extreme"
