"""The status bar's exercise state: the joined exercise's state, speed and clock as the
retained control topic tells it (or this workstation's own controller, when it runs one)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from incident_desk.exercise import ControlMessage
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.scenario import format_duration
from incident_desk.ui.bidi import ltr


def speed_text(speed: float) -> str:
    return f"×{speed:g}"


#: the drill clock's states as the state line says them
STATE_WORDS = {
    "planned": QT_TRANSLATE_NOOP("ExerciseStateLabel", "planned"),
    "running": QT_TRANSLATE_NOOP("ExerciseStateLabel", "running"),
    "paused": QT_TRANSLATE_NOOP("ExerciseStateLabel", "paused"),
    "ended": QT_TRANSLATE_NOOP("ExerciseStateLabel", "ended"),
}


class ExerciseStateLabel(QLabel):
    """Status-bar text of the joined exercise's state as the control topic tells it."""

    def __init__(self, exercise_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercise_state")
        self.exercise_id = exercise_id
        self.control: ControlMessage | None = None
        self.controller: Any = None
        # the exercise seconds now, as this console learnt the clock from the control topic
        # (``ExerciseLink.clock``: each message at its arrival; set by the window's wiring)
        self.clock: Callable[[], float | None] | None = None
        self._shown: int | None = None  # the controller panel's clock, when it drives this one
        self.setVisible(exercise_id is not None)
        self.setText(
            self.tr("EXERCISE {0}: no control state yet").format(exercise_id) if exercise_id else ""
        )
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._render)

    def set_controller(self, controller: Any) -> None:
        """This workstation runs the exercise: its clock and speed are the truth."""
        self.controller = controller
        self._timer.start()
        self._render()

    @Slot(int)
    def show_clock(self, seconds: int) -> None:
        """Show the exercise seconds the controller panel shows, at its ticks: one clock on
        screen, not two that disagree by a tick (at ×20 a second's tick is 20 s of drill)."""
        self._timer.stop()
        self._shown = seconds
        self._render()

    @Slot(object)
    def set_control(self, message: ControlMessage | None) -> None:
        self.control = message
        if message is not None and self.exercise_id is not None and self._shown is None:
            self._timer.start()  # the clock runs on between control messages
        self._render()

    def scenario_seconds(self) -> float | None:
        """The exercise clock now: the controller's, else the one this console learnt from
        the control messages (carried forward from each one's arrival at its speed; a
        message's ``at`` is an exercise-clock instant, never to be set against the wall
        clock), else the last message's scenario time as it was told."""
        if self.controller is not None:
            return float(self.controller.scenario_seconds())
        message = self.control
        if message is None:
            return None
        learnt = self.clock() if self.clock is not None else None
        return float(message.scenario_time) if learnt is None else learnt

    @Slot()
    def _render(self) -> None:
        message = self.control
        if message is None:
            self.setText(self.tr("EXERCISE {0}: no control state").format(self.exercise_id))
            return
        state_value = message.state.value
        speed = message.speed
        if self.controller is not None:
            state_value, speed = str(self.controller.state), float(self.controller.speed)
        word = STATE_WORDS.get(state_value)
        state = (
            self.tr("NO DUFF")
            if state_value == "no_duff"
            else (self.tr(word) if word else state_value)
        )
        seconds = self._shown if self._shown is not None else self.scenario_seconds() or 0.0
        # the mode badge beside it names the exercise ("EXERCISE EX-NCORRIDOR-26"): said
        # again here it pushed the status bar past a 1366-pixel screen in Swahili
        self.setText(
            self.tr("{0} {1} {2} ({3} by {4})").format(
                state,
                ltr(speed_text(speed)),  # "×20", "+00:12:30" keep their order in Arabic
                ltr(f"+{format_duration(int(seconds))}"),
                # STARTEX, PAUSE… stay as they are in every language; CLOCK is our own word
                self.tr("clock set") if message.command.value == "CLOCK" else message.command.value,
                message.by,
            )
        )
