"""A linear-time drop-in for paho's MQTT 5 property decoder (``Properties.unpack``).

Why: py-spy on the ingest process (20,000 CAP alerts at QoS 1) put ~15 % of its CPU in
``paho.mqtt.properties.Properties.unpack``: ~57 us for the properties our publishers send
(Content Type, three User Property pairs, Correlation Data, Message Expiry Interval, Payload
Format Indicator) in front of a 2 KB payload. The cost is pure-Python overhead, not work: it
slices the rest of the packet (payload included) several times per property, finds names by
a linear scan, rebuilds a name list and re-validates in ``__setattr__`` per property, checks
each character of every string in a Python loop and starts with ~27 ``hasattr`` calls.

``fast_unpack`` decodes with offsets into the one buffer, a table built once from paho's own
``Properties`` (identifier -> compressed name, type, packet types, allows multiple) and
C-level string searches, and is meant to be *exactly* equivalent to paho's ``unpack`` for
every input: the same attributes in the same order with the same values and types, the same
return value, and for malformed input the same exception class and arguments (paho's
``_packet.convert_exception`` maps them to ``MalformedPacket``), leaving the same partial
state behind. tests/unit/messaging/test_paho_fast.py checks that against the original.

``install()`` patches only the paho code it was written against: the hash of paho's
``properties.py`` (where every function ``unpack`` depends on lives) must match, else paho is
left alone (DEBUG log).
Anything unusual (a ``Properties`` subclass, a buffer other than bytes/bytearray) goes to the
original. Measured numbers: docs/data-volume.md §2.
"""

from __future__ import annotations

import hashlib
import logging
import struct
from collections.abc import Callable
from typing import Any

from paho.mqtt import properties as _props
from paho.mqtt.exception import MalformedPacket, MQTTException
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties

__all__ = ["ORIGINAL_UNPACK", "fast_unpack", "fingerprint", "install", "installed", "uninstall"]

log = logging.getLogger("incident_desk.messaging")

#: paho's own ``Properties.unpack``, as found at import (tests compare against it).
ORIGINAL_UNPACK: Callable[[Properties, Any], tuple[Properties, int]] = Properties.unpack

#: sha256 of paho-mqtt 2.2.0's ``paho/mqtt/properties.py``, which holds every function below.
EXPECTED_FINGERPRINT = "93943cbf3f7035f226379e193054c54622e1e7b734ee1c8ffdea5f5c29806997"

# (module or class, attribute): the paho code ``unpack`` runs, looked up when fingerprinting
_DEPENDS_ON: tuple[tuple[Any, str], ...] = (
    (Properties, "__init__"),
    (Properties, "unpack"),
    (Properties, "readProperty"),
    (Properties, "__setattr__"),
    (Properties, "clear"),
    (Properties, "getNameFromIdent"),
    (Properties, "getIdentFromName"),
    (Properties, "allowsMultiple"),
    (getattr(_props, "VariableByteIntegers", None), "decode"),
    (_props, "readUTF"),
    (_props, "readBytes"),
    (_props, "readInt16"),
    (_props, "readInt32"),
)

# property value kinds, in the order of paho's ``Properties.types``
_BYTE, _INT16, _INT32, _VBI, _BINARY, _UTF8, _PAIR = range(7)
_TYPE_NAMES = (
    "Byte",
    "Two Byte Integer",
    "Four Byte Integer",
    "Variable Byte Integer",
    "Binary Data",
    "UTF-8 Encoded String",
    "UTF-8 String Pair",
)
# value range checks of paho's ``__setattr__``: compressed name -> (low, high, message tail)
_RANGES: dict[str, tuple[int, int, str]] = {
    "ReceiveMaximum": (1, 65535, "property value must be in the range 1-65535"),
    "TopicAlias": (1, 65535, "property value must be in the range 1-65535"),
    "TopicAliasMaximum": (0, 65535, "property value must be in the range 0-65535"),
    "MaximumPacketSize": (1, 268435455, "property value must be in the range 1-268435455"),
    "SubscriptionIdentifier": (1, 268435455, "property value must be in the range 1-268435455"),
    "RequestResponseInformation": (0, 1, "property value must be 0 or 1"),
    "RequestProblemInformation": (0, 1, "property value must be 0 or 1"),
    "PayloadFormatIndicator": (0, 1, "property value must be 0 or 1"),
}
_MULTIPLE = frozenset({11, 38})  # paho's ``allowsMultiple``: Subscription Identifier, User Property
# paho's duplicate message formats the builtin ``property`` (a paho slip), reproduced as is
_DUPLICATE = f"Property '{property}' must not exist more than once"

