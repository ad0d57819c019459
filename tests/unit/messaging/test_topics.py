"""Topic scheme v1 (docs/architecture.md §3): every form, and many topics that are not."""

from __future__ import annotations

import pytest

from incident_desk.errors import InputError
from incident_desk.topics import (
    Mode,
    Topic,
    TopicError,
    ack_topic,
    alert_topic,
    check_status_agrees,
    command_topic,
    control_topic,
    expected_status,
    parse_topic,
    subscription_filters,
    unit_topic,
)

VALID = [
    ("idesk/v1/actual/KE/nps/alert", Topic(Mode.ACTUAL, None, "KE", "nps", "alert")),
    ("idesk/v1/actual/KE/nps/ack", Topic(Mode.ACTUAL, None, "KE", "nps", "ack")),
    ("idesk/v1/actual/UG/upf/command", Topic(Mode.ACTUAL, None, "UG", "upf", "command")),
    (
        "idesk/v1/actual/KE/kdf-bg/unit/Alpha_7",
        Topic(Mode.ACTUAL, None, "KE", "kdf-bg", "unit", "Alpha_7"),
    ),
    ("idesk/v1/test/KE/nps/alert", Topic(Mode.TEST, None, "KE", "nps", "alert")),
    ("idesk/v1/test/TZ/tpf/unit/U1", Topic(Mode.TEST, None, "TZ", "tpf", "unit", "U1")),
    (
        "idesk/v1/exercise/EX-2026-07/KE/nps/alert",
        Topic(Mode.EXERCISE, "EX-2026-07", "KE", "nps", "alert"),
    ),
    (
        "idesk/v1/exercise/EX1/UG/upf/ack",
        Topic(Mode.EXERCISE, "EX1", "UG", "upf", "ack"),
    ),
    (
        "idesk/v1/exercise/EX1/UG/upf/unit/u-9",
        Topic(Mode.EXERCISE, "EX1", "UG", "upf", "unit", "u-9"),
    ),
    (
        "idesk/v1/exercise/EX1/UG/upf/command",
        Topic(Mode.EXERCISE, "EX1", "UG", "upf", "command"),
    ),
    ("idesk/v1/exercise/EX1/control", Topic(Mode.EXERCISE, "EX1", None, None, "control")),
]


@pytest.mark.parametrize(("text", "topic"), VALID)
def test_parse_and_format_round_trip(text: str, topic: Topic) -> None:
    assert parse_topic(text) == topic
    assert str(topic) == text


def test_country_is_level_3_under_actual_but_level_4_under_exercise() -> None:
    assert parse_topic("idesk/v1/actual/KE/nps/alert").country == "KE"
    assert parse_topic("idesk/v1/exercise/KE/UG/nps/alert").country == "UG"
    assert parse_topic("idesk/v1/exercise/KE/UG/nps/alert").exercise_id == "KE"


def test_format_functions() -> None:
    assert alert_topic(Mode.ACTUAL, "KE", "nps") == "idesk/v1/actual/KE/nps/alert"
    assert alert_topic("exercise", "KE", "nps", "EX1") == "idesk/v1/exercise/EX1/KE/nps/alert"
    assert ack_topic(Mode.TEST, "UG", "upf") == "idesk/v1/test/UG/upf/ack"
    assert unit_topic(Mode.ACTUAL, "KE", "nps", "U-1") == "idesk/v1/actual/KE/nps/unit/U-1"
    assert (
        unit_topic(Mode.EXERCISE, "KE", "nps", "U-1", exercise_id="EX1")
        == "idesk/v1/exercise/EX1/KE/nps/unit/U-1"
    )
    assert command_topic(Mode.ACTUAL, "KE", "nps") == "idesk/v1/actual/KE/nps/command"
    assert control_topic("EX1") == "idesk/v1/exercise/EX1/control"


def test_subscription_filters() -> None:
    assert subscription_filters(Mode.ACTUAL) == ["idesk/v1/actual/#"]
    assert subscription_filters("test") == ["idesk/v1/test/#"]
    assert subscription_filters(Mode.EXERCISE, "EX1") == ["idesk/v1/exercise/EX1/#"]
    with pytest.raises(TopicError, match="exercise id"):
        subscription_filters(Mode.EXERCISE)
    with pytest.raises(TopicError):
        subscription_filters(Mode.ACTUAL, "EX1")


