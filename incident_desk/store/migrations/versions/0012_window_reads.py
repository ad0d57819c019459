"""The window opens a year at once: indexes for its first reads

- ``incidents (status, updated_at)``: the board's open + recently closed incidents and its
  pages of older closed ones;
- ``timeline (at, id)``: the newest timeline entries (the first read takes 500);
- ``alerts (exercise_id, id) WHERE cap_warnings IS NOT NULL`` (``ix_alerts_warned``): the
  count of stored alerts with conformance warnings, which scanned every alert.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 11:50:00.000000

A year holds 2,000,000 alerts, 100,000 incidents (nearly all closed) and 500,000 timeline
entries: without these, each of those reads scanned or sorted a whole table on the
window's one background reader, ahead of the alerts the operator waits for.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


WARNED = sa.text('cap_warnings IS NOT NULL')


def upgrade() -> None:
    op.create_index(
        'ix_incidents_status_updated_at', 'incidents', ['status', 'updated_at'], unique=False
    )
    op.create_index('ix_timeline_at_id', 'timeline', ['at', 'id'], unique=False)
    op.create_index(
        'ix_alerts_warned',
        'alerts',
        ['exercise_id', 'id'],
        unique=False,
        sqlite_where=WARNED,
        postgresql_where=WARNED,
    )


def downgrade() -> None:
    op.drop_index('ix_alerts_warned', table_name='alerts')
    op.drop_index('ix_timeline_at_id', table_name='timeline')
    op.drop_index('ix_incidents_status_updated_at', table_name='incidents')
