"""The units panel and the assignment dialog (docs/standards.md §5.1: an assignment is a resource
or person, an incident, an ICS position or organisational element, a work assignment and
a reporting location and time).

- ``UnitsPanel``: the directory's units (callsign, agency, kind, status, position, last
  update, open assignment), filtered by agency, kind and status; rows drag onto an
  incident as ``UNIT_MIME_TYPE``.
- ``UnitDropFilter``: makes any item view (the incident board's table, the command tree)
  accept a dropped unit and say which unit landed on which row.
- ``AssignDialog``: the fields of ``CommandBoard.assign``; it only asks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incident_desk.command import ElementKind
from incident_desk.messages import QT_TRANSLATE_NOOP, render, word
from incident_desk.ui.models.unit_table import (
    ALL,
    Column,
    Roles,
    UnitFilterProxy,
    UnitTableModel,
    unit_from_mime,
    unit_kind_word,
    unit_status_word,
)

_FILTER_WORDS = {Roles.STATUS: unit_status_word, Roles.KIND: unit_kind_word}

ICS_POSITIONS = (
    "Incident Commander",
    "Deputy Incident Commander",
    "Public Information Officer",
    "Safety Officer",
    "Liaison Officer",
    "Intelligence/Investigations Chief",
    "Operations Section Chief",
    "Planning Section Chief",
    "Logistics Section Chief",
    "Finance/Administration Section Chief",
    "Staging Area Manager",
)
ELEMENT_LABELS = {
    ElementKind.POSITION: QT_TRANSLATE_NOOP("AssignDialog", "ICS position"),
    ElementKind.BRANCH: QT_TRANSLATE_NOOP("AssignDialog", "Branch"),
    ElementKind.DIVISION: QT_TRANSLATE_NOOP("AssignDialog", "Division (geographic)"),
    ElementKind.GROUP: QT_TRANSLATE_NOOP("AssignDialog", "Group (functional)"),
    ElementKind.STRIKE_TEAM: QT_TRANSLATE_NOOP("AssignDialog", "Strike team (same kind)"),
    ElementKind.TASK_FORCE: QT_TRANSLATE_NOOP("AssignDialog", "Task force (mixed)"),
    ElementKind.STAGING: QT_TRANSLATE_NOOP("AssignDialog", "Staging area"),
}


def assignment_texts(assignments: Iterable[Any]) -> dict[str, str]:
    """Unit id → short text of its open assignments (the units table's last column), the
    state in the reader's words ("в пути": it was English "en route" in every language)."""
    translate = QCoreApplication.translate
    texts: dict[str, list[str]] = {}
    for a in assignments:
        if a.unit_id is None or a.status.value == "released":
            continue
        texts.setdefault(a.unit_id, []).append(
            f"{a.incident_key}: {a.element_name} ({render(word(a.status.value), translate)})"
        )
    return {unit: "; ".join(t) for unit, t in texts.items()}


class UnitsPanel(QWidget):
    """Filter boxes over a draggable table of units.

    Signals:
        assign_requested: the operator double-clicked a unit; argument: its id.
    """

    assign_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("units_panel")
        self.model = UnitTableModel(self)
        self.proxy = UnitFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("units_view")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.AGENCY, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long name: "…", whole on hover
        for column in Column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # the last update and the assignment take the room the callsign and the status leave
        # (``fit_columns``); the assignment also what is left over on a wide dock
        for column in (Column.UPDATED, Column.ASSIGNMENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # fit the columns to the rows on screen, not to every row: with hundreds of units
        # moving, each refresh re-measured every row (~20,000 data() calls on the GUI
        # thread per refresh, issue 14)
        header.setResizeContentsPrecision(0)
        # what an operator reads first, in this order, without scrolling even in the
        # 360-pixel tab under the map at 1366×768: who, in what state, since when, doing
        # what; the agency, position and kind follow (they scroll into view on a narrow
        # dock; the agency is in the filter and the tooltip). The status was cut behind the
        # kind and a scroll bar; the time and the assignment were behind it.
        for place, column in enumerate(self.FIRST):
            header.moveSection(header.visualIndex(column), place)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        header.sectionResized.connect(self._on_section_resized)
        self.view.viewport().installEventFilter(self)
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.filters: dict[Roles, QComboBox] = {}
        row = QHBoxLayout()
        for role, name, everything in (
            (Roles.AGENCY, "agency", self.tr("All agencies")),
            (Roles.KIND, "kind", self.tr("All kinds")),
            (Roles.STATUS, "status", self.tr("All statuses")),
        ):
            box = QComboBox()
            box.setObjectName(f"unit_{name}_filter")
            box.addItem(everything, ALL)
            # as narrow as eight characters when the dock is (the list opens whole): sized to
            # their longest entry, the three boxes made the units dock 432 pixels wide in
            # French and the window wider than a 1366-pixel screen
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)
            box.currentIndexChanged.connect(self._on_filter_changed)
            row.addWidget(box, 1)
            self.filters[role] = box
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        # the filter boxes list the values present: rebuilt at most every REBUILD_MS (a stream
        # of position reports changes hundreds of rows a second; each rebuild reads them all)
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(self.REBUILD_MS)
        self._rebuild_timer.timeout.connect(self._rebuild_filters)
        for signal in (self.model.modelReset, self.model.rowsInserted):
            signal.connect(self._rebuild_filters)
            signal.connect(self._fit_timer.start)
        self.model.dataChanged.connect(self._schedule_rebuild)
        self.model.dataChanged.connect(self._on_data_changed)

    REBUILD_MS = 500
    #: the columns read first, left to right (right to left in Arabic)
    FIRST = (Column.CALLSIGN, Column.STATUS, Column.UPDATED, Column.ASSIGNMENT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self.FIRST[2:]:  # sized to their contents
            self._fit_timer.start()

    @Slot()
    def fit_columns(self) -> None:
        """Size "Last update" and the assignment to the room the callsign and the status
        leave in the view, so the four are in sight together on a narrow dock: "Last update"
        as wide as its times (its header shortened when that is what leaves the assignment
        an incident key's width; whole on hover), the assignment what its text needs, at
        most what is left, at least an incident key's width (elided, whole on hover)."""
        header, view = self.view.horizontalHeader(), self.view
        left = view.viewport().width() - sum(header.sectionSize(c) for c in self.FIRST[:2])
        need = max(
            header.sectionSizeHint(Column.ASSIGNMENT), view.sizeHintForColumn(Column.ASSIGNMENT)
        )
        least = min(need, self._key_width())
        times = view.sizeHintForColumn(Column.UPDATED)  # never cut: "2026-12-07 …" hid them
        updated = max(header.sectionSizeHint(Column.UPDATED), times)
        if times > 0 and left - updated < least:
            updated = times
        assignment = max(min(need, left - updated), least)
        # on a wide dock the assignment also takes what every column leaves over
        rest = sum(header.sectionSize(c) for c in Column if c not in self.FIRST)
        assignment = max(assignment, left - updated - rest)
        for column, width in ((Column.UPDATED, updated), (Column.ASSIGNMENT, assignment)):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _key_width(self) -> int:
        """The width of the widest incident key the assignments name (what of an assignment
        must read whole), with the cell's margins."""
        keys = {
            part.split(":", 1)[0]
            for text in self.model.assignment_texts()
            for part in text.split("; ")
        }
        metrics, style = self.view.fontMetrics(), self.view.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 4
        return max((metrics.horizontalAdvance(k) for k in keys if k), default=0) + margin

    @Slot(QModelIndex, QModelIndex)
    def _on_data_changed(self, first: QModelIndex, last: QModelIndex, *_args: object) -> None:
        if any(first.column() <= c <= last.column() for c in self.FIRST[2:]):
            self._fit_timer.start()

    @Slot()
    def _schedule_rebuild(self, *_args: object) -> None:
        if not self._rebuild_timer.isActive():
            self._rebuild_timer.start()

    def set_units(self, units: list[Any], assignments: Iterable[Any]) -> None:
        self.model.set_units(units, assignment_texts(assignments))

    def upsert_units(self, units: list[Any], assignments: Iterable[Any]) -> None:
        self.model.upsert(units, assignment_texts(assignments))

    def set_assignments(self, assignments: Iterable[Any]) -> None:
        self.model.set_assignments(assignment_texts(assignments))

    def set_filter(self, role: Roles, value: str) -> bool:
        """Choose a filter value as the operator would (False: no such value shown)."""
        box = self.filters[role]
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)
        return index >= 0

    def current_unit_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(Roles.UNIT_ID) if index.isValid() else None

    def shown_unit_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(Roles.UNIT_ID) for r in range(self.proxy.rowCount())]

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        unit_id = index.data(Roles.UNIT_ID)
        if unit_id:
            self.assign_requested.emit(unit_id)

    @Slot()
    def _on_filter_changed(self, *_args: object) -> None:
        for role, box in self.filters.items():
            self.proxy.set_filter(role, box.currentData() or ALL)

    @Slot()
    def _rebuild_filters(self, *_args: object) -> None:
        rebuilt = False
        for role, box in self.filters.items():
            values = self.model.values(role)
            present = [box.itemData(i) for i in range(1, box.count())]
            if values == present:
                continue
            rebuilt = True
            chosen = box.currentData()
            box.blockSignals(True)
            try:
                while box.count() > 1:
                    box.removeItem(1)
                for v in values:  # statuses and kinds in words; agencies are the directory's
                    words = _FILTER_WORDS.get(role)
                    box.addItem(words(v) if words else v.replace("_", " "), v)
                box.setCurrentIndex(max(0, box.findData(chosen)))
            finally:
                box.blockSignals(False)
        if rebuilt:
            self._on_filter_changed()