# identifier -> (compressed name, kind, packet types, allows multiple, range check or None)
_Entry = tuple[str, int, frozenset[int], bool, "tuple[int, int, str] | None"]
_TABLE: dict[int, _Entry] = {}
_NAMES: frozenset[str] = frozenset()
_U32 = struct.Struct("!L")


def fingerprint() -> str | None:
    """sha256 of the source file of paho's property code (``paho/mqtt/properties.py``, where
    every function ``unpack`` depends on lives: ``_DEPENDS_ON``), or None when it cannot be
    read. One file read (~0.1 ms; ``inspect.getsource`` of each function cost ~8 ms at every
    start of a console): any change to that file, not only to those functions, leaves the
    fast decoder off."""
    try:
        for owner, name in _DEPENDS_ON:
            func = ORIGINAL_UNPACK if name == "unpack" else getattr(owner, name)
            if func.__code__.co_filename != _props.__file__:
                return None
        with open(_props.__file__, "rb") as source:
            return hashlib.sha256(source.read()).hexdigest()
    except (AttributeError, OSError, TypeError):
        return None


def _build_table() -> None:
    """Fill the table from a fresh paho ``Properties`` (its ``names`` and ``properties``)."""
    global _NAMES
    sample = Properties(PacketTypes.PUBLISH)  # type: ignore[no-untyped-call]  # paho: untyped
    if list(sample.types) != list(_TYPE_NAMES):
        raise ValueError(f"unexpected paho property types {sample.types!r}")
    table: dict[int, _Entry] = {}
    for spaced, ident in sample.names.items():
        name = spaced.replace(" ", "")
        kind, packets = sample.properties[ident]
        table[ident] = (name, kind, frozenset(packets), ident in _MULTIPLE, _RANGES.get(name))
    if set(table) != set(sample.properties):
        raise ValueError("paho's property names and types do not match")
    _TABLE.clear()
    _TABLE.update(table)
    _NAMES = frozenset(entry[0] for entry in table.values())


def _vbi(buf: bytes | bytearray, pos: int, end: int) -> tuple[int, int]:
    """paho's ``VariableByteIntegers.decode`` at ``pos``: (value, position after it)."""
    multiplier = 1
    value = 0
    count = 0
    while True:
        if count >= 4:
            raise MalformedPacket("Variable Byte Integer is more than four bytes long")
        if pos >= end:
            raise MalformedPacket("Not enough data to decode Variable Byte Integer")
        count += 1
        digit = buf[pos]
        pos += 1
        value += (digit & 127) * multiplier
        if not digit & 128:
            return value, pos
        multiplier *= 128


def _int16(buf: bytes | bytearray, pos: int, end: int) -> int:
    if pos + 2 <= end:
        return (buf[pos] << 8) | buf[pos + 1]
    return int(struct.unpack("!H", buf[pos : pos + 2])[0])  # raises paho's struct.error


def _int32(buf: bytes | bytearray, pos: int, end: int) -> int:
    if pos + 4 <= end:
        return int(_U32.unpack_from(buf, pos)[0])
    return int(struct.unpack("!L", buf[pos : pos + 4])[0])  # raises paho's struct.error


def _utf8(buf: bytes | bytearray, pos: int, end: int, maxlen: int) -> tuple[str, int]:
    """paho's ``readUTF`` at ``pos`` with ``maxlen`` bytes left: (text, bytes used)."""
    if maxlen < 2:
        raise MalformedPacket("Not enough data to read string length")
    length = _int16(buf, pos, end)
    if length > maxlen - 2:
        raise MalformedPacket("Length delimited string too long")
    text: str = buf[pos + 2 : pos + 2 + length].decode("utf-8")
    # Strict UTF-8 decoding already refuses D800-DFFF, so paho's surrogate check cannot fire;
    # of NUL and U+FEFF, paho reports whichever comes first.
    nul = text.find("\x00")
    bom = text.find("\ufeff")
    if nul >= 0 and (bom < 0 or nul < bom):
        raise MalformedPacket("[MQTT-1.5.4-2] Null found in UTF-8 data")
    if bom >= 0:
        raise MalformedPacket("[MQTT-1.5.4-3] U+FEFF in UTF-8 data")
    return text, length + 2


