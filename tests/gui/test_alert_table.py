from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from incident_desk.ui.models.alert_filter import AlertFilterProxy
from incident_desk.ui.models.alert_table import AlertTableModel, Column, Roles
from incident_desk.ui.theme import ALARM_RED
from tests.gui.fakes import fast_rows, make_alert

BG = Qt.ItemDataRole.BackgroundRole
FG = Qt.ItemDataRole.ForegroundRole


def _rows() -> list:
    return [
        make_alert(
            1, severity="Minor", urgency="Future", event="Lost luggage", country="UG", agency="upf"
        ),
        make_alert(
            2, severity="Severe", urgency="Expected", event="Crowd build-up", incidents=("INC-2",)
        ),
        make_alert(
            3, severity="Extreme", urgency="Immediate", event="Explosion", sender="kdf.go.ke"
        ),
        make_alert(
            4,
            severity="Moderate",
            urgency="Immediate",
            status="Exercise",
            exercise_id="EX-1",
            event="Drill bomb threat",
            categories=("CBRNE",),
        ),
    ]


def test_model_passes_tester_while_loading_appending_and_acking(qtmodeltester) -> None:
    model = AlertTableModel()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(_rows()[:2])
    model.append_alerts(_rows()[2:])
    model.set_acknowledged(3)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4


def test_rows_newest_first_and_batch_is_one_insert_at_top(qtbot) -> None:
    model = AlertTableModel()
    model.set_rows(_rows()[:2])
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    assert model.append_alerts([_rows()[3], _rows()[2], _rows()[0]]) == 2  # id 1 already held
    assert inserts == [(0, 1)]
    ids = [model.index(r, 0).data(Roles.ALERT_ID) for r in range(model.rowCount())]
    assert ids == [4, 3, 2, 1]
    assert model.last_id() == 4


def test_display_roles_colours_and_exercise_marking_without_colour_damage() -> None:
    model = AlertTableModel()
    model.set_rows(_rows())
    row_of = {model.index(r, 0).data(Roles.ALERT_ID): r for r in range(4)}
    extreme = row_of[3]
    assert model.index(extreme, Column.SEVERITY).data() == "Extreme"
    assert model.index(extreme, 0).data(BG).color().name() == "#b71c1c"
    assert model.index(extreme, 0).data(FG).color().name() == "#ffffff"
    assert model.index(row_of[1], 0).data(BG) is None  # Minor keeps the theme's colours
    ex = row_of[4]
    # exercise is said in words (the Traffic column), never by tinting the severity code
    assert model.index(ex, Column.MODE).data() == "EX"
    assert model.index(extreme, Column.MODE).data() == ""  # a real console tags nothing
    assert not model.index(ex, Column.EVENT).data().startswith("EXERCISE")
    assert model.index(ex, 0).data(Roles.IS_EXERCISE) is True
    assert model.index(row_of[2], Column.INCIDENTS).data() == "INC-2"
    assert model.index(row_of[1], Column.MODE).data(BG) is None
    model.exercise_mode = True  # in a drill every real item says REAL
    assert model.index(extreme, Column.MODE).data() == "REAL"
    # and its REAL stands out of any row, acknowledged or not: white, bold, on the alarm red
    # (a reviewer found the acknowledged real alert the least prominent row of a drill)
    real = model.index(row_of[1], Column.MODE)
    assert real.data() == "REAL"
    assert real.data(BG).color().name() == ALARM_RED
    assert real.data(FG).color().name() == "#ffffff"
    assert real.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(ex, Column.MODE).data(BG) == model.index(ex, 0).data(BG)  # EX: the row's


