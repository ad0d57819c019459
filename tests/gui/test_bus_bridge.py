from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from incident_desk.changes import Changes
from incident_desk.ui.bus_bridge import BusBridge
from tests.gui.fakes import State


def test_posts_from_another_thread_arrive_on_the_gui_thread(qtbot) -> None:
    bridge = BusBridge()
    seen: list[tuple[object, bool]] = []
    bridge.changes_applied.connect(
        lambda c: seen.append((c, QThread.currentThread() is bridge.thread()))
    )
    changes = Changes(alerts=(5, 6))
    worker = threading.Thread(target=bridge.post_changes, args=(changes,))
    with qtbot.wait_signal(bridge.changes_applied, timeout=2000) as blocker:
        worker.start()
    worker.join(timeout=5)
    assert blocker.args == [changes]
    assert seen == [(changes, True)]


def test_state_crosses_and_empty_changes_are_dropped(qtbot) -> None:
    bridge = BusBridge()
    state = State("disconnected", reason="connection refused")
    worker = threading.Thread(target=bridge.post_state, args=(state,))
    with qtbot.wait_signal(bridge.connection_changed, timeout=2000) as blocker:
        worker.start()
    worker.join(timeout=5)
    assert blocker.args == [state]
    with qtbot.assert_not_emitted(bridge.changes_applied, wait=50):
        bridge.post_changes(Changes())
