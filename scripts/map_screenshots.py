"""Save the README's map pictures: the Northern Corridor drill on the real map page, offline.

    QT_QPA_PLATFORM=offscreen python scripts/map_screenshots.py [--theme dark] [--out docs]

Draws the drill's units (callsigns, statuses after the first injects), its first CAP areas and
one incident at Malaba, then grabs the page at zoom 7 (the drill region: towns, the KE/UG
border, units) and at the incident's zoom (the border post, callsigns, the pinned key).
Writes ``map-drill-z7-<theme>.png`` and ``map-incident-<theme>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

STATUSES = ["on_scene", "en_route", "assigned", "available", "on_scene", "en_route", "available"]


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    if os.geteuid() == 0:  # Chromium's sandbox cannot start as root (containers)
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import PySide6.QtWebEngineWidgets  # noqa: F401 - before the QApplication

    from incident_desk.ui.map_tiles import register_tile_scheme

    register_tile_scheme()
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(
        [sys.argv[0], "--webEngineArgs", "--disable-gpu"]
    )


def _features() -> list[dict[str, Any]]:
    from incident_desk.cap import Area, Circle, Point, Polygon
    from incident_desk.geo import area_to_geojson, point_feature
    from incident_desk.scenario import load_scenario
    from incident_desk.shipped import scenario_path

    scenario = load_scenario(scenario_path("northern-corridor.yaml"))
    agencies = {a.id: a.kind for a in scenario.agencies}
    out: list[dict[str, Any]] = []
    for n, unit in enumerate(scenario.units):
        props = {
            "id": f"unit:{unit.id}",
            "kind": "unit",
            "agency": agencies.get(unit.agency, unit.agency),
            "status": STATUSES[n % len(STATUSES)],
            "exercise": True,
            "label": unit.callsign,
        }
        out.append(point_feature(unit.start.lat, unit.start.lon, props))
    done = 0
    for inject in scenario.injects:
        cap = inject.message.cap
        if cap is None or done == 2:
            continue
        area = cap.area
        if area.circle is not None:
            c = area.circle
            cap_area = Area(
                area_desc=area.desc,
                circles=(Circle(center=Point(lat=c.lat, lon=c.lon), radius_km=c.radius_km),),
            )
        else:
            pts = tuple(Point(lat=a, lon=b) for a, b in area.polygon or ())
            cap_area = Area(area_desc=area.desc, polygons=(Polygon(points=pts),))
        props = {
            "id": f"alert:{done + 1}",
            "kind": "area",
            "severity": str(cap.severity),
            "status": "Exercise",
            "exercise": True,
            "label": cap.headline,
        }
        out += area_to_geojson(cap_area, props)
        done += 1
    out.append(
        point_feature(
            0.6359,
            34.2786,
            {
                "id": "incident:1",
                "kind": "incident",
                "severity": "Extreme",
                "status": "active",
                "exercise": True,
                "label": "UG-2026-0001 Tanker with suspected IED, Malaba customs yard",
                "key": "UG-2026-0001",
            },
        )
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=("dark", "light"), default="dark")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    parser.add_argument("--size", default="1100x720")
    args = parser.parse_args(argv)
    app = _app()
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

    from incident_desk.ui.map_view import MapView

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def js(expr: str) -> Any:
        box: list[Any] = []
        loop = QEventLoop()
        view.evaluate_json(expr, lambda v: (box.append(v), loop.quit()))
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        return box[0] if box else None

    width, height = (int(x) for x in args.size.split("x"))
    view = MapView()
    view.resize(width, height)
    view.show()
    try:
        loop = QEventLoop()
        view.loaded.connect(lambda ok: loop.quit())
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        while not js("!!(window.idesk && idesk.ready)"):
            wait(100)
        view.set_theme(args.theme)
        view.push(_features())
        view.flush_now()
        view.select("incident:1")
        shots = (
            ("map-drill-z7", 0.45, 34.1, 7),
            ("map-incident", 0.6345, 34.2760, 14),
        )
        args.out.mkdir(parents=True, exist_ok=True)
        for name, lat, lon, zoom in shots:
            js(f"idesk.map.setView([{lat}, {lon}], {zoom}, {{animate: false}}) && 1")
            wait(1500)  # clusters and labels settle
            path = args.out / f"{name}-{args.theme}.png"
            view.grab().toImage().save(str(path))
            labels = js("idesk.placesDrawn().length")
            print(f"{path}: zoom {js('idesk.map.getZoom()')}, {labels} place labels")
    finally:
        view.close()
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
