"""The TAK gateway in the status bar, when this console runs one (a ``[tak]`` settings section).

``TakIndicator`` says in one line what an operator needs to trust the field picture: is the TAK
server (or the SA multicast group) reachable, how many devices report positions, how many CoT
messages came in and went out, how many were refused, and the last error while it is not
connected. The tooltip lists every channel (the real one and each exercise's), the refused
reasons and the devices that match no unit. The gateway's threads keep the counters
(``TakGateway.status()``: a lock and a copy); the window reads them once a second.

One call from the window's start-up: ``install_tak_status(window, runtime.tak.status)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from incident_desk.settings import parse_tak_url

log = logging.getLogger("incident_desk.ui")

GREEN, RED = "#2e7d32", "#c62828"


def _where(url: str) -> str:
    """``tak.ke.example:8089`` for a server; ``SA multicast 239.2.3.1:6969`` for a group."""
    scheme, host, port = parse_tak_url(url)
    return f"SA multicast {host}:{port}" if scheme == "udp" else f"{host}:{port}"


def _number(n: int) -> str:
    return f"{n:,}"


class TakIndicator(QLabel):
    """``● TAK tak.ke.example:8089 connected · 12 devices · CoT in 3,420 / out 57``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tak_indicator")
        self.status: Any | None = None
        self.setText(self.tr("TAK: starting"))

    def set_status(self, status: Any) -> None:
        """Show a ``GatewayStatus`` (``incident_desk.messaging.tak_gateway``)."""
        self.status = status
        channels = list(status.channels)
        real = next((c for c in channels if c.exercise_id is None), channels[0])
        others = [c for c in channels if c is not real]
        udp = real.url.startswith("udp")
        if real.connected:
            state = self.tr("joined") if udp else self.tr("connected")
        else:
            state = self.tr("not connected")
        parts = [f"TAK {_where(real.url)} {state}"]
        if not real.connected and real.last_error:
            parts[0] += f": {real.last_error[:60]}"
        parts.append(self.tr("{n} devices").format(n=_number(status.devices)))
        parts.append(
            self.tr("CoT in {cin} / out {out}").format(
                cin=_number(status.cot_in), out=_number(status.cot_out)
            )
        )
        if status.refused_cot:
            parts.append(self.tr("{n} refused").format(n=_number(status.refused_cot)))
        down = [c for c in others if not c.connected]
        if down:
            parts.append(self.tr("{n} exercise channel(s) down").format(n=len(down)))
        colour = GREEN if real.connected and not down else RED
        self.setText(f"<span style='color:{colour}'>●</span> " + " · ".join(parts))
        self.setToolTip(self._tooltip(status))

    def _tooltip(self, status: Any) -> str:
        lines = []
        for c in status.channels:
            name = (
                self.tr("exercise {id}").format(id=c.exercise_id)
                if c.exercise_id
                else self.tr("real traffic")
            )
            state = self.tr("connected") if c.connected else self.tr("not connected")
            lines.append(
                self.tr(
                    "{name}: {url} {state}; {sent} sent, {received} received, {dropped} "
                    "dropped, {connects} connection(s)"
                ).format(
                    name=name,
                    url=c.url,
                    state=state,
                    sent=_number(c.sent),
                    received=_number(c.received),
                    dropped=_number(c.dropped),
                    connects=c.connects,
                )
            )
            if c.last_error:
                lines.append(self.tr("  last error: {error}").format(error=c.last_error))
        lines.append(
            self.tr(
                "Put on the bus from TAK (unit positions, emergency beacons): {n}. Devices are "
                "counted once they reported a position."
            ).format(n=_number(status.published))
        )
        for reason, count in sorted(status.refused.items(), key=lambda kv: -kv[1])[:8]:
            lines.append(self.tr("Refused {n}×: {reason}").format(n=count, reason=reason))
        unknown = status.unknown_devices
        if unknown:
            names = ", ".join(d.callsign or d.uid for d in unknown[:5])
            lines.append(
                self.tr("{n} device(s) match no unit of the directory: {names}").format(
                    n=len(unknown), names=names
                )
            )
        return "\n".join(lines)


class TakStatusWiring(QObject):
    """Reads the gateway's counters once a second into the status bar's indicator."""

    POLL_MS = 1_000

    def __init__(self, window: Any, status: Callable[[], Any]) -> None:
        super().__init__(window)
        self._status = status
        self.indicator = TakIndicator()
        window.statusBar().addWidget(self.indicator)
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.poll()

    @Slot()
    def poll(self) -> None:
        try:
            self.indicator.set_status(self._status())
        except Exception:  # a bug in the counters must not take the window with it
            log.exception("reading the TAK gateway's status failed")
            self._timer.stop()


def install_tak_status(window: Any, status: Callable[[], Any]) -> TakStatusWiring:
    """Show the TAK gateway's ``status()`` in ``window``'s status bar (kept on the window)."""
    wiring = TakStatusWiring(window, status)
    window.tak_status = wiring
    return wiring