class UnitDropFilter(QObject):
    """Accepts units dropped on an item view's rows.

    Args:
        view: the view whose viewport gets the drops.
        target_of: row index → the drop target (e.g. an incident id), None: not a target.

    Signals:
        unit_dropped: a unit landed on a target; arguments: unit id, the target.
    """

    unit_dropped = Signal(str, object)

    def __init__(
        self, view: QAbstractItemView, target_of: Callable[[QModelIndex], object | None]
    ) -> None:
        super().__init__(view)
        self._view = view
        self._target_of = target_of
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def _target(self, event: QDropEvent | QDragMoveEvent) -> object | None:
        index = self._view.indexAt(event.position().toPoint())
        return self._target_of(index) if index.isValid() else self._target_of(QModelIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if unit_from_mime(event.mimeData()) is not None:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        elif kind == QEvent.Type.DragMove and isinstance(event, QDragMoveEvent):
            if unit_from_mime(event.mimeData()) is not None:
                if self._target(event) is not None:
                    event.setDropAction(Qt.DropAction.CopyAction)
                    event.accept()
                else:
                    event.ignore()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            unit_id = unit_from_mime(event.mimeData())
            if unit_id is not None:
                target = self._target(event)
                if target is None:
                    event.ignore()
                    return True
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                self.unit_dropped.emit(unit_id, target)
                return True
        return super().eventFilter(watched, event)


@dataclass(frozen=True)
class AssignRequest:
    """What the assignment dialog asked for (``CommandBoard.assign``'s arguments)."""

    incident_key: str
    unit_id: str | None
    person: str | None
    element_kind: ElementKind
    element_name: str
    work: str
    report_to: str | None
    report_at: datetime | None


class AssignDialog(QDialog):
    """Assign a unit or a named person to an incident's ICS position or element.

    Args:
        incidents: (key, title) of the incidents to choose from.
        units: ``UnitSnapshot``s to choose from.
        now: default reporting time.
    """

    def __init__(
        self,
        incidents: list[tuple[str, str]],
        units: list[Any],
        now: datetime,
        *,
        incident_key: str | None = None,
        unit_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assign_dialog")
        self.setWindowTitle(self.tr("Assign to incident"))
        self.incident = QComboBox()
        self.incident.setObjectName("assign_incident")
        for key, title in incidents:
            self.incident.addItem(f"{key} — {title}", key)
        self.by_unit = QRadioButton(self.tr("Unit"))
        self.by_person = QRadioButton(self.tr("Person"))
        self.by_unit.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_unit)
        group.addButton(self.by_person)
        self.unit = QComboBox()
        self.unit.setObjectName("assign_unit")
        for u in units:
            status = "" if u.status is None else f" [{unit_status_word(u.status)}]"
            self.unit.addItem(f"{u.callsign} — {u.country}/{u.agency}{status}", u.id)
        self.person = QLineEdit()
        self.person.setObjectName("assign_person")
        self.person.setPlaceholderText(self.tr("Name, rank"))
        self.person.setEnabled(False)
        self.by_unit.toggled.connect(self._on_kind_of_resource)
        who = QHBoxLayout()
        who.addWidget(self.by_unit)
        who.addWidget(self.unit, 1)
        who.addWidget(self.by_person)
        who.addWidget(self.person, 1)
        self.element_kind = QComboBox()
        self.element_kind.setObjectName("assign_element_kind")
        for kind, label in ELEMENT_LABELS.items():
            self.element_kind.addItem(self.tr(label), kind.value)
        self.element_kind.setCurrentIndex(self.element_kind.findData(ElementKind.DIVISION.value))
        self.element_kind.currentIndexChanged.connect(self._on_element_kind)
        self.element_name = QComboBox()
        self.element_name.setObjectName("assign_element_name")
        self.element_name.setEditable(True)
        line = self.element_name.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. Division A, Decon Group"))
        self.work = QPlainTextEdit()
        self.work.setObjectName("assign_work")
        self.work.setPlaceholderText(self.tr("Work assignment (ICS-204 block 6)"))
        self.work.setMaximumHeight(80)
        self.report_to = QLineEdit()
        self.report_to.setObjectName("assign_report_to")
        self.report_to.setPlaceholderText(
            self.tr("Reporting location, e.g. RVP Malaba border post")
        )
        self.report_at_set = QCheckBox(self.tr("at", "report at this time"))
        self.report_at = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(now.timestamp())))
        # one unambiguous format in every language: 24 h, four-digit year, Latin digits
        self.report_at.setLocale(QLocale.c())
        self.report_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.report_at.setCalendarPopup(True)
        self.report_at.setEnabled(False)
        self.report_at_set.toggled.connect(self.report_at.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.report_at_set)
        when.addWidget(self.report_at, 1)
        form = QFormLayout()
        form.addRow(self.tr("Incident"), self.incident)
        form.addRow(self.tr("Resource"), who)
        form.addRow(self.tr("ICS element"), self.element_kind)
        form.addRow(self.tr("Element / position name"), self.element_name)
        form.addRow(self.tr("Work assignment"), self.work)
        form.addRow(self.tr("Report to"), self.report_to)
        form.addRow(self.tr("Report time"), when)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if incident_key is not None:
            self.incident.setCurrentIndex(max(0, self.incident.findData(incident_key)))
        if unit_id is not None:
            self.unit.setCurrentIndex(max(0, self.unit.findData(unit_id)))

    @Slot(bool)
    def _on_kind_of_resource(self, unit: bool) -> None:
        self.unit.setEnabled(unit)
        self.person.setEnabled(not unit)

    @Slot(int)
    def _on_element_kind(self, _index: int) -> None:
        text = self.element_name.currentText()
        self.element_name.clear()
        if self.element_kind.currentData() == ElementKind.POSITION.value:
            self.element_name.addItems(list(ICS_POSITIONS))
        self.element_name.setEditText(text)

    def fill(
        self,
        *,
        element_kind: ElementKind | str,
        element_name: str,
        work: str = "",
        report_to: str = "",
        person: str | None = None,
    ) -> None:
        """Fill the fields as an operator would (tests, scripted use)."""
        self.element_kind.setCurrentIndex(
            self.element_kind.findData(ElementKind(element_kind).value)
        )
        self.element_name.setEditText(element_name)
        self.work.setPlainText(work)
        self.report_to.setText(report_to)
        if person is not None:
            self.by_person.setChecked(True)
            self.person.setText(person)

    def request(self) -> AssignRequest:
        person = self.person.text().strip() if self.by_person.isChecked() else None
        report_at = (
            datetime.fromtimestamp(self.report_at.dateTime().toSecsSinceEpoch(), UTC)
            if self.report_at_set.isChecked()
            else None
        )
        return AssignRequest(
            incident_key=str(self.incident.currentData() or ""),
            unit_id=None if person is not None else self.unit.currentData(),
            person=person or None,
            element_kind=ElementKind(self.element_kind.currentData()),
            element_name=self.element_name.currentText().strip(),
            work=self.work.toPlainText().strip(),
            report_to=self.report_to.text().strip() or None,
            report_at=report_at,
        )