def test_exercise_rows_keep_exactly_the_real_severity_colours() -> None:
    """Trainees learn the colour code they will use for real (issue: the purple tint made
    Minor/Past Cancels the most saturated rows and Severe and Moderate hard to tell apart)."""
    model = AlertTableModel()
    pairs = [
        ("Extreme", "Immediate"),
        ("Extreme", "Expected"),
        ("Severe", "Immediate"),
        ("Severe", "Expected"),
        ("Moderate", "Expected"),
        ("Minor", "Past"),
    ]
    rows = []
    for n, (severity, urgency) in enumerate(pairs):
        rows.append(make_alert(2 * n + 1, severity=severity, urgency=urgency))
        rows.append(
            make_alert(
                2 * n + 2,
                severity=severity,
                urgency=urgency,
                status="Exercise",
                exercise_id="EX-1",
                headline=f"EXERCISE EXERCISE EXERCISE {severity} drill",
            )
        )
    model.set_rows(rows)

    def colours(alert_id: int) -> tuple[object, object]:
        index = model.index(model.row_of(alert_id), 0)
        bg, fg = index.data(BG), index.data(FG)
        return (bg and bg.color().name(), fg and fg.color().name())

    for n in range(len(pairs)):
        assert colours(2 * n + 2) == colours(2 * n + 1), pairs[n]
    drill = model.index(model.row_of(2), Column.EVENT).data()
    assert drill == "Extreme drill"  # the mandated marking stays in the CAP, not on screen


def test_set_acknowledged_changes_marker_bold_and_state() -> None:
    model = AlertTableModel()
    model.set_rows(_rows())
    row = model.row_of(3)
    idx = model.index(row, Column.ACK)
    assert idx.data() == "UNACKNOWLEDGED"
    assert model.index(row, Column.MARKER).data() == "●"
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()
    changed: list[int] = []
    model.dataChanged.connect(lambda tl, br, roles: changed.append(tl.row()))
    assert model.set_acknowledged(3) is True
    assert changed == [row]
    assert idx.data() == "acknowledged"
    assert model.index(row, Column.MARKER).data() == ""
    assert model.index(row, 0).data(Roles.ACKNOWLEDGED) is True
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.set_acknowledged(3) is False


def test_hundred_thousand_rows_load_without_per_row_signals() -> None:
    rows = fast_rows(100_000)
    model = AlertTableModel()
    proxy = AlertFilterProxy()
    proxy.setSourceModel(model)
    signals: list[str] = []
    model.rowsInserted.connect(lambda *a: signals.append("insert"))
    model.modelReset.connect(lambda: signals.append("reset"))
    model.set_rows(rows[:50_000])
    model.append_alerts(rows[50_000:])
    assert signals == ["reset", "insert"]
    assert proxy.rowCount() == 100_000


def test_proxy_filters(qtmodeltester) -> None:
    model = AlertTableModel()
    model.set_rows(_rows())
    proxy = AlertFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)

    def ids() -> set[int]:
        return {proxy.index(r, 0).data(Roles.ALERT_ID) for r in range(proxy.rowCount())}

    assert ids() == {1, 2, 3, 4}
    proxy.set_severities({"Extreme", "Severe"})
    assert ids() == {2, 3}
    proxy.set_urgencies({"Immediate"})
    assert ids() == {3}
    proxy.set_severities(())
    assert ids() == {3, 4}
    proxy.set_urgencies(())
    proxy.set_text("EXPLOSION")
    assert ids() == {3}
    proxy.set_text("kdf.GO")  # sender
    assert ids() == {3}
    proxy.set_text("inc-2")  # incidents
    assert ids() == {2}
    proxy.set_text("")
    proxy.set_country("ug")
    assert ids() == {1}
    proxy.set_country("")
    proxy.set_agency("UPF")
    assert ids() == {1}
    proxy.set_agency("")
    proxy.set_category("CBRNE")
    assert ids() == {4}
    proxy.set_category("")
    proxy.set_status("Exercise")
    assert ids() == {4}
    proxy.set_status("")
    proxy.set_incident("INC-2")
    assert ids() == {2}
    proxy.set_incident("")
    model.set_acknowledged(1)
    proxy.set_unacknowledged_only(True)
    assert ids() == {2, 3, 4}
    qtmodeltester.check(proxy, force_py=True)


def test_acks_hidden_unless_asked() -> None:
    model = AlertTableModel()
    target = make_alert(1)
    ack = make_alert(2, msg_type="Ack", references=(target.alert.reference(),))
    model.set_rows([target, ack])
    proxy = AlertFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 1
    proxy.set_show_acks(True)
    assert proxy.rowCount() == 2


