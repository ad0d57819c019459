"""``incident-desk publish-update`` refuses bad input before anything is stored or queued:
a control character in a text option, an incident id that does not exist (exit 2 both)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.cli import main
from incident_desk.store import IncomingAlert, Store
from incident_desk.topics import Mode, alert_topic
from tests.helpers.updates import incident_alert, update_console

WORKSTATION = "ke-nps-ws1"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, str]:
    """A store with one real incident, and the settings file of its console."""
    db = tmp_path / "idesk.db"
    with Store.open(f"sqlite:///{db}") as store:
        console = update_console(store)
        assert console.board is not None
        alert, raw = incident_alert()
        topic = alert_topic(Mode.ACTUAL, "UG", "upf")
        incoming = IncomingAlert(
            raw=raw, alert=alert, topic=topic, received_at=alert.sent.utc, country="UG"
        )
        alert_id = store.write_batch([incoming]).results[0].alert_id
        console.board.correlate([alert_id])
        incident = console.board.incident_for_alert(alert_id)
        assert incident is not None
        key = incident.key
    config = tmp_path / "console.toml"
    config.write_text(
        'country = "KE"\nagency = "nps"\nsender = "nps.go.ke"\noperator = "Insp Kamau"\n'
        f'workstation = "{WORKSTATION}"\ndatabase_url = "sqlite:///{db}"\n'
    )
    return db, key


def _nothing_stored(db: Path) -> bool:
    with Store.open(f"sqlite:///{db}") as store:
        return store.count_alerts() == 1 and store.count_outgoing(WORKSTATION) == 0


@pytest.mark.parametrize(
    ("option", "value", "code"),
    [("--headline", "\x01\x02bad", "U+0001"), ("--instruction", "go\x7fnow", "U+007F")],
)
def test_a_control_character_in_a_text_option_is_refused_before_queuing(
    setup: tuple[Path, str],
    option: str,
    value: str,
    code: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, key = setup
    config = str(tmp_path / "console.toml")
    assert main(["publish-update", key, option, value, "--config", config, "--queue-only"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"incident-desk publish-update: {option}: holds a control "
                             f"character ({code})")  # fmt: skip
    assert _nothing_stored(db)


def test_an_incident_id_that_does_not_exist_is_bad_input_like_an_unknown_key(
    setup: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _key = setup
    config = str(tmp_path / "console.toml")
    assert main(["publish-update", "999", "--config", config, "--queue-only"]) == 2
    assert (
        capsys.readouterr().err.strip() == "incident-desk publish-update: no incident with id 999"
    )
    assert main(["publish-update", "INC-NOPE", "--config", config, "--queue-only"]) == 2
    assert _nothing_stored(db)
