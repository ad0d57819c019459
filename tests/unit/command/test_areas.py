"""Drawn incident areas (cordons): command events stored, replayed on every console, in the
timeline, and ready for the incident's CAP Update."""

from __future__ import annotations

import pytest

from incident_desk.cap import Area
from incident_desk.command import CommandError
from incident_desk.command._areas import cap_areas
from tests.unit.command.build import KEY, Clock, Console, timeline_of


def _relay(source: Console, target: Console) -> None:
    for issued in source.sent:
        target.board.apply_bus_event(issued.topic, issued.payload)


def test_a_cordon_reaches_every_console_with_a_timeline_entry(
    ke: Console, ug: Console, clock: Clock
) -> None:
    issued = ke.do(ke.board.draw_circle(KEY, 0.6359, 34.2786, 500, "Cordon 500 m"))
    assert issued.event.type == "area.draw"
    assert issued.topic == ke.board.topic
    assert issued.changes.command == (KEY,)
    [area] = ke.board.drawn_areas(KEY)
    assert (area.label, area.shape, area.center, area.radius_m, area.by) == (
        "Cordon 500 m",
        "circle",
        (0.6359, 34.2786),
        500.0,
        "Insp Kamau",
    )
    entries = [t for t in timeline_of(ke.store) if t[0] == "area.drawn"]
    assert entries == [
        (
            "area.drawn",
            "Insp Kamau",
            KEY,
            "Cordon 500 m drawn by Insp Kamau: circle of 500 m around 0.63590, 34.27860",
        )
    ]
    # The other console applies the bus event: same area, same timeline entry.
    _relay(ke, ug)
    assert [(a.id, a.label) for a in ug.board.drawn_areas(KEY)] == [(area.id, "Cordon 500 m")]
    assert [t for t in timeline_of(ug.store) if t[0] == "area.drawn"] == entries
    assert ug.board.incidents_with_areas() == [KEY]
    # A repeat of the same event changes nothing (idempotent by event id).
    _relay(ke, ug)
    assert len(ug.board.drawn_areas(KEY)) == 1


def test_polygon_and_removal(ke: Console, ug: Console, clock: Clock) -> None:
    corners = [(0.640, 34.272), (0.640, 34.281), (0.631, 34.281), (0.631, 34.272)]
    ke.do(ke.board.draw_polygon(KEY, corners, "Yard B"))
    [yard] = ke.board.drawn_areas(KEY)
    assert yard.points[0] == yard.points[-1]
    assert yard.describe() == "polygon of 4 points"
    clock.tick()
    ke.do(ke.board.remove_area(KEY, yard.id))
    assert ke.board.drawn_areas(KEY) == []
    assert ("area.removed", "Insp Kamau", KEY, "Yard B removed by Insp Kamau") in timeline_of(
        ke.store
    )
    # the removal depends on the drawing: in reverse order it waits, then both apply
    for issued in reversed(ke.sent):
        ug.board.apply_bus_event(issued.topic, issued.payload)
    assert ug.board.drawn_areas(KEY) == []
    with pytest.raises(CommandError, match="there is no area"):
        ke.board.remove_area(KEY, yard.id)


@pytest.mark.parametrize(
    ("call", "reason"),
    [
        (lambda b: b.draw_circle(KEY, 0.6, 34.2, 2, "Tiny"), "outside 10 m to 200 km"),
        (lambda b: b.draw_circle(KEY, 95.0, 34.2, 500, "North"), "not a latitude"),
        (lambda b: b.draw_circle(KEY, 0.6, 34.2, 500, "  "), "needs a label"),
        (lambda b: b.draw_polygon(KEY, [(0.6, 34.2), (0.7, 34.2)], "Line"), "three corners"),
    ],
)
def test_bad_areas_are_refused_with_the_reason(ke: Console, call: object, reason: str) -> None:
    with pytest.raises(CommandError, match=reason):
        call(ke.board)  # type: ignore[operator]
    assert ke.board.drawn_areas(KEY) == []


def test_a_malformed_area_from_the_bus_is_refused_in_the_timeline(ke: Console, ug: Console) -> None:
    issued = ke.board.draw_circle(KEY, 0.6, 34.2, 500, "Cordon")
    forged = issued.payload.replace(b'"radius_m": 500.0', b'"radius_m": -1')
    ug.board.apply_bus_event(issued.topic, forged)
    assert ug.board.drawn_areas(KEY) == []
    refused = [t for t in timeline_of(ug.store) if t[0] == "area.refused"]
    assert len(refused) == 1
    assert "outside 10 m to 200 km" in refused[0][3]


def test_drawn_areas_become_cap_areas_for_the_update(ke: Console, clock: Clock) -> None:
    ke.do(ke.board.draw_circle(KEY, 0.6359, 34.2786, 500, "Cordon 500 m"))
    clock.tick()
    ke.do(ke.board.draw_polygon(KEY, [(0.64, 34.27), (0.64, 34.28), (0.63, 34.28)], "Yard B"))
    areas = cap_areas(ke.board.drawn_areas(KEY))
    assert all(isinstance(a, Area) for a in areas)
    assert [a.area_desc for a in areas] == ["Cordon 500 m", "Yard B"]
    circle = areas[0].circles[0]
    assert (circle.center.lat, circle.center.lon, circle.radius_km) == (0.6359, 34.2786, 0.5)
    assert len(areas[1].polygons[0].points) == 4
