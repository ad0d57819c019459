"""What the README and docs/ show an integrator to type is what the product takes.

Every ```toml block is a settings file the console loads (``Settings.load``: unknown keys are
refused), and every ``incident-desk`` line of a shell block parses with the command line's
own parser (a documented ``--topic`` that ``publish`` does not have failed here).
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest

from incident_desk.cli import build_parser
from incident_desk.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _blocks(language: str) -> list[tuple[str, str]]:
    """(``page:line``, text) of every fenced block in ``language`` (a regular expression)."""
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(rf"```(?:{language})\n(.*?)```", text, re.DOTALL):
            line = text[: match.start()].count("\n") + 2
            found.append((f"{page.relative_to(ROOT)}:{line}", match.group(1)))
    return found


def _commands() -> list[tuple[str, list[str]]]:
    """Each ``incident-desk …`` line of a shell block, continuations joined, without its
    comment, redirection, pipe or trailing ``&``: (``page:line``, its arguments)."""
    commands = []
    for where, block in _blocks("sh|bash|shell|console"):
        page, first = where.rsplit(":", 1)
        for offset, line in enumerate(block.replace("\\\n", " ").splitlines()):
            text = line.strip().removeprefix("$ ")
            if not text.startswith("incident-desk "):
                continue
            text = re.sub(r"\s#.*$", "", text)
            text = re.split(r" (?:\||>|&&) ", text)[0].rstrip(" &")
            commands.append((f"{page}:{int(first) + offset}", shlex.split(text)[1:]))
    return commands


TOML_BLOCKS = _blocks("toml")
COMMANDS = _commands()


def test_the_pages_hold_examples_to_check() -> None:
    assert len(TOML_BLOCKS) >= 5
    assert len(COMMANDS) >= 10


@pytest.mark.parametrize(("where", "text"), TOML_BLOCKS, ids=[w for w, _ in TOML_BLOCKS])
def test_every_settings_example_loads(where: str, text: str, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    Settings.load(path)  # a ConfigError names the key the example got wrong


@pytest.mark.parametrize(("where", "argv"), COMMANDS, ids=[w for w, _ in COMMANDS])
def test_every_documented_command_line_parses(where: str, argv: list[str]) -> None:
    said = io.StringIO()
    code: str | int | None = 0
    with contextlib.redirect_stderr(said), contextlib.redirect_stdout(io.StringIO()):
        try:
            build_parser().parse_args(argv)
        except SystemExit as exc:  # --help and --version exit 0
            code = exc.code
    assert not code, f"{where}: {said.getvalue().strip()}"
