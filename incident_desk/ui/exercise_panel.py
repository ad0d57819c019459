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

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
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
from incident_desk.exercise._noduff import no_duff_reason
from incident_desk.messages import QT_TRANSLATE_NOOP, render
from incident_desk.scenario import ClockStateError, format_duration
from incident_desk.ui import confirm
from incident_desk.ui.adhoc_dialog import AdhocDialog
from incident_desk.ui.bidi import auto, ltr
from incident_desk.ui.bus_bridge import BusBridge
from incident_desk.ui.exercise_state import speed_text
from incident_desk.ui.flow import FlowLayout, WholeButton
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
        message_withdrawn: a text asked for before no longer holds (the NO DUFF hold ended:
            resumed, ENDEX); the bar drops it if it still shows it.
        no_duff_received: the controller held play for a real alert; argument: NoDuffEvent.
        clock_shown: the exercise seconds the clock now shows (the status bar shows the same).
    """

    message_requested = Signal(str, str)
    message_withdrawn = Signal(str)
    no_duff_received = Signal(object)
    clock_shown = Signal(int)

    CLOCK_MS = 250
    OBSERVE_MS = 2000
    MIN_ROWS = 4  # (5 pushed a 1920×1080 Arabic window 8 pixels past the screen)

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
        # the MSEL shows at least MIN_ROWS injects whatever the dock's height (two of sixteen
        # at 1920×1080 before): set once the view has its font (``_fit_rows``)
        self.view.verticalHeader().setVisible(False)
        # The expected actions are the drill's answer key: hidden until the controller asks
        # for them (players at a console that also runs the controller, as in --demo, do not
        # see them by accident).
        self.view.setColumnHidden(MselColumn.EXPECTED, True)
        self.answer_key = WholeButton(self.tr("Show expected actions (controller only)"))
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
        for column, width in enumerate((70, 80, 160, 70, 280, 220, 110, 135, 130)):
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
        self.title.setWordWrap(True)  # a long exercise name wraps instead of widening the dock
        speed_group = QWidget()  # the speed's word and list stay together on a line
        speed_row = QHBoxLayout(speed_group)
        speed_row.setContentsMargins(0, 0, 0, 0)
        speed_row.addWidget(QLabel(self.tr("Speed")))
        speed_row.addWidget(self.speed_box)
        # the buttons flow at their labels' width, adding a line where the dock is narrow:
        # in a three-column grid Arabic's "Fire contingency" lost its first letter at 1366,
        # and four rows of buttons left the MSEL two rows at 1920×1080
        clock_row, inject_row = FlowLayout(spacing=3), FlowLayout(spacing=3)
        for flow, name, text, slot in (
            (clock_row, "startex", QT_TRANSLATE_NOOP("ExercisePanel", "STARTEX"), self.startex),
            (clock_row, "pause", QT_TRANSLATE_NOOP("ExercisePanel", "Pause"), self.pause),
            (clock_row, "resume", QT_TRANSLATE_NOOP("ExercisePanel", "Resume"), self.resume),
            (clock_row, "step", QT_TRANSLATE_NOOP("ExercisePanel", "Step"), self.step),
            (
                clock_row,
                "jump",
                QT_TRANSLATE_NOOP("ExercisePanel", "Jump to selected"),
                self.jump_to_selected,
            ),
            (clock_row, "endex", QT_TRANSLATE_NOOP("ExercisePanel", "ENDEX"), self.endex),
            (
                inject_row,
                "contingency",
                QT_TRANSLATE_NOOP("ExercisePanel", "Fire contingency"),
                self.fire_contingency,
            ),
            (
                inject_row,
                "adhoc",
                QT_TRANSLATE_NOOP("ExercisePanel", "Ad-hoc inject…"),
                self.open_adhoc_dialog,
            ),
            (
                inject_row,
                "export",
                QT_TRANSLATE_NOOP("ExercisePanel", "Export AAR…"),
                self.choose_aar_folder,
            ),
        ):
            button = WholeButton(self.tr(text))
            button.setObjectName(f"exercise_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            flow.addWidget(button)
            self.buttons[name] = button
        clock_row.addWidget(speed_group)
        inject_row.addWidget(self.answer_key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row1)
        layout.addLayout(clock_row)
        layout.addLayout(inject_row)
        layout.addWidget(self.view, 1)
        self._fit_rows()

        self.adhoc_dialog: AdhocDialog | None = None
        self._no_duff_text: str | None = None  # the NO DUFF hold's message, while it holds
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

    def _fit_rows(self) -> None:
        """The view's least height: its header, ``MIN_ROWS`` rows and a scroll bar."""
        view = self.view
        rows = view.verticalHeader().defaultSectionSize() * self.MIN_ROWS
        header = view.horizontalHeader().sizeHint().height()
        scroll = view.horizontalScrollBar().sizeHint().height()
        view.setMinimumHeight(header + rows + scroll + 2 * view.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        """A new font or style (the theme) changes the rows' height."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()

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
        if state != "no_duff" and self._no_duff_text is not None:
            # the hold is over (Resume, ENDEX): its error line would say the clock is held
            self.message_withdrawn.emit(self._no_duff_text)
            self._no_duff_text = None

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
        if event.kind == "no_duff" and event.no_duff is not None:
            held = event.no_duff
            reason = render(
                (held.message or no_duff_reason(held.summary)).data(),
                QCoreApplication.translate,
                auto,
            )
            self._no_duff_text = self.tr(
                "{reason} — the exercise clock is held; Resume continues play."
            ).format(reason=reason)
            self.message_requested.emit(self._no_duff_text, "error")
            self.no_duff_received.emit(held)
        self.refresh_clock()  # (withdraws the line at once if play went on meanwhile)

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
        """``call(*args)``; a refusal or failure is said on the message bar (None returned)."""
        result, problem = self._attempt(what, call, *args)
        if problem is not None:
            self.message_requested.emit(problem, "error")
        return result

    def _attempt(self, what: str, call: Any, *args: Any) -> tuple[Any, str | None]:
        """``call(*args)`` and None, or None and why it failed in the controller's words."""
        try:
            return call(*args), None
        except (ClockStateError, IncidentDeskError) as exc:  # a refusal: in the reader's words
            reason = refusal_text(getattr(exc, "reason", None) or str(exc))
            return None, self.tr("{what}: {reason}").format(what=what, reason=reason)
        except (ValueError, KeyError, OSError) as exc:  # OSError: a folder it cannot write
            return None, self.tr("{what}: {reason}").format(what=what, reason=exc)
        except Exception as exc:  # a bug: log the traceback, tell the controller plainly
            log.exception("%s failed", what)
            return None, self.tr("{what} (unexpected error, logged): {error}").format(
                what=what, error=exc
            )
        finally:
            self.refresh_records()
            self.refresh_clock()

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
        """A non-modal dialog; OK sends the inject at the current scenario time. One at a
        time: asked again (the button, Ctrl+Alt+A) while one is open, it raises that one,
        with what was typed in it (a second one left the first's OK sending nothing)."""
        dialog = self.adhoc_dialog
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return
        if dialog is not None:
            dialog.deleteLater()  # closed: sent or cancelled
        dialog = AdhocDialog(self.controller.scenario, self, send=self._send_adhoc)
        self.adhoc_dialog = dialog
        dialog.show()

    def _send_adhoc(self, message: Any, from_agency: str | None, expected: str) -> str | None:
        """The dialog's OK, before it closes: None once sent, else why not (the dialog says
        it and stays open with what was typed)."""
        sent, problem = self._attempt(
            self.tr("Ad-hoc inject"),
            lambda: self.controller.inject_adhoc(
                message,
                from_agency=from_agency,
                expected_action=expected or "Ad-hoc inject.",
            ),
        )
        if problem is not None:
            return problem
        self.message_requested.emit(
            self.tr("Ad-hoc inject {number} sent.").format(number=sent.inject), "info"
        )
        return None

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
