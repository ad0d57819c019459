"""Small in-memory stand-ins for the store and the console, for unit-level GUI tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from incident_desk import cap
from incident_desk.changes import Changes
from incident_desk.errors import IncidentDeskError
from incident_desk.store import QuarantineEntry, StoredAlert, TimelineEntry

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def make_alert(
    alert_id: int,
    *,
    severity: str = "Moderate",
    urgency: str = "Expected",
    status: str = "Actual",
    msg_type: str = "Alert",
    event: str = "Suspicious vehicle",
    headline: str | None = None,
    sender: str = "nps.go.ke",
    identifier: str | None = None,
    incidents: tuple[str, ...] = (),
    exercise_id: str | None = None,
    country: str = "KE",
    agency: str = "nps",
    categories: tuple[str, ...] = ("Security",),
    references: tuple[cap.Reference, ...] = (),
    received_at: datetime | None = None,
    source: str | None = None,
) -> StoredAlert:
    """A real ``StoredAlert`` around a real CAP ``Alert`` (raw bytes from ``cap.dumps``)."""
    sent = T0 + timedelta(minutes=alert_id)
    identifier = identifier or f"KE-NPS-{alert_id:06d}"
    headline = headline if headline is not None else f"{event} near border post {alert_id}"
    info = cap.Info(
        categories=tuple(cap.Category(c) for c in categories),
        event=event,
        urgency=cap.Urgency(urgency),
        severity=cap.Severity(severity),
        certainty=cap.Certainty.OBSERVED,
        headline=headline,
        description=f"Description of {identifier}: <b>not markup</b>",
        instruction="Keep the public away from the area.",
        parameters=(cap.NamedValue(value_name="threat", value="vbied"),),
        resources=(
            cap.Resource(
                resource_desc="photo", mime_type="image/jpeg", size=1024, uri="http://x/p.jpg"
            ),
        ),
        areas=(
            cap.Area(
                area_desc="Busia border post",
                polygons=(
                    cap.Polygon(
                        points=tuple(
                            cap.Point(lat=a, lon=b)
                            for a, b in ((0.46, 34.09), (0.47, 34.1), (0.45, 34.11), (0.46, 34.09))
                        )
                    ),
                ),
                circles=(cap.Circle(center=cap.Point(lat=0.46, lon=34.1), radius_km=2.5),),
                geocodes=(cap.NamedValue(value_name="ISO3166-2", value="KE-040"),),
            ),
        ),
        expires=cap.CapTime.from_datetime(datetime(2099, 1, 1, tzinfo=UTC)),
    )
    alert = cap.Alert(
        identifier=identifier,
        sender=sender,
        sent=cap.CapTime.from_datetime(sent),
        status=cap.Status(status),
        msg_type=cap.MsgType(msg_type),
        scope=cap.Scope.PUBLIC,
        source=source,
        note=exercise_id,
        references=references,
        incidents=incidents,
        infos=() if msg_type == "Ack" else (info,),
    )
    return StoredAlert(
        id=alert_id,
        sender=sender,
        identifier=identifier,
        sent_text=alert.sent.text,
        sent_utc=alert.sent.utc,
        status=status,
        msg_type=msg_type,
        scope="Public",
        event=None if msg_type == "Ack" else event,
        headline=None if msg_type == "Ack" else headline,
        severity=None if msg_type == "Ack" else severity,
        urgency=None if msg_type == "Ack" else urgency,
        certainty="Observed",
        categories=categories,
        incidents=incidents,
        note=exercise_id,
        exercise_id=exercise_id,
        topic=f"idesk/v1/actual/{country}/{agency}/alert",
        country=country,
        agency=agency,
        received_at=received_at or sent + timedelta(seconds=3),
        expires_utc=alert.expires_utc(),
        signed=False,
        content_hash=f"h{alert_id}",
        raw=cap.dumps(alert),
        alert=alert,
    )


def fast_rows(n: int, start: int = 1) -> list[Any]:
    """``n`` rows sharing one parsed alert, built with ``model_construct`` (for speed tests)."""
    proto = make_alert(start)
    fields = proto.__dict__
    sev = ("Extreme", "Severe", "Moderate", "Minor")
    return [
        StoredAlert.model_construct(
            **{**fields, "id": i, "identifier": f"X-{i}", "severity": sev[i % 4]}
        )
        for i in range(start, start + n)
    ]


@dataclass
class State:
    """A stand-in for ``incident_desk.messaging.ConnectionState``."""

    state: str
    host: str = "broker.local"
    port: int = 1883
    since: datetime = T0
    reason: str = ""
    next_retry_in: float | None = None


class FakeStore:
    def __init__(self, alerts: list[StoredAlert] | None = None) -> None:
        self.alerts: dict[int, StoredAlert] = {a.id: a for a in alerts or []}
        self.quarantine: list[QuarantineEntry] = []
        self.entries: list[TimelineEntry] = []
        self.calls: list[str] = []

    def add(self, *rows: StoredAlert) -> None:
        for r in rows:
            self.alerts[r.id] = r

    def list_alerts(
        self,
        *,
        limit: int | None,
        offset: int = 0,
        exercise_id: Any = None,
        newest_first: bool = True,
        after_id: int | None = None,
        before_id: int | None = None,
    ) -> list[StoredAlert]:
        self.calls.append(f"list_alerts(after_id={after_id})")
        rows = sorted(
            (
                a
                for a in list(self.alerts.values())
                if (after_id is None or a.id > after_id) and (before_id is None or a.id < before_id)
            ),
            key=lambda a: a.id,
            reverse=newest_first,
        )
        return rows[offset : offset + limit if limit else None]

    def link_state(
        self, alert_ids: Sequence[int], joined: str | None = None
    ) -> tuple[set[int], dict[int, str]]:
        """Like ``Store.link_state``: Acks (any sender) and same-sender Updates/Cancels."""
        wanted = {self.alerts[i].key(): i for i in alert_ids if i in self.alerts}
        acked: set[int] = set()
        replaced: dict[int, str] = {}
        for a in list(self.alerts.values()):
            if a.exercise_id is not None and a.exercise_id != joined:
                continue
            for ref in a.alert.references:
                target = wanted.get(ref.key())
                if target is None:
                    continue
                if a.msg_type == "Ack":
                    acked.add(target)
                elif (
                    a.msg_type in ("Update", "Cancel")
                    and ref.sender == a.sender
                    and replaced.get(target) != "cancelled"
                ):
                    replaced[target] = "cancelled" if a.msg_type == "Cancel" else "superseded"
        return acked, replaced

    def get_alert(self, alert_id: int) -> StoredAlert | None:
        return self.alerts.get(alert_id)

    def find_alert(self, key: tuple[str, str, str]) -> StoredAlert | None:
        return next((a for a in list(self.alerts.values()) if a.key() == key), None)

    def count_alerts(self, exercise_id: Any = None) -> int:
        return len(self.alerts)

    def count_with_warnings(self, exercise_id: Any = None, *, through_id: int | None = None) -> int:
        return sum(
            1
            for a in self.alerts.values()
            if a.warnings and a.exercise_id == exercise_id and a.id <= (through_id or a.id)
        )

    def list_quarantine(self, limit: int | None = 500, offset: int = 0) -> list[QuarantineEntry]:
        return list(reversed(self.quarantine))[:limit]

    def count_quarantine(self) -> int:
        return len(self.quarantine)

    def timeline(
        self,
        incident_id: str | None = None,
        exercise_id: str | None = None,
        limit: int | None = None,
        after_id: int | None = None,
    ) -> list[TimelineEntry]:
        rows = [
            e
            for e in list(self.entries)
            if (incident_id is None or e.incident_id == incident_id)
            and (after_id is None or e.id > after_id)
        ]
        return rows[-limit:] if limit else rows

    def chain(self, alert_id: int) -> list[StoredAlert]:
        me = self.alerts[alert_id]
        keys = {me.key(), *(r.key() for r in me.alert.references)}
        related = [
            a
            for a in self.alerts.values()
            if a.msg_type in ("Alert", "Update", "Cancel")
            and (a.key() in keys or any(r.key() in keys for r in a.alert.references))
        ]
        return sorted(related, key=lambda a: (a.sent_utc, a.id))

    def acks_for(self, alert_id: int) -> list[StoredAlert]:
        key = self.alerts[alert_id].key()
        return [
            a
            for a in list(self.alerts.values())
            if a.msg_type == "Ack" and any(r.key() == key for r in a.alert.references)
        ]


@dataclass
class Identity:
    country: str = "KE"
    agency: str = "nps"
    sender: str = "nps.go.ke"
    operator: str = "op.wanjiru"
    workstation: str = "nbi-ws-01"


class FakeConsole:
    """Records ``acknowledge`` calls and stores an Ack the way the real console does; hands
    change records to its listeners like ``Console.emit`` (satisfies ``ConsolePort``)."""

    board = None
    command = None

    def __init__(
        self, store: FakeStore, exercise_id: str | None = None, *, fail: str | None = None
    ) -> None:
        self.store = store
        self.identity = Identity()
        self.exercise_id = exercise_id
        self.acknowledged: list[int] = []
        self.fail = fail
        self._next_id = 1_000_000
        self._listeners: list[Callable[[Changes], None]] = []

    def add_listener(self, listener: Callable[[Changes], None]) -> None:
        if listener not in self._listeners:
            self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[Changes], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def outbox_status(self) -> tuple[int, str | None]:
        return (0, None)

    def acknowledge(self, alert_id: int) -> Changes:
        self.acknowledged.append(alert_id)
        if self.fail:
            raise IncidentDeskError(self.fail)
        target = self.store.alerts[alert_id]
        self._next_id += 1
        ack = make_alert(
            self._next_id,
            msg_type="Ack",
            sender=self.identity.sender,
            references=(target.alert.reference(),),
            source="op.wanjiru@nbi-ws-01",
        )
        self.store.add(ack)
        entry = TimelineEntry(
            id=len(self.store.entries) + 1,
            at=T0,
            actor="op.wanjiru",
            console="nbi-ws-01",
            kind="ack",
            incident_id=None,
            alert_id=alert_id,
            exercise_id=self.exercise_id,
            text=f"Acknowledged {target.identifier}",
        )
        self.store.entries.append(entry)
        changes = Changes(alerts=(ack.id,), timeline=(entry.id,))
        self.emit(changes)  # like Console.acknowledge
        return changes


def wait_loaded(qtbot: Any, window: Any, timeout: int = 10_000) -> None:
    """Wait until the main window's background first fill reached the newest stored alert."""
    qtbot.waitUntil(lambda: window.is_loaded, timeout=timeout)


def settle(qtbot: Any, window: Any, timeout: int = 10_000) -> None:
    """Wait until every operator action the window started has finished (its ``OpRunner``
    runs them off the GUI thread) and its result is shown."""
    qtbot.waitUntil(lambda: window.ops.pending == 0, timeout=timeout)


def _satisfies_console_port() -> None:
    """Type-checked (``mypy``, see ``pyproject.toml`` files): the fakes offer the window
    what the real console does (``ui/console_port.py``), so a GUI test cannot pass on a
    method the real console lacks."""
    from incident_desk.ui.console_port import ConsolePort

    port: ConsolePort = FakeConsole(FakeStore([]))
    del port
