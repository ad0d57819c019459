"""A pytest plugin: an unexpected WARNING or ERROR log record fails the test.

The product logs a warning or an error when something went wrong that nobody asked for
(a fault in the signature check, a message it had to drop): a test that makes one happen
without saying so hides a bug. A test announces what it expects in one of two ways:

- ``with caplog.at_level(logging.WARNING, logger="incident_desk.trust"):`` (or
  ``caplog.set_level``) around the code that logs: records of that logger (and its children)
  are expected while the context is active (for ``set_level``: for the rest of the test);
- ``@pytest.mark.logs_expected("incident_desk.messaging", match="broker refused")``: records of
  those loggers (none named: any logger), optionally only those whose message matches; several
  markers add up (:data:`BROKER_OUTAGE` and :data:`BROKER_REFUSAL` are ready-made ones).

Records are checked in each phase (setup, call, teardown); the test fails with the records
that nobody announced. Registered in ``tests/conftest.py``.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest

__all__ = ["BROKER_OUTAGE", "BROKER_REFUSAL", "MQTT311_ONLY", "UnexpectedLogs"]

BROKER_OUTAGE = pytest.mark.logs_expected(
    "incident_desk.messaging",
    match=r"disconnected: (connection lost|cannot reach the broker|the broker closed the "
    r"connection without answering)|failed to receive on socket",
)
"""For a test that stops, restarts or never starts the broker: the client says so."""

BROKER_REFUSAL = pytest.mark.logs_expected(
    "incident_desk.messaging", match=r"refused(: | message \d+: )Not authorized"
)
"""For a test whose broker refuses a connection or a publication (ACL, credentials)."""

MQTT311_ONLY = pytest.mark.logs_expected(
    "incident_desk.messaging", match=r"speaks MQTT 3\.1\.1 only: using 3\.1\.1"
)
"""For a test on a broker without MQTT 5 (NATS, RabbitMQ): the client says what it loses."""

_real_at_level = pytest.LogCaptureFixture.at_level
_real_set_level = pytest.LogCaptureFixture.set_level


@dataclass
class _TestState:
    """What the running test announced and which records nobody did."""

    announced: list[str] = field(default_factory=list)  # logger names ("" = every logger)
    unexpected: list[logging.LogRecord] = field(default_factory=list)
    # one (logger names, message pattern) per logs_expected marker; () names = any logger
    rules: list[tuple[tuple[str, ...], re.Pattern[str] | None]] = field(default_factory=list)


#: the embedded broker's own loggers: its warnings about acknowledgements it already forgot
#: come and go with timing on any embedded-broker test (and at teardown)
THIRD_PARTY_BROKER = "amqtt."


class UnexpectedLogs(logging.Handler):
    """Root handler that keeps WARNING+ records the running test did not announce."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._lock_state = threading.Lock()
        self.state: _TestState | None = None

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock_state:
            state = self.state
            if state is None or self._expected(state, record):
                return
            state.unexpected.append(record)

    @staticmethod
    def _covers(names: Iterator[str] | list[str] | tuple[str, ...], logger: str) -> bool:
        return any(n in ("", "root") or logger == n or logger.startswith(n + ".") for n in names)

    def _expected(self, state: _TestState, record: logging.LogRecord) -> bool:
        if record.name.startswith(THIRD_PARTY_BROKER):
            return True  # amqtt's own protocol chatter (late PUBACKs): not our code's records
        if self._covers(state.announced, record.name):
            return True
        return any(
            (not names or self._covers(names, record.name))
            and (match is None or match.search(record.getMessage()) is not None)
            for names, match in state.rules
        )

    @contextmanager
    def announcing(self, logger: str) -> Iterator[None]:
        with self._lock_state:
            state = self.state
            if state is not None:
                state.announced.append(logger)
        try:
            yield
        finally:
            if state is not None:
                with self._lock_state:
                    state.announced.remove(logger)

    def announce(self, logger: str) -> None:
        with self._lock_state:
            if self.state is not None:
                self.state.announced.append(logger)


_HANDLER = UnexpectedLogs()


def _logger_name(logger: str | logging.Logger | None) -> str:
    if logger is None:
        return ""
    return logger.name if isinstance(logger, logging.Logger) else logger


@contextmanager
def _at_level(
    self: pytest.LogCaptureFixture, level: int | str, logger: str | None = None
) -> Iterator[None]:
    with _real_at_level(self, level, logger), _HANDLER.announcing(_logger_name(logger)):
        yield


def _set_level(self: pytest.LogCaptureFixture, level: int | str, logger: str | None = None) -> None:
    _real_set_level(self, level, logger)
    _HANDLER.announce(_logger_name(logger))


_configured = [0]  # nested sessions (pytester) configure the plugin again


def pytest_configure(config: pytest.Config) -> None:
    _configured[0] += 1
    if _configured[0] == 1:
        pytest.LogCaptureFixture.at_level = _at_level  # type: ignore[assignment,method-assign]
        pytest.LogCaptureFixture.set_level = _set_level  # type: ignore[method-assign]
        logging.getLogger().addHandler(_HANDLER)


def pytest_unconfigure(config: pytest.Config) -> None:
    _configured[0] -= 1
    if _configured[0] == 0:
        logging.getLogger().removeHandler(_HANDLER)
        pytest.LogCaptureFixture.at_level = _real_at_level  # type: ignore[method-assign]
        pytest.LogCaptureFixture.set_level = _real_set_level  # type: ignore[method-assign]


def _state_for(item: pytest.Item) -> _TestState:
    state = _TestState()
    for marker in item.iter_markers("logs_expected"):
        match = marker.kwargs.get("match")
        state.rules.append(
            (tuple(str(name) for name in marker.args), re.compile(match) if match else None)
        )
    return state


def _describe(records: list[logging.LogRecord]) -> str:
    lines = [f"  {r.levelname} {r.name}: {r.getMessage()}" for r in records[:10]]
    if len(records) > 10:
        lines.append(f"  … and {len(records) - 10} more")
    return "\n".join(lines)


@contextmanager
def _watching(item: pytest.Item) -> Iterator[_TestState]:
    state = _state_for(item)
    with _HANDLER._lock_state:
        _HANDLER.state = state
    try:
        yield state
    finally:
        with _HANDLER._lock_state:
            _HANDLER.state = None


def _check(state: _TestState, phase: str) -> None:
    if state.unexpected:
        pytest.fail(
            f"unexpected WARNING/ERROR log records during {phase} (announce them with "
            "caplog.at_level(...) or @pytest.mark.logs_expected(...)):\n"
            + _describe(state.unexpected),
            pytrace=False,
        )


def _wrap(item: pytest.Item, phase: str) -> Generator[None, Any, Any]:
    with _watching(item) as state:
        result = yield
    _check(state, phase)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, Any, Any]:
    return (yield from _wrap(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, Any, Any]:
    return (yield from _wrap(item, "the test"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, Any, Any]:
    return (yield from _wrap(item, "teardown"))
