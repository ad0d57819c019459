"""Search over every stored alert: words (full-text index of migration 0010) and filters.

What a search reads is a page of :class:`SearchHit` summaries, newest stored first (by alert
id, which follows arrival; a time window without words: newest sent first), never whole
alerts: a year holds millions of them. Every filter is on an indexed column
(``severity``/``country``/``agency`` with the id, ``sent_utc``), and the words go to the
database's own full-text index:

- SQLite: the FTS5 table ``alerts_fts`` (``sender`` and ``body``: event, headline,
  description and area descriptions of every ``info``), read in descending rowid order so
  the newest matches come first without sorting them all;
- PostgreSQL: ``alerts_search.doc`` (``tsvector``, ``simple`` configuration) through its GIN
  index.

Each word of the query must occur (AND); a word matches as a prefix ("expl" finds
"explosion"); case and (on SQLite) diacritics do not matter. Anything but letters and digits
separates words, so a query can never be read as the index's own query syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final

from sqlalchemy import (
    ARRAY,
    Connection,
    Integer,
    Select,
    any_,
    bindparam,
    column,
    func,
    select,
    table,
    text,
)

from incident_desk.store._schema import alerts_table
from incident_desk.store._snapshots import _Frozen

MAX_WORDS: Final = 16
"""Words beyond this many are ignored (each one is a lookup in the index)."""

_alert = alerts_table.c  # the columns of the alerts table
_WORD_RE = re.compile(r"[^\W_]+")  # letters and digits: "_" separates, as in both indexes
_fts = table("alerts_fts", column("rowid"))
_pg_search = table("alerts_search", column("alert_id"), column("doc"))
_pg_words = table("alerts_search_words", column("word"))


class SearchHit(_Frozen):
    """One alert found by a search: the queue's summary columns, not the whole alert."""

    id: int
    sender: str
    identifier: str
    sent_utc: datetime
    status: str
    msg_type: str
    event: str | None
    headline: str | None
    severity: str | None
    urgency: str | None
    country: str | None
    agency: str | None
    exercise_id: str | None
    # an inject of the scenario player: its seconds since STARTEX (its CAP times are on the
    # exercise clock). The store never reads the documents: ``alert_search`` fills it in.
    inject_offset: int | None = None


@dataclass(frozen=True)
class SearchQuery:
    """What to look for; every part is optional and the parts combine (AND).

    Attributes:
        words: free text: each word must occur in the sender, event, headline, description or
            an area description (prefix match).
        severity, country, agency: exact values (a country code is upper-cased).
        since, until: ``sent`` from (inclusive) / before (exclusive), aware datetimes.
        exercise_id: None (default) real traffic only; a string: that exercise's alerts only.
        any_exercise: True: real and every exercise together (overrides ``exercise_id``).
        before_id: only alerts stored before this one (the next page of a previous search).
        limit: at most this many hits.
    """

    words: str = ""
    severity: str | None = None
    country: str | None = None
    agency: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    exercise_id: str | None = None
    any_exercise: bool = False
    before_id: int | None = None
    limit: int = 100


def words_of(query: str) -> list[str]:
    """The words of a free-text query, lower-cased, at most :data:`MAX_WORDS`."""
    return [w.lower() for w in _WORD_RE.findall(query)][:MAX_WORDS]


_COLUMNS = (
    _alert.id,
    _alert.sender,
    _alert.identifier,
    _alert.sent_utc,
    _alert.status,
    _alert.msg_type,
    _alert.event,
    _alert.headline,
    _alert.severity,
    _alert.urgency,
    _alert.country,
    _alert.agency,
    _alert.exercise_id,
)


def statement(
    query: SearchQuery,
    dialect: str,
    *,
    above: int | None = None,
    ids: list[int] | None = None,
    terms: str | None = None,
) -> Select[Any]:
    """The SELECT for ``query`` on this dialect ("sqlite" or "postgresql").

    On PostgreSQL the words are matched one of two ways (:func:`search` chooses): among the
    ``ids`` already found in the GIN index (rare words), or row by row walking the ids above
    ``above`` newest first (common words: a page is among the newest), matching ``terms``
    (:func:`pg_terms`; by default the words as prefixes).
    """
    stmt: Select[Any] = select(*_COLUMNS)
    order = _alert.id.desc()
    words = words_of(query.words)
    if words and dialect == "postgresql":
        if ids is not None:
            stmt = stmt.where(_alert.id == any_(bindparam("ids", ids, type_=ARRAY(Integer))))
        else:
            stmt = stmt.join(_pg_search, _pg_search.c.alert_id == _alert.id).where(
                _pg_matches(terms or " & ".join(f"{_lexeme(w)}:*" for w in words))
            )
        if above is not None:
            stmt = stmt.where(_alert.id > above)
    elif words:  # FTS5 drives: its rowids come newest first, the LIMIT stops it early
        terms = " ".join(f'"{w}"*' for w in words)
        stmt = stmt.join(_fts, _fts.c.rowid == _alert.id).where(
            text("alerts_fts MATCH :terms").bindparams(terms=terms)
        )
        order = _fts.c.rowid.desc()
    if query.severity:
        stmt = stmt.where(_alert.severity == query.severity)
    if query.country:
        stmt = stmt.where(_alert.country == query.country.upper())
    if query.agency:
        stmt = stmt.where(_alert.agency == query.agency)
    if query.since is not None:
        stmt = stmt.where(_alert.sent_utc >= query.since)
    if query.until is not None:
        stmt = stmt.where(_alert.sent_utc < query.until)
    if not query.any_exercise:
        stmt = stmt.where(
            _alert.exercise_id.is_(None)
            if query.exercise_id is None
            else _alert.exercise_id == query.exercise_id
        )
    if by_sent_time(query):  # newest sent first, read backwards along the sent_utc index
        if query.before_id is not None:  # keyset: after (sent, id) of the previous page's last
            last = select(_alert.sent_utc).where(_alert.id == query.before_id)
            last_sent = last.scalar_subquery()
            stmt = stmt.where(
                (_alert.sent_utc < last_sent)
                | ((_alert.sent_utc == last_sent) & (_alert.id < query.before_id))
            )
        return stmt.order_by(_alert.sent_utc.desc(), _alert.id.desc()).limit(max(0, query.limit))
    if query.before_id is not None:
        stmt = stmt.where(_alert.id < query.before_id)
    return stmt.order_by(order).limit(max(0, query.limit))