def test_sort_by_severity_rank_and_time_value() -> None:
    model = AlertTableModel()
    rows = _rows()
    model.set_rows(rows)
    proxy = AlertFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.SEVERITY, Qt.SortOrder.DescendingOrder)
    # alphabetical order would put Severe before Moderate before Minor before Extreme
    assert [proxy.index(r, Column.SEVERITY).data() for r in range(4)] == [
        "Extreme",
        "Severe",
        "Moderate",
        "Minor",
    ]
    proxy.sort(Column.SENT, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(Roles.ALERT_ID) for r in range(4)] == [1, 2, 3, 4]
    proxy.sort(-1)
    assert [proxy.index(r, 0).data(Roles.ALERT_ID) for r in range(4)] == [4, 3, 2, 1]
    assert proxy.mapToSource(QModelIndex()).isValid() is False


def test_model_sort_keeps_order_on_append_and_passes_tester(qtmodeltester) -> None:
    model = AlertTableModel()
    model.set_rows(_rows())
    qtmodeltester.check(model, force_py=True)
    proxy = AlertFilterProxy()
    proxy.setSourceModel(model)
    model.sort(Column.SEVERITY, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, Column.SEVERITY).data() for r in range(4)] == [
        "Extreme",
        "Severe",
        "Moderate",
        "Minor",
    ]
    assert model.row_of(1) == 3
    assert model.row_at(0).id == 3
    model.append_alerts(
        [make_alert(5, severity="Severe", urgency="Past"), make_alert(6, severity="Minor")]
    )
    assert [model.index(r, 0).data(Roles.ALERT_ID) for r in range(6)] == [3, 5, 2, 4, 6, 1]
    model.set_acknowledged(5)
    assert model.index(1, Column.ACK).data() == "acknowledged"
    model.sort(-1)
    assert [model.index(r, 0).data(Roles.ALERT_ID) for r in range(6)] == [6, 5, 4, 3, 2, 1]


def _count_sort_keys(model: AlertTableModel) -> list[int]:
    """Count the model's sort-key computations (its cost, measured without a clock)."""
    calls = [0]
    key = model._sort_key

    def counted(row, col):
        calls[0] += 1
        return key(row, col)

    model._sort_key = counted  # type: ignore[method-assign]
    return calls


def test_sorting_hundred_thousand_rows_computes_one_key_per_row() -> None:
    """One key per row, then one ``sorted``: no comparator calling back into ``data()``
    (how long that takes is measured by ``make bench``, not here)."""
    model = AlertTableModel()
    model.set_rows(fast_rows(100_000))
    calls = _count_sort_keys(model)
    model.sort(Column.SEVERITY, Qt.SortOrder.DescendingOrder)
    assert calls[0] == 100_000
    assert model.index(0, Column.SEVERITY).data() == "Extreme"
    assert model.index(99_999, Column.SEVERITY).data() == "Minor"


def test_sorted_model_takes_batches_in_place_with_few_inserts(qtbot) -> None:
    """1,000-row batches into 100,000 sorted rows: each lands where a full sort puts it,
    announced as one insert per run of equal keys (4 severities), not one per row or a
    reset, and far cheaper than re-sorting."""
    model = AlertTableModel()
    model.set_rows(fast_rows(100_000))
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        model.sort(Column.SEVERITY, order)
        inserts: list[tuple[int, int]] = []
        resets: list[bool] = []
        model.rowsInserted.connect(lambda _p, first, last, seen=inserts: seen.append((first, last)))
        model.layoutChanged.connect(lambda *_a, seen=resets: seen.append(True))
        start = model.rowCount() + 1
        calls = _count_sort_keys(model)
        model.append_alerts(fast_rows(1_000, start=start))
        del model._sort_key  # back to the class's method
        assert calls[0] == 1_000  # the new rows' keys only: nothing re-sorted
        model.rowsInserted.disconnect()
        model.layoutChanged.disconnect()
        assert model.rowCount() == start - 1 + 1_000
        assert len(inserts) == 4
        assert not resets
        assert sum(last - first + 1 for first, last in inserts) == 1_000
        shown = [model.row_at(r) for r in range(model.rowCount())]
        keys = [(model._sort_key(r, Column.SEVERITY), r.id) for r in shown]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
        assert model.row_of(start + 999) == shown.index(model.alert(start + 999))


def test_newest_first_batch_into_hundred_thousand_rows_is_one_insert() -> None:
    model = AlertTableModel()
    model.set_rows(fast_rows(100_000))
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    calls = _count_sort_keys(model)
    assert model.append_alerts(fast_rows(1_000, start=100_001)) == 1_000
    assert inserts == [(0, 999)]
    assert calls[0] == 0  # newest first: nothing to place, nothing re-sorted
    assert model.row_at(0).id == 101_000


