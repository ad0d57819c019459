"""The after-action report's HTML page in the reader's language (issue #15).

The page is rendered through the real catalogs (``incident_desk/ui/catalogs.py``: a bare
``QTranslator`` on the compiled ``.qm``, no application); the pseudo-locale walk proves that
every visible text of the page went through translation, except data, which is exempt by
provenance (values taken from the report itself), never by guess.
"""

from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from incident_desk import timefmt
from incident_desk.exercise import build_aar, write_aar, write_html
from incident_desk.exercise._aar import AfterActionReport
from incident_desk.messages import Message
from incident_desk.scenario import Scenario
from incident_desk.store import Store
from incident_desk.ui.catalogs import catalog_translate, is_rtl
from tests.unit.exercise.conftest import SMALL
from tests.unit.exercise.test_aar import ack, stored_run

pytestmark = pytest.mark.timeout(60)

#: the page's English headings and labels: none may be left in another language
ENGLISH = (
    "After-action report",
    "Injects: expected and observed",
    "Timeline",
    "Alarms",
    "expected action",
    "expectation",
    "observed (who, how late)",
    "wall clock",
    "exercise time",
    "alarms raised",
    "not observed",
    "generated",
    "acknowledge the alert",
    "after the inject",
)


class _Text(HTMLParser):
    """The visible text nodes of a page (``<style>`` is not text), and its ``<html>`` tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.nodes: list[str] = []
        self.root: dict[str, str | None] = {}
        self._style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.root = dict(attrs)
        self._style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._style = False

    def handle_data(self, data: str) -> None:
        if not self._style and data.strip():
            self.nodes.append(data.strip())


def _page(path: Path) -> _Text:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(name="report")
def report_fixture(store: Store, small: Scenario) -> AfterActionReport:
    """A run with met, not met and not observed injects, a timeline entry written as a
    message id, a free-text note and the alarm figures."""
    stored_run(store, small)
    ack(store, small, 1, after_s=30)
    ack(store, small, 5, after_s=4000)
    store.append_timeline(
        "IC",
        "incident.status",
        Message("Status {old} → {new}", {"old": {"id": "active"}, "new": {"id": "closed"}}),
        exercise_id="EX-T1",
    )
    store.append_timeline("IC", "note", "Press brief & update", exercise_id="EX-T1")
    return build_aar(store, small)


def test_the_page_reads_in_french_with_no_english_heading_left(
    report: AfterActionReport, tmp_path: Path
) -> None:
    page = write_html(report, tmp_path, translate=catalog_translate("fr"), language="fr")
    parsed = _page(page)
    text = "\n".join(parsed.nodes)
    assert parsed.root == {"lang": "fr"}
    assert "Rapport après action EX-T1" in text
    assert "Injects : attendu et observé" in text
    assert "Main courante" in text
    assert "NON OBSERVÉ" in text
    assert "ATTEINT" in text
    assert "Acquitter l’alerte" in text  # the expectation, capitalised in French too
    assert "Statut" in text
    assert "→ clos" in text
    assert "Statut de l’incident" in text  # the timeline entry's kind, in words
    assert "incident.status" not in text
    assert timefmt.wall(report.generated_at) in text  # times keep the one format
    for english in ENGLISH:
        assert english not in text, english
    # the mandated marking stays as it is in every language
    assert "EXERCISE EXERCISE EXERCISE — EX-T1" in text


def test_the_page_reads_right_to_left_in_arabic(report: AfterActionReport, tmp_path: Path) -> None:
    assert is_rtl("ar")
    assert not is_rtl("fr")
    page = write_html(report, tmp_path, translate=catalog_translate("ar"), language="ar", rtl=True)
    html = page.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in html
    parsed = _page(page)
    text = "\n".join(parsed.nodes)
    assert "تقرير ما بعد العمل" in text
    assert "السجل الزمني" in text
    for english in ENGLISH:
        assert english not in text, english
    # identifiers keep their own order inside right-to-left text (first-strong isolates)
    assert "\u2068EX-T1\u2069" in text


def _data(report: AfterActionReport) -> set[str]:
    """Every value of the report that the page shows as data (provenance: the report)."""
    values = {report.exercise_id, report.exercise_name, "EXERCISE EXERCISE EXERCISE", "EXERCISE"}
    for f in report.findings:
        values |= {f.from_agency, ", ".join(f.to), f.expected_action, f"EX T+{f.offset}"}
    for r in report.timeline:
        values |= {r.kind, r.who, timefmt.wall(r.at), report.exercise_offset(r.exercise_at)}
        if r.msg is None:
            values.add(r.text)
    return {v for v in values if v}


_MARKED = re.compile(r"\[!! [^\[\]]*? !!\]")


def test_pseudo_locale_walk_every_visible_text_is_translated_or_data(
    report: AfterActionReport, tmp_path: Path
) -> None:
    page = write_html(report, tmp_path, translate=catalog_translate("pseudo"), language="en")
    data = sorted(_data(report), key=len, reverse=True)
    left = []
    for node in _page(page).nodes:
        rest = node
        while _MARKED.search(rest):  # nested messages: innermost first
            rest = _MARKED.sub(" ", rest)
        for value in data:
            rest = rest.replace(value, " ")
        if re.search(r"[^\W\d_]{2,}", rest):  # words left: a text that was not translated
            left.append((node, rest))
    assert left == []


def test_the_walk_catches_an_english_text(report: AfterActionReport, tmp_path: Path) -> None:
    """The walk above can fail: an English page is all unmarked words."""
    page = write_html(report, tmp_path)
    nodes = _page(page).nodes
    assert any(not _MARKED.search(n) and "Timeline" in n for n in nodes)


def test_csv_and_json_stay_english_whatever_the_page(
    report: AfterActionReport, tmp_path: Path
) -> None:
    write_aar(report, tmp_path, translate=catalog_translate("fr"), language="fr")
    rows = list(csv.DictReader((tmp_path / "aar-EX-T1.csv").read_text("utf-8").splitlines()))
    assert {r["verdict"] for r in rows} <= {"met", "not met", "not observed"}
    data = json.loads((tmp_path / "aar-EX-T1.json").read_text("utf-8"))
    assert data["injects"][0]["expect_text"].startswith("Acknowledge the alert")
    assert "expect_msg" not in data["injects"][0]
    assert "msg" not in data["timeline"][0]


def test_cli_export_aar_language_fr(
    store: Store, small: Scenario, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``incident-desk export aar --language fr``: the page in French from the compiled
    catalog, the CSV still English; an unknown language is refused by the parser."""
    from incident_desk.cli import main

    scenario = tmp_path / "small.yaml"
    scenario.write_text(SMALL)
    stored_run(store, small)
    out = tmp_path / "aar"
    argv = ["export", "aar", "--db", store.url, "--scenario", str(scenario), "--out", str(out)]
    assert main([*argv, "--language", "fr"]) == 0
    parsed = _page(out / "aar-EX-T1.html")
    text = "\n".join(parsed.nodes)
    assert parsed.root == {"lang": "fr"}
    assert "Rapport après action EX-T1" in text
    assert "Timeline" not in text
    assert "verdict" in (out / "aar-EX-T1.csv").read_text("utf-8").splitlines()[0]
    assert main([*argv, "--language", "ar"]) == 0
    assert '<html lang="ar" dir="rtl">' in (out / "aar-EX-T1.html").read_text("utf-8")
    with pytest.raises(SystemExit):
        main([*argv, "--language", "xx"])
    capsys.readouterr()


def test_the_cli_catalog_needs_qtcore_only_and_leaves_no_application() -> None:
    """A report's translation without a window: QtCore alone, no Qt application made."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from incident_desk.ui.catalogs import catalog_translate\n"
        "print(catalog_translate('fr')('aar', 'Timeline'))\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print(QCoreApplication.instance() is None)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.splitlines() == ["Main courante", "True", "['PySide6.QtCore']"]
