"""Which broker node of a cluster to try next, and how long to wait first (pure logic).

``NodeRing`` holds the nodes of ``BrokerSettings.urls`` in order of preference. A failed
attempt or a lost connection moves the next attempt to the next node; the wait before it is
short (one jittered ``reconnect_min_s``) while a round over the nodes is not finished, and
grows with the exponential ``Backoff`` once every node failed in a row. A success resets both.
The ring never moves back to the preferred node by itself: ``prefer()`` does, when told to.
"""

from __future__ import annotations

from collections.abc import Sequence

from incident_desk.messaging.backoff import Backoff

__all__ = ["NodeRing"]


class NodeRing:
    """The nodes of one broker cluster and the one in use.

    Attributes:
        nodes: (host, port) of every node, the preferred one first.
        index: the node in use (0: the preferred one).
    """

    def __init__(self, nodes: Sequence[tuple[str, int]], backoff: Backoff, hop: Backoff) -> None:
        if not nodes:
            raise ValueError("a cluster has at least one node")
        self.nodes = list(nodes)
        self.index = 0
        self._backoff = backoff
        self._hop = hop
        self._advance = False  # the next attempt goes to the next node
        self._failed = 0  # attempts failed in a row since the last success

    @property
    def current(self) -> tuple[str, int]:
        return self.nodes[self.index]

    def __len__(self) -> int:
        return len(self.nodes)

    def failed(self, *, same_node: bool = False) -> float:
        """An attempt failed or the connection was lost: the seconds to wait before the next
        attempt, which goes to the next node unless ``same_node`` (then: a short wait)."""
        if same_node:
            return self._hop.next_delay()
        self._advance = len(self.nodes) > 1
        self._failed += 1
        if self._advance and self._failed % len(self.nodes):
            return self._hop.next_delay()  # the round over the nodes is not finished
        return self._backoff.next_delay()

    def next_attempt(self) -> bool:
        """Called just before an attempt: move to the next node if a failure said so.

        Returns:
            True if the node changed.
        """
        if not self._advance:
            return False
        self._advance = False
        self.index = (self.index + 1) % len(self.nodes)
        return True

    def next_node(self) -> str | None:
        """``host:port`` of the next attempt when it goes to another node, else None."""
        if not self._advance:
            return None
        host, port = self.nodes[(self.index + 1) % len(self.nodes)]
        return f"{host}:{port}"

    def succeeded(self) -> None:
        self._backoff.reset()
        self._failed = 0

    def prefer(self) -> None:
        """Back to the preferred node for the next attempt."""
        self.index, self._advance, self._failed = 0, False, 0
