"""Search over all alerts: a full-text index and indexed filter columns

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 09:10:00.000000

- Indexes ``(severity, id)``, ``(country, id)``, ``(agency, id)`` on ``alerts``: a filter on one
  of them reads its newest matches straight from the index, newest first.
- The words of every alert (sender, and of every ``info``: event, headline, description and
  each area's description) in a full-text index kept by triggers, so whoever inserts an alert
  (ingest, import, a bulk load) makes it searchable in the same transaction:
  SQLite: an FTS5 table ``alerts_fts`` (rowid = alert id, ``unicode61`` words without
  diacritics); PostgreSQL: ``alerts_search`` (alert id, ``tsvector`` of the ``simple``
  configuration: no stemming, the alerts are in many languages) with a GIN index.
  Alerts stored before this migration are indexed by it.
- Not in the ORM models (``_schema.SEARCH_TABLES``): the migration owns them.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The alert's words from the parsed model (Alert.model_dump_json): every info's texts.
SQLITE_BODY = (
    "(SELECT group_concat(value, ' ') FROM json_tree({parsed}) "
    "WHERE key IN ('event', 'headline', 'description', 'area_desc') AND type = 'text')"
)
PG_BODY = """(SELECT string_agg(v #>> '{{}}', ' ') FROM (SELECT ({parsed})::jsonb AS d) AS doc,
    LATERAL (
        SELECT jsonb_path_query(doc.d, 'strict $.infos[*].event') AS v
        UNION ALL SELECT jsonb_path_query(doc.d, 'strict $.infos[*].headline')
        UNION ALL SELECT jsonb_path_query(doc.d, 'strict $.infos[*].description')
        UNION ALL SELECT jsonb_path_query(doc.d, 'strict $.infos[*].areas[*].area_desc')
    ) AS words)"""

# Anything but letters and digits separates words, as in SQLite's unicode61 (PostgreSQL's
# parser would keep "ops@upf.go.ug" or a URL as one token).
PG_DOC = (
    "to_tsvector('simple', regexp_replace(concat_ws(' ', {sender}, {body}), "
    "'[^[:alnum:]]+', ' ', 'g'))"
)


def upgrade() -> None:
    # plain CREATE INDEX (no batch: a batch rebuild of alerts would drop its triggers)
    op.create_index('ix_alerts_severity_id', 'alerts', ['severity', 'id'], unique=False)
    op.create_index('ix_alerts_country_id', 'alerts', ['country', 'id'], unique=False)
    op.create_index('ix_alerts_agency_id', 'alerts', ['agency', 'id'], unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        _postgres_upgrade()
    else:
        _sqlite_upgrade()


def _sqlite_upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE alerts_fts USING fts5("
        "sender, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER alerts_fts_insert AFTER INSERT ON alerts BEGIN "
        "INSERT INTO alerts_fts (rowid, sender, body) VALUES (new.id, new.sender, "
        + SQLITE_BODY.format(parsed="new.parsed")
        + "); END"
    )
    op.execute(
        "CREATE TRIGGER alerts_fts_delete AFTER DELETE ON alerts BEGIN "
        "DELETE FROM alerts_fts WHERE rowid = old.id; END"
    )
    op.execute(
        "INSERT INTO alerts_fts (rowid, sender, body) SELECT id, sender, "
        + SQLITE_BODY.format(parsed="alerts.parsed")
        + " FROM alerts"
    )


def _postgres_upgrade() -> None:
    op.execute(
        "CREATE TABLE alerts_search ("
        "alert_id INTEGER PRIMARY KEY REFERENCES alerts (id) ON DELETE CASCADE, "
        "doc TSVECTOR NOT NULL)"
    )
    op.execute("CREATE INDEX ix_alerts_search_doc ON alerts_search USING gin (doc)")
    op.execute(
        "CREATE FUNCTION alerts_search_index() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "INSERT INTO alerts_search (alert_id, doc) VALUES (NEW.id, "
        + PG_DOC.format(sender="NEW.sender", body=PG_BODY.format(parsed="NEW.parsed"))
        + "); RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER alerts_search_insert AFTER INSERT ON alerts "
        "FOR EACH ROW EXECUTE FUNCTION alerts_search_index()"
    )
    op.execute(
        "INSERT INTO alerts_search (alert_id, doc) SELECT id, "
        + PG_DOC.format(sender="sender", body=PG_BODY.format(parsed="alerts.parsed"))
        + " FROM alerts"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER alerts_search_insert ON alerts")
        op.execute("DROP FUNCTION alerts_search_index()")
        op.execute("DROP TABLE alerts_search")
    else:
        op.execute("DROP TRIGGER alerts_fts_delete")
        op.execute("DROP TRIGGER alerts_fts_insert")
        op.execute("DROP TABLE alerts_fts")
    op.drop_index('ix_alerts_agency_id', table_name='alerts')
    op.drop_index('ix_alerts_country_id', table_name='alerts')
    op.drop_index('ix_alerts_severity_id', table_name='alerts')
