"""PostgreSQL: the words the search index holds, so a prefix becomes whole words

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 03:10:00.000000

A search word is a prefix ("garis" finds "garissa"). PostgreSQL's GIN index answers a prefix
by reading every entry it matches into a bitmap, over every year stored, where whole words
are found by skipping through their entries' lists: two prefixes over three years of a busy
bus cost 300 ms, the same two as whole words 55 ms. ``alerts_search_words`` holds each word
(lexeme) the index holds once, in byte order (``COLLATE "C"``: a prefix is one range of the
primary key), so ``store._search`` turns each prefix into the few whole words it stands for
before it asks the index.

The words are added by the same trigger function that indexes an alert (in its
transaction); a word whose alerts are all gone (archived) stays: it only costs an index
lookup that finds nothing. Words of alerts stored before this migration are added by it.
SQLite's FTS5 reads prefixes from its own sorted terms: nothing changes there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# migration 0010's document: an alert's sender and its infos' texts (PG_DOC, PG_BODY)
_DOC = """to_tsvector('simple', regexp_replace(concat_ws(' ', NEW.sender,
    (SELECT string_agg(v #>> '{}', ' ') FROM (SELECT (NEW.parsed)::jsonb AS d) AS doc,
    LATERAL (
        SELECT jsonb_path_query(doc.d, 'strict $.infos[*].event') AS v
        UNION ALL SELECT jsonb_path_query(doc.d, 'strict $.infos[*].headline')
        UNION ALL SELECT jsonb_path_query(doc.d, 'strict $.infos[*].description')
        UNION ALL SELECT jsonb_path_query(doc.d, 'strict $.infos[*].areas[*].area_desc')
    ) AS words)), '[^[:alnum:]]+', ' ', 'g'))"""

# only the words not held yet are inserted (a probe of the key each: most words of an alert
# are known), and ON CONFLICT keeps two concurrent writers of a new word from failing
_ADD_WORDS = (
    "INSERT INTO alerts_search_words (word) SELECT w FROM unnest(tsvector_to_array({doc})) AS w"
    " WHERE NOT EXISTS (SELECT 1 FROM alerts_search_words AS s WHERE s.word = w)"
    " ON CONFLICT DO NOTHING"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute('CREATE TABLE alerts_search_words (word TEXT COLLATE "C" PRIMARY KEY)')
    op.execute(
        "CREATE OR REPLACE FUNCTION alerts_search_index() RETURNS trigger LANGUAGE plpgsql AS $$"
        " DECLARE d tsvector; BEGIN d := "
        + _DOC
        + "; INSERT INTO alerts_search (alert_id, doc) VALUES (NEW.id, d); "
        + _ADD_WORDS.format(doc="d")
        + "; RETURN NULL; END $$"
    )
    op.execute(
        "INSERT INTO alerts_search_words (word) SELECT DISTINCT w"
        " FROM alerts_search, unnest(tsvector_to_array(doc)) AS w"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE OR REPLACE FUNCTION alerts_search_index() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN INSERT INTO alerts_search (alert_id, doc) VALUES (NEW.id, "
        + _DOC
        + "); RETURN NULL; END $$"
    )
    op.execute("DROP TABLE alerts_search_words")
