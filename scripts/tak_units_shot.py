"""Render docs/tak-units.png: the console's map and Units tab with units positioned from TAK.

The real console (``ConsoleRuntime`` and its window, with its own TAK gateway) on a Mosquitto
started here; a loopback TAK server relays position reports of twelve devices around the
Malaba border post, linked to units by the directory; one device stops reporting and its
unit goes grey. A CAP alert draws the incident and its cordon.

Run from the repository root (offscreen is fine):
    QT_QPA_PLATFORM=offscreen python scripts/tak_units_shot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.bench_gui import run_until
from incident_desk import cap
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.runtime import ConsoleRuntime
from incident_desk.settings import Settings, TakSettings
from incident_desk.topics import Mode, alert_topic
from incident_desk.ui.app import window_for_runtime
from incident_desk.ui.screenshot import save_screenshot
from incident_desk.ui.theme import apply_theme
from tests.helpers.brokers import bus_settings, publish_alert, start_mosquitto
from tests.helpers.takdata import cordon_alert, device_cot, device_directory_yaml
from tests.helpers.takpeer import TakServerPeer

DEVICES = 12
OUT = Path("docs/tak-units.png")


def main() -> int:
    app = QApplication([sys.argv[0]])
    tmp = Path(tempfile.mkdtemp(prefix="idesk-tak-shot-"))
    (tmp / "settings").mkdir()
    (tmp / "mosquitto").mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    apply_theme(app, "dark")
    directory = tmp / "directory.yaml"
    directory.write_text(device_directory_yaml(DEVICES), encoding="utf-8")
    broker = start_mosquitto(tmp / "mosquitto")
    peer = TakServerPeer()
    settings = Settings(
        broker=bus_settings(broker.url, "ke-ncc-ws01"),
        database_url=f"sqlite:///{tmp / 'console.db'}",
        country="KE",
        agency="nps",
        operator="j.otieno",
        workstation="ke-ncc-ws01",
        directory=directory,
        tak=TakSettings(url=peer.url, directory=directory),
    )
    runtime = ConsoleRuntime(settings)
    window = window_for_runtime(runtime, sound=False)
    try:
        window.resize(1600, 900)
        window.show()
        runtime.start()
        runtime.bus.wait_subscribed(15)
        peer.wait_client()
        run_until(lambda: window.map_view is not None and window.map_view.is_loaded, 60)
        client = BusClient(bus_settings(broker.url, "ke-nps-publisher"))
        client.connect_and_wait()
        alert = cordon_alert(sent=datetime.now(UTC).replace(microsecond=0))
        publish_alert(
            AlertPublisher(client), alert_topic(Mode.ACTUAL, "KE", "nps"), alert, cap.dumps(alert)
        )
        client.stop()
        for rnd in range(3):  # three rounds of reports; DEV-11 stops after the first
            now = datetime.now(UTC)
            reports = b"".join(
                device_cot(
                    f"DEV-{i}",
                    now=now,
                    lat=0.6355 + 0.004 * ((i % 4) - 1.5) + 0.0003 * rnd,
                    lon=34.2800 + 0.005 * ((i // 4) - 1) + 0.0002 * rnd,
                    stale=timedelta(seconds=4) if i == DEVICES - 1 else timedelta(minutes=2),
                )
                for i in range(DEVICES)
                if rnd == 0 or i != DEVICES - 1
            )
            peer.broadcast(reports)
            run_until(lambda: False, 2)
        time.sleep(3)
        run_until(lambda: window.model.rowCount() >= 1, 20)
        window.command.check_stale()
        window.units_dock.raise_()
        window.select_alert(1)  # the one alert of this fresh store
        run_until(lambda: False, 4)  # the map flies to the cordon, the units draw
        window.map_view.evaluate("idesk.map.setView([0.6362, 34.2800], 15, {animate: false});")
        run_until(lambda: False, 3)
        save_screenshot(window, OUT)
        print(f"wrote {OUT}")
    finally:
        window.close()
        runtime.stop()
        peer.close()
        broker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
