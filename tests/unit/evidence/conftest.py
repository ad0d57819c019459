"""A store with one incident's history (and traffic that must stay out of its export);
``case``: that store as a file with the agency key, for the evidence commands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from incident_desk.cap import MsgType, Status
from incident_desk.cli import main
from incident_desk.evidence._note import Signer
from incident_desk.evidence.config import signer_from
from incident_desk.evidence.ledger import Ledger
from incident_desk.incidents import IncidentBoard
from incident_desk.settings import Settings
from incident_desk.store import Store
from incident_desk.store._schema import timeline_table
from tests.helpers.alerts import incoming, make_alert, raw_of
from tests.helpers.stores import store_from_url, store_url_on_both_databases

__all__ = ["store_from_url", "store_url_on_both_databases"]  # every test on both databases

INCIDENT = "KE-INC-7"


@dataclass
class History:
    """What the fixture stored: the incident's alert id and the unrelated ones."""

    alert_id: int
    ack_id: int
    other_id: int
    drill_id: int


@pytest.fixture
def signer() -> Signer:
    return Signer.generate("idesk/KE/nps")


def store_history(store: Store) -> History:
    """An incident from a real alert, an ack, a note and a status change; an unrelated alert,
    a quarantined payload and an exercise incident with the same CAP incident id."""
    alert = make_alert("KE-nps-1", incidents=(INCIDENT,))
    ack = make_alert(
        "UG-upf-ack-1",
        sender="upf@ug.example",
        msg_type=MsgType.ACK,
        references=(alert,),
        incidents=(),
    )
    other = make_alert("KE-nps-2", incidents=("KE-INC-9",), headline="Unrelated")
    drill = make_alert(
        "KE-nps-X1", status=Status.EXERCISE, note="EX-1 inject", incidents=(INCIDENT,)
    )
    ids = store.add_alerts(
        [
            incoming(alert),
            incoming(ack, raw=raw_of(ack), topic="idesk/v1/actual/UG/upf/ack"),
            incoming(other),
            incoming(drill, topic="idesk/v1/exercise/EX-1/KE/nps/alert", exercise_id="EX-1"),
        ]
    )
    board = IncidentBoard(store)
    board.correlate([r.alert_id for r in ids])
    incident = board.incident_for_alert(ids[0].alert_id)
    assert incident is not None
    assert incident.key == INCIDENT
    board.add_note(incident.id, "Cordon in place, 200 m", actor="j.otieno")
    store.quarantine(b"<not-cap/>", "not a CAP alert", topic="idesk/v1/actual/KE/nps/alert")
    return History(ids[0].alert_id, ids[1].alert_id, ids[2].alert_id, ids[3].alert_id)


_timeline = timeline_table


class Case:
    """A store with an incident's history, the agency key, and where packages go."""

    def __init__(self, tmp_path: Path) -> None:
        self.dir = tmp_path
        self.db = tmp_path / "ke.db"
        self.url = f"sqlite:///{self.db}"
        self.key = tmp_path / "agency.key"
        with Store.open(self.url) as store:
            store_history(store)
            store.append_timeline(
                "j.otieno", "incident.note", "drill only", incident_id="KE-EX-3", exercise_id="EX-1"
            )

    def make_key(self) -> None:
        assert main(["evidence", "key", "--key", str(self.key)]) == 0

    def export(self, *extra: str, incident: str = INCIDENT, out: Path | None = None) -> int:
        target = out if out is not None else self.dir / "case.zip"
        return main(
            [
                "evidence",
                "export",
                incident,
                "--db",
                self.url,
                "--key",
                str(self.key),
                "--reason",
                "MLA request",
                "--reference",
                "UG-DPP-2026-114",
                "--out",
                str(target),
                *extra,
            ]
        )

    def exports_logged(self) -> int:
        with Store.open(self.url) as store, store.reading("count") as conn:
            return int(
                conn.execute(
                    select(func.count()).where(_timeline.c.kind == "evidence.export")
                ).scalar_one()
            )

    def checkpoints(self) -> int:
        with Store.open(self.url) as store:
            return len(Ledger(store).checkpoints())

    def nothing_written(self) -> None:
        assert self.exports_logged() == 0, "a refused export left a custody entry in the log"
        assert self.checkpoints() == 0, "a refused command signed a checkpoint"
        assert not list(self.dir.rglob("*.zip")), "a refused export left a package"
        assert not list(self.dir.rglob("*.part")), "a refused export left a partial file"


@pytest.fixture
def case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Case:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return Case(tmp_path)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One real package (and its log key), copied by each test that changes it."""
    where = tmp_path_factory.mktemp("exported")
    case = Case(where)
    case.make_key()
    assert case.export() == 0
    vkey = signer_from(Settings(), case.key, create=False).verifier().vkey()
    return where / "case.zip", vkey
