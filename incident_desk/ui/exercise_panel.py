"""The exercise controller panel (a dock): the MSEL with each inject's state, the clock and
its controls, ad-hoc and contingency injects, the after-action report.

Every button is one call on the Qt-free ``ExerciseController``. The controller's events come
from the player thread (or paho's, for NO DUFF) and cross to the GUI thread through a
``BusBridge``; acknowledgements and expected actions are read from the store at most every
``OBSERVE_MS``, only after something changed, and off the GUI thread (the window's feed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incident_desk.errors import IncidentDeskError, StoreError
from incident_desk.exercise import observe_injects
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.scenario import ClockStateError, format_duration
from incident_desk.ui import confirm
from incident_desk.ui.adhoc_dialog import AdhocDialog
from incident_desk.ui.bidi import ltr
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.exercise_state import speed_text
from incident_desk.ui.i18n import translations
from incident_desk.ui.models.msel_table import NUMBER_ROLE, MselEntry, MselTableModel
from incident_desk.ui.models.msel_table import Column as MselColumn
from incident_desk.ui.ops import refusal_text

log = logging.getLogger("incident_desk.ui")

Reader = Callable[[Callable[[], Any], Callable[[Any], object], Callable[[Exception], None]], None]
"""Runs a read of the store and hands its result (or its exception) to the second (third)
callable on the GUI thread; the window passes its store feed's ``read`` (off the GUI thread)."""


def read_here(
    call: Callable[[], Any], done: Callable[[Any], object], failed: Callable[[Exception], None]
) -> None:
    """A ``Reader`` that reads at once (the panel without a window, scripts)."""
    try:
        result = call()
    except Exception as exc:  # handed to ``failed``, which tells the operator or logs
        failed(exc)
        return
    done(result)


SPEEDS = (0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0)


