"""The shipped gazetteer and the map search (Qt-free)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_desk.errors import ConfigError
from incident_desk.places import (
    PLACES_FILE,
    Findable,
    Gazetteer,
    find,
    place_name_of_area,
    scenario_places,
)
from incident_desk.scenario import load_scenario
from incident_desk.shipped import scenario_path

SCENARIOS = ("northern-corridor.yaml", "desert-gate.yaml", "silk-gate.yaml")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_the_shipped_file_is_compact_and_says_where_it_comes_from(gazetteer: Gazetteer) -> None:
    assert PLACES_FILE.stat().st_size < 1_000_000
    assert "GeoNames" in gazetteer.source
    assert "CC BY 4.0" in gazetteer.source
    kinds = {p.kind for p in gazetteer.places}
    assert kinds == {"country", "capital", "town", "crossing", "site"}
    assert len(gazetteer.places) > 10_000


@pytest.mark.parametrize(
    ("name", "country"),
    [("Nairobi", "KE"), ("Kampala", "UG"), ("Amman", "JO"), ("Bishkek", "KG"), ("Kabul", "AF"),
     ("Islamabad", "PK"), ("Paris", "FR"), ("Ottawa", "CA")],
)  # fmt: skip
def test_capitals_of_partner_regions_and_the_world(
    gazetteer: Gazetteer, name: str, country: str
) -> None:
    top = gazetteer.search(name, 1)[0]
    assert (top.name, top.country, top.kind) == (name, country, "capital")


def test_towns_of_the_drill_regions(gazetteer: Gazetteer) -> None:
    for name, country in (("Tororo", "UG"), ("Bungoma", "KE"), ("Aqaba", "JO"), ("Kabale", "UG")):
        found = [(p.name, p.country) for p in gazetteer.search(name, 5)]
        assert (name, country) in found


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_place_a_shipped_scenario_names_is_in_the_gazetteer(
    gazetteer: Gazetteer, scenario: str
) -> None:
    wanted = scenario_places(load_scenario(scenario_path(scenario)))
    assert wanted
    shipped = {(p.name, p.lat, p.lon, p.kind) for p in gazetteer.places}
    for place in wanted:
        assert (place.name, place.lat, place.lon, place.kind) in shipped, place


def test_border_posts_are_crossings() -> None:
    assert place_name_of_area("Malaba One-Stop Border Post and customs yards (1 km)").kind == (
        "crossing"
    )
    assert place_name_of_area("Korday crossing, vehicle queue and checkpoint (1 km)").name == (
        "Korday crossing, vehicle queue and checkpoint"
    )
    assert place_name_of_area("Dordoi Bazaar and car parks").kind == "site"


def test_search_ranks_exact_then_prefix_then_words(gazetteer: Gazetteer) -> None:
    names = [p.name for p in gazetteer.search("malaba", 10)]
    assert names[0] == "Malaba"
    assert "Malaba One-Stop Border Post and customs yards" in names
    assert [p.kind for p in gazetteer.search("Kenya", 1)] == ["country"]
    # accents and case do not matter
    assert gazetteer.search("ISTANBUL", 1)[0].name == "Istanbul"
    assert gazetteer.search("", 5) == []
    assert gazetteer.search("zzzzqqq", 5) == []


def test_find_puts_coordinates_incidents_and_units_first(gazetteer: Gazetteer) -> None:
    own = [
        Findable("KE-2026-0007", "Tanker in yard B", 0.6359, 34.2786, "incident:7"),
        Findable("SIMBA-MALABA-1", "police", 0.6362, 34.28, "unit:nps-simba-1"),
    ]
    hits = find("malaba", gazetteer, own)
    assert (hits[0].kind, hits[0].target) == ("unit", "unit:nps-simba-1")
    assert hits[1].text == "Malaba"
    assert find("KE-2026", gazetteer, own)[0].target == "incident:7"
    coords = find("0.6359, 34.2786", gazetteer, own)[0]
    assert (coords.kind, coords.lat, coords.lon) == ("coordinates", 0.6359, 34.2786)
    assert coords.detail == "36N XF 42279 70303"
    mgrs = find("36N XF 42279 70303", gazetteer, own)[0]
    assert mgrs.kind == "coordinates"
    assert mgrs.lat == pytest.approx(0.6359, abs=1e-4)
    assert mgrs.lon == pytest.approx(34.2786, abs=1e-4)


def test_a_damaged_gazetteer_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "places.json"
    bad.write_text(json.dumps({"places": [["Nowhere", "north"]]}), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"places\.json: not a readable gazetteer"):
        Gazetteer.load(bad)
