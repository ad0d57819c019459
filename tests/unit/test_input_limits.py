"""Every file the product reads has a size limit, checked before parsing; YAML aliases have a
budget. Work is measured by what ran (parser calls, nodes composed), never by wall time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_desk import safeyaml
from incident_desk.cli import main
from incident_desk.command import DirectoryError, load_directory
from incident_desk.errors import ConfigError, InputError
from incident_desk.exercise import read_recording
from incident_desk.limits import (
    MAX_RECORDING_BYTES,
    MAX_RECORDING_LINE_BYTES,
    MAX_SETTINGS_BYTES,
    read_limited,
)
from incident_desk.scenario import Scenario
from incident_desk.settings import Settings

ALIAS_BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join(['*' + prev] * 10)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)
"""Nine levels of ten aliases: 10⁹ strings once expanded, 425 bytes of text."""


def _sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that costs no disk and no time to make."""
    with path.open("wb") as fh:
        fh.truncate(size)
    return path


class Spy:
    """Counts calls of a wrapped function."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> None:
        self.calls = 0
        real = getattr(owner, name)

        def counting(*args: object, **kwargs: object) -> object:
            self.calls += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(owner, name, counting)


@pytest.fixture
def composed_nodes(monkeypatch: pytest.MonkeyPatch) -> Spy:
    return Spy(monkeypatch, safeyaml._BudgetLoader, "compose_node")


def test_a_50_mb_scenario_is_refused_before_parsing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = _sparse(tmp_path / "huge.yaml", 50 << 20)
    parsed = Spy(monkeypatch, safeyaml, "compose")
    assert main(["scenario", "validate", str(huge)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line == (
        f"{huge}:1: the file is 50.0 MiB, over the 2.0 MiB limit for a scenario; it was not parsed"
    )
    assert parsed.calls == 0


def test_an_alias_bomb_scenario_is_refused_while_composing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    composed_nodes: Spy,
) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(ALIAS_BOMB, encoding="utf-8")
    validated = Spy(monkeypatch, Scenario, "model_validate")
    assert main(["scenario", "validate", str(bomb)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{bomb}:")
    assert "aliases expanded the document has more than 200000 nodes" in line
    assert composed_nodes.calls < 200  # the text's own nodes, never the expansion
    assert validated.calls == 0


def test_too_many_aliases_and_a_recursive_alias_are_refused_with_their_line() -> None:
    many = "a: &a 1\nb: [" + ", ".join(["*a"] * (safeyaml.MAX_ALIASES + 1)) + "]\n"
    with pytest.raises(safeyaml.YamlError, match=r"many.yaml:2: more than 100 aliases"):
        safeyaml.compose(many, "many.yaml")
    with pytest.raises(safeyaml.YamlError, match=r"self.yaml:2: a recursive alias"):
        safeyaml.compose("top: 1\na: &a [1, *a]\n", "self.yaml")


def test_a_few_aliases_and_merge_keys_still_load() -> None:
    text = "base: &b {kind: police}\none: {<<: *b, id: a}\ntwo: [*b, *b]\n"
    root, data = safeyaml.compose(text, "ok.yaml")
    assert root is not None
    assert data == {
        "base": {"kind": "police"},
        "one": {"kind": "police", "id": "a"},
        "two": [{"kind": "police"}, {"kind": "police"}],
    }


def test_a_syntax_error_keeps_its_line() -> None:
    with pytest.raises(safeyaml.YamlError, match=r"bad.yaml:2: YAML syntax: "):
        safeyaml.compose("a: 1\nb: : c\n", "bad.yaml")


def test_the_directory_has_a_size_limit_and_an_alias_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, composed_nodes: Spy
) -> None:
    parsed = Spy(monkeypatch, safeyaml, "compose")
    with pytest.raises(DirectoryError, match=r"big.yaml:1: the file is 3.0 MiB, over the 2.0"):
        load_directory(_sparse(tmp_path / "big.yaml", 3 << 20))
    assert parsed.calls == 0
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(ALIAS_BOMB, encoding="utf-8")
    with pytest.raises(DirectoryError, match="more than 200000 nodes"):
        load_directory(bomb)
    assert composed_nodes.calls < 200


def test_a_settings_file_over_its_limit_is_refused_before_toml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tomllib

    big = _sparse(tmp_path / "idesk.toml", MAX_SETTINGS_BYTES + 1)
    parsed = Spy(monkeypatch, tomllib, "loads")
    with pytest.raises(ConfigError, match=r"over the 256\.0 KiB limit for a settings file"):
        Settings.load(big)
    assert parsed.calls == 0
    with pytest.raises(ConfigError, match="settings file not found"):
        Settings.load(tmp_path / "missing.toml")


def test_a_recording_over_its_limit_is_refused_unread(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"over the 512\.0 MiB limit for a recording"):
        read_recording(_sparse(tmp_path / "bus.jsonl", MAX_RECORDING_BYTES + 1))


def test_an_overlong_recording_line_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bus.jsonl"
    header = json.dumps({"schema": "idesk.recording/1"})
    path.write_text(header + "\n" + "x" * (MAX_RECORDING_LINE_BYTES + 1) + "\n")
    with pytest.raises(InputError, match=r"bus.jsonl:2: the line is over the 4 MiB limit"):
        read_recording(path)


def test_read_limited_refuses_a_file_that_grew_past_the_limit(tmp_path: Path) -> None:
    """The size is checked on what was read too, not only on the directory entry."""
    path = tmp_path / "f"
    path.write_bytes(b"x" * 11)
    assert read_limited(path, 11, "a test file") == b"x" * 11
    with pytest.raises(InputError, match="over the 10 bytes limit"):
        read_limited(path, 10, "a test file")
