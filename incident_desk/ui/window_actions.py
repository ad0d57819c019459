"""The window's own actions: quit with a question when it matters, theme and text size,
notices, help, the mode shown (title, band, badge) and leaving an ended exercise."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication, QMenu

from incident_desk.ui import confirm
from incident_desk.ui.notices import NoticesDialog
from incident_desk.ui.search_dialog import SearchDialog
from incident_desk.ui.shortcuts import TEXT_SCALES, help_box
from incident_desk.ui.theme import apply_text_scale, apply_theme, current_theme

if TYPE_CHECKING:
    from incident_desk.ui.main_window import MainWindow

DRILL_RUNNING = frozenset({"running", "paused", "no_duff"})


class WindowActions(QObject):
    """Quit, theme, text size, notices, help and mode of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.quitting = False
        self.notices_dialog: NoticesDialog | None = None
        self.help_box: Any = None
        self.search_dialog: SearchDialog | None = None
        window.notice_button.open_requested.connect(self.show_notices)

    def add_view_menu(self) -> dict[str, Any]:
        """View → Text size 100–150 %; returns the actions by name."""
        view = self.window.menuBar().addMenu(self.tr("&View"))
        sizes: QMenu = view.addMenu(self.tr("Text size"))
        actions = {}
        for percent in TEXT_SCALES:
            action = sizes.addAction(f"{percent} %")
            action.setObjectName(f"action_text_{percent}")
            action.triggered.connect(lambda _on=False, p=percent: self.set_text_scale(p))
            actions[f"text_{percent}"] = action
        return actions

    def show_mode(self) -> None:
        """Title, band and queue say which mode this console is in (the band: one
        persistent "EXERCISE – id" strip, purple, the only purple on the screen)."""
        w = self.window
        ex = w.console.exercise_id
        w.setWindowTitle(
            self.tr("Incident Desk — EXERCISE {id}").format(id=ex)
            if ex
            else self.tr("Incident Desk — REAL")
        )
        w.exercise_band.setText(self.tr("EXERCISE – {id}").format(id=ex) if ex else "")
        w.exercise_band.setVisible(ex is not None)
        w.model.exercise_mode = ex is not None
        w.detail.set_exercise_mode(ex is not None)  # a real alert's detail says REAL
        w.incident_board.set_exercise_mode(ex is not None)

    @Slot()
    def left_exercise(self) -> None:
        """The console left its ended exercise: real traffic only from now on."""
        w = self.window
        w.alarms.exercise_id = None
        if w.alarm_hub is not None:
            w.alarm_hub.set_exercise(None)
        for alert_id, row in w.alarms.active.items():
            if row.exercise_id is not None:
                w.alarms.acknowledge(alert_id)
        w.no_duff.exercise_id = None
        w.exercise_state.setVisible(False)
        w.mode_badge.set_mode(None)
        w.advisories.ended.clear()
        self.show_mode()
        w.feed_view.forget_exercise()
        w.command.reload_units()
        w.message_bar.show_message(self.tr("You left the exercise: real traffic only."))

    @Slot()
    def request_quit(self) -> None:
        """Quit (Ctrl+Q), after confirming when alarms sound or a drill runs."""
        if self.quit_confirmed():
            self.quitting = True
            self.window.close()

    def quit_confirmed(self) -> bool:
        w = self.window
        reasons = []
        if w.alarms.active:
            reasons.append(
                self.tr("{n} alarm(s) are active and unacknowledged").format(n=len(w.alarms.active))
            )
        panel = w.exercise_panel
        if panel is not None and str(panel.controller.state) in DRILL_RUNNING:
            reasons.append(self.tr("this console runs the drill's controller"))
        if not reasons:
            return True
        return confirm.ask(
            w,
            self.tr("Quit Incident Desk"),
            self.tr("Quit although {reasons}? Alerts keep arriving for the other consoles.").format(
                reasons="; ".join(reasons)
            ),
            self.tr("Quit"),
        )

    @Slot()
    def toggle_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            name = apply_theme(app, "light" if current_theme(app) == "dark" else "dark")
            self.window.settings.setValue("theme", name)
            self.window.map.apply_theme()

    @Slot(int)
    def set_text_scale(self, percent: int) -> None:
        """View → Text size: every text of the console at ``percent`` (remembered)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.window.settings.setValue("text_scale", apply_text_scale(app, percent))

    @Slot()
    def sync_mute_action(self) -> None:
        self.window.actions_by_name["mute"].setChecked(self.window.alarms.muted)

    @Slot()
    def show_notices(self) -> None:
        w = self.window

        def show(entries: list[Any]) -> None:
            self.notices_dialog = NoticesDialog(entries, w.feed.gaps, w)
            self.notices_dialog.show()

        store = w.store
        w.feed.read(
            lambda: list(store.list_quarantine(limit=500)), show, w.feed_view.on_read_failed
        )

    @Slot()
    def show_search(self) -> None:
        """The search over every stored alert (one dialog, kept with its last results)."""
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.window)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.words.setFocus()

    @Slot()
    def show_help(self) -> None:
        self.help_box = help_box(self.window)
        self.help_box.show()