def fast_unpack(self: Properties, buffer: Any) -> tuple[Properties, int]:
    """Equivalent of paho's ``Properties.unpack(buffer)``, without its per-property copies."""
    btype = type(buffer)
    if type(self) is not Properties or (btype is not bytes and btype is not bytearray):
        return ORIGINAL_UNPACK(self, buffer)
    attrs = self.__dict__
    for key in [k for k in attrs if k in _NAMES]:  # paho's clear()
        del attrs[key]
    buf: bytes | bytearray = buffer
    end = len(buf)
    if end and buf[0] < 128:
        propslen = buf[0]
        pos = 1
    else:
        propslen, pos = _vbi(buf, 0, end)
    header = pos
    left = propslen
    table = _TABLE
    while left > 0:
        if pos < end and buf[pos] < 128:
            ident = buf[pos]
            pos += 1
            left -= 1
        else:
            start = pos
            ident, pos = _vbi(buf, pos, end)
            left -= pos - start
        entry = table.get(ident)
        if entry is None:
            raise KeyError(ident)  # paho: self.properties[identifier]
        name, kind, packets, multiple, bounds = entry
        value: Any
        if kind == _UTF8:
            value, used = _utf8(buf, pos, end, left)
        elif kind == _PAIR:
            key, used = _utf8(buf, pos, end, left)
            val, used2 = _utf8(buf, pos + used, end, left - used)
            value = (key, val)
            used += used2
        elif kind == _BINARY:
            if left < 2:
                raise MalformedPacket("Not enough data to read binary data length")
            length = _int16(buf, pos, end)
            if length > left - 2:
                raise MalformedPacket("Length delimited binary data too long")
            value = buf[pos + 2 : pos + 2 + length]
            used = length + 2
        elif kind == _INT32:
            value = _int32(buf, pos, end)
            used = 4
        elif kind == _BYTE:
            value = buf[pos]  # past the end: the IndexError of paho's buffer[0]
            used = 1
        elif kind == _INT16:
            value = _int16(buf, pos, end)
            used = 2
        else:  # _VBI
            value, after = _vbi(buf, pos, end)
            used = after - pos
        pos += used
        left -= used
        if not multiple and name in attrs:
            raise MQTTException(_DUPLICATE)
        if self.packetType not in packets:
            raise MQTTException(
                f"Property {name} does not apply to packet type "
                f"{PacketTypes.Names[self.packetType]}"
            )
        if bounds is not None and (value < bounds[0] or value > bounds[1]):
            raise MQTTException(f"{name} {bounds[2]}")
        if multiple:
            if name in attrs:
                attrs[name].append(value)  # the list is this unpack's own
            else:
                attrs[name] = [value]
        else:
            attrs[name] = value
    return self, propslen + header


def installed() -> bool:
    """True while ``Properties.unpack`` is ``fast_unpack``."""
    return Properties.unpack is fast_unpack


def install() -> bool:
    """Make paho decode properties with ``fast_unpack``; idempotent.

    Patches only if paho's code is what this module was written against (fingerprint);
    otherwise leaves paho alone and says so at DEBUG. Returns whether the fast path is on.
    """
    if installed():
        return True
    if Properties.unpack is not ORIGINAL_UNPACK:
        log.debug("paho Properties.unpack was replaced by someone else: fast decoder not installed")
        return False
    found = fingerprint()
    if found != EXPECTED_FINGERPRINT:
        log.debug(
            "paho's property decoder is not the one known (fingerprint %s): fast decoder "
            "not installed",
            found,
        )
        return False
    if not _TABLE:
        log.debug("paho's property table could not be read: fast decoder not installed")
        return False
    Properties.unpack = fast_unpack  # type: ignore[method-assign]
    return True


def uninstall() -> None:
    """Put paho's own ``Properties.unpack`` back (tests)."""
    if installed():
        Properties.unpack = ORIGINAL_UNPACK  # type: ignore[method-assign]


try:
    _build_table()
except Exception as error:  # a paho we do not know: install() refuses
    log.debug("paho's property table is not the one known (%s)", error)