def by_sent_time(query: SearchQuery) -> bool:
    """A time window without words is ordered by sent time (the index that window uses):
    newest sent first; every other search by arrival (id), newest first."""
    return (query.since is not None or query.until is not None) and not words_of(query.words)


COMMON: Final = 20_000
"""PostgreSQL: words matching at most this many alerts are looked up in the GIN index."""

RECENT_IDS: Final = (2_000, 20_000, 200_000)
"""PostgreSQL: how many of the newest ids the walks for common words look at, in turn."""

SPAN: Final = 1_000_000
"""PostgreSQL: how many ids one page of a common-word search walks at most (half a year of a
busy multi-agency bus): its cost stays that of the span however many years are stored."""

_PG_SETTINGS: Final = (
    "SET LOCAL jit = off",
    "SET LOCAL work_mem = '64MB'",
    "SET LOCAL plan_cache_mode = force_custom_plan",
)
"""For a search's transaction: compiling plans costs more than these short queries (30-60 ms
measured); bitmaps that fit in memory stay exact (no recheck of whole pages); and a
statement the driver has prepared (psycopg does after five runs) is still planned for its
words and ids: a generic plan made the same search 3 × slower from its fourth run on."""


@dataclass(frozen=True)
class SearchPage:
    """One page of a search.

    Attributes:
        hits: the matches, newest first (see :func:`by_sent_time`).
        next_before_id: the ``before_id`` that goes on with the search, None when nothing
            older is left to search. Every match among the ids from it up is in ``hits``.
            Set with fewer than ``limit`` hits when the search stopped at its span
            (:data:`SPAN`, PostgreSQL) before the oldest stored alert.
        searched_back_to: then, when the oldest alert it looked at was received.
    """

    hits: list[SearchHit]
    next_before_id: int | None = None
    searched_back_to: datetime | None = None

    @property
    def stopped_early(self) -> bool:
        """True when older alerts are left unsearched though the page is not full."""
        return self.searched_back_to is not None


def search(conn: Connection, query: SearchQuery) -> SearchPage:
    """The alerts matching ``query``, newest first (see :func:`by_sent_time`).

    PostgreSQL's planner cannot know whether words are common (walk the ids backwards until
    a page is full) or rare (look them up in the GIN index, then sort the few matches), and
    a wrong guess costs seconds over a year. So the newest ids are walked first (the first of
    :data:`RECENT_IDS`); a page they do not fill has its words looked up in the GIN index,
    up to :data:`COMMON` matches: fewer, and those are all there are; more, and the walk goes
    on, one :data:`SPAN` of ids a page at most. A page that span does not fill says where it
    stopped (:class:`SearchPage`), and the next page goes on from there.
    """
    dialect = conn.dialect.name
    if dialect != "postgresql" or not words_of(query.words):
        return _page(_hits(conn, statement(query, dialect)), query)
    for setting in _PG_SETTINGS:
        conn.execute(text(setting))
    terms = pg_terms(conn, words_of(query.words))
    if terms is None:  # a word no stored alert holds
        return SearchPage([])
    top = _newest(conn)
    if query.before_id is not None:
        top = min(top, query.before_id - 1)
    hits: list[SearchHit] = []
    found: list[int] | None = None
    walked = 0  # the ids from top - walked + 1 up are walked
    for window in (*RECENT_IDS, SPAN):
        rest = replace(query, before_id=top - walked + 1, limit=query.limit - len(hits))
        hits += _walk(conn, rest, terms, above=top - window)
        walked = window
        if len(hits) >= query.limit or window >= top:
            return _page(hits, query)
        if found is None:  # not in the newest ids: rare words, or a rare combination?
            found = _matches(conn, terms)
            if len(found) <= COMMON:
                return _page(_hits(conn, statement(query, dialect, ids=found)), query)
    low = top - SPAN
    return SearchPage(hits, next_before_id=low + 1, searched_back_to=_received(conn, low))


