"""``NodeRing``: which node of a broker cluster comes next and how long to wait (issue 19)."""

from __future__ import annotations

import pytest

from incident_desk.messaging.backoff import Backoff
from incident_desk.messaging.failover import NodeRing

NODES = [("bus1", 1883), ("bus2", 1883), ("bus3", 1884)]


def _ring(nodes: list[tuple[str, int]] = NODES) -> NodeRing:
    # rand=1.0: no jitter, so the delays are the bases
    return NodeRing(nodes, Backoff(1.0, 8.0, rand=lambda: 1.0), Backoff(0.2, 0.2, rand=lambda: 1.0))


def test_a_failure_sends_the_next_attempt_to_the_next_node_in_order() -> None:
    ring = _ring()
    visited = [ring.current]
    for _ in range(4):
        ring.failed()
        assert ring.next_attempt()
        visited.append(ring.current)
    assert visited == [NODES[0], NODES[1], NODES[2], NODES[0], NODES[1]]


def test_short_hops_within_a_round_then_the_growing_back_off() -> None:
    ring = _ring()
    delays = [ring.failed() for _ in range(9)]
    # a round of three nodes: two short hops, then the back-off (1, 2, 4 s)
    assert delays == [0.2, 0.2, 1.0, 0.2, 0.2, 2.0, 0.2, 0.2, 4.0]
    ring.succeeded()
    assert ring.failed() == 0.2
    assert [ring.failed(), ring.failed()] == [0.2, 1.0]  # back-off restarted at its minimum


def test_a_single_broker_waits_with_the_back_off_and_stays_put() -> None:
    ring = _ring([("bus1", 1883)])
    assert [ring.failed(), ring.failed(), ring.failed()] == [1.0, 2.0, 4.0]
    assert not ring.next_attempt()
    assert ring.current == ("bus1", 1883)
    assert ring.next_node() is None


def test_retrying_the_same_node_neither_moves_nor_counts() -> None:
    ring = _ring()
    assert ring.failed(same_node=True) == 0.2
    assert not ring.next_attempt()
    assert [ring.failed(), ring.failed(), ring.failed()] == [0.2, 0.2, 1.0]


def test_the_ring_goes_back_to_the_preferred_node_only_when_told() -> None:
    ring = _ring()
    ring.failed()
    assert ring.next_node() == "bus2:1883"
    ring.next_attempt()
    ring.succeeded()
    assert not ring.next_attempt()  # connected to bus2: it stays there
    assert ring.index == 1
    ring.prefer()
    assert (ring.index, ring.current) == (0, NODES[0])


def test_a_cluster_has_at_least_one_node() -> None:
    with pytest.raises(ValueError, match="at least one node"):
        NodeRing([], Backoff(), Backoff())
