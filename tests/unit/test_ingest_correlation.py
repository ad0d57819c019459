"""Ingest groups a batch's alerts into incidents in the batch's own transaction: one commit a
batch, and a failing grouping never costs an alert (on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import Engine, event

from incident_desk import cap
from incident_desk.identity import Identity
from incident_desk.incidents import _board
from incident_desk.incidents._correlate import correlate
from incident_desk.ingest import IngestPipeline, IngestRoute
from incident_desk.settings import Settings
from incident_desk.store import Store
from tests.helpers.alerts import BASE_TIME, make_alert
from tests.helpers.stores import store_from_url, store_url_on_both_databases

__all__ = ["store_from_url", "store_url_on_both_databases"]  # fixtures

TOPIC = "idesk/v1/actual/KE/nps/alert"


@dataclass(frozen=True)
class Msg:
    topic: str
    payload: bytes
    retain: bool = False
    user_properties: tuple[tuple[str, str], ...] = ()
    received_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def messages(first: int, count: int, incident: str) -> list[Msg]:
    return [
        Msg(
            TOPIC,
            cap.dumps(
                make_alert(
                    f"KE-nps-{n:06d}",
                    sender="nps.go.ke",
                    sent=BASE_TIME + dt.timedelta(seconds=n),
                    incidents=(incident,),
                )
            ),
        )
        for n in range(first, first + count)
    ]


def pipeline(store: Store, acked: list[Any]) -> IngestPipeline:
    route = IngestRoute(store, Identity.from_settings(Settings()))
    return IngestPipeline(store, ack=acked.extend, on_event=route.event, on_stored=route.stored)


@contextmanager
def counting_commits() -> Iterator[list[object]]:
    seen: list[object] = []

    def count(conn: Any) -> None:
        seen.append(conn)

    event.listen(Engine, "commit", count)
    try:
        yield seen
    finally:
        event.remove(Engine, "commit", count)


def test_a_batch_is_stored_and_grouped_in_one_commit(store: Store) -> None:
    acked: list[Any] = []
    ingest = pipeline(store, acked)
    batch = messages(0, 50, "KE-INC-40")

    with counting_commits() as commits:
        ingest._process(batch)  # the writer thread's step

    # PostgreSQL: plus the link pass after commit that concurrent consoles need (Store)
    assert len(commits) == (1 if store.dialect == "sqlite" else 2)
    [incident] = _board.IncidentBoard(store).list_incidents()
    assert incident.key == "KE-INC-40"
    assert len(incident.alert_ids) == 50
    assert store.count_alerts() == 50
    assert acked == batch


def test_a_failing_grouping_is_undone_alone_and_every_alert_is_stored_and_acked(
    store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def half_done_then_broken(*args: Any) -> Any:
        correlate(*args)  # writes the incident and its timeline, then a bug strikes
        raise RuntimeError("a bug in correlation")

    acked: list[Any] = []
    ingest = pipeline(store, acked)
    first = messages(0, 20, "KE-INC-41")
    monkeypatch.setattr(_board, "correlate", half_done_then_broken)
    with caplog.at_level(logging.ERROR, logger="incident_desk.ingest"):
        ingest._process(first)

    assert store.count_alerts() == 20
    assert acked == first
    board = _board.IncidentBoard(store)
    assert board.list_incidents() == []  # the grouping's own writes were undone
    assert store.timeline() == []
    assert "post-store hook failed for 20 alerts" in caplog.text

    monkeypatch.setattr(_board, "correlate", correlate)
    later = messages(20, 5, "KE-INC-41")
    ingest._process(later)

    [incident] = board.list_incidents()
    assert len(incident.alert_ids) == 5
    assert store.count_alerts() == 25
    assert acked == first + later
