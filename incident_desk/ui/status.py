"""Status-bar widgets: broker connection, mode, message rate, database.

The quarantine/gap notice lives in ``notices.py``.
"""

from __future__ import annotations

import time
from collections import deque
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from incident_desk import timefmt
from incident_desk.messages import render
from incident_desk.ui.bidi import ltr

BROKER_DOWN_STATES = ("disconnected", "refused")


def redact_url(url: str) -> str:
    """A database URL without its password (``postgresql://user:***@host/db``)."""
    from incident_desk.store import masked_url  # the store's own rule, for its messages too

    return masked_url(url)


def since_text(since: datetime | None) -> str:
    """The local wall-clock time of ``since`` (24 h, Latin digits: incident_desk/timefmt.py)."""
    return timefmt.clock(since) if since else "?"


def reason_words(state: Any) -> str:
    """Why the connection is where it is, in the reader's language (``ConnectionState.said``;
    a state without it, e.g. the ingest process's own words, as written)."""
    said = getattr(state, "said", None)
    if said:
        return render(said, QCoreApplication.translate, ltr)
    return str(getattr(state, "reason", "") or "")


class ConnectionIndicator(QLabel):
    """``broker host:port — connected since 12:03:04`` or a reconnect countdown, each second."""

    def __init__(self, broker_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_indicator")
        self.state: Any | None = None
        self._broker_label = broker_label
        self._received = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._render)
        self._render()

    def retry_in(self) -> int | None:
        """Whole seconds until the next reconnect attempt, or None."""
        if self.state is None or self.state.next_retry_in is None:
            return None
        left = self.state.next_retry_in - (time.monotonic() - self._received)
        return max(0, int(left + 0.999))

    @Slot(object)
    def set_state(self, state: Any) -> None:
        self.state = state
        self._received = time.monotonic()
        if state.next_retry_in is not None:
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
        if s is None:
            self.setText(self.tr("Broker {broker}: not started").format(broker=self._broker_label))
            return
        where = f"{s.host}:{s.port}"
        details = []
        nodes = getattr(s, "nodes", 1)
        if nodes > 1:  # a cluster: which node we are on
            details.append(self.tr("node {0} of {1}").format(getattr(s, "node", 0) + 1, nodes))
        degraded = getattr(s, "protocol", "5") == "3.1.1"
        if degraded:
            details.append("MQTT 3.1.1")
        if details:
            where += f" ({', '.join(details)})"
        state = {
            "connected": self.tr("connected"),
            "connecting": self.tr("connecting"),
            "disconnected": self.tr("disconnected"),
            "refused": self.tr("refused"),
            "failed": self.tr("failed"),
        }.get(str(s.state), str(s.state))
        text = self.tr("Broker {broker}: {state} since {since}").format(
            broker=where, state=state, since=since_text(s.since)
        )
        retry = self.retry_in()
        if retry is not None and s.state != "connected":
            text += self.tr(" — retry in {n} s").format(n=retry)
        colour = {"connected": "#2e7d32", "connecting": "#f9a825"}.get(s.state, "#c62828")
        self.setText(f"<span style='color:{colour}'>●</span> {text}")
        tip = reason_words(s)
        if degraded:
            tip += self.tr(
                "\nThis broker speaks MQTT 3.1.1 only: alerts arrive without sequence numbers "
                "(no gap detection) and without broker-side expiry; nothing else is lost."
            )
        self.setToolTip(tip.strip())


class ModeBadge(QLabel):
    """REAL (green) or EXERCISE <id> (bold purple): unmistakable."""

    def __init__(self, exercise_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mode_badge")
        self.set_mode(exercise_id)

    def set_mode(self, exercise_id: str | None) -> None:
        self.setText(
            self.tr("EXERCISE {id}").format(id=exercise_id) if exercise_id else self.tr("REAL")
        )
        self.setProperty("exercise", "true" if exercise_id else "false")
        self.style().unpolish(self)
        self.style().polish(self)


class RateIndicator(QLabel):
    """Alerts per minute over the last minute."""

    WINDOW_S = 60.0

    def __init__(self, parent: QWidget | None = None, *, clock: Any = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("rate_indicator")
        self._clock = clock
        self._events: deque[tuple[float, int]] = deque()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._render)
        self._timer.start()
        self._render()

    def record(self, count: int) -> None:
        if count > 0:
            self._events.append((self._clock(), count))
            self._render()

    def rate(self) -> int:
        horizon = self._clock() - self.WINDOW_S
        while self._events and self._events[0][0] < horizon:
            self._events.popleft()
        return sum(n for _, n in self._events)

    @Slot()
    def _render(self) -> None:
        self.setText(self.tr("{n} alerts/min").format(n=self.rate()))


class OutboxIndicator(QLabel):
    """``2 messages waiting for the broker``: this console's Acks and command events in the
    store's outbox; hidden while nothing waits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_indicator")
        self.waiting = 0
        self.set_waiting(0)

    def set_waiting(self, count: int, last_error: str | None = None) -> None:
        """``count`` messages wait; ``last_error``: why the oldest did not go yet (tooltip)."""
        self.waiting = count
        # %n: each language's plural forms (English: resources/i18n/incident_desk_en.ts)
        self.setText(self.tr("%n message(s) waiting for the broker", "", count))
        tip = self.tr(
            "Acknowledgements and command events written on this console that the broker has"
            " not confirmed yet; they are kept and sent by themselves when it is reachable."
        )
        if last_error:
            tip += "\n" + self.tr("Last attempt: {error}").format(error=last_error)
        self.setToolTip(tip)
        self.setVisible(count > 0)


class DatabaseLabel(QLabel):
    """``DB sqlite:///…`` (the URL without its password), or the core's words for a store
    that is no URL to show ("SQLite (demo, temporary)"), in the operator's language.

    A long URL is cut in its middle to ``MAX_WIDTH`` pixels ("DB sqlite:////srv/…/alerts.db"),
    whole in the tooltip: a path's length must not push the window past a 1366-pixel screen.
    """

    MAX_WIDTH = 280

    def __init__(self, db_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("database_label")
        self._db_label = db_label
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The language changed (incident_desk/ui/i18n.py)."""
        # a URL is in no catalog and comes back as it is
        shown = QCoreApplication.translate("core", redact_url(self._db_label))
        whole = self.tr("DB {url}").format(url=shown)
        self.setText(
            self.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideMiddle, self.MAX_WIDTH)
        )
        self.setToolTip(self.tr("The database this console reads and writes") + "\n" + whole)
