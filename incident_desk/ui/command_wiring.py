"""The units and command docks in the window, over ``console.command``.

Units drag onto the incident board (or the command tree) to open the assignment dialog; the
docks refresh at most every ``REFRESH_MS`` from the change records' ``units`` /
``assignments`` / ``command``; incoming handover proposals open a non-modal dialog; unit
positions go to the map. Every ``STALE_CHECK_MS`` the units whose TAK position report went
stale meanwhile (no message needed: time passed) are greyed in the panel and on the map.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Slot

from incident_desk.changes import Changes
from incident_desk.errors import StoreError
from incident_desk.ui.command_panel import CommandPanel, CommandView, read_view
from incident_desk.ui.models.incident_table import Roles as IncidentRoles
from incident_desk.ui.units_panel import UnitDropFilter, UnitsPanel


class CommandWiring(QObject):
    """Builds the units and command docks of ``window`` and keeps them current.

    Attributes:
        units_panel / command_panel: the two panels. units_dock / command_dock: their docks.
    """

    REFRESH_MS = 200
    STALE_CHECK_MS = 15_000

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.units_panel = UnitsPanel()
        self.command_panel = CommandPanel(window.console, self._incidents, ops=window.ops)
        bottom, right = (
            Qt.DockWidgetArea.BottomDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        self.units_dock = window.add_dock("units_dock", self.tr("Units"), self.units_panel, bottom)
        self.command_dock = window.add_dock(
            "command_dock", self.tr("Command"), self.command_panel, right
        )
        self.units_panel.assign_requested.connect(self.assign_unit)
        self.command_panel.message_requested.connect(window.message_bar.show_message)
        window.incident_board.incident_selected.connect(self._on_incident)
        self.incident_drop = UnitDropFilter(
            window.incident_board.view, lambda i: i.data(IncidentRoles.INCIDENT_KEY)
        )
        self.command_drop = UnitDropFilter(
            self.command_panel.tree, lambda _i: self.command_panel.incident_key
        )
        self.incident_drop.unit_dropped.connect(self._on_unit_dropped)
        self.command_drop.unit_dropped.connect(self._on_unit_dropped)
        self._pending: tuple[set[str], bool, set[str]] = (set(), False, set())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        window.bridge.changes_applied.connect(self.on_changes)
        self._stale_timer = QTimer(self)
        self._stale_timer.setInterval(self.STALE_CHECK_MS)
        self._stale_timer.timeout.connect(self.check_stale)
        self._stale_timer.start()
        self.reload_units()

    def reload_units(self) -> None:
        """Read every unit of the board's traffic again (at start; after leaving an
        exercise, when the board commands real traffic and the drill's units go)."""
        board = self.window.console.command
        if board is None:
            return
        try:
            units = board.units()
            self.units_panel.set_units(units, board.assignments())
            self.window.map.push_units(units)
            self.command_panel.check_incoming()
        except StoreError as exc:
            self.window.database_banner.set_error(str(exc))

    def action_slots(self) -> dict[str, Any]:
        return {"assign_unit": self.assign_unit, "show_command": self.show_panels}

    def _incidents(self) -> list[tuple[str, str]]:
        model = self.window.incident_board.model
        snaps = [model.snapshot(i) for i in model.incident_ids()]
        return [(s.key, s.title) for s in snaps if s is not None]

    @Slot()
    def show_panels(self) -> None:
        for dock in (self.units_dock, self.command_dock):
            dock.show()
            dock.raise_()
        self.units_panel.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    @Slot(str)
    def assign_unit(self, unit_id: str | None = None) -> None:
        self.command_panel.assign(unit_id or self.units_panel.current_unit_id())

    @Slot(str, object)
    def _on_unit_dropped(self, unit_id: str, incident_key: object) -> None:
        self.command_panel.assign(unit_id, str(incident_key))

    @Slot(int)
    def _on_incident(self, incident_id: int) -> None:
        """The selected incident is the command panel's incident (and its exports')."""
        snap = self.window.incident_board.model.snapshot(incident_id) if incident_id else None
        try:
            self.command_panel.set_incident(snap.key if snap else None, snap.title if snap else "")
        except StoreError as exc:
            self.window.database_banner.set_error(str(exc))

    @Slot()
    def check_stale(self) -> None:
        """Grey (or un-grey) the units whose position report crossed its stale time."""
        flipped = self.units_panel.model.refresh_stale()
        if flipped:
            self.window.map.push_units(flipped)

    @Slot(object)
    def on_changes(self, changes: Changes) -> None:
        units, assignments, keys = self._pending
        units.update(changes.units)
        keys.update(changes.command)
        assignments = assignments or bool(changes.assignments)
        self._pending = (units, assignments, keys)
        if (units or assignments or keys) and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def refresh(self) -> None:
        """Units, the shown command, incoming proposals and lost races; units to the map.
        Read on the window's feed worker (a unit's position report a second from each of
        fifty field devices must not read the store on the GUI thread), shown when read."""
        (units, assignments, keys), self._pending = self._pending, (set(), False, set())
        board = self.window.console.command
        if board is None:
            return
        key = self.command_panel.incident_key

        def read() -> _Read:
            # one read of the units table, not one per unit (hundreds a second from TAK)
            found = [u for u in board.units() if u.id in units] if units else []
            return _Read(
                units=found,
                assignments=list(board.assignments()) if units or assignments else None,
                view=read_view(board, key) if keys or assignments else None,
                incoming=list(board.incoming_proposals()) if keys else None,
                timelines={k: list(board.timeline(k)) for k in keys},
            )

        self.window.feed.read(read, lambda r: self._show(key, r), self._failed)
        if keys:
            self.window.map.refresh_cordons(keys)  # drawn areas (cordons), read the same way

    def _show(self, key: str | None, r: _Read) -> None:
        if r.units:
            self.units_panel.upsert_units(r.units, r.assignments or [])
            self.window.map.push_units(r.units)
        elif r.assignments is not None:
            self.units_panel.set_assignments(r.assignments)
        if r.view is not None:
            self.command_panel.show_view(key, r.view)
        if r.incoming is not None:
            self.command_panel.check_incoming(r.incoming)
        if r.timelines:
            self.command_panel.check_lost(r.timelines, r.timelines)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):
            self.window.database_banner.set_error(str(exc))
        else:
            self.window.feed_view.on_read_failed(exc)


@dataclass(frozen=True)
class _Read:
    """What one refresh read off the GUI thread (None: not needed this time)."""

    units: list[Any]
    assignments: list[Any] | None
    view: CommandView | None
    incoming: list[Any] | None
    timelines: dict[str, list[Any]]
