"""Console → Export evidence package… on the real window over a real SQLite store: the dialog,
the export off the GUI thread, the result in plain words, and a package that verifies
offline with its report as a black-on-white PDF."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSize, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialogButtonBox

from incident_desk.console import Console
from incident_desk.evidence import _package as pkg
from incident_desk.evidence._verify import verify_package
from incident_desk.identity import Identity
from incident_desk.incidents import IncidentBoard
from incident_desk.settings import EvidenceSettings, Settings
from incident_desk.store import Store
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.evidence_wiring import EvidenceWiring, install_evidence_export
from incident_desk.ui.main_window import MainWindow
from tests.gui.fakes import settle, wait_loaded
from tests.unit.evidence.conftest import INCIDENT, store_history

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

IDENTITY = Identity("KE", "nps", "nps.go.ke", "j.otieno", "ke-ncc-ws01")


@pytest.fixture
def desk(qtbot: Any, sqlite_store: Store, tmp_path: Path) -> tuple[MainWindow, EvidenceWiring]:
    store_history(sqlite_store)
    console = Console(sqlite_store, IDENTITY, board=IncidentBoard(sqlite_store))
    bridge = BusBridge()
    console.add_listener(bridge.post_changes)
    window = MainWindow(
        console, bridge, db_label="sqlite://", broker_label="-", sound=False, with_map=False
    )
    qtbot.addWidget(window)
    wait_loaded(qtbot, window)
    qtbot.waitUntil(lambda: window.incident_board.model.rowCount() > 0, timeout=5_000)
    settings = Settings(
        country="KE",
        agency="nps",
        operator="j.otieno",
        workstation="ke-ncc-ws01",
        evidence=EvidenceSettings(key_file=tmp_path / "agency.key"),
    )
    return window, install_evidence_export(window, settings)


def _fill(qtbot: Any, wiring: EvidenceWiring, folder: Path) -> None:
    wiring.action.trigger()
    dialog = wiring.dialog
    assert dialog is not None
    export = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not export.isEnabled()  # a reason and a reference are required
    keys = [dialog.incident.itemData(i)[0] for i in range(dialog.incident.count())]
    dialog.incident.setCurrentIndex(keys.index(INCIDENT))
    dialog.reason.setText("MLA request from UG DPP")
    dialog.reference.setText("UG-DPP-2026-114")
    dialog.folder.setText(str(folder))
    assert export.isEnabled()
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)


def test_the_operator_exports_an_incident_and_gets_a_package_that_verifies(
    qtbot: Any, desk: tuple[MainWindow, EvidenceWiring], tmp_path: Path
) -> None:
    window, wiring = desk
    assert window.actions_by_name["export_evidence"].text() == "Export evidence package…"
    assert wiring.action in window.console_menu.actions()
    folder = tmp_path / "case"
    folder.mkdir()
    _fill(qtbot, wiring, folder)
    assert wiring.progress is not None  # the busy dialog while the worker exports
    settle(qtbot, window, timeout=30_000)
    assert wiring.progress is None
    result = wiring.last_result
    assert result is not None
    assert result.path.parent == folder
    shown = window.message_bar.label.text()
    assert window.message_bar.level == "info"
    assert "Evidence package written" in shown
    assert result.path.name in shown
    assert "incident-desk evidence verify" in shown
    verdict = verify_package(result.path)
    assert verdict.ok, verdict.failures
    with zipfile.ZipFile(result.path) as zf:
        names = set(zf.namelist())
        assert pkg.REPORT_PDF in names
        custody = zf.read(pkg.CUSTODY).decode()
        pdf = tmp_path / "report.pdf"
        pdf.write_bytes(zf.read(pkg.REPORT_PDF))
    assert "j.otieno" in custody
    # the export is on the timeline (announced to the views like any operator action)
    qtbot.waitUntil(
        lambda: any(e.kind == "evidence.export" for e in window.timeline.model._rows),
        timeout=5_000,
    )

    doc = QPdfDocument(None)
    assert doc.load(str(pdf)) == QPdfDocument.Error.None_
    words = "".join(doc.getAllText(0).text().split())
    image = doc.render(0, QSize(842, 595))
    doc.close()
    for expected in ("Evidencereport", INCIDENT, "UG-DPP-2026-114", "MLArequestfromUGDPP"):
        assert expected in words, expected
    assert "evidence.export" in words or "evidencepackage" in words.lower()
    white = dark = coloured = 0
    for x in range(0, image.width(), 4):
        for y in range(0, image.height(), 4):
            c = image.pixelColor(x, y)
            if c.alpha() < 200:
                continue
            if c.red() > 240 and c.green() > 240 and c.blue() > 240:
                white += 1
            elif max(c.red(), c.green(), c.blue()) < 100:
                dark += 1
            elif max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) > 60:
                coloured += 1
    assert white > dark > 0  # black ink on white paper
    assert coloured == 0  # a real incident's report has no colour at all


def test_a_folder_that_does_not_exist_is_refused_in_plain_words(
    qtbot: Any, desk: tuple[MainWindow, EvidenceWiring], tmp_path: Path
) -> None:
    window, wiring = desk
    _fill(qtbot, wiring, tmp_path / "nowhere")
    settle(qtbot, window, timeout=30_000)
    assert wiring.last_result is None
    assert wiring.progress is None
    assert window.message_bar.level == "error"
    assert list(tmp_path.glob("**/*.zip")) == []
    assert "Could not export the evidence package: there is no folder" in (
        window.message_bar.label.text()
    )