def _walk(conn: Connection, query: SearchQuery, terms: str, *, above: int) -> list[SearchHit]:
    """The newest matches above id ``above``, read row by row from the newest: bitmap scans
    are off for it, or the planner reads the words' whole GIN entries (every year's)."""
    conn.execute(text("SET LOCAL enable_bitmapscan = off"))
    try:
        stmt = statement(query, "postgresql", above=max(0, above), terms=terms)
        return _hits(conn, stmt)
    finally:
        conn.execute(text("SET LOCAL enable_bitmapscan = on"))


def _matches(conn: Connection, terms: str) -> list[int]:
    """The ids of the alerts holding every word, from the GIN index, at most COMMON + 1."""
    found = select(_pg_search.c.alert_id).where(_pg_matches(terms))
    return list(conn.execute(found.limit(COMMON + 1)).scalars())


def _pg_matches(terms: str) -> Any:
    return text("doc @@ CAST(:terms AS tsquery)").bindparams(terms=terms)


EXPANSIONS: Final = 64
"""PostgreSQL: a prefix that stands for more stored words than this is asked as a prefix."""


def pg_terms(conn: Connection, words: list[str]) -> str | None:
    """The words as a ``tsquery`` (text form) that the GIN index answers fast: each word a
    prefix, asked as the whole stored words it begins (``alerts_search_words``, migration
    0015), ``(garissa | garissan) & (airport)``; a prefix of more than :data:`EXPANSIONS`
    words stays a prefix (``'g':*``). None when a word begins no stored word: nothing
    matches.

    The words are first put in the index's own form by PostgreSQL (``to_tsquery``, as
    before this table): a word it writes otherwise than Python lower-cased it (a final
    sigma) is asked as that form's prefix, exactly as it always was.
    """
    plain = " & ".join(f"{_lexeme(w)}:*" for w in words)
    asked = conn.execute(
        text("SELECT CAST(to_tsquery('simple', :q) AS text)").bindparams(q=plain)
    ).scalar()
    if asked != plain:
        return str(asked)
    parts = []
    for word in words:
        stored = select(_pg_words.c.word).where(
            _pg_words.c.word >= word, _pg_words.c.word < _past(word)
        )
        found = list(
            conn.execute(stored.order_by(_pg_words.c.word).limit(EXPANSIONS + 1)).scalars()
        )
        if not found:
            return None
        if len(found) > EXPANSIONS:
            parts.append(f"{_lexeme(word)}:*")
        else:
            parts.append("(" + " | ".join(_lexeme(w) for w in found) + ")")
    return " & ".join(parts)


def _lexeme(word: str) -> str:
    """A word as one quoted lexeme of a ``tsquery``'s text form."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _past(prefix: str) -> str:
    """The least string after every string that begins with ``prefix``, in code point order
    (byte order of UTF-8: the ``"C"`` collation of ``alerts_search_words``). A word's
    characters are letters and digits: never U+10FFFF, and the next code point is a character
    but for the surrogates, which text never holds."""
    after = ord(prefix[-1]) + 1
    return prefix[:-1] + chr(0xE000 if 0xD800 <= after <= 0xDFFF else after)


def _hits(conn: Connection, stmt: Select[Any]) -> list[SearchHit]:
    return [SearchHit(**row) for row in conn.execute(stmt).mappings()]


def _page(hits: list[SearchHit], query: SearchQuery) -> SearchPage:
    """A page that searched down to the oldest alert: full, it goes on after its last hit."""
    return SearchPage(hits, hits[-1].id if hits and len(hits) >= query.limit else None)


def _received(conn: Connection, low: int) -> datetime | None:
    """When the oldest alert above id ``low`` was received (where a stopped search ended;
    there is one: ``low`` is below the newest id)."""
    first = select(_alert.received_at).where(_alert.id > low).order_by(_alert.id).limit(1)
    return conn.execute(first).scalar()


MAX_AGENCIES: Final = 500
"""At most this many agency codes are listed (a directory holds a few dozen)."""

_AGENCIES = text(
    "WITH RECURSIVE seen(agency) AS ("
    " SELECT min(agency) FROM alerts"
    " UNION ALL"
    " SELECT (SELECT min(a.agency) FROM alerts AS a WHERE a.agency > seen.agency)"
    " FROM seen WHERE seen.agency IS NOT NULL"
    ") SELECT agency FROM seen WHERE agency IS NOT NULL LIMIT :cap"
)


def agencies(conn: Connection) -> list[str]:
    """Every agency code the alerts were stored under (from their topics), sorted.

    Read as a skip scan of the ``(agency, id)`` index, one seek per agency: a year of
    alerts costs as little as a day's (a ``SELECT DISTINCT`` would walk every entry).
    Real and exercise traffic alike: the codes are the same agencies'.
    """
    rows = conn.execute(_AGENCIES.bindparams(cap=MAX_AGENCIES))
    return [str(agency) for (agency,) in rows]


def _newest(conn: Connection) -> int:
    return int(conn.execute(select(func.max(_alert.id))).scalar() or 0)
