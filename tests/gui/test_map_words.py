"""The map page says what it draws in the console's language (real QtWebEngine page, offline).

Features carry code values (a CAP severity and status, an incident's status, the trust state
of an alert, the time a unit's position went stale); the page words them from the labels
Python sends (``MapView.page_labels``), and says them again when the language changes live.
They read "Severe · active", "[⚠ unsigned]" and "stale since 14:03" in every language before.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from incident_desk.ui.i18n import translations
from incident_desk.ui.map_view import MapView
from tests.gui import test_map_view as base

pytestmark = base.pytestmark
map_view = base.map_view  # the fixture: fails on a JS error or a blocked request
_apply, _js = base._apply, base._js


def _features() -> list[dict[str, Any]]:
    square = base._square(0.60, 34.20, 0.02)
    from incident_desk.cap import Area

    area = base._area(1, Area(area_desc="Malaba yard", polygons=(square,)), trust="unsigned")
    for f in area:
        f["properties"]["label"] = "Malaba yard evacuated"
    incident = base._incident(1, 0.6362, 34.28, status="active", label="NC-1 Tanker")
    incident["properties"]["severity"] = "Severe"
    unit = base._unit(1, 0.61, 34.25)
    unit["properties"].update(label="RDU-BUSIA-1", stale=True, stale_since="14:03 UTC+03:00")
    return [*area, incident, unit]


def _tips(qtbot: Any, view: MapView) -> dict[str, str]:
    return _js(
        qtbot,
        view,
        "({incident: idesk.layerOf('inc-1').getTooltip().getContent(),"
        " area: idesk.layerOf('area-1').getTooltip().getContent(),"
        " unit: idesk.layerOf('unit-1').getTooltip().getContent(),"
        " callsign: document.querySelector('.idesk-callsign').textContent})",
    )


def test_the_map_words_what_it_draws_in_the_consoles_language(
    qtbot: Any, map_view: MapView
) -> None:
    _apply(qtbot, map_view, _features(), [])
    english = _tips(qtbot, map_view)
    assert "Severe · active" in english["incident"]
    assert "Malaba yard evacuated [⚠ unsigned] · Severe · Actual" in english["area"]
    assert "RDU-BUSIA-1 — stale since 14:03 UTC+03:00" in english["unit"]
    assert english["callsign"] == "RDU-BUSIA-1 — stale since 14:03 UTC+03:00"

    translations().set_language("ru")
    try:
        map_view.retranslate_ui()  # what the window's language switch calls
        qtbot.waitUntil(lambda: "active" not in _tips(qtbot, map_view)["incident"], timeout=5000)
        russian = _tips(qtbot, map_view)
        labels = map_view.page_labels()
        assert (
            f"{labels['cap']['Severe']} · {labels['incident']['active']}" in (russian["incident"])
        )
        assert f"Malaba yard evacuated [{labels['trust']['unsigned']}]" in russian["area"]
        assert labels["trust"]["unsigned"] == "⚠ без подписи"
        stale = labels["stale"].replace("{time}", "14:03 UTC+03:00")
        assert russian["callsign"] == f"RDU-BUSIA-1 — {stale}"
        for shown in russian.values():
            for english_word in ("Severe", "active", "Actual", "unsigned", "stale since"):
                assert english_word not in shown
    finally:
        translations().set_language("en")


def _credit(qtbot: Any, view: MapView) -> str:
    return str(
        _js(qtbot, view, "document.querySelector('.leaflet-control-attribution').textContent")
    )


def test_the_data_credit_is_in_the_consoles_language_and_keeps_the_licensed_names(
    qtbot: Any, map_view: MapView
) -> None:
    """The corner credit read "places: … · borders: …" in every language; the licences ask
    for the sources' names, which stay, and only once (a switch replaces the credit)."""
    english = _credit(qtbot, map_view)
    assert "places: GeoNames (CC BY 4.0) · borders: © OpenStreetMap contributors (ODbL)" in english
    translations().set_language("ru")
    try:
        map_view.retranslate_ui()
        qtbot.waitUntil(lambda: "places:" not in _credit(qtbot, map_view), timeout=5000)
        russian = _credit(qtbot, map_view)
        template = map_view.page_labels()["credit"]
        assert "places:" not in template
        assert "{places}" in template
        expected = template.format(
            places="GeoNames (CC BY 4.0)", borders="© OpenStreetMap contributors (ODbL)"
        )
        assert expected in russian
        assert russian.count("GeoNames") == 1
        assert russian.count("OpenStreetMap") == 1
    finally:
        translations().set_language("en")


def test_a_credit_translation_that_lost_a_sources_name_falls_back_to_the_whole_credit(
    qtbot: Any, map_view: MapView
) -> None:
    """The licences ask for both sources' names: a catalogue whose credit lost a placeholder
    must not drop one from the map."""
    _js(qtbot, map_view, "idesk.setLabels({credit: 'Natural Earth · lieux : {places}'})")
    credit = _credit(qtbot, map_view)
    assert "GeoNames (CC BY 4.0)" in credit
    assert "© OpenStreetMap contributors (ODbL)" in credit


def test_the_scale_bar_says_its_units_in_the_consoles_language(
    qtbot: Any, map_view: MapView
) -> None:
    """Leaflet wrote "30 km" in every language."""

    def scale() -> str:
        return str(
            _js(
                qtbot, map_view, "document.querySelector('.leaflet-control-scale-line').textContent"
            )
        )

    assert scale().endswith((" km", " m"))
    translations().set_language("ru")
    try:
        map_view.retranslate_ui()
        qtbot.waitUntil(lambda: scale().endswith((" км", " м")), timeout=5000)
        assert scale().split()[0].replace(".", "").isdigit()
    finally:
        translations().set_language("en")


def test_an_arabic_credit_reads_right_to_left_with_the_names_kept_left_to_right(
    qtbot: Any, map_view: MapView
) -> None:
    """In one left-to-right line the Arabic words' colons landed on the wrong side of the
    sources' names."""

    def credit_dir() -> str:
        return str(_js(qtbot, map_view, "document.querySelector('.idesk-credit').dir"))

    assert credit_dir() == "ltr"
    translations().set_language("ar")
    try:
        map_view.retranslate_ui()
        qtbot.waitUntil(lambda: credit_dir() == "rtl", timeout=5000)
        names = _js(
            qtbot,
            map_view,
            "Array.from(document.querySelectorAll('.idesk-credit bdi')).map(b => b.textContent)",
        )
        assert names == ["GeoNames (CC BY 4.0)", "© OpenStreetMap contributors (ODbL)"]
    finally:
        translations().set_language("en")
