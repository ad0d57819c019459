"""The fast MQTT 5 property decoder says exactly what paho's own ``Properties.unpack`` says.

Every buffer is decoded twice on fresh ``Properties`` objects, once by paho's original and
once by ``fast_unpack``: the same return value or the same exception (class and arguments),
and the same attributes left behind (names, order, values and their types). Buffers are
valid property sets packed by paho (with payload bytes after them), raw property lists
paho's setters would refuse, mutations and truncations of both, and random bytes.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paho.mqtt.exception import MalformedPacket, MQTTException
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties, VariableByteIntegers

from incident_desk.messaging import BusClient, Envelope, _paho_fast
from incident_desk.messaging._paho_fast import ORIGINAL_UNPACK, fast_unpack
from tests.helpers.brokers import Inbox, MosquittoBroker, tracked_client

PACKET_TYPES = [
    PacketTypes.PUBLISH,
    PacketTypes.CONNACK,
    PacketTypes.PUBACK,
    PacketTypes.DISCONNECT,
    PacketTypes.SUBACK,
    PacketTypes.CONNECT,
    PacketTypes.AUTH,
]
SAMPLE = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]
KINDS = {ident: kind for ident, (kind, _packets) in SAMPLE.properties.items()}
NAMES = {ident: name.replace(" ", "") for name, ident in SAMPLE.names.items()}
LIMITS = {  # what paho's setters accept, for building valid sets
    "ReceiveMaximum": (1, 65535),
    "TopicAlias": (1, 65535),
    "MaximumPacketSize": (1, 268435455),
    "SubscriptionIdentifier": (1, 268435455),
    "PayloadFormatIndicator": (0, 1),
    "RequestResponseInformation": (0, 1),
    "RequestProblemInformation": (0, 1),
}

mqtt_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00\ufeff"), max_size=12)
any_text = st.text(st.characters(codec="utf-8"), max_size=8) | st.sampled_from(
    ["a\x00b", "\ufeff", "x\ufeff\x00", "\x00\ufeff"]
)


def _outcome(unpack: Any, packet_type: int, data: Any, before: Any = None) -> tuple[Any, str]:
    props = Properties(packet_type)  # type: ignore[no-untyped-call]
    if before is not None:
        object.__setattr__(props, "UserProperty", [("old", "value")])
        object.__setattr__(props, "ContentType", "old")
    try:
        got, used = unpack(props, data)
    except Exception as error:  # the very thing compared
        result: Any = ("raised", type(error), error.args)
    else:
        assert got is props
        result = ("returned", used)
    return result, repr(vars(props))


def assert_same(packet_type: int, data: Any) -> tuple[Any, str]:
    """Both decoders agree on ``data`` (also as a bytearray, and on a used object)."""
    expected = _outcome(ORIGINAL_UNPACK, packet_type, data)
    assert _outcome(fast_unpack, packet_type, data) == expected
    mutable = bytearray(data)
    assert _outcome(fast_unpack, packet_type, mutable) == _outcome(
        ORIGINAL_UNPACK, packet_type, mutable
    )
    assert _outcome(fast_unpack, packet_type, data, True) == _outcome(
        ORIGINAL_UNPACK, packet_type, data, True
    )
    return expected


def _value(ident: int, draw: Any, valid: bool) -> Any:
    kind = KINDS[ident]
    low, high = LIMITS.get(NAMES[ident], (0, None)) if valid else (0, None)
    if kind == 0:
        return draw(st.integers(low, 255 if high is None else high))
    if kind == 1:
        return draw(st.integers(low, 65535 if high is None else high))
    if kind == 2:
        return draw(st.integers(low, 2**32 - 1 if high is None else high))
    if kind == 3:
        return draw(st.integers(low, 268435455 if high is None else high))
    if kind == 4:
        return draw(st.binary(max_size=16))
    text = mqtt_text if valid else any_text
    if kind == 5:
        return draw(text)
    return (draw(text), draw(text))


@st.composite
def valid_sets(draw: Any) -> tuple[int, bytes]:
    """A property set paho itself accepts for the packet type, packed by paho, plus payload."""
    packet_type = draw(st.sampled_from(PACKET_TYPES))
    props: Any = Properties(packet_type)  # type: ignore[no-untyped-call]
    for ident in sorted(SAMPLE.properties):
        if packet_type not in SAMPLE.properties[ident][1] or not draw(st.booleans()):
            continue
        if ident in (11, 38):
            values = draw(st.lists(st.builds(lambda: None), min_size=1, max_size=4))
            setattr(props, NAMES[ident], [_value(ident, draw, True) for _ in values])
        else:
            setattr(props, NAMES[ident], _value(ident, draw, True))
    return packet_type, props.pack() + draw(st.binary(max_size=64))


@st.composite
def raw_sets(draw: Any) -> tuple[int, bytes]:
    """Properties written one by one, bypassing paho's setters: duplicates, values out of
    range, properties of other packet types, NUL and U+FEFF, unknown identifiers, a length
    that is not the real one."""
    packet_type = draw(st.sampled_from(PACKET_TYPES))
    body = b""
    for _ in range(draw(st.integers(0, 6))):
        mine = sorted(i for i, (_k, packets) in SAMPLE.properties.items() if packet_type in packets)
        ident = draw(st.sampled_from(mine) | st.sampled_from(sorted(KINDS)) | st.integers(0, 200))
        if ident in KINDS:
            body += SAMPLE.writeProperty(ident, KINDS[ident], _value(ident, draw, False))  # type: ignore[no-untyped-call]
        else:
            body += VariableByteIntegers.encode(ident) + draw(st.binary(max_size=4))  # type: ignore[no-untyped-call]
    length = draw(st.sampled_from([len(body)]) | st.integers(0, len(body) + 8))
    prefix = VariableByteIntegers.encode(length)  # type: ignore[no-untyped-call]
    return packet_type, prefix + body + draw(st.binary(max_size=16))


@st.composite
def mutated(draw: Any, base: Any) -> tuple[int, bytes]:
    packet_type, data = draw(base)
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "set", "cut", "drop", "insert"]))
        at = draw(st.integers(0, max(len(buf) - 1, 0)))
        if op == "cut":
            del buf[at:]
        elif not buf:
            buf.append(draw(st.integers(0, 255)))
        elif op == "flip":
            buf[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            buf[at] = draw(st.integers(0, 255))
        elif op == "drop":
            del buf[at]
        else:
            buf.insert(at, draw(st.integers(0, 255)))
    return packet_type, bytes(buf)


FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(valid_sets())
def test_valid_property_sets_decode_alike(case: tuple[int, bytes]) -> None:
    result, _attrs = assert_same(*case)
    assert result[0] == "returned"


@FUZZ
@given(raw_sets())
def test_raw_property_lists_decode_or_fail_alike(case: tuple[int, bytes]) -> None:
    assert_same(*case)


@FUZZ
@given(mutated(valid_sets()) | mutated(raw_sets()))
def test_mutated_and_truncated_buffers_decode_or_fail_alike(case: tuple[int, bytes]) -> None:
    assert_same(*case)


@FUZZ
@given(st.sampled_from(PACKET_TYPES), st.binary(max_size=40))
def test_random_bytes_decode_or_fail_alike(packet_type: int, data: bytes) -> None:
    assert_same(packet_type, data)


def test_our_publish_properties_decode_to_the_same_types() -> None:
    props: Any = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]
    props.ContentType = "application/cap+xml"
    props.UserProperty = [("content-type", "application/cap+xml"), ("stream", "p"), ("seq", "7")]
    props.CorrelationData = b"nps@ke,KE-nps-1"
    props.ResponseTopic = "reply/here"
    props.MessageExpiryInterval = 3600
    props.PayloadFormatIndicator = 1
    packed = props.pack()
    data = packed + b"<alert/>" * 256
    got: Any = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]
    assert fast_unpack(got, data) == (got, len(packed))
    assert got.UserProperty == [
        ("content-type", "application/cap+xml"),
        ("stream", "p"),
        ("seq", "7"),
    ]
    assert type(got.CorrelationData) is bytes
    assert (got.MessageExpiryInterval, got.PayloadFormatIndicator) == (3600, 1)
    assert got.json() == props.json()
    assert assert_same(PacketTypes.PUBLISH, data)[0] == ("returned", len(packed))


M = MalformedPacket
E = MQTTException
P, CA, CO = PacketTypes.PUBLISH, PacketTypes.CONNACK, PacketTypes.CONNECT
EDGES: list[tuple[str, int, bytes, type[BaseException] | None, str | None]] = [
    ("empty buffer", P, b"", M, "Not enough data to decode Variable Byte Integer"),
    ("VBI over 4 bytes", P, b"\x80\x80\x80\x80\x01", M, "more than four bytes long"),
    ("VBI cut short", P, b"\x80", M, "Not enough data to decode Variable Byte Integer"),
    ("identifier VBI over 4", P, b"\x06\x81\x81\x81\x81\x01", M, "more than four bytes"),
    ("identifier missing", P, b"\x03", M, "Not enough data to decode Variable Byte Integer"),
    ("unknown identifier", P, b"\x02\x04\x00", KeyError, "4"),
    ("not for this packet", CA, b"\x02\x01\x01", E, "does not apply to packet type Connack"),
    ("duplicate", P, b"\x04\x01\x01\x01\x00", E, "must not exist more than once"),
    ("duplicate before range", P, b"\x04\x01\x01\x01\x05", E, "must not exist more than"),
    ("payload format 2", P, b"\x02\x01\x02", E, "PayloadFormatIndicator property value must be 0"),
    ("topic alias 0", P, b"\x03\x23\x00\x00", E, "TopicAlias property value must be in the range"),
    ("receive max 0", CA, b"\x03\x21\x00\x00", E, "ReceiveMaximum property value must be in"),
    ("max packet size 0", CA, b"\x05\x27\x00\x00\x00\x00", E, "MaximumPacketSize property"),
    ("subscription id 0", P, b"\x02\x0b\x00", E, "SubscriptionIdentifier property value"),
    ("request response 2", CO, b"\x02\x19\x02", E, "RequestResponseInformation property"),
    ("request problem 5", CO, b"\x02\x17\x05", E, "RequestProblemInformation property"),
    ("string length missing", P, b"\x02\x03\x00\x05hello", M, "Not enough data to read string"),
    ("string too long", P, b"\x04\x03\x00\x05hello", M, "Length delimited string too long"),
    ("pair value too long", P, b"\x08\x26\x00\x01a\x00\x09bc", M, "string too long"),
    ("binary length missing", P, b"\x02\x09\x00\x05hello", M, "Not enough data to read binary"),
    ("binary too long", P, b"\x04\x09\x00\x05hello", M, "Length delimited binary data too long"),
    ("NUL in string", P, b"\x05\x03\x00\x02a\x00", M, "[MQTT-1.5.4-2] Null found"),
    ("U+FEFF in string", P, b"\x06\x03\x00\x03\xef\xbb\xbf", M, "[MQTT-1.5.4-3] U+FEFF"),
    ("NUL before U+FEFF", P, b"\x07\x03\x00\x04\x00\xef\xbb\xbf", M, "Null found"),
    ("U+FEFF before NUL", P, b"\x07\x03\x00\x04\xef\xbb\xbf\x00", M, "U+FEFF"),
    ("invalid UTF-8", P, b"\x05\x03\x00\x02\xc3\x28", UnicodeDecodeError, None),
    ("encoded surrogate", P, b"\x06\x03\x00\x03\xed\xa0\x80", UnicodeDecodeError, None),
    ("byte past the end", P, b"\x05\x01", IndexError, "index out of range"),
    ("int16 past the end", P, b"\x05\x23\x01", struct.error, "unpack requires a buffer of 2"),
    ("int32 past the end", P, b"\x05\x02\x00\x01", struct.error, "unpack requires a buffer of 4"),
    ("string claimed, data gone", P, b"\x08\x03\x00\x05ab", None, None),  # comes back short
    ("pair second length gone", P, b"\x0a\x26\x00\x05ab", struct.error, "buffer of 2 bytes"),
]


@pytest.mark.parametrize(
    ("name", "packet_type", "data", "error", "text"),
    EDGES,
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_edge_cases(
    name: str, packet_type: int, data: bytes, error: type[BaseException] | None, text: str | None
) -> None:
    result, _attrs = assert_same(packet_type, data)
    if error is None:
        assert result[0] == "returned"
        return
    assert result[0] == "raised", result
    assert result[1] is error, result
    if text is not None:
        assert text in str(result[2][0])


def test_fixed_size_int_read_past_the_property_region_comes_from_the_payload() -> None:
    # Property Length 1, but the Message Expiry Interval takes 4: paho reads them from the
    # payload that follows, the remaining length goes negative and the loop ends.
    data = b"\x01\x02" + b"\x00\x00\x0e\x10" + b"payload"
    result, attrs = assert_same(P, data)
    assert result == ("returned", 2)
    assert "'MessageExpiryInterval': 3600" in attrs


def test_strings_cut_short_by_the_buffer_are_returned_short() -> None:
    props: Any = Properties(P)  # type: ignore[no-untyped-call]
    assert fast_unpack(props, b"\x08\x03\x00\x05ab") == (props, 9)
    assert props.ContentType == "ab"


def test_a_non_minimal_identifier_encoding_is_read_as_its_value() -> None:
    result, attrs = assert_same(P, b"\x03\x81\x00\x01")
    assert result == ("returned", 4)
    assert "'PayloadFormatIndicator': 1" in attrs


def test_a_partial_decode_leaves_the_same_attributes_as_paho() -> None:
    data = b"\x0a\x01\x01\x03\x00\x01a\x01\x00" + b"\x23"
    result, attrs = assert_same(P, data)
    assert result[1] is MQTTException
    assert "PayloadFormatIndicator" in attrs
    assert "ContentType" in attrs


def test_odd_callers_go_to_the_original() -> None:
    class Mine(Properties):
        pass

    data = b"\x02\x01\x01"
    mine = Mine(P)  # type: ignore[no-untyped-call]
    assert fast_unpack(mine, data) == (mine, 3)
    view = Properties(P)  # type: ignore[no-untyped-call]
    with pytest.raises(AttributeError):  # paho cannot decode a string from a memoryview...
        fast_unpack(view, memoryview(b"\x04\x03\x00\x01a"))
    assert fast_unpack(view, memoryview(data)) == (view, 3)  # ...but reads a byte from it


@pytest.fixture
def restore() -> Iterator[None]:
    was = _paho_fast.installed()
    yield
    if was:
        _paho_fast.install()
    else:
        _paho_fast.uninstall()


def test_install_is_idempotent_and_the_original_stays_reachable(restore: None) -> None:
    _paho_fast.uninstall()
    assert Properties.unpack is ORIGINAL_UNPACK
    assert _paho_fast.install() is True
    assert _paho_fast.install() is True
    assert Properties.unpack is fast_unpack
    _paho_fast.uninstall()
    assert Properties.unpack is ORIGINAL_UNPACK


def test_an_unknown_paho_is_left_alone(
    restore: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _paho_fast.uninstall()
    monkeypatch.setattr(_paho_fast, "EXPECTED_FINGERPRINT", "0" * 64)
    with caplog.at_level(logging.DEBUG, "incident_desk.messaging"):
        assert _paho_fast.install() is False
    assert Properties.unpack is ORIGINAL_UNPACK
    assert "not installed" in caplog.text


def test_someone_elses_patch_is_left_alone(restore: None, monkeypatch: pytest.MonkeyPatch) -> None:
    _paho_fast.uninstall()
    monkeypatch.setattr(Properties, "unpack", lambda self, buffer: (self, 0))
    assert _paho_fast.install() is False


def test_the_bus_client_module_installs_it() -> None:
    assert _paho_fast.fingerprint() == _paho_fast.EXPECTED_FINGERPRINT
    assert _paho_fast.installed()


def test_properties_arrive_in_the_envelope_through_mosquitto(mosquitto: MosquittoBroker) -> None:
    assert _paho_fast.installed()
    made: list[BusClient] = []
    inbox = Inbox()
    try:
        sub = tracked_client(made, mosquitto.url, "idesk-fast-sub", inbox)
        assert sub.connect_and_wait(10).state == "connected"
        sub.subscribe(["fast/#"], timeout=10)
        inbox.auto_ack = sub
        pub = tracked_client(made, mosquitto.url, "idesk-fast-pub")
        pub.connect_and_wait(10)
        users = [("content-type", "application/cap+xml"), ("stream", "idesk-pub"), ("seq", "1")]
        pub.publish(
            "fast/one",
            b"<alert/>" * 256,
            content_type="application/cap+xml",
            user_properties=users,
            correlation_data=b"nps@ke,KE-nps-1",
            response_topic="fast/reply",
            message_expiry=3600,
            payload_is_utf8=True,
        )
        (got,) = inbox.wait_messages(1)
    finally:
        for client in made:
            client.stop()
    assert isinstance(got, Envelope)
    assert got.payload == b"<alert/>" * 256
    assert got.user_properties == tuple(users)
    assert got.content_type == "application/cap+xml"
    assert got.correlation_data == b"nps@ke,KE-nps-1"
    assert got.response_topic == "fast/reply"
    assert got.message_expiry is not None
    assert 3590 <= got.message_expiry <= 3600
