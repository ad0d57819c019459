"""When a unit's latest report arrived on the wall clock: units.reported_at

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 01:00:00.000000

``units.status_at`` is the report's own ``time``, which orders reports (an older one is
ignored). A scenario player's unit inject carries that time on the exercise clock, minutes
ahead of the wall clock in a fast drill or days behind it from a fixed base time, and the
Units dock showed it as "Last update" beside wall-clock times. ``reported_at`` is the wall
instant the report stands at (``incident_desk/command/_events.py``, ``reported_at``); rows
stored before this migration take their ``status_at``, the best instant known for them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('units', sa.Column('reported_at', sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE units SET reported_at = status_at")


def downgrade() -> None:
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_column('reported_at')
