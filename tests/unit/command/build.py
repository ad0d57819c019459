"""Consoles for command tests: real SQLite stores, a settable clock, the example directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from incident_desk.command import CommandBoard, Issued, load_directory
from incident_desk.identity import Identity
from incident_desk.store import Store

ROOT = Path(__file__).resolve().parents[3]
DIRECTORY = ROOT / "resources" / "directory" / "example-directory.yaml"
T0 = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
KEY = "NC-MALABA-01"

KE = Identity("KE", "nps", "nps.go.ke", "Insp Kamau", "ke-nps-ws1")
UG = Identity("UG", "upf", "upf.go.ug", "Supt Okello", "ug-upf-ws1")
UG2 = Identity("UG", "upf", "upf.go.ug", "Insp Nakato", "ug-upf-ws2")
RW = Identity("RW", "rnp", "police.gov.rw", "CSP Mugisha", "rw-rnp-ws1")


@dataclass
class Clock:
    now: datetime = T0

    def __call__(self) -> datetime:
        return self.now

    def tick(self, seconds: float = 10) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


@dataclass
class Console:
    store: Store
    board: CommandBoard
    sent: list[Issued] = field(default_factory=list)

    def do(self, issued: Issued) -> Issued:
        self.sent.append(issued)
        return issued


def console(tmp: Path, identity: Identity, clock: Clock, **kw: Any) -> Console:
    store = Store.open(f"sqlite:///{tmp / (identity.workstation + '.db')}")
    board = CommandBoard(store, identity, clock=clock, **kw)
    board.load_directory(load_directory(DIRECTORY))
    return Console(store, board)


def state_of(board: CommandBoard, key: str = KEY) -> dict[str, Any]:
    """Everything derived, as plain data (what two converged consoles must agree on)."""
    return {
        "command": None if (c := board.command(key)) is None else c.model_dump(),
        "assignments": [a.model_dump() for a in board.assignments(key)],
        "participation": [p.model_dump() for p in board.participation(key)],
        "proposals": [p.model_dump() for p in board.proposals(key)],
        "events": [(e["id"], e["outcome"], e["reason"]) for e in board.events(key)],
    }


def timeline_of(store: Store, key: str = KEY) -> list[tuple[str, str, str | None, str]]:
    """The normalised timeline: (kind, author, incident key, text), sorted."""
    return sorted((e.kind, e.actor, e.incident_id, e.text) for e in store.timeline(key))
