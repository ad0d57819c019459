"""The status bar says which node of a broker cluster the console is on, and MQTT 3.1.1
when the cluster speaks only that (issue 19)."""

from __future__ import annotations

from dataclasses import dataclass

from incident_desk.ui.status import ConnectionIndicator
from tests.gui.fakes import State


@dataclass
class ClusterState(State):
    """``ConnectionState`` with the cluster fields."""

    protocol: str = "5"
    node: int = 0
    nodes: int = 1


def test_the_node_and_the_degraded_protocol_are_shown(qtbot) -> None:
    ind = ConnectionIndicator("bus1:1883")
    qtbot.addWidget(ind)
    ind.set_state(ClusterState("connected", host="bus2", protocol="3.1.1", node=1, nodes=3))
    assert "Broker bus2:1883 (node 2 of 3, MQTT 3.1.1): connected since" in ind.text()
    assert "MQTT 3.1.1 only" in ind.toolTip()


def test_a_single_mqtt5_broker_shows_neither(qtbot) -> None:
    ind = ConnectionIndicator("bus1:1883")
    qtbot.addWidget(ind)
    ind.set_state(ClusterState("connected", host="bus1"))
    assert "Broker bus1:1883: connected since" in ind.text()
    assert "3.1.1" not in ind.text() + ind.toolTip()
