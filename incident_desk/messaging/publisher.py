"""``AlertPublisher``: put CAP bytes on the bus the way docs/standards.md §7.2 says.

QoS 1, never retained, MQTT 5 properties: Content Type ``application/cap+xml``, user
properties ``content-type``, ``stream``, ``seq`` (1, 2, 3 … per stream; stream = client id),
``exercise`` (if any), Message Expiry Interval from CAP ``expires`` (minimum 1 s; an expired
alert is refused), Correlation Data ``sender,identifier,sent``. It takes bytes and metadata
only: building the CAP document is the codec's job.
"""

from __future__ import annotations

import itertools
import math
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from incident_desk import cap, timefmt
from incident_desk.errors import InputError
from incident_desk.messaging.bus_types import PublishResult
from incident_desk.topics import Mode, parse_topic

__all__ = ["CAP_CONTENT_TYPE", "AlertPublisher", "Publisher"]

CAP_CONTENT_TYPE = cap.CONTENT_TYPE


class Publisher(Protocol):
    """The part of ``BusClient`` the publisher needs (a seam for fakes)."""

    @property
    def client_id(self) -> str: ...

    def publish(
        self,
        topic: str,
        payload: bytes,
        *,
        qos: int = ...,
        retain: bool = ...,
        content_type: str | None = ...,
        user_properties: tuple[tuple[str, str], ...] = ...,
        correlation_data: bytes | None = ...,
        message_expiry: int | None = ...,
        payload_is_utf8: bool = ...,
        wait: bool = ...,
        timeout: float = ...,
    ) -> PublishResult: ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


class AlertPublisher:
    """Publish CAP alerts (and acks) with sequence numbers for one publisher stream."""

    def __init__(
        self,
        bus: Publisher,
        *,
        stream_id: str | None = None,
        clock: Callable[[], datetime] = _utc_now,
        first_seq: int = 1,
    ) -> None:
        self._bus = bus
        self.stream_id = stream_id or bus.client_id
        self._clock = clock
        self._seq = itertools.count(first_seq)
        self._seq_lock = threading.Lock()

    def publish_cap(
        self,
        topic: str,
        cap_xml: bytes,
        *,
        sender: str,
        identifier: str,
        sent: str,
        expires: datetime | None,
        exercise_id: str | None = None,
        wait: bool = True,
        timeout: float = 10.0,
    ) -> PublishResult:
        """Publish one CAP document on ``topic``.

        Args:
            sent: CAP ``sent`` exactly as written in the document (part of the key).
            expires: the latest CAP ``expires`` (timezone-aware) or None (no expiry).
            exercise_id: must match the topic's exercise id; required on exercise topics.

        Raises:
            InputError: expired alert, naive datetime, or exercise id not matching the topic.
            BusError: the broker refused it or did not answer.
        """
        parsed = parse_topic(topic)
        if parsed.mode is Mode.EXERCISE:
            if exercise_id != parsed.exercise_id:
                raise InputError(
                    f"exercise id {exercise_id!r} does not match the topic's "
                    f"{parsed.exercise_id!r}",
                    source=topic,
                )
        elif exercise_id is not None:
            raise InputError(
                f"exercise content may not go on {parsed.mode.value} topics", source=topic
            )
        expiry: int | None = None
        if expires is not None:
            if expires.tzinfo is None:
                raise InputError("expires must carry a time zone", source=topic)
            left = (expires - self._clock()).total_seconds()
            if left <= 0:
                raise InputError(
                    f"the alert expired at {timefmt.wall(expires)}; it is not published",
                    source=topic,
                )
            expiry = max(1, math.ceil(left))
        with self._seq_lock:
            seq = next(self._seq)
        props: list[tuple[str, str]] = [
            ("content-type", CAP_CONTENT_TYPE),
            ("stream", self.stream_id),
            ("seq", str(seq)),
        ]
        if exercise_id is not None:
            props.append(("exercise", exercise_id))
        return self._bus.publish(
            topic,
            cap_xml,
            qos=1,
            retain=False,
            content_type=CAP_CONTENT_TYPE,
            user_properties=tuple(props),
            correlation_data=f"{sender},{identifier},{sent}".encode(),
            message_expiry=expiry,
            payload_is_utf8=_is_utf8(cap_xml),
            wait=wait,
            timeout=timeout,
        )


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