class _CountingModel(AlertTableModel):
    """The real model, counting how often a view calls into it (a proxy of its cost)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = {"data": 0, "multiData": 0}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.calls["data"] += 1
        return super().data(index, role)

    def multiData(self, index, roleDataSpan):
        self.calls["multiData"] += 1
        super().multiData(index, roleDataSpan)


def test_a_painted_cell_costs_one_call_into_python_with_every_role(qtbot) -> None:
    """Through the filter proxy, the view gets all of a cell's roles in one ``multiData``
    call (each call into Python takes the GIL, which ingest-side threads contend for),
    and each role holds exactly what ``data()`` gives."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan
    from PySide6.QtWidgets import QTableView

    model = _CountingModel()
    model.set_rows(fast_rows(500))
    model.set_acknowledged(499)
    proxy = AlertFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    model.calls.update(data=0, multiData=0)
    view.viewport().grab()
    assert model.calls["multiData"] > 0
    assert model.calls["data"] == 0

    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        *Roles,
    ]
    for row in (0, 1, 250):
        for column in Column:
            index = proxy.index(row, column)
            for role in roles:
                cell = QModelRoleData(role)
                proxy.multiData(index, QModelRoleDataSpan(cell))
                assert cell.data() == index.data(role), (row, column.name, role)


def test_older_pages_go_below_newest_first_and_keep_persistent_indexes(qtmodeltester) -> None:
    model = AlertTableModel()
    model.set_rows(fast_rows(10, start=91))  # ids 91..100: the newest page
    qtmodeltester.check(model, force_py=True)
    selected = model.index(model.row_of(95), 0)
    held = QPersistentModelIndex(selected)
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    assert model.append_older(fast_rows(10, start=81)) == 10  # ids 81..90
    assert inserts == [(10, 19)]  # one insert, at the bottom
    assert model.append_older(fast_rows(5, start=86)) == 0  # overlapping: nothing twice
    assert model.append_alerts(fast_rows(2, start=101)) == 2  # live rows still on top
    ids = [model.row_at(r).id for r in range(model.rowCount())]
    assert ids == list(range(102, 80, -1))
    assert held.isValid()
    assert model.row_at(held.row()).id == 95
    assert all(model.row_at(model.row_of(i)).id == i for i in ids)
    assert model.alert(81) is not None
    assert model.alert(81).id == 81
    qtmodeltester.check(model, force_py=True)


def test_older_pages_land_in_the_chosen_sort(qtbot) -> None:
    model = AlertTableModel()
    model.set_rows(fast_rows(400, start=601))
    model.sort(Column.SEVERITY, Qt.SortOrder.DescendingOrder)
    held = QPersistentModelIndex(model.index(model.row_of(777), 0))
    for start, count in ((201, 400), (1, 200)):  # two pages, each older than all held
        assert model.append_older(fast_rows(count, start=start)) == count
        shown = [model.row_at(r) for r in range(model.rowCount())]
        keys = [(model._sort_key(r, Column.SEVERITY), r.id) for r in shown]
        assert keys == sorted(keys, reverse=True)
        assert model.row_at(held.row()).id == 777
    assert sorted(r.id for r in shown) == list(range(1, 1001))
    model.sort(-1)
    assert [model.row_at(r).id for r in range(model.rowCount())] == list(range(1000, 0, -1))


def test_fetch_more_asks_the_older_source_and_a_barren_filter_stops_it() -> None:
    model = AlertTableModel()
    model.set_rows(fast_rows(10, start=91))
    proxy = AlertFilterProxy()
    proxy.setSourceModel(model)
    asked: list[int] = []
    model.set_older_source(lambda: True, lambda: asked.append(1))
    root = QModelIndex()
    assert proxy.canFetchMore(root)
    proxy.fetchMore(root)
    assert asked == [1]
    proxy.set_text("nothing has this")
    for n in range(proxy.BARREN_PAGES):
        shown = proxy.rowCount()
        model.append_older(fast_rows(10, start=81 - 10 * (n + 1)))
        proxy.page_applied(shown)
    assert proxy.paused()
    assert not proxy.canFetchMore(root)
    proxy.fetchMore(root)
    assert asked == [1]  # not asked while paused
    proxy.set_text("X-1")  # another filter: asking again
    assert proxy.canFetchMore(root)
