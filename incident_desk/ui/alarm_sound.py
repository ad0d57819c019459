"""One alarm sound per priority (``resources/sounds/alarm-p1.wav`` … ``-p4.wav``).

``PrioritySound`` loops the sound of the most urgent annunciating alarm (active,
unacknowledged, in service) and is silent when there is none or it is muted. The choice of
what should play is testable without audio (``wanted``); the ``QSoundEffect`` objects exist
only when QtMultimedia and an output device are present (as in ``ui/alarm.py``).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal, Slot

from incident_desk.alarms import AlarmBoard, AlarmChanges, Priority
from incident_desk.shipped import resource_path

log = logging.getLogger("incident_desk.ui")


def sound_file(priority: Priority) -> str:
    """The WAV of a priority (made by ``resources/sounds/make_priority_sounds.py``)."""
    return str(resource_path("sounds", f"alarm-p{int(priority)}.wav"))


def _effects(parent: QObject) -> dict[Priority, Any]:
    """A looping QSoundEffect per priority, or {} when audio cannot be used here."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:  # no QtMultimedia backend libraries (e.g. no libpulse)
        log.info("priority alarm sounds off: %s", exc)
        return {}
    if QMediaDevices.defaultAudioOutput().isNull():
        log.info("priority alarm sounds off: no audio output device")
        return {}
    effects: dict[Priority, Any] = {}
    for priority in Priority:
        effect = QSoundEffect(parent)
        effect.setSource(QUrl.fromLocalFile(sound_file(priority)))
        effect.setLoopCount(QSoundEffect.Loop.Infinite.value)
        effects[priority] = effect
    return effects


class PrioritySound(QObject):
    """Plays the sound of the most urgent annunciating alarm of an ``AlarmBoard``.

    Signals:
        state_changed: what plays (or mute) changed.
    """

    state_changed = Signal()

    def __init__(
        self, board: AlarmBoard, *, sound: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._board = board
        self._muted = False
        self._playing: Priority | None = None
        self._effects = _effects(self) if sound else {}

    @property
    def has_audio(self) -> bool:
        return bool(self._effects)

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def playing(self) -> Priority | None:
        """The priority whose sound plays now (None: silence)."""
        return self._playing

    def wanted(self) -> Priority | None:
        """The priority that should sound: the most urgent annunciating alarm, unless muted."""
        if self._muted:
            return None
        top = self._board.most_urgent()
        return top.priority if top is not None else None

    @Slot()
    def refresh(self) -> None:
        """Re-read the board (connect it to every ``AlarmChanges``)."""
        wanted = self.wanted()
        if wanted == self._playing:
            return
        if self._playing is not None and self._playing in self._effects:
            self._effects[self._playing].stop()
        if wanted is not None and wanted in self._effects:
            self._effects[wanted].play()
        self._playing = wanted
        self.state_changed.emit()

    def on_changes(self, changes: AlarmChanges) -> None:
        """After a board call: a new annunciation sounds again even if muted before."""
        if changes.raised:
            self._muted = False
        self.refresh()

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            self.refresh()
            self.state_changed.emit()
