"""Signature check results on alerts: alerts.trust_state, trust_signer, trust_detail

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 18:10:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable: rows stored before this migration were never checked (NULL = "not checked").
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('trust_state', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('trust_signer', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('trust_detail', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_column('trust_detail')
        batch_op.drop_column('trust_signer')
        batch_op.drop_column('trust_state')