@pytest.mark.parametrize(
    ("call", "reason"),
    [
        (lambda: alert_topic(Mode.ACTUAL, "ke", "nps"), "alpha-2"),
        (lambda: alert_topic(Mode.ACTUAL, "KEN", "nps"), "alpha-2"),
        (lambda: alert_topic(Mode.ACTUAL, "KE", "NPS"), "lowercase"),
        (lambda: alert_topic(Mode.ACTUAL, "KE", "n/ps"), "lowercase"),
        (lambda: alert_topic(Mode.ACTUAL, "KE", "nps", "EX1"), "only exercise"),
        (lambda: alert_topic(Mode.EXERCISE, "KE", "nps"), "exercise id"),
        (lambda: alert_topic(Mode.EXERCISE, "KE", "nps", "EX 1"), "exercise id"),
        (lambda: alert_topic("drill", "KE", "nps"), "mode"),
        (lambda: unit_topic(Mode.ACTUAL, "KE", "nps", "u#1"), "unit id"),
        (lambda: unit_topic(Mode.ACTUAL, "KE", "nps", ""), "unit id"),
        (lambda: control_topic("EX/1"), "exercise id"),
        (lambda: Topic(Mode.ACTUAL, None, "KE", "nps", "control"), "only inside an exercise"),
        (lambda: Topic(Mode.ACTUAL, None, "KE", "nps", "presence"), "kind"),
        (lambda: Topic(Mode.ACTUAL, None, "KE", "nps", "alert", "U1"), "only unit"),
    ],
)
def test_formatting_refuses_bad_parts(call: object, reason: str) -> None:
    with pytest.raises(TopicError, match=reason):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("idesk/v1", "no mode"),
        ("idesk/v1/", "mode"),
        ("idesk/v2/actual/KE/nps/alert", "does not start"),
        ("IDESK/v1/actual/KE/nps/alert", "does not start"),
        ("/idesk/v1/actual/KE/nps/alert", "does not start"),
        ("$SYS/broker/uptime", "does not start"),
        ("idesk/v1/live/KE/nps/alert", "mode"),
        ("idesk/v1/Actual/KE/nps/alert", "mode"),
        ("idesk/v1/actual/ke/nps/alert", "alpha-2"),
        ("idesk/v1/actual/K/nps/alert", "alpha-2"),
        ("idesk/v1/actual/KE/Nps/alert", "lowercase"),
        ("idesk/v1/actual/KE/n ps/alert", "lowercase"),
        ("idesk/v1/actual/KE/nps", "too short"),
        ("idesk/v1/actual/KE", "too short"),
        ("idesk/v1/actual/KE/nps/alerts", "kind"),
        ("idesk/v1/actual/KE/nps/control", "kind"),
        ("idesk/v1/actual/KE/nps/alert/", "unexpected levels"),
        ("idesk/v1/actual/KE/nps/alert/extra", "unexpected levels"),
        ("idesk/v1/actual/KE/nps/unit", "exactly one unit id"),
        ("idesk/v1/actual/KE/nps/unit/U1/x", "exactly one unit id"),
        ("idesk/v1/actual/KE/nps/unit/U.1", "unit id"),
        ("idesk/v1/actual/KE/nps/unit/", "unit id"),
        ("idesk/v1/actual/+/nps/alert", "wildcards"),
        ("idesk/v1/actual/#", "wildcards"),
        ("idesk/v1/exercise", "exercise id"),
        ("idesk/v1/exercise/EX1", "too short"),
        ("idesk/v1/exercise//KE/nps/alert", "exercise id"),
        ("idesk/v1/exercise/EX1/KE/nps", "too short"),
        ("idesk/v1/exercise/EX1/control/x", "too short|alpha-2"),
        ("idesk/v1/exercise/EX1/nps/alert", "too short"),
        ("idesk/v1/actual/control", "too short"),
        ("idesk/v1/test/EX1/KE/nps/alert", "alpha-2"),
        ("idesk/v1/actual/EX1/KE/nps/alert", "alpha-2"),
        ("idesk//actual/KE/nps/alert", "does not start"),
        ("idesk/v1/actual/KE//alert", "lowercase"),
    ],
)
def test_parse_rejects(text: str, reason: str) -> None:
    with pytest.raises(TopicError, match=reason) as info:
        parse_topic(text)
    assert isinstance(info.value, InputError)
    assert info.value.source == text


def test_expected_status() -> None:
    assert expected_status(parse_topic("idesk/v1/actual/KE/nps/alert")) == "Actual"
    assert expected_status(parse_topic("idesk/v1/exercise/E/KE/nps/alert")) == "Exercise"
    assert expected_status(parse_topic("idesk/v1/test/KE/nps/alert")) == "Test"


ACTUAL = parse_topic("idesk/v1/actual/KE/nps/alert")
EXERCISE = parse_topic("idesk/v1/exercise/EX-7/KE/nps/alert")
TEST = parse_topic("idesk/v1/test/KE/nps/alert")


@pytest.mark.parametrize(
    ("topic", "status", "note"),
    [
        (ACTUAL, "Actual", None),
        (ACTUAL, "Actual", "anything"),
        (TEST, "Test", None),
        (EXERCISE, "Exercise", "EX-7"),
        (EXERCISE, "Exercise", "EX-7 day 2, phase B"),
    ],
)
def test_status_agrees(topic: Topic, status: str, note: str | None) -> None:
    assert check_status_agrees(topic, status, note) is None


@pytest.mark.parametrize(
    ("topic", "status", "note", "reason"),
    [
        (ACTUAL, "Exercise", "EX-7", "does not match the actual topic"),
        (ACTUAL, "Test", None, "needs Actual"),
        (EXERCISE, "Actual", None, "needs Exercise"),
        (TEST, "Actual", None, "needs Test"),
        (EXERCISE, "Exercise", None, "no exercise id"),
        (EXERCISE, "Exercise", "   ", "no exercise id"),
        (EXERCISE, "Exercise", "EX-8", "differs"),
        (EXERCISE, "Exercise", "EX-7x rest", "differs"),
        (ACTUAL, "System", None, "no topic in scheme v1"),
        (EXERCISE, "Draft", "EX-7", "no topic in scheme v1"),
        (ACTUAL, "actual", None, "does not match"),
    ],
)
def test_status_disagrees(topic: Topic, status: str, note: str | None, reason: str) -> None:
    got = check_status_agrees(topic, status, note)
    assert got is not None
    assert reason in got
