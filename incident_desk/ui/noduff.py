"""NO DUFF on a console joined to an exercise.

See docs/architecture.md §5 and docs/standards.md §6 rule 4.

A real (``Actual``) alert stored while this console plays an exercise, or a NO_DUFF state on
the exercise's control topic, puts a full-window red/white overlay over the console: it
names the real alert (headline, sender, time), cannot be mistaken for the exercise's own
alarm strip, and stays until the operator dismisses it explicitly, which acknowledges the
real alerts it lists. The alert also alarms (siren and alarm strip) whatever its severity.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from incident_desk import timefmt
from incident_desk.exercise._noduff import no_duff_reason
from incident_desk.messages import QT_TRANSLATE_NOOP, render
from incident_desk.rules import is_no_duff
from incident_desk.ui.bidi import auto, ltr
from incident_desk.ui.cap_words import cap_word

log = logging.getLogger("incident_desk.ui")

TITLE = QT_TRANSLATE_NOOP("NoDuffOverlay", "NO DUFF — REAL-WORLD ALERT — THIS IS NOT A DRILL")


def is_no_duff_row(row: Any) -> bool:
    """The core rule (``incident_desk.rules.is_no_duff``) applied to a stored row."""
    return is_no_duff(status=row.status, msg_type=row.msg_type, exercise_id=row.exercise_id)


class NoDuffOverlay(QFrame):
    """The full-window NO DUFF overlay, a child of the window it covers.

    Signals:
        acknowledge_requested: the operator dismissed it; argument: the list of real alert
            ids shown (to acknowledge).
        dismissed: the overlay was hidden by the operator.
    """

    acknowledge_requested = Signal(list)
    dismissed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("no_duff_overlay")
        self.alerts: dict[int, Any] = {}
        self.control_reason: str | None = None
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QFrame#no_duff_overlay { background: rgba(183, 28, 28, 235);"
            " border: 12px solid #ffffff; }"
            " QFrame#no_duff_overlay QLabel { color: #ffffff; }"
            " QFrame#no_duff_overlay QPushButton { background: #ffffff; color: #b71c1c;"
            " font-size: 16pt; font-weight: bold; padding: 12px 24px; }"
        )
        self.title = QLabel(self.tr(TITLE))
        self.title.setObjectName("no_duff_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 34pt; font-weight: 900;")
        self.details = QLabel()
        self.details.setObjectName("no_duff_details")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        self.details.setStyleSheet("font-size: 18pt;")
        self.note = QLabel()
        self.set_held(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-size: 13pt;")
        self.dismiss_button = QPushButton(self.tr("Acknowledge real alert and dismiss"))
        self.dismiss_button.setObjectName("no_duff_dismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(self.details)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(2)
        window.installEventFilter(self)
        self.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._cover()
        return False

    def _cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()

    def show_alert(self, row: Any) -> None:
        """Add one real alert to the overlay and show it."""
        self.alerts[row.id] = row
        self._render()

    def set_held(self, held: bool) -> None:
        """Say whether the exercise clock is still held: after Resume or ENDEX the overlay
        (dismissed by hand, the real alert is still the operator's) said it was."""
        self.note.setText(
            self.tr(
                "The exercise clock is held. Handle the real event on the live path (Actual); "
                "exercise traffic continues only when the controller resumes."
            )
            if held
            else self.tr(
                "The exercise is no longer held. The real event above is still yours: handle "
                "it on the live path (Actual)."
            )
        )

    def show_control(self, reason: str) -> None:
        """Exercise control declared NO DUFF (a late joiner, or another console's alert)."""
        self.control_reason = reason
        self._render()

    def _render(self) -> None:
        parts = []
        for row in sorted(self.alerts.values(), key=lambda r: r.id, reverse=True):
            headline = row.headline or row.event or row.identifier
            when = timefmt.local(row.sent_utc)
            line = self.tr("from {sender} — sent {time} — {severity} / {urgency}").format(
                sender=html.escape(auto(row.sender)),
                time=html.escape(ltr(when)),
                severity=html.escape(cap_word(row.severity)),
                urgency=html.escape(cap_word(row.urgency)),
            )
            parts.append(f"<p><b>{html.escape(auto(headline))}</b><br>{line}</p>")
        if self.control_reason:
            # the control topic's reason is English (the protocol): said in the reader's words
            reason = render(
                no_duff_reason(self.control_reason).data(), QCoreApplication.translate, auto
            )
            control = self.tr("Exercise control: {reason}").format(reason=html.escape(reason))
            parts.append(f"<p>{control}</p>")
        self.details.setText("".join(parts))
        self.dismiss_button.setText(
            self.tr("Acknowledge real alert and dismiss")
            if self.alerts
            else self.tr("Dismiss (seen)")
        )
        self._cover()
        self.setVisible(True)
        self.dismiss_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def dismiss(self) -> None:
        ids = sorted(self.alerts)
        self.alerts.clear()
        self.control_reason = None
        self.setVisible(False)
        if ids:
            self.acknowledge_requested.emit(ids)
        self.dismissed.emit()


class NoDuffGuard(QObject):
    """Looks at what this console stores and at the control topic; drives the overlay.

    Only a console joined to an exercise has one that acts (``exercise_id`` set). It is fed
    the alerts that arrive while the window is open (the store feed's ``Delta.live``), so
    alerts stored before do not trigger it.

    Signals:
        no_duff: a real alert triggered NO DUFF here. Argument: its row (a ``QueueRow``).
    """

    no_duff = Signal(object)

    def __init__(
        self,
        exercise_id: str | None,
        alarms: Any,
        overlay: NoDuffOverlay,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.exercise_id = exercise_id
        self.alarms = alarms
        self.overlay = overlay
        self.exercise_state: str | None = None
        self._last_id = 0

    @property
    def active(self) -> bool:
        return self.exercise_id is not None and self.exercise_state != "ended"

    def feed(self, rows: Sequence[Any]) -> None:
        """Look at new alerts (each at most once)."""
        fresh = [r for r in rows if r.id > self._last_id]
        if not fresh:
            return
        self._last_id = max(r.id for r in fresh)
        if not self.active:
            return
        for row in fresh:
            if is_no_duff_row(row):
                log.warning("NO DUFF: real alert %s from %s", row.identifier, row.sender)
                self.alarms.force(row)
                self.overlay.show_alert(row)
                self.no_duff.emit(row)

    @Slot(object)
    def on_control(self, message: Any) -> None:
        """The exercise's control state: NO_DUFF shows the overlay (it names the alert)."""
        if message is None:
            self.exercise_state = None
            return
        self.exercise_state = message.state.value
        self.overlay.set_held(message.state.value == "no_duff")
        if message.state.value == "no_duff":
            self.overlay.show_control(message.reason or self.tr("NO DUFF declared"))
