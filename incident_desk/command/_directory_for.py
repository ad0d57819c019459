"""Which agencies and units a console knows: from its settings and from the drill it plays.

Two sources, merged (docs/directory.md):

1. the ``directory`` setting: a directory file (schema version 1) for the console's real
   partners;
2. the scenario of the joined drill (``--demo``, ``--controller``): its ``agencies`` and
   ``units`` are a directory already, and its optional ``directory:`` key names one more
   file, relative to the scenario file.

When both hold an agency or unit with one id, the settings' file wins (it is the console's
own, maintained list). :func:`directory_for` is what the runtime calls before the window
opens; None means nothing is loaded and the window says so (``ui/advisories.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from incident_desk.command._directory import (
    Directory,
    DirectoryAgency,
    DirectoryUnit,
    load_directory,
)
from incident_desk.errors import ConfigError

if TYPE_CHECKING:
    from incident_desk.scenario import Scenario
    from incident_desk.settings import Settings

__all__ = [
    "directory_for",
    "directory_from_scenario",
    "load_directory_for",
    "merge_directories",
]


def directory_from_scenario(scenario: Scenario) -> Directory:
    """The scenario's own agencies and units as a directory (no file read)."""
    return Directory(
        schema_version=1,
        agencies=tuple(
            DirectoryAgency(id=a.id, country=a.country, name=a.name, kind=a.kind, sender=a.sender)
            for a in scenario.agencies
        ),
        units=tuple(
            DirectoryUnit(
                id=u.id,
                callsign=u.callsign,
                agency=u.agency,
                kind=u.kind,
                size=u.size,
                contact=u.contact,
            )
            for u in scenario.units
        ),
    )


def merge_directories(*directories: Directory | None) -> Directory | None:
    """One directory from several; a later one's agency or unit replaces an earlier one's
    with the same id. None when all are None."""
    given = [d for d in directories if d is not None]
    if not given:
        return None
    agencies: dict[str, DirectoryAgency] = {}
    units: dict[str, DirectoryUnit] = {}
    for d in given:
        agencies.update({a.id: a for a in d.agencies})
        units.update({u.id: u for u in d.units})
    return Directory(
        schema_version=1, agencies=tuple(agencies.values()), units=tuple(units.values())
    )


def load_directory_for(scenario: Scenario, scenario_file: Path | None = None) -> Directory:
    """The drill's directory: the scenario's agencies and units, plus the file its
    ``directory:`` key names (relative to ``scenario_file``'s folder; the current folder
    when the scenario was not read from a file). What ``CommandBoard.load_directory`` takes.

    Raises:
        DirectoryError: the named file cannot be read or is not a valid directory.
    """
    own = directory_from_scenario(scenario)
    if scenario.directory is None:
        return own
    base = scenario_file.parent if scenario_file is not None else Path.cwd()
    named = load_directory(base / scenario.directory)
    merged = merge_directories(named, own)
    assert merged is not None
    return merged


def directory_for(
    settings: Settings, scenario: Scenario | None = None, scenario_file: Path | None = None
) -> Directory | None:
    """What a console loads into its command board at start-up, or None (nothing: the window
    warns the operator, ``ui/advisories.py``).

    Raises:
        DirectoryError: a named directory file is unreadable or invalid (an ``InputError``:
            the message names the file and line).
        ConfigError: the ``directory`` setting names a folder, not a file.
    """
    from_settings = None
    if settings.directory is not None:
        path = Path(settings.directory).expanduser()
        if path.is_dir():
            raise ConfigError(f"the 'directory' setting names a folder, not a file: {path}")
        from_settings = load_directory(path)
    from_scenario = load_directory_for(scenario, scenario_file) if scenario is not None else None
    return merge_directories(from_scenario, from_settings)
