"""``incident-desk search``: find stored alerts by words and filters, headless.

Words are looked up in the sender, event, headline, description and area descriptions of
every alert (each word must occur, as a prefix); filters narrow by severity, country, agency
and the time the alert was sent. One line per alert, newest stored first; ``--json`` writes
one JSON object per line instead. When more may follow, the last line (on standard error,
so ``--json`` output stays JSON) gives the ``--before-id`` that goes on: after a full page, or
where a search of a large PostgreSQL store stopped its page (it walks about half a year of
alerts a page at most; ``store/_search.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import UTC, datetime
from typing import Any

from incident_desk.cap import SEVERITIES
from incident_desk.cli._options import count
from incident_desk.errors import InputError


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "search",
        help="search stored alerts by words and filters",
        description=(
            "Search every stored alert: each word must occur in the sender, event, headline, "
            "description or an area description (a word matches as a prefix, case does not "
            "matter). Real traffic only unless --exercise or --any-exercise is given. Newest "
            "first; --before-id ID goes on where a previous page ended (the command says the ID)."
        ),
    )
    p.add_argument("words", nargs="*", help="words to look for (none: filters only)")
    p.add_argument("--db", metavar="URL", help="store URL (default: the settings' database)")
    p.add_argument("--severity", choices=SEVERITIES)
    p.add_argument("--country", metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. KE")
    p.add_argument("--agency", metavar="NAME", help="the agency of the topic, e.g. police")
    p.add_argument("--since", metavar="TIME", help="sent at or after (ISO 8601; UTC if no zone)")
    p.add_argument("--until", metavar="TIME", help="sent before (ISO 8601; UTC if no zone)")
    traffic = p.add_mutually_exclusive_group()
    traffic.add_argument("--exercise", metavar="ID", help="this exercise's alerts only")
    traffic.add_argument("--any-exercise", action="store_true", help="real and every exercise")
    p.add_argument("--limit", type=count, default=50, metavar="N", help="at most N (default 50)")
    p.add_argument("--before-id", type=count, metavar="ID", help="only alerts stored before ID")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--config", help="settings file (TOML)")
    p.set_defaults(run=run)


def parse_time(text: str | None, option: str) -> datetime | None:
    """An ISO 8601 time from the command line (UTC when it names no zone).

    Raises:
        InputError: not a date or date-time.
    """
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"{option} {text!r} is not an ISO 8601 date or time (e.g. 2026-03-14T09:00+03:00)"
        ) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def country_code(text: str | None) -> str | None:
    """``--country``: an ISO 3166-1 alpha-2 code (``ke`` is read as ``KE``).

    Raises:
        InputError: not two letters (``kenya``).
    """
    if text is None:
        return None
    if not re.fullmatch(r"[A-Za-z]{2}", text):
        raise InputError(f"--country: {text!r} is not a two-letter country code, e.g. KE")
    return text.upper()


def run(args: argparse.Namespace) -> int:
    from incident_desk import timefmt
    from incident_desk.cli._options import settings_from
    from incident_desk.cli._store_open import existing_store
    from incident_desk.store import SearchQuery, Store

    if args.limit < 1:
        raise InputError(f"--limit {args.limit} must be at least 1")
    since = parse_time(args.since, "--since")
    until = parse_time(args.until, "--until")
    if since is not None and until is not None and since >= until:
        raise InputError(
            f"--since {args.since} is not before --until {args.until}: no alert could match"
        )
    query = SearchQuery(
        words=" ".join(args.words),
        severity=args.severity,
        country=country_code(args.country),
        agency=args.agency,
        since=since,
        until=until,
        exercise_id=args.exercise,
        any_exercise=args.any_exercise,
        before_id=args.before_id,
        limit=args.limit,
    )
    url = args.db or getattr(settings_from(args), "database_url", None)
    with Store.open(existing_store(url)) as store:
        page = store.search(query)
    for hit in page.hits:
        if args.json:
            print(json.dumps(hit.model_dump(mode="json"), ensure_ascii=False))
            continue
        where = "/".join(p for p in (hit.country, hit.agency) if p)
        text = hit.headline or hit.event or ""
        print(
            f"{hit.id:>9}  {timefmt.utc(hit.sent_utc)}  {hit.severity or '-':<8}  "
            f"{where:<14}  {hit.msg_type:<6}  {text}"
        )
    if page.searched_back_to is not None:
        back_to = timefmt.utc(page.searched_back_to)
        print(
            f"searched the alerts received since {back_to}; older ones: "
            f"--before-id {page.next_before_id}",
            file=sys.stderr,
        )
    elif page.next_before_id is not None:
        print(f"more may follow: --before-id {page.next_before_id}", file=sys.stderr)
    return 0
