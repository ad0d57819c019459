"""ICS-204 / ICS-214 as PDF: rendered back to images and text, the content is there, and
exercise forms carry the EXERCISE marker on every page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from incident_desk.command import CommandBoard, load_directory
from incident_desk.exports import ics204, ics214, to_csv
from incident_desk.identity import Identity
from incident_desk.store import Store
from incident_desk.topics import Mode
from incident_desk.ui.ics_pdf import write_pdf
from tests.unit.command.build import DIRECTORY, KE, KEY, Clock

EXERCISE = "EX-NC-26"


@pytest.fixture
def board(tmp_path: Path) -> Iterator[CommandBoard]:
    clock = Clock()
    store = Store.open(f"sqlite:///{tmp_path / 'c.db'}")
    b = CommandBoard(store, KE, clock=clock)
    b.load_directory(load_directory(DIRECTORY))
    b.establish(KEY)
    for n, unit in enumerate(("nps-rdu-1", "nps-k9-1", "bpu-malaba-1")):
        clock.tick()
        a = b.assign(
            KEY,
            unit_id=unit,
            element_kind="division",
            element_name=f"Division {n}",
            work="Hold the outer cordon",
            report_to="Malaba OSBP gate",
        )
        clock.tick()
        b.set_assignment_status(a.event.id, "en_route")
    yield b
    store.close()


def _pages(path: Path) -> tuple[list[str], list[QImage]]:
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    # table cells wrap long words: compare without the line breaks
    texts = ["".join(doc.getAllText(i).text().split()) for i in range(doc.pageCount())]
    images = [doc.render(i, QSize(842, 595)) for i in range(doc.pageCount())]
    doc.close()
    return texts, images


def _ink(image: QImage) -> tuple[int, int]:
    """(dark pixels, red pixels) on a coarse grid."""
    dark = red = 0
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            c = image.pixelColor(x, y)
            if c.alpha() and c.red() < 100 and c.green() < 100 and c.blue() < 100:
                dark += 1
            if c.alpha() and c.red() > 150 and c.green() < 120 and c.blue() < 120:
                red += 1
    return dark, red


def test_ics204_pdf_shows_incident_callsigns_and_times(
    qapp: QApplication, board: CommandBoard, tmp_path: Path
) -> None:
    form = ics204(board, KEY, at=Clock().tick(3600))
    path = tmp_path / "ics204.pdf"
    assert write_pdf(form, path) == 1
    (text,), (image,) = _pages(path)
    assert "ICS204AssignmentList" in text
    assert KEY in text
    for callsign in ("RDU-BUSIA-1", "K9-MALABA", "SIMBA-MALABA-1"):
        assert callsign in text
    assert "2026-07-0112:00:20Z" in text  # the first unit's status time
    assert "2026-07-0112:01:00Z" in text  # the last one's
    assert "EXERCISE" not in text
    dark, red = _ink(image)
    assert dark > 200
    assert red == 0


def test_exercise_ics214_has_the_marker_on_every_page(qapp: QApplication, tmp_path: Path) -> None:
    clock = Clock()
    store = Store.open(f"sqlite:///{tmp_path / 'x.db'}")
    ident = Identity("KE", "nps", "nps.go.ke", "Insp Kamau", "ke-nps-ws1")
    b = CommandBoard(store, ident, mode=Mode.EXERCISE, exercise_id=EXERCISE, clock=clock)
    b.load_directory(load_directory(DIRECTORY))
    b.establish(KEY)
    aid = b.assign(
        KEY, person="Dr Achieng", element_kind="position", element_name="Safety Officer"
    ).event.id
    for n in range(60):  # enough activity for several pages
        clock.tick()
        b.set_participation(
            KEY, "unable" if n % 2 else "alerted", agency="upf", country="UG", note=f"call {n}"
        )
    b.set_assignment_status(aid, "released")
    form = ics214(b, KEY, at=clock.tick())
    csv_text = to_csv(form)
    assert csv_text.startswith(f"EXERCISE EXERCISE EXERCISE ({EXERCISE})")
    path = tmp_path / "ics214.pdf"
    pages = write_pdf(form, path)
    assert pages >= 2
    texts, images = _pages(path)
    assert len(texts) == pages
    for text, image in zip(texts, images, strict=True):
        assert "EXERCISEEXERCISEEXERCISE" in text
        assert KEY in text
        dark, red = _ink(image)
        assert dark > 100
        assert red > 50
    everything = "\n".join(texts)
    assert "SafetyOfficer" in everything
    assert "(call59)" in everything
    store.close()
