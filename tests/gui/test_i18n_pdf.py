"""ICS forms in the operator's language, with glyphs: an Arabic ICS-204 and ICS-214, a Russian
ICS-204, rendered to PDF and read back (text extraction), set in the shipped Noto fonts only,
every character covered by them (no missing-glyph boxes), Arabic laid out right to left."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImage, QRawFont
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from incident_desk.command import CommandBoard, load_directory
from incident_desk.exports import ics204, ics214
from incident_desk.shipped import resource_path
from incident_desk.store import Store
from incident_desk.ui.fonts import FONT_FILES
from incident_desk.ui.i18n import translations
from incident_desk.ui.ics_pdf import write_pdf
from tests.unit.command.build import DIRECTORY, KE, KEY, Clock

pytestmark = pytest.mark.gui


@pytest.fixture
def board(tmp_path: Path) -> Iterator[CommandBoard]:
    clock = Clock()
    store = Store.open(f"sqlite:///{tmp_path / 'c.db'}")
    b = CommandBoard(store, KE, clock=clock)
    b.load_directory(load_directory(DIRECTORY))
    b.establish(KEY)
    clock.tick()
    a = b.assign(
        KEY,
        unit_id="nps-rdu-1",
        element_kind="division",
        element_name="Division A",
        work="Hold the outer cordon",
        report_to="Malaba OSBP gate",
    )
    clock.tick()
    b.set_assignment_status(a.event.id, "en_route")
    yield b
    store.close()


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    yield translations()
    translations().set_language("en")


def read_back(path: Path) -> tuple[str, QImage, set[str]]:
    """(text of page 1, the page as an image, the fonts embedded in the file)."""
    doc = QPdfDocument(None)
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = doc.getAllText(0).text()
    image = doc.render(0, QSize(1684, 1190))
    doc.close()
    fonts = {
        f.decode() for f in re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([\w-]+)", path.read_bytes())
    }
    return text, image, fonts


def has_words(text: str, phrase: str) -> bool:
    """Every word of ``phrase`` is in ``text``. PDF text extraction puts the words of a right
    to left run in visual order on a line that starts with Latin (the title line), so the
    test looks for the words, not their sequence; the rendered page is checked separately."""
    words = set(re.sub(r"[:;,.؛،()]", " ", text).split())
    return all(w in words for w in phrase.split())


def uncovered(text: str) -> set[str]:
    """Characters of ``text`` that no shipped font has a glyph for (they would print as boxes)."""
    fonts = [QRawFont(str(resource_path("fonts", name)), 12) for name in FONT_FILES]
    assert all(f.isValid() for f in fonts)
    controls = {"\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"}
    return {
        c
        for c in text
        if not c.isspace()
        and c not in controls
        and not any(f.supportsCharacter(ord(c)) for f in fonts)
    }


def ink_columns(image: QImage) -> tuple[int, int]:
    """Dark pixels in the left and the right third of the title band (where the title is)."""
    left = right = 0
    third = image.width() // 3
    for y in range(40, 140, 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if c.alpha() and c.red() < 90 and c.green() < 90 and c.blue() < 90:
                if x < third:
                    left += 1
                elif x > 2 * third:
                    right += 1
    return left, right


def test_an_arabic_ics204_has_arabic_text_in_the_shipped_fonts(
    board: CommandBoard, speaking: object, tmp_path: Path
) -> None:
    translations().set_language("ar")
    form = ics204(board, KEY, translate=QCoreApplication.translate)
    path = tmp_path / "ics204-ar.pdf"
    assert write_pdf(form, path) == 1
    text, image, fonts = read_back(path)
    for words in ("قائمة التكليفات", "المورد", "الجهة الأصلية", "مكان الحضور", "في الطريق"):
        assert has_words(text, words), words
    for data in ("RDU-BUSIA-1", "Malaba OSBP gate", KEY):
        assert data in text  # data stays as it was written
    assert re.search(r"2026-07-01 12:00:\d\d UTC", text)  # the one time format, Latin digits
    assert uncovered(text) == set()  # no character without a glyph: no boxes
    assert "NotoSansArabic-Regular" in fonts
    assert all(f.startswith("NotoSans") for f in fonts), fonts  # no system font needed
    left, right = ink_columns(image)
    assert right > left  # right to left: the title starts at the right edge


def test_an_arabic_ics214_reads_the_timeline_in_arabic(
    board: CommandBoard, speaking: object, tmp_path: Path
) -> None:
    translations().set_language("ar")
    form = ics214(board, KEY, translate=QCoreApplication.translate)
    path = tmp_path / "ics214-ar.pdf"
    write_pdf(form, path)
    text, _image, fonts = read_back(path)
    assert has_words(text, "سجل الأنشطة")
    # the command's timeline entry, written in English, reads in Arabic
    assert has_words(text, "قيادة منفردة")  # ("أُنشئت" comes out split at its vowel mark)
    assert uncovered(text) == set()
    assert all(f.startswith("NotoSans") for f in fonts), fonts


def test_a_russian_ics204_in_cyrillic(
    board: CommandBoard, speaking: object, tmp_path: Path
) -> None:
    translations().set_language("ru")
    form = ics204(board, KEY, translate=QCoreApplication.translate)
    path = tmp_path / "ics204-ru.pdf"
    write_pdf(form, path)
    text, image, fonts = read_back(path)
    assert "Список назначений" in "".join(text.split("\n"))
    assert "в пути" in text
    assert uncovered(text) == set()
    assert all(f.startswith("NotoSans") for f in fonts), fonts
    left, right = ink_columns(image)
    assert left > right  # left to right
