"""The alarm banner and what it shows: the annunciating alarms of this console.

``AlarmController`` holds which alerts alarm now. On a console it follows the core alarm
board (``attach(hub)``: ISA-18.2 states, priorities, shelving, return to normal on a Cancel,
a lowering Update, expiry or ENDEX; see docs/alarms.md) and the per-priority sound is the
hub's. Without a board (unit tests of the window on fake stores) it applies the plain rule
below itself. NO DUFF forces an alarm for a real alert whatever its severity, until it is
acknowledged. ``AlarmBanner`` is the flashing red/white strip that lists them.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from incident_desk.display import display_headline
from incident_desk.rules import needs_acknowledgement
from incident_desk.shipped import resource_path
from incident_desk.ui.bidi import auto
from incident_desk.ui.cap_words import cap_word, short_severity

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
    """What the banner names: an alarm's title (``Alarm.title``, already without the
    exercise marking), or a row's headline with the marking dropped."""
    title = getattr(item, "title", None)
    if title:
        return str(title)
    return display_headline(item.headline, item.event, item.identifier)


#: the least of a cut headline the banner shows, in average characters, before it says the
#: severity as the narrow filter buttons do (Russian "Чрезв." for "Чрезвычайная")
HEADLINE_LEAST = 16


def fit_alarm_line(
    metrics: QFontMetrics,
    width: int,
    head: str,
    headline: str,
    tail: str,
    *,
    short_head: str | None = None,
) -> str:
    """One alarm line of the banner in ``width`` pixels: ``head`` (severity/urgency) and
    ``tail`` (the sender) whole, the headline between them cut at its end with "…" so that
    its start reads. ``short_head`` (the short severity) replaces ``head`` when the headline
    would have less than ``HEADLINE_LEAST`` characters' room. Only when not even "…" fits
    between them is the whole line cut at its end (the severity stays, the sender is cut)."""
    least = HEADLINE_LEAST * metrics.averageCharWidth()
    if short_head and width - metrics.horizontalAdvance(head + tail) < least:
        head = short_head
    room = width - metrics.horizontalAdvance(head + tail)
    while room > 0:
        cut = metrics.elidedText(headline, Qt.TextElideMode.ElideRight, room)
        if not cut:
            break
        text = f"{head}{auto(cut)}{tail}"
        over = metrics.horizontalAdvance(text) - width
        if over <= 0:
            return text
        room -= over  # the pieces drawn together can be a pixel or two wider than apart
    return metrics.elidedText(f"{head}…{tail}", Qt.TextElideMode.ElideRight, width)


