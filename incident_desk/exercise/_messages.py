"""What the player (and replay) publish: one :class:`PublishedMessage` per bus message, and
the :class:`PublishPort` seam between the core and the bus adapter.

Topic choices (docs/architecture.md §3, documented here once):

- CAP injects go on the ``alert`` topic of the inject's ``from`` agency inside the exercise:
  ``idesk/v1/exercise/{id}/{country}/{agency}/alert``; never retained; MQTT expiry from CAP
  ``expires`` mapped to the wall clock (the player maps it, the adapter computes the interval
  at publish time).
- Unit status injects go retained (state, docs/standards.md §7.4) on the unit's own agency subtree:
  ``idesk/v1/exercise/{id}/{country}/{agency}/unit/{unit_id}`` with a Message Expiry of
  :data:`UNIT_EXPIRY_S`.
- Free-text injects (phone, radio, e-mail, media…) are ``idesk.exercise-message/1`` JSON
  events on the ``command`` topic of the ``from`` agency inside the exercise
  (``idesk/v1/exercise/{id}/{country}/{agency}/command``), not retained, expiry
  :data:`TEXT_EXPIRY_S`. The command topic carries JSON events of that agency; the schema field
  tells an exercise message from a command event. The control topic stays for control only.
- Control messages go retained on ``idesk/v1/exercise/{id}/control`` (see ``_control``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol

__all__ = [
    "TEXT_EXPIRY_S",
    "UNIT_EXPIRY_S",
    "MessageKind",
    "PublishPort",
    "PublishedMessage",
    "encode_json",
]

UNIT_EXPIRY_S = 12 * 3600
TEXT_EXPIRY_S = 2 * 3600

MessageKind = Literal["cap", "unit", "text", "control"]


def encode_json(data: dict[str, Any]) -> bytes:
    """Compact, key-ordered UTF-8 JSON (byte-reproducible)."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True, slots=True)
class PublishedMessage:
    """One message as it goes on the bus.

    Attributes:
        topic: the MQTT topic.
        payload: the exact bytes.
        retain: published retained (state) or not (events, alerts).
        kind: "cap", "unit", "text" or "control".
        inject: the inject number (None for control messages and replayed traffic).
        expiry_s: Message Expiry Interval for JSON messages; None for CAP (the adapter derives
            it from ``expires`` when publishing).
        sender, identifier, sent: the CAP key (CAP only).
        expires: when the message lapses on the broker, a wall-clock instant (CAP only): the
            latest CAP ``expires``, which the player maps from the exercise clock at the
            moment it publishes (``render_message`` alone, with no clock, gives it as written).
    """

    topic: str
    payload: bytes
    retain: bool
    kind: MessageKind
    inject: int | None = None
    expiry_s: int | None = None
    sender: str | None = None
    identifier: str | None = None
    sent: str | None = None
    expires: datetime | None = None

    def wire(self) -> tuple[str, bytes, bool]:
        """What a subscriber can compare: (topic, payload, retain)."""
        return (self.topic, self.payload, self.retain)


class PublishPort(Protocol):
    """Where the player's messages go: the bus adapter, or a fake in tests."""

    def publish_cap(
        self,
        topic: str,
        raw: bytes,
        *,
        sender: str,
        identifier: str,
        sent: str,
        expires: datetime | None,
        exercise_id: str,
    ) -> None: ...

    def publish_json(
        self, topic: str, data: bytes, *, retain: bool, expiry_s: int | None
    ) -> None: ...


def send(port: PublishPort, message: PublishedMessage, exercise_id: str) -> None:
    """Hand one message to a port (CAP through ``publish_cap``, JSON through ``publish_json``)."""
    if message.kind == "cap":
        assert message.sender is not None
        assert message.identifier is not None
        assert message.sent is not None
        port.publish_cap(
            message.topic,
            message.payload,
            sender=message.sender,
            identifier=message.identifier,
            sent=message.sent,
            expires=message.expires,
            exercise_id=exercise_id,
        )
    else:
        port.publish_json(
            message.topic, message.payload, retain=message.retain, expiry_s=message.expiry_s
        )
