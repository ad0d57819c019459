"""The detail pane: the alert's own words keep their direction in a right-to-left window."""

from __future__ import annotations

import html
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from incident_desk.ui.bidi import FSI, PDI
from incident_desk.ui.detail_html import essentials_html
from tests.gui.fakes import make_alert


@pytest.fixture
def right_to_left(qapp: Any) -> Any:
    """The application laid out right to left, as in Arabic (restored after)."""
    before = qapp.layoutDirection()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(before)


def test_the_alerts_own_words_keep_their_direction_in_arabic(right_to_left: None) -> None:
    """In Arabic an English instruction's full stop jumped to its start (".Leave yard B on
    foot … engines"): the instruction, each area and the sender are direction isolates."""
    stored = make_alert(
        1, sender="upf.go.ug", event="Explosion", headline="Malaba customs yard B evacuated"
    )
    info = stored.alert.first_info
    assert info is not None
    text = essentials_html(stored)
    assert f"{FSI}{info.instruction}{PDI}" in text
    for area in info.areas:
        assert f"{FSI}{html.escape(area.area_desc)}{PDI}" in text
    sender = info.sender_name or stored.alert.sender
    assert f"{FSI}{html.escape(sender)}{PDI}" in text
    # left to right, the text is as it always was
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert FSI not in essentials_html(stored)
    assert f"</b> {info.instruction}<br>" in essentials_html(stored)
