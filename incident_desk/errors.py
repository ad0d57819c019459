"""The exception tree of Incident Desk.

Two kinds of failure reach people differently:

``IncidentDeskError``            an *expected* failure of the environment or the input:
├── ``InputError``               a bad file or payload given to us (file, line, problem;
│   │                            also a ``ValueError``)
│   ├── ``cap.CapError``         an invalid CAP document (every problem found)
│   ├── ``safexml.UnsafeXml``    untrusted XML bytes refused before or while parsing
│   ├── ``scenario.ScenarioError``, ``command.DirectoryError``, ``topics.TopicError``,
│   │   ``trust.SigningError``   a bad scenario, directory, topic or signing input
├── ``StoreError``               the database is unreachable, locked or full
├── ``BusError``                 the broker refused or is unreachable (reason in plain words)
├── ``ConfigError``              a settings file or option that cannot be used
│   └── ``mappage.OfflinePageError`` (also a ``RuntimeError``) the installed map libraries
│                                would make the offline map page reach the network
├── ``RefusedError``             an operator action the rules do not allow (``reason``);
│   │                            ``command.CommandError`` and ``incidents.IncidentError`` are
│   │                            two names of this one class
│   └── ``scenario.ClockStateError`` (also a ``RuntimeError``) the drill clock's state does
│                                not allow the request (e.g. resume while running)
└── ``exercise.SeparationError`` exercise and real traffic would mix

Anything else is a bug: the CLI and the UI log it with its traceback, while an
``IncidentDeskError`` is shown as one line of plain words and a non-zero exit code.
"""

from __future__ import annotations


class IncidentDeskError(Exception):
    """An expected failure: shown to the user in plain words, never as a traceback."""


class InputError(IncidentDeskError, ValueError):
    """A file or payload we were given is not usable.

    Attributes:
        source: the file name or topic the input came from, if known.
        line: the 1-based line of the problem, if known.
        problem: the message without the file and line (``str()`` has them).
    """

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.problem = message
        self.source = source
        self.line = line
        where = source or ""
        if line is not None:
            where = f"{where}:{line}" if where else f"line {line}"
        super().__init__(f"{where}: {message}" if where else message)


class StoreError(IncidentDeskError):
    """The database cannot be used right now (unreachable, locked, disk full)."""


class BusError(IncidentDeskError):
    """The message bus refused a request or cannot be reached."""


class ConfigError(IncidentDeskError):
    """A setting or option cannot be used."""


class RefusedError(IncidentDeskError):
    """An operator action was refused by the rules; ``reason`` says why in plain words.

    ``incident_desk.command.CommandError`` and ``incident_desk.incidents.IncidentError`` are
    this class under the names their packages have always used.

    Attributes:
        reason: why, in plain words (also ``str(error)``).
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
