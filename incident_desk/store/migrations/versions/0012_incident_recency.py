"""The incident board opens with what matters: an index on incidents (status, updated_at)

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-05 11:50:00.000000

The window's board reads the open incidents and those closed recently
(``IncidentQueries.list_incidents(closed_since=...)``), then pages of older closed ones on
demand (``closed_before``). A year holds ~100,000 incidents, nearly all closed: with this
index both reads go straight to their rows (status, then the most recently changed),
without a scan and a sort of the whole table.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0012'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        'ix_incidents_status_updated_at', 'incidents', ['status', 'updated_at'], unique=False
    )


def downgrade() -> None:
    op.drop_index('ix_incidents_status_updated_at', table_name='incidents')
