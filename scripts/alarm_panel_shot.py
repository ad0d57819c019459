"""Render docs/alarm-panel.png: the alarm panel with a few real and exercise alarms.

Run from the repository root (offscreen is fine):
    QT_QPA_PLATFORM=offscreen python scripts/alarm_panel_shot.py
"""

import tempfile
from datetime import timedelta

from PySide6.QtWidgets import QApplication

from incident_desk import cap
from incident_desk.alarms import AlarmBoard
from incident_desk.store import Store
from incident_desk.ui.alarm_panel import AlarmPanel
from tests.helpers.alarms import T0, FakeClock, ack, alert, cancel, feed, update

app = QApplication([])
d = tempfile.mkdtemp()
store = Store.open(f"sqlite:///{d}/a.db")
clock = FakeClock(T0 + timedelta(minutes=20))
board = AlarmBoard(store, console="ke-ncc-ws01", exercise_id="EX-NC-26", clock=clock)
ied = alert("KE-nps-1", headline="Suspected IED at Malaba border post", incidents=("KE-INC-7",))
crowd = alert(
    "KE-nps-2",
    severity="Severe",
    headline="Crowd build-up at bus terminal",
    at=timedelta(minutes=2),
    incidents=("KE-INC-8",),
)
fire = alert(
    "UG-upf-3",
    severity="Moderate",
    urgency="Expected",
    sender="upf.go.ug",
    headline="Vehicle fire on A104",
    at=timedelta(minutes=4),
    incidents=("UG-INC-2",),
)
shots = alert(
    "KE-nps-4",
    headline="Shots fired near the weighbridge",
    at=timedelta(minutes=6),
    incidents=("KE-INC-7",),
)
feed(board, store, ied, crowd, fire, shots)
drill = alert(
    "KE-nps-EX-1",
    status=cap.Status.EXERCISE,
    severity="Severe",
    headline="EXERCISE: suspicious bag at Busia",
    at=timedelta(minutes=5),
    incidents=("KE-INC-EX-3",),
)
feed(board, store, drill, exercise_id="EX-NC-26")
feed(board, store, ack(crowd, at=timedelta(minutes=3)))
feed(
    board,
    store,
    cancel(shots, "KE-nps-5", at=timedelta(minutes=9), headline="All clear: shots were fireworks"),
)
feed(board, store, ack(ied, at=timedelta(minutes=1)))
feed(
    board,
    store,
    update(ied, "KE-nps-6", at=timedelta(minutes=12), headline="Second device found at Malaba"),
)
board.shelve(
    board.alarm_for(store.find_alert(fire.key()).id).id,
    operator="j.otieno",
    reason="crews on site",
    duration=timedelta(hours=1),
)
p = AlarmPanel(board, operator="j.otieno")
p.resize(1100, 330)
p.refresh()
p.refresh_kpis()
p.show()
app.processEvents()
p.grab().save("docs/alarm-panel.png")