def _annunciating(board: Any) -> dict[int, Any]:
    """The board's annunciating alarms by their alert's id, most urgent first."""
    return {a.alert_id: a for a in board.annunciating()}


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
        self._sync_timer.timeout.connect(self._sync_on_worker)
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
        """Take the board's annunciating alarms (plus NO DUFF's forced ones) now."""
        if self._hub is not None:
            self._take(_annunciating(self._hub.board))

    @Slot()
    def _sync_on_worker(self) -> None:
        """The same, with the board read on the hub's worker (after the board calls queued
        before it): a flood's tens of thousands of alarms are walked off the GUI thread."""
        board = self._hub.board
        self._hub.submit(lambda: _annunciating(board), self._take)

    def _take(self, annunciating: object) -> None:
        if not isinstance(annunciating, dict):  # an IncidentDeskError: the next change syncs
            return
        before = self._active  # the old dict is replaced, not changed: no copy needed
        self._active = annunciating
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

    def in_order(self) -> list[int]:
        """The alarming alerts' ids, most urgent first: NO DUFF's forced ones, then the
        board's order (priority, then longest waiting); without a board, the newest first."""
        if self._hub is None:
            return sorted(self._active, reverse=True)
        forced = [i for i in self._active if i in self._forced]
        return forced + [i for i in self._active if i not in self._forced]

    def most_urgent(self, n: int) -> list[tuple[int, Any]]:
        """The first ``n`` (alert id, row) of :meth:`in_order`, without listing them all (a
        flood holds thousands: the banner shows three, five times a second)."""
        if self._hub is None:
            return [(i, self._active[i]) for i in sorted(self._active, reverse=True)[:n]]
        items = self._active.items()
        forced = [(i, r) for i, r in items if i in self._forced][:n] if self._forced else []
        rest = ((i, r) for i, r in items if i not in self._forced)
        return forced + list(itertools.islice(rest, n - len(forced)))

    @property
    def count(self) -> int:
        """How many alerts alarm (forced ones included)."""
        return len(self._active)

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
    """A red/white flashing strip naming the unacknowledged alarms; hidden when none.

    Three lines at most, whatever the window's width: the count (and "sound muted"), then the
    ``LINES`` most urgent alarms, one line each, "Severity/Urgency · headline — sender". No
    text of the banner sets the window's minimum width: each line is cut to the banner's
    width, the full text in its tooltip (the queue and the detail have it all). The count
    line is cut at its end (the count first). An alarm line keeps its severity/urgency and
    its sender (who raised it) whole and cuts only the headline, at its end, so its start
    reads (``fit_alarm_line``); in Arabic each headline and sender is a bidi isolate. At
    1366×768 the banner must not push the selected alert's detail off the screen.

    Signals:
        alert_requested: the operator clicked "Show"; argument: the alert id to select
            (the most urgent alarm).
    """

    alert_requested = Signal(int)
    FLASH_MS = 500
    LINES = 2

    def __init__(self, controller: AlarmController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alarm_banner")
        self._controller = controller
        # alert id → its headline in the operator's language (ui/cap_reading_wiring.py)
        self.headline_of: Callable[[int], str | None] | None = None
        self._phase = False
        self.label = QLabel()  # the count line, in bold
        bold = self.label.font()
        bold.setBold(True)
        self.label.setFont(bold)
        self.lines = [QLabel() for _ in range(self.LINES)]
        # the texts in full, before "…": the count line's, then the alarm lines'
        self._head = ""
        self._texts: list[str] = [""] * self.LINES
        # each alarm line's pieces: severity/urgency, the headline (cut), the sender, and
        # severity/urgency in short for a narrow banner
        self._parts: list[tuple[str, str, str, str] | None] = [None] * self.LINES
        text_column = QVBoxLayout()
        text_column.setSpacing(0)
        # every line is cut to the width the window gives it, so no text of the banner sets
        # the window's minimum width: the count line in Russian or Swahili did, and the
        # incident board lost what the centre took whenever an alarm came up
        for line in (self.label, *self.lines):
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            text_column.addWidget(line)
        self.show_button = QPushButton(self.tr("Show"))
        self.mute_button = QPushButton(self.tr("Mute (Ctrl+M)"))
        self.mute_button.setCheckable(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addLayout(text_column, 1)
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

    def text(self) -> str:
        """Everything the banner says, in full (count line and alarm lines)."""
        return "\n".join([self._head, *(t for t in self._texts if t)])

    @Slot()
    def refresh(self) -> None:
        count = self._controller.count
        self.mute_button.blockSignals(True)
        self.mute_button.setChecked(self._controller.muted)
        self.mute_button.blockSignals(False)
        if not count:
            self._timer.stop()
            self.setVisible(False)
            return
        shown = [row for _, row in self._controller.most_urgent(self.LINES)]
        more = count - len(shown)
        # what the operator must not miss first: a narrow banner cuts the end of the line
        head = self.tr("ALARM: {0} unacknowledged").format(count)
        if self._controller.muted:
            head += " — " + self.tr("sound muted")
        if more:
            head += " " + self.tr("(+{0} more in the Alarms tab)").format(more)
        self._head = head
        self.label.setToolTip(head)
        for index, line in enumerate(self.lines):
            row = shown[index] if index < len(shown) else None
            parts = (
                None
                if row is None
                else (
                    f"{cap_word(row.severity)}/{cap_word(row.urgency)} · ",
                    self._headline(row),
                    f" — {auto(row.sender)}",
                    f"{short_severity(row.severity)}/{cap_word(row.urgency)} · ",
                )
            )
            self._parts[index] = parts
            self._texts[index] = "" if parts is None else f"{parts[0]}{auto(parts[1])}{parts[2]}"
            line.setToolTip(self._texts[index])
            line.setVisible(row is not None)
        self._elide()
        self.setVisible(True)
        if not self._timer.isActive():
            self._timer.start()
            self._flash()

    def retranslate_ui(self) -> None:
        """The language changed (incident_desk/ui/i18n.py): the strip says it again."""
        self.refresh()

    def _headline(self, row: Any) -> str:
        if self.headline_of is not None:
            found = self.headline_of(getattr(row, "alert_id", row.id))
            if found:
                return found
        return _title(row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        count = self.label
        width = max(40, count.width())
        count.setText(
            count.fontMetrics().elidedText(self._head, Qt.TextElideMode.ElideRight, width)
        )
        for line, parts in zip(self.lines, self._parts, strict=True):
            if parts is not None:
                head, headline, tail, short = parts
                width = max(40, line.width())
                text = fit_alarm_line(
                    line.fontMetrics(), width, head, headline, tail, short_head=short
                )
                line.setText(text)

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
        active = self._controller.most_urgent(1)
        if active:
            self.alert_requested.emit(active[0][0])  # the most urgent alarm