class ExercisePanel(QWidget):
    """The controller's view of one exercise run (see the module docstring).

    Attributes:
        controller: the ``ExerciseController``. model / view: the MSEL table.

    Signals:
        message_requested: text and level ("info"/"error") for the window's message bar.
        no_duff_received: the controller held play for a real alert; argument: NoDuffEvent.
        clock_shown: the exercise seconds the clock now shows (the status bar shows the same).
    """

    message_requested = Signal(str, str)
    no_duff_received = Signal(object)
    clock_shown = Signal(int)

    CLOCK_MS = 250
    OBSERVE_MS = 2000

    def __init__(
        self,
        controller: Any,
        store: Any,
        parent: QWidget | None = None,
        *,
        read: Reader | None = None,
    ) -> None:
        super().__init__(parent)
        self._read: Reader = read or read_here
        self.setObjectName("exercise_panel")
        self.controller = controller
        self.store = store
        self.model = MselTableModel(controller.scenario, self)
        self.view = QTableView()
        self.view.setObjectName("msel_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.setMinimumHeight(66)  # a few MSEL rows; at 1366×768 the queue needs the room
        self.view.verticalHeader().setVisible(False)
        # The expected actions are the drill's answer key: hidden until the controller asks
        # for them (players at a console that also runs the controller, as in --demo, do not
        # see them by accident).
        self.view.setColumnHidden(MselColumn.EXPECTED, True)
        self.answer_key = QPushButton(self.tr("Show expected actions (controller only)"))
        self.answer_key.setObjectName("exercise_answer_key")
        self.answer_key.setCheckable(True)
        self.answer_key.toggled.connect(
            lambda on: self.view.setColumnHidden(MselColumn.EXPECTED, not on)
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # a name wider than its column ends in "…", whole on hover (Qt clipped a centred
        # name at both ends: Swahili's "Muda tangu STARTEX" read "da tangu STAR")
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column, width in enumerate((70, 80, 160, 70, 280, 220, 110, 75, 130)):
            header.resizeSection(column, width)

        exercise = controller.scenario.exercise
        self.title = QLabel(f"<b>{exercise.id}</b>")
        self.title.setToolTip(exercise.name)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("exercise_clock")
        self.clock_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.state_label = QLabel()
        self.state_label.setObjectName("exercise_state_label")
        # "limepangwa (kabla ya STARTEX) ×1" on one line made the dock 402 pixels wide in
        # Swahili: it wraps under the clock instead of widening the dock
        self.state_label.setWordWrap(True)
        self.speed_box = QComboBox()
        self.speed_box.setObjectName("exercise_speed")
        for speed in SPEEDS:
            self.speed_box.addItem(ltr(speed_text(speed)), speed)
        self._select_speed(controller.speed)
        self.speed_box.activated.connect(self._on_speed_chosen)

        self.buttons: dict[str, QPushButton] = {}
        row1 = QHBoxLayout()
        for widget in (self.title, self.clock_label, self.state_label):
            row1.addWidget(widget)
        row1.addStretch(1)
        speed_row = QHBoxLayout()  # in the button grid: the panel fits a narrow column
        speed_row.addWidget(QLabel(self.tr("Speed")))
        speed_row.addWidget(self.speed_box)
        self.title.setWordWrap(True)  # a long exercise name wraps instead of widening the dock
        row2 = QGridLayout()  # two rows of buttons: the panel fits a 1366-pixel screen
        row2.setSpacing(3)
        for number, (name, text, slot) in enumerate(
            (
                ("startex", QT_TRANSLATE_NOOP("ExercisePanel", "STARTEX"), self.startex),
                ("pause", QT_TRANSLATE_NOOP("ExercisePanel", "Pause"), self.pause),
                ("resume", QT_TRANSLATE_NOOP("ExercisePanel", "Resume"), self.resume),
                ("step", QT_TRANSLATE_NOOP("ExercisePanel", "Step"), self.step),
                (
                    "jump",
                    QT_TRANSLATE_NOOP("ExercisePanel", "Jump to selected"),
                    self.jump_to_selected,
                ),
                ("endex", QT_TRANSLATE_NOOP("ExercisePanel", "ENDEX"), self.endex),
                (
                    "contingency",
                    QT_TRANSLATE_NOOP("ExercisePanel", "Fire contingency"),
                    self.fire_contingency,
                ),
                (
                    "adhoc",
                    QT_TRANSLATE_NOOP("ExercisePanel", "Ad-hoc inject…"),
                    self.open_adhoc_dialog,
                ),
                (
                    "export",
                    QT_TRANSLATE_NOOP("ExercisePanel", "Export AAR…"),
                    self.choose_aar_folder,
                ),
            )
        ):
            button = QPushButton(self.tr(text))
            button.setObjectName(f"exercise_{name}")
            button.clicked.connect(slot)
            row2.addWidget(button, number // 3, number % 3)
            self.buttons[name] = button
        row2.addLayout(speed_row, 3, 0)
        row2.addWidget(self.answer_key, 3, 1, 1, 2)
        row2.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.view, 1)

        self.adhoc_dialog: AdhocDialog | None = None
        self._observe_dirty = True
        self.signals = BusBridge(self)
        self.signals.controller_event.connect(self._on_controller_event)
        controller.add_listener(self.signals.post_controller_event)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(self.CLOCK_MS)
        self._clock_timer.timeout.connect(self.refresh_clock)
        self._clock_timer.start()
        self._observe_timer = QTimer(self)
        self._observe_timer.setInterval(self.OBSERVE_MS)
        self._observe_timer.timeout.connect(self._observe_if_dirty)
        self._observe_timer.start()
        self.view.selectionModel().currentRowChanged.connect(self._sync_buttons)
        self.refresh_records()
        self.refresh_clock()

    # -- shortcuts (MainWindow builds the actions) -------------------------------------------
    def action_slots(self) -> dict[str, Any]:
        return {
            "exercise_startex": self.startex,
            "exercise_pause_resume": self.toggle_pause,
            "exercise_step": self.step,
            "exercise_jump": self.jump_to_selected,
            "exercise_endex": self.endex,
            "exercise_faster": self.faster,
            "exercise_slower": self.slower,
            "exercise_adhoc": self.open_adhoc_dialog,
            "exercise_focus_msel": self.focus_msel,
        }

    # -- display -------------------------------------------------------------------------
    @Slot()
    def refresh_clock(self) -> None:
        state = self.controller.state
        seconds = int(self.controller.scenario_seconds())
        self.clock_label.setText(ltr(f"+{format_duration(seconds)}"))  # "+" first in Arabic
        self.clock_shown.emit(seconds)
        words = {
            "no_duff": self.tr("NO DUFF — held"),
            "planned": self.tr("planned (before STARTEX)"),
            "running": self.tr("running"),
            "paused": self.tr("paused"),
            "ended": self.tr("ended"),
        }
        speed = ltr(speed_text(self.controller.speed))
        self.state_label.setText(f"{words.get(state, state)} {speed}")
        self._select_speed(float(self.controller.speed))  # the combo follows the controller
        colour = {"running": "#2e7d32", "no_duff": "#c62828", "paused": "#8d6e00"}.get(state)
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self._sync_buttons()

    @Slot()
    def _sync_buttons(self) -> None:
        state = self.controller.state
        started = state in {"running", "paused", "no_duff"}
        number = self.selected_number()
        held = number is not None and self.model.state(number) == "held"
        enabled = {
            "startex": state == "planned",
            "pause": state == "running",
            "resume": state in {"paused", "no_duff"},
            "step": started,
            "jump": started and number is not None and self.model.state(number) == "pending",
            "endex": started,
            "contingency": started and held,
            "adhoc": started,
            "export": True,
        }
        for name, on in enabled.items():
            self.buttons[name].setEnabled(on)

    def refresh_records(self) -> None:
        adhoc = [MselEntry.of(i, adhoc=True) for i in self.controller.adhoc_injects()]
        self.model.add_entries(adhoc)
        if self.model.set_records(self.controller.records):
            self._observe_dirty = True

    @Slot(object)
    def _on_controller_event(self, event: Any) -> None:
        self.refresh_records()
        self.refresh_clock()
        if event.kind == "no_duff" and event.no_duff is not None:
            self.message_requested.emit(
                f"{event.no_duff.summary} — the exercise clock is held; Resume continues play.",
                "error",
            )
            self.no_duff_received.emit(event.no_duff)

    @Slot(object)
    def on_changes_applied(self, changes: Any) -> None:
        """New alerts (acks) or timeline entries may change what the MSEL shows observed."""
        if changes.alerts or changes.timeline or changes.incidents:
            self._observe_dirty = True

    @Slot()
    def _observe_if_dirty(self) -> None:
        if self._observe_dirty:
            self.observe()

    def observe(self) -> None:
        """Read acknowledgements and expected actions from the store (the AAR's rules), on
        the reader's thread; the MSEL shows them when the read is done."""
        self._observe_dirty = False
        controller = self.controller
        adhoc = {
            i.number: controller.adhoc_identifier(i.number)
            for i in controller.adhoc_injects()
            if i.kind == "cap"
        }
        store, scenario, exercise_id = self.store, controller.scenario, controller.exercise_id
        self._read(
            lambda: observe_injects(store, scenario, exercise_id, adhoc),
            self.model.set_observations,
            self._observe_failed,
        )

    def _observe_failed(self, exc: Exception) -> None:
        if not isinstance(exc, StoreError):
            log.error("MSEL observation failed", exc_info=exc)
        self.message_requested.emit(
            self.tr("MSEL: cannot read the store: {0}").format(exc), "error"
        )

    # -- selection -------------------------------------------------------------------------
    def selected_number(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        number = self.model.index(index.row(), 0).data(NUMBER_ROLE)
        return int(number) if number is not None else None

    def select_inject(self, number: int) -> bool:
        row = self.model.row_of(number)
        if row is None:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    @Slot()
    def focus_msel(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- commands --------------------------------------------------------------------------
    def _run(self, what: str, call: Any, *args: Any) -> Any:
        try:
            result = call(*args)
        except (ClockStateError, IncidentDeskError) as exc:  # a refusal: in the reader's words
            reason = refusal_text(getattr(exc, "reason", None) or str(exc))
            self.message_requested.emit(
                self.tr("{what}: {reason}").format(what=what, reason=reason), "error"
            )
            return None
        except (ValueError, KeyError, OSError) as exc:  # OSError: a folder it cannot write
            self.message_requested.emit(
                self.tr("{what}: {reason}").format(what=what, reason=exc), "error"
            )
            return None
        except Exception as exc:  # a bug: log the traceback, tell the controller plainly
            log.exception("%s failed", what)
            self.message_requested.emit(
                self.tr("{what} (unexpected error, logged): {error}").format(what=what, error=exc),
                "error",
            )
            return None
        finally:
            self.refresh_records()
            self.refresh_clock()
        return result

    @Slot()
    def startex(self) -> None:
        if self.controller.state != "planned":
            self.message_requested.emit(self.tr("STARTEX was already given."), "info")
            return
        if self._run(self.tr("STARTEX"), self.controller.startex) is not None:
            self.message_requested.emit(self.tr("STARTEX: the exercise clock runs."), "info")

    @Slot()
    def pause(self) -> None:
        self._run(self.tr("Pause"), self.controller.pause)

    @Slot()
    def resume(self) -> None:
        self._run(self.tr("Resume"), self.controller.resume)

    @Slot()
    def toggle_pause(self) -> None:
        if self.controller.state == "running":
            self.pause()
        else:
            self.resume()

    @Slot()
    def step(self) -> None:
        sent = self._run(self.tr("Step"), self.controller.step)
        if sent == []:
            self.message_requested.emit(self.tr("Step: no scheduled inject is left."), "info")

    @Slot()
    def jump_to_selected(self) -> None:
        number = self.selected_number()
        if number is None:
            self.message_requested.emit(self.tr("Select the inject to jump to first."), "info")
            return
        skipped = self._run(self.tr("Jump"), self.controller.jump_to_inject, number)
        if skipped is not None:
            self.message_requested.emit(
                self.tr("Jumped to inject {number}; skipped: {skipped}.").format(
                    number=number,
                    skipped=", ".join(map(str, skipped)) or self.tr("none"),
                ),
                "info",
            )

    @Slot()
    def endex(self) -> None:
        """End the exercise for every joined console, after the controller confirms."""
        if not confirm.ask(
            self,
            self.tr("ENDEX"),
            self.tr(
                "End exercise {id} for every joined console? Injects still due are not sent."
            ).format(id=self.controller.exercise_id),
            self.tr("ENDEX"),
        ):
            return
        self._run(self.tr("ENDEX"), self.controller.endex)

    @Slot(float)
    def set_speed(self, speed: float) -> None:
        if self._run(self.tr("Speed"), self.controller.set_speed, speed) is None:
            self._select_speed(self.controller.speed)

    @Slot(int)
    def _on_speed_chosen(self, index: int) -> None:
        self.set_speed(float(self.speed_box.itemData(index)))

    def _select_speed(self, speed: float) -> None:
        """Show ``speed`` in the combo, adding it in order if it is not a preset (×40)."""
        index = self.speed_box.findData(speed)
        if index < 0:
            index = sum(
                1 for i in range(self.speed_box.count()) if self.speed_box.itemData(i) < speed
            )
            self.speed_box.insertItem(index, ltr(speed_text(speed)), speed)
        if self.speed_box.currentIndex() != index:
            self.speed_box.setCurrentIndex(index)

    def retranslate_ui(self) -> None:
        """The language changed (incident_desk/ui/i18n.py): the speeds kept left to right
        in a right-to-left language, and no longer isolated in a left-to-right one (a switch
        to Arabic left them bare, where a console started in Arabic isolates them)."""
        for i in range(self.speed_box.count()):
            self.speed_box.setItemText(i, ltr(speed_text(self.speed_box.itemData(i))))

    def _step_speed(self, step: int) -> None:
        current = self.controller.speed
        faster = [s for s in SPEEDS if (s > current if step > 0 else s < current)]
        if faster:
            speed = min(faster) if step > 0 else max(faster)
            self.set_speed(speed)
            self._select_speed(speed)

    @Slot()
    def faster(self) -> None:
        self._step_speed(+1)

    @Slot()
    def slower(self) -> None:
        self._step_speed(-1)

    @Slot()
    def fire_contingency(self) -> None:
        number = self.selected_number()
        if number is None or self.model.state(number) != "held":
            self.message_requested.emit(self.tr("Select a held contingency inject first."), "info")
            return
        if self._run(self.tr("Contingency"), self.controller.fire_contingency, number) is not None:
            self.message_requested.emit(
                self.tr("Contingency inject {number} sent.").format(number=number), "info"
            )

    @Slot()
    def open_adhoc_dialog(self) -> None:
        """A non-modal dialog; OK sends the inject at the current scenario time."""
        dialog = AdhocDialog(self.controller.scenario, self)
        dialog.accepted.connect(self._send_adhoc)
        self.adhoc_dialog = dialog
        dialog.show()

    @Slot()
    def _send_adhoc(self) -> None:
        """The dialog was accepted: it checked the inject (``AdhocDialog.accept``)."""
        dialog = self.adhoc_dialog
        if dialog is None or dialog.inject is None:
            return
        message = dialog.inject
        sent = self._run(
            self.tr("Ad-hoc inject"),
            lambda: self.controller.inject_adhoc(
                message,
                from_agency=dialog.from_agency.currentData(),
                expected_action=dialog.expected.text().strip() or "Ad-hoc inject.",
            ),
        )
        if sent is not None:
            self.message_requested.emit(
                self.tr("Ad-hoc inject {number} sent.").format(number=sent.inject), "info"
            )

    @Slot()
    def choose_aar_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export the after-action report to")
        )
        if folder:
            self.export_aar(Path(folder))

    def export_aar(self, folder: Path) -> list[Path]:
        """Write the AAR (CSV, JSON, HTML) into ``folder``; returns the files. The HTML
        page is in the operator's language (the CSV and JSON stay English)."""
        reader = translations()
        export = partial(
            self.controller.export_aar,
            translate=QCoreApplication.translate,
            language=reader.language,
            rtl=reader.rtl,
        )
        written = self._run(self.tr("Export AAR"), export, self.store, folder)
        if written is None:
            return []
        self.message_requested.emit(
            self.tr("After-action report written to {folder} ({count} files).").format(
                folder=folder, count=len(written)
            ),
            "info",
        )
        return list(written)
