"""Core texts as message ids (incident_desk/messages.py): the English text and the id with its
arguments are stored together, and a reader renders the id in their own language."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from incident_desk.messages import Message, render, word
from incident_desk.store import Store

FRENCH = {
    "Acknowledged {identifier} from {sender}": "{identifier} de {sender} acquittée",
    "Status {old} → {new}": "Statut {old} → {new}",
    "new": "nouveau",
    "active": "actif",
}


def french(context: str, source: str) -> str:
    assert context == "core"
    return FRENCH.get(source, source)


def test_english_text_and_message_id_are_kept_together() -> None:
    msg = Message("Acknowledged {identifier} from {sender}", {"identifier": "KE-1", "sender": "a"})
    assert msg.text == "Acknowledged KE-1 from a"
    assert msg.data() == {
        "id": "Acknowledged {identifier} from {sender}",
        "args": {"identifier": "KE-1", "sender": "a"},
    }
    assert render(msg.data(), french) == "KE-1 de a acquittée"


def test_words_in_arguments_are_translated_and_data_is_not() -> None:
    msg = Message("Status {old} → {new}", {"old": word("new"), "new": word("active")})
    assert msg.text == "Status new → active"
    assert render(msg.data(), french) == "Statut nouveau → actif"
    # data arguments can be wrapped (the window isolates them in right-to-left text)
    ack = Message("Acknowledged {identifier} from {sender}", {"identifier": "X", "sender": "Y"})
    assert render(ack.data(), french, lambda v: f"<{v}>") == "<X> de <Y> acquittée"


def test_a_code_word_no_catalog_words_reads_as_words_and_data_keeps_its_underscores() -> None:
    """The timeline said "SIMBA-MALABA-1: en_route" in English (no catalog words a code):
    a word argument reads with spaces; a catalog that has it says it its own way; data
    (a callsign, an identifier) is never touched."""
    msg = Message("{callsign}: {status}", {"callsign": "RDU_BUSIA_1", "status": word("en_route")})
    assert msg.text == "RDU_BUSIA_1: en route"
    russian = {"en_route": "в пути"}
    assert render(msg.data(), lambda _c, s: russian.get(s, s)) == "RDU_BUSIA_1: в пути"
    assert render(msg.data(), french) == "RDU_BUSIA_1: en route"
    # a message of its own with no arguments is a text, not a code word
    assert Message("out_of_band").text == "out_of_band"


def test_a_broken_translation_falls_back_to_english_with_the_arguments() -> None:
    msg = Message("Acknowledged {identifier} from {sender}", {"identifier": "KE-1", "sender": "a"})

    def broken(_context: str, _source: str) -> str:
        return "{identifiant} de {sender}"  # a renamed placeholder

    assert render(msg.data(), broken) == "Acknowledged KE-1 from a"


def test_a_timeline_entry_written_in_english_reads_in_french(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 't.db'}") as store:
        written = store.append_timeline(
            "j.otieno",
            "ack",
            Message(
                "Acknowledged {identifier} from {sender}",
                {"identifier": "KE-NPS-000003", "sender": "nps.go.ke"},
            ),
            at=datetime(2026, 12, 5, 9, 0, tzinfo=UTC),
        )
        [entry] = [e for e in store.timeline() if e.id == written.id]
    assert entry.text == "Acknowledged KE-NPS-000003 from nps.go.ke"  # the log, the CLI
    assert render(entry.data["msg"], french) == "KE-NPS-000003 de nps.go.ke acquittée"
