"""``incident-desk search`` on a real SQLite file: lines an operator can read, bad input named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from incident_desk import cli
from incident_desk.store import Store
from tests.unit.store.test_search import _alert


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'alerts.db'}"
    with Store.open(url) as store:
        store.add_alerts(
            [
                _alert(1, headline="Suspicious vehicle near the embassy", severity="Extreme"),
                _alert(2, headline="Crowd at Uhuru Park", country="UG", agency="upf", hours=1),
            ]
        )
    return url


def test_words_and_filters_print_one_line_per_alert(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["search", "--db", db, "embassy"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    assert "Suspicious vehicle near the embassy" in lines[0]
    for part in ("Extreme", "KE/police", "UTC"):
        assert part in lines[0]

    assert cli.main(["search", "--db", db, "--country", "UG", "--json"]) == 0
    [hit] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (hit["identifier"], hit["country"]) == ("UG-upf-0002", "UG")


def test_a_bad_time_is_a_plain_error_with_exit_code_2(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["search", "--db", db, "--since", "yesterday"]) == 2
    err = capsys.readouterr().err
    assert "--since 'yesterday' is not an ISO 8601 date or time" in err
    assert "Traceback" not in err


def test_a_missing_database_file_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.db"
    assert cli.main(["search", "--db", f"sqlite:///{missing}", "x"]) == 2
    assert not missing.exists()
