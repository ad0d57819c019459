"""``incident-desk search`` on a real SQLite file: lines an operator can read, bad input named."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from incident_desk import cli, timefmt
from incident_desk.store import SearchQuery, Store
from tests.helpers.stores import small_search
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


def test_a_full_page_says_how_to_go_on_and_the_next_page_ends_it(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["search", "--db", db, "--limit", "1", "--json"]) == 0
    out, err = capsys.readouterr()
    [newest] = [json.loads(line) for line in out.splitlines()]  # stdout stays JSON
    assert err.strip() == f"more may follow: --before-id {newest['id']}"

    assert cli.main(["search", "--db", db, "--before-id", str(newest["id"])]) == 0
    out, err = capsys.readouterr()
    assert "Suspicious vehicle near the embassy" in out
    assert err == ""  # the oldest alert reached: nothing more to say


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


def test_a_page_stopped_at_its_span_names_where_and_how_to_go_on(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    small_search(monkeypatch, common=2, recent=(1,), span=2)
    with Store.open(pg_url) as store:
        store.add_alerts([_alert(n, hours=n) for n in range(1, 6)])
        [fourth] = store.search(SearchQuery(words="explosion", limit=1, before_id=5)).hits

    assert cli.main(["search", "--db", pg_url, "explosion", "--limit", "5"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2  # ids 5 and 4: the span's
    since = timefmt.utc(fourth.sent_utc + timedelta(seconds=2))  # received 2 s after sent
    assert err.strip() == (
        f"searched the alerts received since {since}; older ones: --before-id {fourth.id}"
    )


@pytest.mark.parametrize("country", ["kenya", "K", "K1", "KEN"])
def test_a_country_that_is_not_two_letters_is_refused(
    db: str, country: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["search", "--db", db, "--country", country]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"incident-desk search: --country: {country!r} is not a two-letter country code, e.g. KE"
    )


def test_a_lower_case_country_code_finds_what_the_upper_case_one_finds(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["search", "--db", db, "--country", "ug"]) == 0
    assert "Crowd at Uhuru Park" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("since", "until"),
    [("2026-03-15", "2026-03-14"), ("2026-03-14T10:00+03:00", "2026-03-14T07:00Z")],
)
def test_since_not_before_until_is_refused(
    db: str, since: str, until: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["search", "--db", db, "--since", since, "--until", until]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"incident-desk search: --since {since} is not before --until {until}: no alert could match"
    )
