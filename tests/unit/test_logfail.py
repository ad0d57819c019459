"""The log plugin itself: an unannounced warning fails a test, an announced one does not."""

from __future__ import annotations

import logging

import pytest

pytest_plugins = ["pytester"]

INNER = """
import logging
import pytest

log = logging.getLogger("incident_desk.demo")

def test_unannounced():
    log.warning("something odd")

def test_announced_with_at_level(caplog):
    with caplog.at_level(logging.WARNING, logger="incident_desk"):
        log.warning("expected here")

def test_announced_for_another_logger_only(caplog):
    with caplog.at_level(logging.WARNING, logger="incident_desk.other"):
        log.error("not this one")

def test_after_the_context_it_counts_again(caplog):
    with caplog.at_level(logging.WARNING, logger="incident_desk.demo"):
        pass
    log.warning("too late")

def test_set_level_announces_for_the_rest(caplog):
    caplog.set_level(logging.WARNING, logger="incident_desk.demo")
    log.warning("fine")

@pytest.mark.logs_expected("incident_desk.demo", match="broker refused")
def test_marker_with_match():
    log.warning("the broker refused us")

@pytest.mark.logs_expected("incident_desk.demo", match="broker refused")
def test_marker_with_another_message():
    log.warning("disk full")

def test_info_is_never_a_failure():
    log.info("just saying")

@pytest.fixture
def noisy():
    yield
    log.error("in teardown")

def test_teardown_is_checked(noisy):
    pass
"""


def test_the_plugin_fails_exactly_the_unannounced(pytester: pytest.Pytester) -> None:
    pytester.makeconftest('pytest_plugins = ["tests.helpers.logfail"]\n')
    pytester.makeini("[pytest]\nmarkers =\n    logs_expected: announced log records\n")
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_inprocess("-p", "no:randomly", "-p", "no:cacheprovider")
    outcomes = {
        r.nodeid.split("::")[-1]: r.outcome
        for r in result.reprec.getreports("pytest_runtest_logreport")  # type: ignore[attr-defined]
        if r.when == "call" or r.outcome != "passed"
    }
    assert outcomes == {
        "test_unannounced": "failed",
        "test_announced_with_at_level": "passed",
        "test_announced_for_another_logger_only": "failed",
        "test_after_the_context_it_counts_again": "failed",
        "test_set_level_announces_for_the_rest": "passed",
        "test_marker_with_match": "passed",
        "test_marker_with_another_message": "failed",
        "test_info_is_never_a_failure": "passed",
        "test_teardown_is_checked": "failed",
    }
    result.stdout.fnmatch_lines(["*WARNING incident_desk.demo: something odd*"])


def test_the_outer_session_still_watches_after_a_nested_one(pytester: pytest.Pytester) -> None:
    """A nested pytest session (pytester) must not switch the plugin off for this one."""
    pytester.makeconftest('pytest_plugins = ["tests.helpers.logfail"]\n')
    pytester.makepyfile(test_nothing="def test_nothing():\n    pass\n")
    pytester.runpytest_inprocess("-p", "no:randomly", "-p", "no:cacheprovider")
    root = logging.getLogger()
    assert any(type(h).__name__ == "UnexpectedLogs" for h in root.handlers)
