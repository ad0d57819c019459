"""Banners at the top of the main window: broker down, database unavailable, advisories,
message bar."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from incident_desk.ui.ops import refusal_text
from incident_desk.ui.status import BROKER_DOWN_STATES, reason_words, since_text


class _Banner(QFrame):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.addWidget(self.label, 1)
        self.setVisible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_text()

    def fit_text(self) -> None:
        """As tall as the wrapped text needs: the window's layout gave a banner the height of
        one line, and a two-line message lost its top and bottom (a deadline half hidden)."""
        need = self.label.heightForWidth(self.label.width()) if self.label.width() > 0 else -1
        if need > 0:  # -1: a label that does not wrap
            self.label.setMinimumHeight(need)


class BrokerBanner(_Banner):
    """ "BROKER DISCONNECTED since … — working on local data, reconnecting in N s".

    Shown while the broker is disconnected or refused us, and through the reconnect
    attempts that follow, until the state is "connected" again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("broker_banner", parent)
        self.state: Any | None = None
        self._down_since: Any = None
        self._received = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._render)

    @Slot(object)
    def set_state(self, state: Any) -> None:
        self.state = state
        self._received = time.monotonic()
        if state.state == "connected":
            self._down_since = None
        elif state.state in BROKER_DOWN_STATES and self._down_since is None:
            self._down_since = state.since
        down = self._down_since is not None
        self.setVisible(down)
        if down:
            self._timer.start()
        else:
            self._timer.stop()
        self._render()

    def retranslate_ui(self) -> None:
        """The language changed (incident_desk/ui/i18n.py)."""
        self._render()

    @Slot()
    def _render(self) -> None:
        s = self.state
        if s is None or self._down_since is None:
            return
        since = since_text(self._down_since)
        if s.state == "refused":
            text = self.tr("BROKER REFUSED since {since} — working on local data")
        else:
            text = self.tr("BROKER DISCONNECTED since {since} — working on local data")
        text = text.format(since=since)
        if s.state == "connecting":
            text += self.tr(", reconnecting now")
        elif s.next_retry_in is not None:
            left = max(0, int(s.next_retry_in - (time.monotonic() - self._received) + 0.999))
            text += self.tr(", reconnecting in {n} s").format(n=left)
        why = reason_words(s)
        if why:
            text += self.tr(" ({why})").format(why=why)
        self.label.setText(text)


class DatabaseBanner(_Banner):
    """ "DATABASE UNAVAILABLE — <plain words>" until a write succeeds again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("database_banner", parent)
        self._reason: str | None = None

    @Slot(str)
    def set_error(self, reason: str) -> None:
        """``reason``: a ``StoreError``'s text ("Could not store alerts: the database is
        locked …"), shown as why, in the operator's language (incident_desk/refusals.py)."""
        self._reason = reason
        self._render()
        self.setVisible(True)

    def retranslate_ui(self) -> None:
        """The language changed (incident_desk/ui/i18n.py)."""
        if self._reason is not None:
            self._render()

    def _render(self) -> None:
        why = refusal_text(self._reason or "").rstrip(".")
        self.label.setText(
            self.tr(
                "DATABASE UNAVAILABLE — {reason}. New alerts are kept on the bus until it is back."
            ).format(reason=why)
        )

    @Slot()
    def clear_error(self) -> None:
        self._reason = None
        self.setVisible(False)


class MessageBar(_Banner):
    """One line of plain words for the operator; errors stay until closed, info fades."""

    INFO_MS = 8000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("message_bar", parent)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        self._layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.level = ""

    def show_message(self, text: str, level: str = "info") -> None:
        self.level = level
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self.setVisible(True)
        self.fit_text()
        if level == "info":
            self._timer.start(self.INFO_MS)
        else:
            self._timer.stop()

    @Slot()
    def dismiss(self) -> None:
        self.setVisible(False)


class AdvisoryBanner(_Banner):
    """A standing advisory in plain words with one thing to do about it (a button) until
    its cause is gone or the operator closes it: no directory loaded, unreadable real
    traffic, an exercise that has ended.

    Signals:
        action_requested: the operator pressed the banner's button.
    """

    action_requested = Signal()

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(object_name, parent)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        self.button.setObjectName(f"{object_name}_action")
        self.button.clicked.connect(self.action_requested)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close this advisory"))
        close.setAutoRaise(True)
        close.clicked.connect(self.clear)
        self._layout.addWidget(self.button)
        self._layout.addWidget(close)

    def show_advisory(self, text: str, action: str | None = None) -> None:
        self.label.setText(text)
        self.button.setVisible(action is not None)
        if action is not None:
            self.button.setText(action)
        self.setVisible(True)

    @Slot()
    def clear(self) -> None:
        self.setVisible(False)
