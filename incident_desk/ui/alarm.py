"""The alarm banner and what it shows: the annunciating alarms of this console.

``AlarmController`` holds which alerts alarm now. On a console it follows the core alarm
board (``attach(hub)``: ISA-18.2 states, priorities, shelving, return to normal on a Cancel,
a lowering Update, expiry or ENDEX; see docs/alarms.md) and the per-priority sound is the
hub's. Without a board (unit tests of the window on fake stores) it applies the plain rule
below itself. NO DUFF forces an alarm for a real alert whatever its severity, until it is
acknowledged. ``AlarmBanner`` is the flashing red/white strip that lists them.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from incident_desk.display import display_headline
from incident_desk.rules import needs_acknowledgement
from incident_desk.shipped import resource_path

log = logging.getLogger("incident_desk.ui")

ALARM_WAV = resource_path("sounds", "alarm.wav")


def is_alarming(row: Any, exercise_id: str | None, *, now: datetime | None = None) -> bool:
    """Extreme/Severe + Immediate, needing acknowledgement (``rules.needs_acknowledgement``),
    Actual (or the joined exercise's), not expired."""
    if not needs_acknowledgement(row):
        return False
    if row.severity not in ("Extreme", "Severe") or row.urgency != "Immediate":
        return False
    if row.status == "Actual":
        pass
    elif row.status == "Exercise":
        if exercise_id is None or row.exercise_id != exercise_id:
            return False
    else:
        return False
    expires = row.expires_utc
    return expires is None or expires > (now or datetime.now(UTC))


def _make_sound(path: Path) -> Any | None:
    """A looping QSoundEffect for ``path``, or None when audio cannot be used here."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:  # no QtMultimedia backend libraries (e.g. no libpulse)
        log.info("alarm sound off: %s", exc)
        return None
    if QMediaDevices.defaultAudioOutput().isNull():
        log.info("alarm sound off: no audio output device")
        return None
    effect = QSoundEffect()
    effect.setSource(QUrl.fromLocalFile(str(path)))
    effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
    effect.setVolume(1.0)
    return effect


def _title(item: Any) -> str:
    """What the banner names: an alarm's title, or a row's headline (marking dropped)."""
    title = getattr(item, "title", None)
    if title:
        return display_headline(str(title))
    return display_headline(item.headline, item.event, item.identifier)


class AlarmController(QObject):
    """Which alerts are alarming, and whether the siren plays.

    Attributes:
        exercise_id: the exercise this console joined (its Exercise alerts alarm too).

    Signals:
        alarm_started: an alert began alarming. Argument: its alert id (int).
        alarm_stopped: an alert stopped alarming (acknowledged or withdrawn). Argument: id.
        state_changed: the set of active alarms, mute or playing flag changed.
    """

    alarm_started = Signal(int)
    alarm_stopped = Signal(int)
    state_changed = Signal()

    def __init__(
        self, exercise_id: str | None = None, *, sound: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.exercise_id = exercise_id
        self._active: dict[int, Any] = {}
        self._muted = False
        self._sound = _make_sound(ALARM_WAV) if sound else None
        if self._sound is not None:
            self._sound.setParent(self)
        self._hub: Any = None
        self._forced: dict[int, Any] = {}

    def attach(self, hub: Any) -> None:
        """Follow ``hub``'s alarm board from now on (its sound replaces the siren)."""
        self._hub = hub
        if self._sound is not None:
            self._sound.stop()
            self._sound = None
        self._sync_timer = QTimer(self)  # at most a few banner updates a second under load
        self._sync_timer.setSingleShot(True)
        self._sync_timer.setInterval(self.SYNC_MS)
        self._sync_timer.timeout.connect(self.sync)
        hub.alarms_changed.connect(self._schedule_sync)
        self.sync()

    SYNC_MS = 200

    @Slot(object)
    def _schedule_sync(self, _changes: object = None) -> None:
        if not self._sync_timer.isActive():
            self._sync_timer.start()

    @Slot()
    @Slot(object)
    def sync(self, _changes: object = None) -> None:
        """Take the board's annunciating alarms (plus NO DUFF's forced ones)."""
        if self._hub is None:
            return
        before = dict(self._active)
        self._active = {a.alert_id: a for a in self._hub.board.annunciating()}
        self._active.update(self._forced)
        for alert_id in self._active.keys() - before.keys():
            self.alarm_started.emit(alert_id)
        for alert_id in before.keys() - self._active.keys():
            self.alarm_stopped.emit(alert_id)
        self._update()

    @property
    def active(self) -> dict[int, Any]:
        """Alarming alerts by id, in the order they started."""
        return dict(self._active)

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def playing(self) -> bool:
        """True while the alarm should sound (alarms active and not muted)."""
        return bool(self._active) and not self._muted

    @property
    def has_audio(self) -> bool:
        return self._sound is not None

    def consider(self, rows: Iterable[Any], acknowledged: Iterable[int] = ()) -> list[int]:
        """Start alarms for the alarming, unacknowledged alerts among ``rows`` (only without
        a board: with one, the board decides)."""
        if self._hub is not None:
            return []
        acked = set(acknowledged)
        started = []
        for row in rows:
            if row.id in self._active or row.id in acked:
                continue
            if is_alarming(row, self.exercise_id):
                self._active[row.id] = row
                started.append(row.id)
        for alert_id in started:
            self.alarm_started.emit(alert_id)
        if started:
            self._update()
        return started

    def force(self, row: Any) -> bool:
        """Make ``row`` alarm whatever its severity (a real alert during a drill: NO DUFF).
        Acknowledging it stops the alarm as usual. False if it already alarms."""
        if row.id in self._active:
            return False
        self._forced[row.id] = row
        self._active[row.id] = row
        self.alarm_started.emit(row.id)
        self._update()
        return True

    @Slot(int)
    def acknowledge(self, alert_id: int) -> None:
        """The alert was acknowledged: stop its alarm at once (the board confirms when the
        Ack is stored)."""
        self._forced.pop(alert_id, None)
        if self._active.pop(alert_id, None) is not None:
            self.alarm_stopped.emit(alert_id)
            self._update()

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            if self._hub is not None:
                self._hub.sound.set_muted(muted)
            self._update()

    @Slot()
    def toggle_mute(self) -> None:
        self.set_muted(not self._muted)

    def _update(self) -> None:
        if self._sound is not None:
            if self.playing and not self._sound.isPlaying():
                self._sound.play()
            elif not self.playing and self._sound.isPlaying():
                self._sound.stop()
        self.state_changed.emit()


class AlarmBanner(QFrame):
    """A red/white flashing strip listing unacknowledged alarming alerts; hidden when none.

    Signals:
        alert_requested: the operator clicked "Show"; argument: the alert id to select.
    """

    alert_requested = Signal(int)
    FLASH_MS = 500

    def __init__(self, controller: AlarmController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alarm_banner")
        self._controller = controller
        # alert id → its headline in the operator's language (ui/cap_reading_wiring.py)
        self.headline_of: Callable[[int], str | None] | None = None
        self._phase = False
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.show_button = QPushButton("Show")
        self.mute_button = QPushButton("Mute (Ctrl+M)")
        self.mute_button.setCheckable(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.mute_button)
        self._timer = QTimer(self)
        self._timer.setInterval(self.FLASH_MS)
        self._timer.timeout.connect(self._flash)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.mute_button.toggled.connect(controller.set_muted)
        controller.state_changed.connect(self.refresh)
        self.setVisible(False)
        self.refresh()

    @property
    def flashing(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def refresh(self) -> None:
        active = sorted(self._controller.active.values(), key=lambda r: r.id)  # newest last
        self.mute_button.blockSignals(True)
        self.mute_button.setChecked(self._controller.muted)
        self.mute_button.blockSignals(False)
        if not active:
            self._timer.stop()
            self.setVisible(False)
            return
        lines = []
        for row in reversed(active[-3:]):
            text = self._headline(row)
            if len(text) > 70:  # one line per alarm: the queue and the detail have it all
                text = text[:69].rstrip() + "…"
            level = f"<b>{html.escape(row.severity or '')}/{html.escape(row.urgency or '')}</b>"
            lines.append(f"{level} {html.escape(text)} — {html.escape(row.sender)}")
        more = f" (+{len(active) - 3} more)" if len(active) > 3 else ""
        muted = " — sound muted" if self._controller.muted else ""
        self.label.setText(
            f"<b>ALARM: {len(active)} unacknowledged</b>{muted}{more}<br>" + "<br>".join(lines)
        )
        self.setVisible(True)
        if not self._timer.isActive():
            self._timer.start()
            self._flash()

    def _headline(self, row: Any) -> str:
        if self.headline_of is not None:
            found = self.headline_of(getattr(row, "alert_id", row.id))
            if found:
                return found
        return _title(row)

    @Slot()
    def _flash(self) -> None:
        self._phase = not self._phase
        bg, fg = ("#c62828", "#ffffff") if self._phase else ("#ffffff", "#c62828")
        self.setStyleSheet(
            f"QFrame#alarm_banner {{ background: {bg}; border: 3px solid #c62828; }}"
            f" QFrame#alarm_banner QLabel {{ color: {fg}; }}"
        )

    @Slot()
    def _on_show_clicked(self) -> None:
        active = self._controller.active
        if active:
            self.alert_requested.emit(max(active))  # the newest alarming alert
