"""ICS-204 / ICS-214 as PDF: rendered back to images and text, the content is there, and
exercise forms carry the EXERCISE marker on every page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
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


def _ink(image: QImage) -> tuple[int, int, int]:
    """(dark pixels, red pixels, purple pixels) on a coarse grid."""
    dark = red = purple = 0
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            c = image.pixelColor(x, y)
            if c.alpha() and c.red() < 100 and c.green() < 100 and c.blue() < 100:
                dark += 1
            if c.alpha() and c.red() > 150 and c.green() < 120 and c.blue() < 120:
                red += 1
            if _is_band(c):
                purple += 1
    return dark, red, purple


def _is_band(c: QColor) -> bool:
    """The exercise band's saturated purple (not the faint watermark)."""
    return bool(
        c.alpha() > 200
        and c.blue() > 100
        and c.red() < 140
        and c.green() < 90
        and c.blue() - c.green() > 50
    )


def _luminance(c: QColor) -> float:
    """Relative luminance (0-255) of the pixel as printed on white (transparent = paper)."""
    a = c.alpha() / 255
    lum = 0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue()
    return a * lum + (1 - a) * 255


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
    assert "2026-07-0112:00:20UTC" in text  # the first unit's status time
    assert "2026-07-0112:01:00UTC" in text  # the last one's
    assert "EXERCISE" not in text
    dark, red, purple = _ink(image)
    assert dark > 200
    assert red == 0
    assert purple == 0  # a real form has no exercise colour


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
        dark, red, purple = _ink(image)
        assert dark > 100
        assert red == 0  # red is for real traffic only
        assert purple > 50  # the exercise band
    everything = "\n".join(texts)
    assert "SafetyOfficer" in everything
    assert "(call59)" in everything
    store.close()


def _exercise_form(tmp_path: Path) -> object:
    clock = Clock()
    store = Store.open(f"sqlite:///{tmp_path / 'band.db'}")
    b = CommandBoard(store, KE, mode=Mode.EXERCISE, exercise_id=EXERCISE, clock=clock)
    b.load_directory(load_directory(DIRECTORY))
    b.establish(KEY)
    b.assign(KEY, unit_id="nps-rdu-1", element_kind="division", element_name="Division A")
    form = ics204(b, KEY, at=clock.tick())
    store.close()
    return form


def _render(path: Path, size: QSize) -> QImage:
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    image = doc.render(0, size)
    doc.close()
    return image


def test_a_pdf_exported_in_the_dark_theme_prints_dark_text_on_white(
    qapp: QApplication, board: CommandBoard, tmp_path: Path
) -> None:
    from incident_desk.ui.theme import apply_theme, current_theme

    before = current_theme(qapp)
    apply_theme(qapp, "dark")  # the default theme: light grey text on a dark window
    try:
        write_pdf(ics204(board, KEY, at=Clock().tick(3600)), tmp_path / "dark.pdf")
    finally:
        apply_theme(qapp, before)
    image = _render(tmp_path / "dark.pdf", QSize(1684, 1190))
    # the body of the form: below the title band, above the footer
    pixels = [
        image.pixelColor(x, y)
        for y in range(image.height() // 8, image.height() * 7 // 8, 2)
        for x in range(0, image.width(), 2)
    ]
    background = sorted(_luminance(c) for c in pixels)[len(pixels) // 2]
    ink = sorted(_luminance(c) for c in pixels if _luminance(c) < background - 30)
    assert background > 245  # white paper
    assert len(ink) > 1000  # there is text
    assert ink[len(ink) // 10] < 60  # and it is dark: the darkest tenth is near black


def test_the_exercise_band_is_above_the_title_and_never_over_it(
    qapp: QApplication, tmp_path: Path
) -> None:
    write_pdf(_exercise_form(tmp_path), tmp_path / "band.pdf")  # type: ignore[arg-type]
    image = _render(tmp_path / "band.pdf", QSize(1684, 1190))
    top = image.height() // 6
    band_rows, ink_rows = set(), set()
    for y in range(top):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if _is_band(c):
                band_rows.add(y)
            elif _luminance(c) < 80:
                ink_rows.add(y)
    assert band_rows, "no exercise band"
    assert ink_rows, "no title"
    assert max(band_rows) < min(ink_rows)  # the title starts below the band's last row
    # the band's white words stay inside the band: no title ink between its rows
    assert not ink_rows & set(range(min(band_rows), max(band_rows) + 1))


def test_the_cli_exports_a_pdf_without_a_display_and_a_csv_without_qt(
    qapp: QApplication, board: CommandBoard, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    url = board._store.url  # the fixture's store, closed by the fixture afterwards
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)  # the command chooses offscreen by itself
    pdf = tmp_path / "204.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "incident_desk", "export", "ics204", "--db", url,
         "--incident", KEY, "--out", str(pdf)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{pdf}: ICS 204 Assignment List of {KEY}, 1 page(s)"
    (text,), _ = _pages(pdf)
    assert "RDU-BUSIA-1" in text
    code = (
        "import sys; from incident_desk.cli import main; "
        f"rc = main(['export', 'ics214', '--db', {url!r}, '--incident', {KEY!r}, "
        f"'--out', {str(tmp_path / '214.csv')!r}]); "
        "print(rc, sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6'}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr
