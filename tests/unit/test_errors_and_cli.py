"""The exception tree holds every error class; the CLI never hides a subcommand that fails."""

from __future__ import annotations

import importlib
import types

import pytest

from incident_desk import cli
from incident_desk.command import CommandError
from incident_desk.errors import ConfigError, IncidentDeskError, InputError, RefusedError
from incident_desk.incidents import IncidentError
from incident_desk.mappage import OfflinePageError
from incident_desk.scenario import ClockStateError
from incident_desk.trust import UnsafeXml


def test_command_and_incident_refusals_are_one_class() -> None:
    assert CommandError is IncidentError is RefusedError
    refused = CommandError("the unit is already assigned")
    assert isinstance(refused, IncidentError)
    assert refused.reason == "the unit is already assigned"


@pytest.mark.parametrize(
    ("error", "parent"),
    [
        (ClockStateError, RefusedError),
        (OfflinePageError, ConfigError),
        (UnsafeXml, InputError),
    ],
)
def test_former_outsiders_join_the_tree(error: type[Exception], parent: type[Exception]) -> None:
    assert issubclass(error, parent)
    assert issubclass(error, IncidentDeskError)
    assert cli.exit_code_for(error("x")) == (2 if parent in (InputError, ConfigError) else 1)


def test_every_listed_subcommand_is_registered() -> None:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == {
        "gui",
        "broker",
        "publish",
        "publish-update",
        "ingest",
        "scenario",
        "record",
        "replay",
        "export",
        "search",
        "archive",
        "evidence",
        "tak",
    }


def test_a_subcommand_that_fails_to_import_is_not_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = importlib.import_module

    def broken(name: str, package: str | None = None) -> types.ModuleType:
        if name == "incident_desk.cli._replay":
            raise ImportError("cannot import name 'gone' from 'incident_desk.exercise'")
        return real(name, package)

    monkeypatch.setattr(cli.importlib, "import_module", broken)
    with pytest.raises(ImportError, match="gone"):
        cli.build_parser()


def test_a_listed_but_missing_subcommand_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "COMMANDS", (*cli.COMMANDS, "_not_there"))
    with pytest.raises(ModuleNotFoundError):
        cli.build_parser()
