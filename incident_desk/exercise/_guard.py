"""The separation guard: exercise content stays in its tree.

See docs/architecture.md §5 and docs/standards.md §6.

Everything that publishes exercise content (the scenario player, replay, the controller's
control messages) passes each message through :func:`assert_exercise_topic` right before it
is handed to the bus. It refuses, with :class:`SeparationError`:

- a topic that is not under ``idesk/v1/exercise/{exercise_id}/`` (an actual or test topic,
  another exercise's tree, a topic outside scheme v1);
- a CAP message whose ``status`` is not ``Exercise``, whose ``note`` does not open with the
  exercise id, or whose headline (any ``info``) does not start with ``EXERCISE``;
- a JSON event whose ``exercise`` field is not the exercise id.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from incident_desk.cap import Alert, Status
from incident_desk.errors import IncidentDeskError
from incident_desk.topics import Mode, Topic, TopicError, parse_topic

__all__ = ["SeparationError", "assert_exercise_topic"]

_ID_RE = re.compile(r"[A-Za-z0-9_-]+")


class SeparationError(IncidentDeskError):
    """Exercise content was about to leave its exercise (refused; nothing was published)."""


def assert_exercise_topic(
    topic: str,
    exercise_id: str,
    *,
    cap: Alert | None = None,
    data: Mapping[str, Any] | None = None,
) -> Topic:
    """Refuse exercise content anywhere but its own exercise tree; return the parsed topic.

    Args:
        topic: where the message is about to go.
        exercise_id: the exercise it belongs to.
        cap: the CAP message, if the payload is CAP.
        data: the JSON object, if the payload is one of our JSON events.

    Raises:
        SeparationError: the topic, the CAP markings or the JSON exercise id are wrong.
    """
    if not isinstance(exercise_id, str) or not _ID_RE.fullmatch(exercise_id):
        raise SeparationError(f"exercise id {exercise_id!r} is not a valid id")
    prefix = f"idesk/v1/exercise/{exercise_id}/"
    if not topic.startswith(prefix):
        raise SeparationError(
            f"exercise {exercise_id} content refused on {topic!r}: "
            f"exercise traffic goes only under {prefix}"
        )
    try:
        parsed = parse_topic(topic)
    except TopicError as exc:
        raise SeparationError(f"exercise content refused: {exc}") from None
    if parsed.mode is not Mode.EXERCISE or parsed.exercise_id != exercise_id:
        raise SeparationError(f"exercise content refused on {topic!r}")
    if cap is not None:
        _check_cap(cap, exercise_id, topic)
    if data is not None:
        found = data.get("exercise")
        if found != exercise_id:
            raise SeparationError(
                f"JSON event for {topic!r} carries exercise {found!r}, not {exercise_id!r}"
            )
    return parsed


def _check_cap(alert: Alert, exercise_id: str, topic: str) -> None:
    where = f"CAP {alert.identifier!r} for {topic!r}"
    if alert.status is not Status.EXERCISE:
        raise SeparationError(f"{where} has status {alert.status.value}, not Exercise")
    tokens = (alert.note or "").split()
    if not tokens or tokens[0] != exercise_id:
        first = tokens[0] if tokens else None
        raise SeparationError(
            f"{where}: note must open with the exercise id {exercise_id!r}, not {first!r}"
        )
    for info in alert.infos:
        if not (info.headline or "").startswith("EXERCISE"):
            raise SeparationError(f"{where}: headline {info.headline!r} does not start EXERCISE")
