"""Topic scheme v1: the one place topics are parsed and built.

See docs/architecture.md §3 and docs/standards.md §7.1.

```
idesk/v1/actual/{country}/{agency}/alert | ack | command | unit/{unit_id}
idesk/v1/actual/{country}/{agency}/checkpoint[/request | response | cosignature | alarm]
idesk/v1/test/{country}/{agency}/...                     (the same tree)
idesk/v1/exercise/{exercise_id}/{country}/{agency}/...   (the same tree inside one exercise)
idesk/v1/exercise/{exercise_id}/control
```

``country`` is level 3 under ``actual/`` and ``test/`` but level 4 under ``exercise/{id}/``;
nothing outside this module should count levels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Final

from incident_desk.errors import InputError

__all__ = [
    "KINDS",
    "PREFIX",
    "Mode",
    "Topic",
    "TopicError",
    "ack_topic",
    "alert_topic",
    "check_status_agrees",
    "checkpoint_topic",
    "command_topic",
    "console_filters",
    "control_topic",
    "expected_status",
    "format_topic",
    "parse_topic",
    "subscription_filters",
    "unit_topic",
]

PREFIX: Final = "idesk/v1"
KINDS: Final = frozenset({"alert", "ack", "unit", "command", "control", "checkpoint"})
_AGENCY_KINDS: Final = frozenset({"alert", "ack", "unit", "command", "checkpoint"})
#: the evidence log's request/response and witness topics below ``checkpoint`` (docs/evidence.md)
CHECKPOINT_PARTS: Final = frozenset({"request", "response", "cosignature", "alarm"})

_ID_RE: Final = re.compile(r"[A-Za-z0-9_-]+")
_COUNTRY_RE: Final = re.compile(r"[A-Z]{2}")
_AGENCY_RE: Final = re.compile(r"[a-z0-9_-]+")


class TopicError(InputError):
    """A topic that is not part of scheme v1 (the message says why, in plain words)."""


class Mode(StrEnum):
    """The traffic mode: a topic level, so ACLs and bridges keep drills apart from real traffic."""

    ACTUAL = "actual"
    EXERCISE = "exercise"
    TEST = "test"


_STATUS_BY_MODE: Final = {Mode.ACTUAL: "Actual", Mode.EXERCISE: "Exercise", Mode.TEST: "Test"}


@dataclass(frozen=True, slots=True)
class Topic:
    """One parsed v1 topic.

    Attributes:
        mode: actual, exercise or test.
        exercise_id: the exercise id (only and always for ``Mode.EXERCISE``).
        country: ISO 3166-1 alpha-2 in capitals; None only for ``control``.
        agency: short lowercase agency id; None only for ``control``.
        kind: "alert", "ack", "unit", "command", "control" or "checkpoint".
        unit_id: the unit id for ``unit`` topics, else None.
        part: for ``checkpoint`` topics, one of ``CHECKPOINT_PARTS`` or None (the checkpoint).
    """

    mode: Mode
    exercise_id: str | None
    country: str | None
    agency: str | None
    kind: str
    unit_id: str | None = None
    part: str | None = None

    def __post_init__(self) -> None:
        _validate(self)

    def __str__(self) -> str:
        return format_topic(self)


def _check_id(value: str | None, what: str) -> str:
    if value is None or not _ID_RE.fullmatch(value):
        raise TopicError(f"{what} {value!r} must be letters, digits, '_' or '-' only")
    return value


def _check_country(value: str | None) -> str:
    if value is None or not _COUNTRY_RE.fullmatch(value):
        raise TopicError(
            f"country {value!r} must be an ISO 3166-1 alpha-2 code in capitals, e.g. 'KE'"
        )
    return value


def _check_agency(value: str | None) -> str:
    if value is None or not _AGENCY_RE.fullmatch(value):
        raise TopicError(
            f"agency {value!r} must be a lowercase id (letters a-z, digits, '_' or '-')"
        )
    return value


def _validate(t: Topic) -> None:
    if not isinstance(t.mode, Mode):
        raise TopicError(f"mode {t.mode!r} is not one of actual, exercise, test")
    if t.kind not in KINDS:
        raise TopicError(f"kind {t.kind!r} is not one of {', '.join(sorted(KINDS))}")
    if t.mode is Mode.EXERCISE:
        _check_id(t.exercise_id, "exercise id")
    elif t.exercise_id is not None:
        raise TopicError(f"only exercise topics carry an exercise id, not {t.mode.value} ones")
    if t.kind == "control":
        if t.mode is not Mode.EXERCISE:
            raise TopicError("a control topic exists only inside an exercise")
        if t.country is not None or t.agency is not None or t.unit_id is not None:
            raise TopicError("a control topic has no country, agency or unit")
        return
    _check_country(t.country)
    _check_agency(t.agency)
    if t.kind == "unit":
        _check_id(t.unit_id, "unit id")
    elif t.unit_id is not None:
        raise TopicError(f"only unit topics carry a unit id, not {t.kind} ones")
    if t.part is not None and (t.kind != "checkpoint" or t.part not in CHECKPOINT_PARTS):
        raise TopicError(f"{t.kind!r} topics have no part {t.part!r}")


def _mode_levels(mode: Mode, exercise_id: str | None) -> list[str]:
    if mode is Mode.EXERCISE:
        return [PREFIX, mode.value, _check_id(exercise_id, "exercise id")]
    if exercise_id is not None:
        raise TopicError(f"only exercise topics carry an exercise id, not {mode.value} ones")
    return [PREFIX, mode.value]


def format_topic(topic: Topic) -> str:
    """The topic string of a (valid) ``Topic``."""
    levels = _mode_levels(topic.mode, topic.exercise_id)
    if topic.kind == "control":
        return "/".join([*levels, "control"])
    assert topic.country is not None  # guaranteed by _validate
    assert topic.agency is not None
    levels += [topic.country, topic.agency, topic.kind]
    if topic.kind == "unit":
        assert topic.unit_id is not None
        levels.append(topic.unit_id)
    if topic.part is not None:
        levels.append(topic.part)
    return "/".join(levels)


def _agency_topic(
    mode: Mode | str,
    country: str,
    agency: str,
    kind: str,
    exercise_id: str | None,
    unit_id: str | None = None,
) -> str:
    return format_topic(Topic(_mode(mode), exercise_id, country, agency, kind, unit_id))


def _mode(mode: Mode | str) -> Mode:
    try:
        return Mode(mode)
    except ValueError:
        raise TopicError(f"mode {mode!r} is not one of actual, exercise, test") from None


def alert_topic(mode: Mode | str, country: str, agency: str, exercise_id: str | None = None) -> str:
    """``idesk/v1/{mode…}/{country}/{agency}/alert``."""
    return _agency_topic(mode, country, agency, "alert", exercise_id)


def ack_topic(mode: Mode | str, country: str, agency: str, exercise_id: str | None = None) -> str:
    """``idesk/v1/{mode…}/{country}/{agency}/ack`` (the acknowledging agency's own subtree)."""
    return _agency_topic(mode, country, agency, "ack", exercise_id)


def command_topic(
    mode: Mode | str, country: str, agency: str, exercise_id: str | None = None
) -> str:
    """``idesk/v1/{mode…}/{country}/{agency}/command``."""
    return _agency_topic(mode, country, agency, "command", exercise_id)


def unit_topic(
    mode: Mode | str, country: str, agency: str, unit_id: str, exercise_id: str | None = None
) -> str:
    """``idesk/v1/{mode…}/{country}/{agency}/unit/{unit_id}``."""
    return _agency_topic(mode, country, agency, "unit", exercise_id, unit_id)


def checkpoint_topic(
    mode: Mode | str,
    country: str,
    agency: str,
    part: str | None = None,
    exercise_id: str | None = None,
) -> str:
    """``idesk/v1/{mode…}/{country}/{agency}/checkpoint[/{part}]`` (the evidence log)."""
    return format_topic(Topic(_mode(mode), exercise_id, country, agency, "checkpoint", None, part))


def control_topic(exercise_id: str) -> str:
    """``idesk/v1/exercise/{exercise_id}/control``."""
    return format_topic(Topic(Mode.EXERCISE, exercise_id, None, None, "control"))


def subscription_filters(mode: Mode | str, exercise_id: str | None = None) -> list[str]:
    """The filters a console subscribes to for one tree (docs/standards.md §7.3).

    ``idesk/v1/actual/#``, ``idesk/v1/test/#`` or ``idesk/v1/exercise/{id}/#``.
    """
    m = _mode(mode)
    if m is Mode.EXERCISE and exercise_id is None:
        raise TopicError("an exercise subscription needs the exercise id")
    return ["/".join([*_mode_levels(m, exercise_id), "#"])]


def console_filters(exercise_id: str | None) -> list[str]:
    """What a console subscribes to: always the real tree (so a real alert during a drill
    reaches it: NO DUFF), plus the tree of the one exercise it joined, never another's."""
    filters = subscription_filters(Mode.ACTUAL)
    if exercise_id:
        filters += subscription_filters(Mode.EXERCISE, exercise_id)
    return filters


def parse_topic(s: str) -> Topic:
    """Parse a v1 topic string; raise ``TopicError`` (with the topic as source) if it is not one.

    The last 1,024 topics parsed are kept (a ``Topic`` is frozen): ingest parses the topic of
    every message, and a bus carries a few hundred at most. A refused topic is not kept."""
    try:
        return _parse_kept(s)
    except TopicError as exc:
        raise TopicError(str(exc), source=s) from None


def _parse_kept(s: str) -> Topic:
    if not isinstance(s, str):  # unhashable input must still get the plain-words refusal
        return _parse(s)
    return _kept(s)


def _parse(s: str) -> Topic:
    if not isinstance(s, str) or not s:
        raise TopicError("the topic is empty")
    if any(c in s for c in "+#\x00"):
        raise TopicError("a topic name may not contain the wildcards '+' or '#'")
    levels = s.split("/")
    if "/".join(levels[:2]) != PREFIX:
        raise TopicError(f"the topic does not start with {PREFIX}/")
    rest = levels[2:]
    if not rest:
        raise TopicError("the topic has no mode level")
    mode_text, rest = rest[0], rest[1:]
    mode = _mode(mode_text)
    exercise_id: str | None = None
    if mode is Mode.EXERCISE:
        if not rest:
            raise TopicError("an exercise topic needs the exercise id")
        exercise_id, rest = _check_id(rest[0], "exercise id"), rest[1:]
        if rest == ["control"]:
            return Topic(mode, exercise_id, None, None, "control")
    if len(rest) < 3:
        raise TopicError("the topic is too short: expected {country}/{agency}/{kind}")
    country, agency, kind, tail = rest[0], rest[1], rest[2], rest[3:]
    _check_country(country)
    _check_agency(agency)
    if kind not in _AGENCY_KINDS:
        raise TopicError(f"kind {kind!r} is not one of {', '.join(sorted(_AGENCY_KINDS))}")
    unit_id: str | None = None
    part: str | None = None
    if kind == "unit":
        if len(tail) != 1:
            raise TopicError("a unit topic ends with exactly one unit id")
        unit_id = tail[0]
    elif kind == "checkpoint" and len(tail) == 1 and tail[0] in CHECKPOINT_PARTS:
        part = tail[0]
    elif tail:
        raise TopicError(f"unexpected levels after {kind!r}: {'/'.join(tail)!r}")
    return Topic(mode, exercise_id, country, agency, kind, unit_id, part)


_kept = lru_cache(maxsize=1024)(_parse)


def expected_status(topic: Topic) -> str:
    """The CAP ``status`` a payload on this topic must carry: "Actual", "Exercise" or "Test"."""
    return _STATUS_BY_MODE[topic.mode]


def check_status_agrees(topic: Topic, status: str, note: str | None) -> str | None:
    """Return the quarantine reason if CAP ``status``/``note`` disagree with the topic, else None.

    Exercise traffic must carry the topic's exercise id as the first token of ``note``
    (docs/standards.md §2). ``System`` and ``Draft`` have no topic in v1.
    """
    if status in {"System", "Draft"}:
        return f"CAP status {status} has no topic in scheme v1"
    want = expected_status(topic)
    if status != want:
        return f"CAP status {status!r} does not match the {topic.mode.value} topic (needs {want})"
    if topic.mode is Mode.EXERCISE:
        tokens = (note or "").split()
        if not tokens:
            return f"exercise alert has no exercise id in note (expected {topic.exercise_id})"
        if tokens[0] != topic.exercise_id:
            return (
                f"exercise id {tokens[0]!r} in note differs from the topic's {topic.exercise_id!r}"
            )
    return None
