"""Alarm priority from severity × urgency × certainty: the default table and a configured one."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.alarms import AlarmBoard, Priority, PriorityRule, PriorityTable
from incident_desk.errors import ConfigError
from incident_desk.settings import Settings
from incident_desk.store import Store
from tests.helpers.alarms import FakeClock, alert, alert_id, feed

CRITICAL, HIGH, MEDIUM, LOW = Priority


@pytest.mark.parametrize(
    ("severity", "urgency", "certainty", "expected"),
    [
        ("Extreme", "Immediate", "Observed", CRITICAL),
        ("Extreme", "Immediate", "Likely", CRITICAL),
        ("Extreme", "Immediate", "Possible", HIGH),
        ("Extreme", "Expected", "Observed", HIGH),
        ("Severe", "Immediate", "Observed", HIGH),
        ("Extreme", "Future", "Observed", MEDIUM),
        ("Severe", "Expected", "Possible", MEDIUM),
        ("Moderate", "Immediate", "Likely", MEDIUM),
        ("Severe", "Future", "Likely", LOW),
        ("Moderate", "Expected", "Possible", LOW),
        ("Moderate", "Future", "Observed", None),
        ("Minor", "Immediate", "Observed", None),
        ("Unknown", "Immediate", "Observed", None),
        ("Extreme", "Past", "Observed", None),
        ("Extreme", "Immediate", "Unlikely", None),
        (None, None, None, None),  # no info block
    ],
)
def test_the_default_table(
    severity: str | None, urgency: str | None, certainty: str | None, expected: Priority | None
) -> None:
    assert PriorityTable().priority(severity, urgency, certainty) is expected


def test_the_first_matching_rule_wins_and_empty_means_any() -> None:
    table = PriorityTable(
        [
            PriorityRule(severity=("Minor",), priority=0),
            PriorityRule(urgency=("Immediate",), priority=2),
        ]
    )
    assert table.priority("Minor", "Immediate", "Observed") is None
    assert table.priority("Moderate", "Immediate", "Unknown") is HIGH
    assert table.priority("Extreme", "Expected", "Observed") is None  # no rule matches


def test_a_configured_table_drives_the_board(tmp_path: Path, store: Store) -> None:
    settings_file = tmp_path / "idesk.toml"
    settings_file.write_text(
        'workstation = "ke-ncc-ws01"\n'
        "alarm_flood_count = 5\n"
        "[[alarm_priorities]]\n"
        'severity = ["Minor"]\n'
        "priority = 4\n",
        encoding="utf-8",
    )
    settings = Settings.load(settings_file)
    board = AlarmBoard.from_settings(store, settings, clock=FakeClock())
    minor = alert("M1", severity="Minor")
    extreme = alert("E1")
    feed(board, store, minor, extreme)
    found = board.alarm_for(alert_id(store, minor))
    assert found is not None
    assert found.priority is LOW
    assert board.alarm_for(alert_id(store, extreme)) is None  # not in this table: no alarm
    assert board.flood.count == 5


def test_an_unknown_word_in_the_table_is_a_plain_config_error(tmp_path: Path) -> None:
    settings_file = tmp_path / "idesk.toml"
    settings_file.write_text(
        '[[alarm_priorities]]\nseverity = ["Huge"]\npriority = 1\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="alarm_priorities"):
        Settings.load(settings_file)


def test_priorities_are_one_to_four_or_zero() -> None:
    with pytest.raises(ValueError, match="priority"):
        PriorityRule(priority=5)
