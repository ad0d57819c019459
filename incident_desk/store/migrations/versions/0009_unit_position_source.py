"""Where a unit's position came from and until when it holds: units.position_source,
units.position_stale_at (a TAK position report says how long it is valid)

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-05 09:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable, added in place (no table rebuild): units positioned before this migration,
    # and by our own unit status messages, have no source and never go stale.
    op.add_column('units', sa.Column('position_source', sa.Text(), nullable=True))
    op.add_column('units', sa.Column('position_stale_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_column('position_stale_at')
        batch_op.drop_column('position_source')
