"""Migration 0011: ``quarantine.reason_msg`` keeps a reason's message id beside its English
text, on SQLite and PostgreSQL; it is added and dropped again without touching the rows."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import create_engine, inspect

from incident_desk.messages import Message
from incident_desk.store import Rejected, Store
from tests.helpers.databases import migrate

SAID = Message("Not well-formed XML: {detail}", {"detail": "Opening and ending tag mismatch"})


def _columns(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {c["name"] for c in inspect(conn).get_columns("quarantine")}
    finally:
        engine.dispose()


def test_a_message_reason_keeps_english_text_and_its_id(store: Store) -> None:
    qid = store.quarantine(b"<alert>", SAID, topic="idesk/v1/actual/KE/nps/alert")
    ids = store.quarantine_many(
        [
            Rejected(raw=b"x", reason="free text", received_at=datetime.now(UTC)),
            Rejected(
                raw=b"y",
                reason="invalid CAP: /: x",
                reason_msg=SAID.data(),
                received_at=datetime.now(UTC),
            ),
        ]
    )
    by_id = {e.id: e for e in store.list_quarantine()}
    assert by_id[qid].reason == "Not well-formed XML: Opening and ending tag mismatch"
    assert by_id[qid].reason_msg == SAID.data()
    assert by_id[ids[0]].reason_msg is None  # a free-text reason is shown as written
    assert by_id[ids[1]].reason == "invalid CAP: /: x"
    assert by_id[ids[1]].reason_msg == SAID.data()


def test_migration_0011_adds_and_drops_the_column_keeping_rows(store: Store) -> None:
    url = store._engine.url.render_as_string(hide_password=False)
    store.quarantine(b"<alert>", SAID)
    assert "reason_msg" in _columns(url)
    migrate(url, "downgrade", "0010")
    assert "reason_msg" not in _columns(url)
    migrate(url, "upgrade", "head")
    assert "reason_msg" in _columns(url)
    again = Store.open(url)
    try:
        (entry,) = again.list_quarantine()
        assert entry.reason == SAID.text
        assert entry.reason_msg is None
    finally:
        again.close()
