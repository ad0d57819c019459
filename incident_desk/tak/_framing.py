"""How CoT messages travel: XML or TAK protocol version 1 (protobuf), stream or mesh framing.

- XML on a stream (TAK server ports 8087/8089): documents back to back; a message ends at
  ``</event>``. On multicast (mesh SA): one document per datagram.
- TAK protocol version 1 (``takproto``): a stream message is ``0xbf``, a varint length and a
  ``TakMessage``; a mesh datagram is ``0xbf 0x01 0xbf`` and a ``TakMessage``. A protobuf
  message received is turned into the same :class:`~incident_desk.tak._cot.CotEvent` and put
  through the same checks as XML (``check_event``).

:class:`StreamSplitter` cuts a byte stream into messages of either kind and never buffers more
than ``max_size`` bytes: an over-long message is dropped and counted, and reading resumes at
the next message start.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Final, Literal

from incident_desk import safexml
from incident_desk.tak._cot import CotEvent, CotPoint, format_time, to_xml
from incident_desk.tak._inbound import (
    MAX_CALLSIGN,
    MAX_EVENT_BYTES,
    CotError,
    check_event,
    parse_cot,
)

__all__ = [
    "Protocol",
    "StreamSplitter",
    "decode",
    "encode",
    "negotiation",
    "protocol_request",
]

Protocol = Literal["xml", "protobuf"]
MAGIC: Final = 0xBF
MESH_HEADER: Final = bytes([0xBF, 0x01, 0xBF])
_END: Final = b"</event>"


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _read_varint(data: bytes | bytearray, at: int) -> tuple[int, int] | None:
    """(value, next index), or None if the varint is not complete yet."""
    value = shift = 0
    for i in range(at, min(len(data), at + 10)):
        value |= (data[i] & 0x7F) << shift
        if not data[i] & 0x80:
            return value, i + 1
        shift += 7
    if len(data) - at >= 10:
        raise CotError("a TAK protocol length prefix is longer than 10 bytes")
    return None


def _millis(value: datetime) -> int:
    return int(value.timestamp() * 1000)


def _proto_message(event: CotEvent) -> Any:
    from takproto.functions import xml2message  # type: ignore[import-untyped]

    return xml2message(to_xml(event).split(b"\n", 1)[1])


def encode(event: CotEvent, protocol: Protocol, *, mesh: bool) -> bytes:
    """The bytes of one message for the wire."""
    if protocol == "xml":
        return to_xml(event)
    body: bytes = _proto_message(event).SerializeToString()
    if mesh:
        return MESH_HEADER + body
    return bytes([MAGIC]) + _varint(len(body)) + body


def _from_proto(body: bytes, now: datetime) -> CotEvent:
    from google.protobuf.message import DecodeError  # type: ignore[import-untyped]
    from takproto.proto import TakMessage  # type: ignore[import-untyped]

    message = TakMessage()
    try:
        message.ParseFromString(body)
    except DecodeError:
        raise CotError("not a valid TAK protocol message") from None
    cot = message.cotEvent

    def when(ms: int, what: str) -> datetime:
        try:
            return datetime.fromtimestamp(ms / 1000, UTC)
        except (OverflowError, OSError, ValueError):
            raise CotError(f"{what} {ms} ms is not a time") from None

    times = (when(cot.sendTime, "time"), when(cot.startTime, "start"), when(cot.staleTime, "stale"))
    check_event(cot.uid, cot.type, cot.how, times, now)
    if not (-90 <= cot.lat <= 90 and -180 <= cot.lon <= 180):
        raise CotError(f"impossible coordinates lat={cot.lat} lon={cot.lon}")
    callsign = cot.detail.contact.callsign or None
    if callsign is not None and len(callsign) > MAX_CALLSIGN:
        raise CotError(f"contact@callsign is longer than {MAX_CALLSIGN} characters")
    emergency = "emergency" if "<emergency" in cot.detail.xmlDetail else None
    return CotEvent(
        uid=cot.uid,
        type=cot.type,
        how=cot.how,
        time=times[0],
        start=times[1],
        stale=times[2],
        point=CotPoint(cot.lat, cot.lon, cot.hae, cot.ce, cot.le),
        opex=cot.opex or None,
        callsign=callsign,
        group=(cot.detail.group.name, cot.detail.group.role) if cot.detail.group.name else None,
        emergency=emergency,
    )


def decode(data: bytes, now: datetime, *, max_size: int = MAX_EVENT_BYTES) -> CotEvent:
    """One received message (XML, protobuf stream or mesh) → a checked event."""
    if len(data) > max_size:
        raise CotError(f"message is {len(data)} bytes, over the {max_size} cap")
    if data[:3] == MESH_HEADER:
        return _from_proto(data[3:], now)
    if data[:1] == bytes([MAGIC]):
        head = _read_varint(data, 1)
        if head is None or head[1] + head[0] != len(data):
            raise CotError("TAK protocol length prefix does not match the message")
        return _from_proto(data[head[1] :], now)
    return parse_cot(data, now, max_size=max_size)


class StreamSplitter:
    """Cut a TAK stream into messages (XML or protobuf, auto-detected per message).

    Attributes:
        dropped: messages thrown away because they were longer than ``max_size``.
    """

    def __init__(self, max_size: int = MAX_EVENT_BYTES) -> None:
        self.max_size = max_size
        self.dropped = 0
        self._buffer = bytearray()
        self._skipping = False  # inside an over-long XML message: wait for its end

    def feed(self, chunk: bytes) -> list[bytes]:
        self._buffer += chunk
        out: list[bytes] = []
        while True:
            message = self._next()
            if message is None:
                break
            out.append(message)
        return out

    def _next(self) -> bytes | None:
        buf = self._buffer
        while buf[:1].isspace():
            del buf[:1]
        if not buf:
            return None
        if buf[0] == MAGIC:
            return self._next_proto()
        end = buf.find(_END)
        if end < 0:
            if len(buf) > self.max_size:  # keep only a tail that may hold a split "</event>"
                if not self._skipping:
                    self.dropped += 1
                self._skipping = True
                del buf[: len(buf) - len(_END)]
            return None
        message = bytes(buf[: end + len(_END)])
        del buf[: end + len(_END)]
        if self._skipping or len(message) > self.max_size:
            if not self._skipping:
                self.dropped += 1
            self._skipping = False
            return self._next()
        return message

    def _next_proto(self) -> bytes | None:
        buf = self._buffer
        head = _read_varint(buf, 1)
        if head is None:
            return None
        length, start = head
        if length > self.max_size:
            raise CotError(f"a TAK protocol message of {length} bytes is over the cap")
        if len(buf) < start + length:
            return None
        message = bytes(buf[: start + length])
        del buf[: start + length]
        return message


# -- TAK protocol negotiation on a server stream ---------------------------------------------
#
# 1. the server offers: ``t-x-takp-v`` with ``<TakControl><TakProtocolSupport version="1"/>``;
# 2. the client asks (in XML): ``t-x-takp-q`` with ``<TakControl><TakRequest version="1"/>``;
# 3. the server answers ``t-x-takp-r`` with ``<TakResponse status="true"/>``: from then on both
#    sides write protobuf. A server that never offers keeps the stream on XML.

Negotiation = Literal["offer", "accepted", "refused"]
_TAKP: Final = b"t-x-takp-"


def negotiation(data: bytes) -> Negotiation | None:
    """What a received XML message means for protocol negotiation, or None if it is not one.

    "offer": the server supports version 1; "accepted" / "refused": its answer to our request.
    """
    if _TAKP not in data[:512] or data[:1] == bytes([MAGIC]):
        return None
    try:
        root = safexml.parse(data, MAX_EVENT_BYTES)
    except safexml.UnsafeXml:
        return None
    kind = root.get("type")
    if kind == "t-x-takp-v":
        versions = {e.get("version") for e in root.iter("TakProtocolSupport")}
        return "offer" if "1" in versions else None
    if kind == "t-x-takp-r":
        answers = [e.get("status") for e in root.iter("TakResponse")]
        return "accepted" if answers and answers[0] == "true" else "refused"
    return None


def protocol_request(uid: str, now: datetime) -> bytes:
    """Our ``t-x-takp-q`` asking the server for TAK protocol version 1 (sent as XML)."""
    stamp, stale = format_time(now), format_time(now + timedelta(seconds=60))
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<event version="2.0" uid="{uid}" type="t-x-takp-q" how="m-g" time="{stamp}" '
        f'start="{stamp}" stale="{stale}"><point lat="0.0" lon="0.0" hae="0.0" '
        'ce="999999" le="999999"/><detail><TakControl><TakRequest version="1"/>'
        "</TakControl></detail></event>"
    ).encode()
