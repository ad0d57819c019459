"""The CAP 1.2 structure as frozen pydantic models (docs/standards.md §1).

Lists are tuples and every model is frozen, so an ``Alert`` can cross threads and be compared
with ``==``. Field names are the CAP element names in snake_case; repeated elements are plural
(``info`` -> ``infos``, ``category`` -> ``categories``...).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from itertools import repeat
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

M = TypeVar("M", bound=BaseModel)

CAP12_NS = "urn:oasis:names:tc:emergency:cap:1.2"
CAP11_NS = "urn:oasis:names:tc:emergency:cap:1.1"
CAP10_NS = "http://www.incident.com/cap/1.0"
DSIG_NS = "http://www.w3.org/2000/09/xmldsig#"


class Status(StrEnum):
    ACTUAL = "Actual"
    EXERCISE = "Exercise"
    SYSTEM = "System"
    TEST = "Test"
    DRAFT = "Draft"


class MsgType(StrEnum):
    ALERT = "Alert"
    UPDATE = "Update"
    CANCEL = "Cancel"
    ACK = "Ack"
    ERROR = "Error"


class Scope(StrEnum):
    PUBLIC = "Public"
    RESTRICTED = "Restricted"
    PRIVATE = "Private"


class Category(StrEnum):
    GEO = "Geo"
    MET = "Met"
    SAFETY = "Safety"
    SECURITY = "Security"
    RESCUE = "Rescue"
    FIRE = "Fire"
    HEALTH = "Health"
    ENV = "Env"
    TRANSPORT = "Transport"
    INFRA = "Infra"
    CBRNE = "CBRNE"
    OTHER = "Other"


class ResponseType(StrEnum):
    SHELTER = "Shelter"
    EVACUATE = "Evacuate"
    PREPARE = "Prepare"
    EXECUTE = "Execute"
    AVOID = "Avoid"
    MONITOR = "Monitor"
    ASSESS = "Assess"
    ALL_CLEAR = "AllClear"
    NONE = "None"


class Urgency(StrEnum):
    IMMEDIATE = "Immediate"
    EXPECTED = "Expected"
    FUTURE = "Future"
    PAST = "Past"
    UNKNOWN = "Unknown"


class Severity(StrEnum):
    EXTREME = "Extreme"
    SEVERE = "Severe"
    MODERATE = "Moderate"
    MINOR = "Minor"
    UNKNOWN = "Unknown"


#: the CAP severity values, most severe first (choices in filters, forms and command lines)
SEVERITIES: tuple[str, ...] = tuple(s.value for s in Severity)


class Certainty(StrEnum):
    OBSERVED = "Observed"
    LIKELY = "Likely"
    POSSIBLE = "Possible"
    UNLIKELY = "Unlikely"
    UNKNOWN = "Unknown"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CapTime(_Frozen):
    """A CAP date-time: the literal text (references and signatures reproduce it) and the
    aware UTC instant it denotes. Compare ``utc``, never ``text``."""

    text: str
    utc: datetime

    @classmethod
    def from_datetime(cls, value: datetime) -> CapTime:
        """Format an aware datetime the way CAP writers must: whole seconds, UTC as -00:00."""
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("a CAP date-time needs an explicit offset (aware datetime)")
        value = value.replace(microsecond=0)
        offset = value.utcoffset() or timedelta(0)
        if offset == timedelta(0):
            text = value.strftime("%Y-%m-%dT%H:%M:%S") + "-00:00"
        else:
            sign = "+" if offset > timedelta(0) else "-"
            minutes = abs(int(offset.total_seconds())) // 60
            stamp = value.strftime("%Y-%m-%dT%H:%M:%S")
            text = f"{stamp}{sign}{minutes // 60:02d}:{minutes % 60:02d}"
        return cls(text=text, utc=value.astimezone(UTC))


class Point(_Frozen):
    lat: float
    lon: float


class Polygon(_Frozen):
    """A closed ring of ``lat,lon`` points (first == last, at least 4 points)."""

    points: tuple[Point, ...]


class Circle(_Frozen):
    center: Point
    radius_km: float


class NamedValue(_Frozen):
    """``valueName`` + ``value``: eventCode, parameter and geocode entries."""

    value_name: str
    value: str


class Reference(_Frozen):
    """An extended message identifier ``sender,identifier,sent`` (``sent`` kept literally)."""

    sender: str
    identifier: str
    sent: str

    def key(self) -> tuple[str, str, str]:
        return (self.sender, self.identifier, self.sent)


class Resource(_Frozen):
    resource_desc: str
    mime_type: str | None = None  # required in 1.2, optional in 1.1 input
    size: int | None = None
    uri: str | None = None
    deref_uri: str | None = None
    digest: str | None = None


class Area(_Frozen):
    area_desc: str
    polygons: tuple[Polygon, ...] = ()
    circles: tuple[Circle, ...] = ()
    geocodes: tuple[NamedValue, ...] = ()
    altitude: float | None = None  # feet above mean sea level
    ceiling: float | None = None


class Info(_Frozen):
    language: str = "en-US"
    categories: tuple[Category, ...]
    event: str
    response_types: tuple[ResponseType, ...] = ()
    urgency: Urgency
    severity: Severity
    certainty: Certainty
    audience: str | None = None
    event_codes: tuple[NamedValue, ...] = ()
    effective: CapTime | None = None
    onset: CapTime | None = None
    expires: CapTime | None = None
    sender_name: str | None = None
    headline: str | None = None
    description: str | None = None
    instruction: str | None = None
    web: str | None = None
    contact: str | None = None
    parameters: tuple[NamedValue, ...] = ()
    resources: tuple[Resource, ...] = ()
    areas: tuple[Area, ...] = ()


class Alert(_Frozen):
    """One CAP message. Keyed by ``(sender, identifier, sent.text)``.

    Attributes:
        cap_version: "1.2", "1.1" or "1.0": the version the input was written in (we
            normalise into the 1.2 model and always write 1.2).
        signature: the enveloped ``ds:Signature`` element as serialised XML, kept intact
            (verification works on the received bytes, never on this copy).
    """

    identifier: str
    sender: str
    sent: CapTime
    status: Status
    msg_type: MsgType
    source: str | None = None
    scope: Scope
    restriction: str | None = None
    addresses: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    note: str | None = None
    references: tuple[Reference, ...] = ()
    incidents: tuple[str, ...] = ()
    infos: tuple[Info, ...] = ()
    signature: str | None = None
    cap_version: str = "1.2"

    def key(self) -> tuple[str, str, str]:
        """The CAP message key: (sender, identifier, sent as written)."""
        return (self.sender, self.identifier, self.sent.text)

    def reference(self) -> Reference:
        """This alert as an extended message identifier, for ``references`` of others."""
        return Reference(sender=self.sender, identifier=self.identifier, sent=self.sent.text)

    @property
    def first_info(self) -> Info | None:
        return self.infos[0] if self.infos else None

    def info_for(self, language: str) -> Info | None:
        """The ``info`` for a language (prefix match, e.g. "fr" finds "fr-FR"), else the first."""
        lang = language.lower()
        for info in self.infos:
            if info.language.lower() == lang or info.language.lower().split("-")[0] == lang:
                return info
        return self.first_info

    def expires_utc(self) -> datetime | None:
        """The latest ``expires`` over all infos, or None if any info has none."""
        if not self.infos or any(i.expires is None for i in self.infos):
            return None
        return max(i.expires.utc for i in self.infos if i.expires is not None)


# the storage behind a pydantic model's state: setting it through the descriptors skips the
# attribute lookup ``object.__setattr__`` does by name (a 2 KB alert builds about 17 models)
_SET_DICT = BaseModel.__dict__["__dict__"].__set__
_SET_FIELDS_SET = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__


def trusted(cls: type[M]) -> Callable[[dict[str, Any]], M]:
    """A builder of ``cls`` for the reader: from a dict holding *every* field, in order, each
    value already checked by the CAP rules and of the field's type. It does what
    ``model_construct`` does without its per-field loop (a 2 KB alert builds about twenty
    models); ``tests/unit/cap/test_fast_read.py`` proves the result equals a validated build.

    Every model built shares one set of field names: all fields are set, and pydantic never
    changes a frozen model's set in place (``model_copy`` copies it first). One tracked object
    less per model halves the garbage collector's work on a long polygon's points.
    """
    names = tuple(cls.model_fields)
    fields_set = set(names)
    new = cls.__new__

    def build(values: dict[str, Any]) -> M:
        if len(values) != len(names):  # pragma: no cover - a programming error
            raise TypeError(f"{cls.__name__}: fields {sorted(set(names) ^ set(values))}")
        model = new(cls)
        _SET_DICT(model, values)
        _SET_FIELDS_SET(model, fields_set)
        _SET_EXTRA(model, None)
        _SET_PRIVATE(model, None)
        return model

    return build


def trusted_all(cls: type[M]) -> Callable[[list[dict[str, Any]]], list[M]]:
    """:func:`trusted` for many models at once (a national polygon's thousands of points):
    each step runs over all of them in C (``map``) instead of one Python call per model,
    about a fifth cheaper per model on long lists (dearer on a handful)."""
    fields_set = set(cls.model_fields)
    new = cls.__new__

    def build_all(values: list[dict[str, Any]]) -> list[M]:
        count = len(values)
        models = list(map(new, repeat(cls, count)))
        deque(map(_SET_DICT, models, values), maxlen=0)
        deque(map(_SET_FIELDS_SET, models, repeat(fields_set, count)), maxlen=0)
        deque(map(_SET_EXTRA, models, repeat(None, count)), maxlen=0)
        deque(map(_SET_PRIVATE, models, repeat(None, count)), maxlen=0)
        return models

    return build_all
