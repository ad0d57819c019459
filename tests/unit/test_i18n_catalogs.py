"""The translation catalogs in resources/i18n/: in step with the source, every one compiles,
and no translation loses or invents a placeholder.

``pyside6-lupdate`` run over the source must leave every committed ``.ts`` unchanged (a new
or changed ``tr()`` text without ``make i18n`` fails here, with the command to run), and
``pyside6-lrelease`` must compile each. Both tools ship with PySide6.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
CATALOGS = sorted(I18N.glob("incident_desk_*.ts"))
FIELD = re.compile(r"\{[^{}]*\}|%n")
#: languages a native reader checks the draft of before it is called done (docs/translating.md)
TRANSLATED = ("en", "fr", "ar", "ru", "sw")


def _tool(name: str) -> str:
    import PySide6

    exe = Path(PySide6.__file__).parent / (f"{name}.exe" if sys.platform == "win32" else name)
    found = str(exe) if exe.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"no {name}: PySide6 is installed without its tools")
    return found


def _messages(ts: Path) -> list[tuple[str, str, str | None, str | None]]:
    tree = etree.parse(str(ts), etree.XMLParser(resolve_entities=False, no_network=True))
    out = []
    for ctx in tree.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            text = (" | ".join(forms) if all(forms) else None) if forms else None
            if tr is not None and not forms:
                text = tr.text
            kind = tr.get("type") if tr is not None else None
            out.append((name, m.findtext("source") or "", text, kind))
    return out


def test_there_is_a_catalog_for_every_language_of_the_menu() -> None:
    from incident_desk.ui.i18n import LANGUAGES

    codes = {p.stem.removeprefix("incident_desk_") for p in CATALOGS}
    assert codes == set(LANGUAGES)  # English: the source, and its catalog of plural forms


def test_lupdate_leaves_the_committed_catalogs_unchanged(tmp_path: Path) -> None:
    copies = []
    for ts in CATALOGS:
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        copies.append(copy)
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "incident_desk").rglob("*.py")
        if "migrations" not in p.parts
    )
    args = [_tool("lupdate"), "-locations", "none", "-no-obsolete", *sources]
    for copy in copies:
        if copy.name != "incident_desk_en.ts":
            args += ["-ts", str(copy)]
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True)
    english = [_tool("lupdate"), "-locations", "none", "-no-obsolete", "-pluralonly", *sources]
    english += ["-ts", str(tmp_path / "incident_desk_en.ts")]  # as `make i18n` does
    subprocess.run(english, cwd=ROOT, check=True, capture_output=True)
    stale = [ts.name for ts, copy in zip(CATALOGS, copies, strict=True)
             if ts.read_bytes() != copy.read_bytes()]  # fmt: skip
    assert stale == [], f"catalogs out of step with the source: {stale}; run `make i18n`"


@pytest.mark.parametrize("ts", CATALOGS, ids=lambda p: p.stem)
def test_every_catalog_compiles(tmp_path: Path, ts: Path) -> None:
    qm = tmp_path / ts.with_suffix(".qm").name
    done = subprocess.run(
        [_tool("lrelease"), str(ts), "-qm", str(qm)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert qm.exists()


@pytest.mark.parametrize("ts", CATALOGS, ids=lambda p: p.stem)
def test_no_translation_loses_or_invents_a_placeholder(ts: Path) -> None:
    wrong = []
    for context, source, text, _kind in _messages(ts):
        if not text:
            continue
        forms = text.split(" | ") if "%n" in source else [text]
        for form in forms:  # a plural form may say "one" instead of %n: named fields must stay
            expected = FIELD.findall(source)
            found = FIELD.findall(form)
            if "%n" in source:
                expected = [f for f in expected if f != "%n"]
                found = [f for f in found if f != "%n"]
            if sorted(expected) != sorted(found):
                wrong.append((context, source, form))
    assert wrong == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_translated_languages_have_every_text(code: str) -> None:
    missing = [
        (context, source)
        for context, source, text, _kind in _messages(I18N / f"incident_desk_{code}.ts")
        if not text
    ]
    assert missing == []


def test_a_catalog_translator_outlives_a_headless_application() -> None:
    """``write_pdf_headless`` starts an offscreen Qt application for a PDF and shuts it down,
    and PySide destroys every parentless QObject with it: a translator made before (a CLI's
    ``--language``, a test module's) raised "Internal C++ object already deleted" after.
    In a fresh process, where this test owns the application."""
    script = (
        "from PySide6.QtGui import QGuiApplication\n"
        "from incident_desk.ui.catalogs import catalog_translate\n"
        "fr = catalog_translate('fr')\n"
        "before = fr('core', 'connection lost')\n"
        "app = QGuiApplication(['t', '-platform', 'offscreen'])\n"
        "app.shutdown()\n"
        "del app\n"
        "print(before, '|', fr('core', 'connection lost'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "connexion perdue | connexion perdue"
