"""The signature check as the operator sees it: queue Trust column, detail panel, map label."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from incident_desk.mapfeed import alert_area_features
from incident_desk.ui.detail import AlertDetail
from incident_desk.ui.models.alert_filter import AlertFilterProxy
from incident_desk.ui.models.alert_table import (
    TRUST_RED,
    AlertTableModel,
    Column,
)
from tests.gui.fakes import FakeStore, make_alert

# (state, signer, detail, queue text, red?)
CASES = [
    (
        "verified",
        "KE/nps",
        "signed by KE/nps (issued by the CA in KE.pem)",
        "✔ verified by KE/nps",
        False,
    ),
    ("unsigned", None, "the alert is not signed", "unsigned", False),
    ("unknown_signer", None, "no trust store configured", "unknown signer", False),
    (
        "bad_signature",
        None,
        "the signature does not match the alert: digest mismatch",
        "BAD SIGNATURE",
        True,
    ),
    (
        "signer_mismatch",
        "KE/nps",
        "signed by KE/nps but received on KE/kdf's topic",
        "signer ≠ topic",
        True,
    ),
]


def _rows() -> list[Any]:
    return [
        make_alert(n, event=f"Event {n}").model_copy(
            update={"trust_state": state, "trust_signer": signer, "trust_detail": detail}
        )
        for n, (state, signer, detail, _text, _red) in enumerate(CASES, start=1)
    ]


def _cell(model: AlertTableModel, alert_id: int, role: int) -> Any:
    row = model.row_of(alert_id)
    assert row is not None
    return model.index(row, Column.TRUST).data(role)


def test_trust_column_text_colour_and_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = AlertTableModel()
    model.set_rows(_rows())
    assert model.headerData(Column.TRUST, Qt.Orientation.Horizontal) == "Trust"
    red = QColor(TRUST_RED)
    for n, (state, _signer, detail, text, is_red) in enumerate(CASES, start=1):
        assert _cell(model, n, Qt.ItemDataRole.DisplayRole) == text
        brush = _cell(model, n, Qt.ItemDataRole.ForegroundRole)
        colour = brush.color() if brush is not None else None
        assert (colour == red) is is_red, text
        tooltip = _cell(model, n, Qt.ItemDataRole.ToolTipRole)
        if state == "unsigned":  # its sentence says it: "Not signed: nothing proves…", once
            assert tooltip == "Not signed: nothing proves which agency sent it."
        else:
            assert detail in tooltip


def test_an_alert_stored_before_trust_checks_reads_not_checked(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = AlertTableModel()
    model.set_rows([make_alert(1)])
    assert _cell(model, 1, Qt.ItemDataRole.DisplayRole) == "not checked"


def test_trust_column_sorts_the_worst_first_and_filters_by_state(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = AlertTableModel()
    model.set_rows(_rows())
    model.sort(Column.TRUST, Qt.SortOrder.AscendingOrder)
    shown = [model.index(r, Column.TRUST).data() for r in range(model.rowCount())]
    assert shown == [
        "BAD SIGNATURE",
        "signer ≠ topic",
        "unknown signer",
        "unsigned",
        "✔ verified by KE/nps",
    ]
    proxy = AlertFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_trust_states({"bad_signature", "signer_mismatch"})
    kept = {proxy.index(r, Column.TRUST).data() for r in range(proxy.rowCount())}
    assert kept == {"BAD SIGNATURE", "signer ≠ topic"}
    proxy.set_trust_states(())
    assert proxy.rowCount() == len(CASES)


@pytest.mark.parametrize("index", range(len(CASES)))
def test_detail_panel_states_the_trust_in_plain_words(qtbot, index: int) -> None:  # type: ignore[no-untyped-def]
    state, _signer, detail, text, is_red = CASES[index]
    panel = AlertDetail(FakeStore(_rows()))
    qtbot.addWidget(panel)
    panel.show_alert(index + 1)
    label = panel.trust.text()
    assert text in label
    if state == "unsigned":  # said once: "Signature: unsigned. Not signed: nothing proves…"
        assert label == "Signature: unsigned. Not signed: nothing proves which agency sent it."
    else:
        assert detail in label
    assert panel.trust.property("trust_state") == state
    assert (TRUST_RED in panel.trust.styleSheet()) is is_red
    body = panel.body.toPlainText()
    assert "Signature check" in body
    assert f"{text}: " in body
    panel.clear()
    assert panel.trust.text() == ""


def test_map_features_carry_the_trust_state_not_an_english_marker() -> None:
    rows = {r.trust_state: r for r in _rows()}
    labels = {
        state: {f["properties"]["label"] for f in alert_area_features([row])}
        for state, row in rows.items()
    }
    assert all(len(v) <= 1 for v in labels.values())
    flat = {state: next(iter(v), None) for state, v in labels.items()}
    if flat["verified"] is None:
        pytest.fail("the fake alerts need an area to draw")
    # the label is the alert's own words; the page adds the trust marker in the console's
    # language from the ``trust`` state (tests/gui/test_map_words.py)
    assert all("[" not in label for label in flat.values() if label)
    trust = {
        state: {f["properties"]["trust"] for f in alert_area_features([row])}
        for state, row in rows.items()
    }
    assert trust["unsigned"] == {"unsigned"}
    assert trust["bad_signature"] == {"bad_signature"}
