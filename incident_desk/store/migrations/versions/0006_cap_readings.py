"""Tolerant CAP reading: alerts.cap_warnings, edxl_envelope, trust_signers

Revision ID: 0006
Revises: 0008 (re-chained at the merge of main; was 0005)
Create Date: 2026-12-05 06:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable JSON text: rows stored before this migration have no warnings, came without an
    # envelope and carry their one signer in trust_signer.
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cap_warnings', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('edxl_envelope', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('trust_signers', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_column('trust_signers')
        batch_op.drop_column('edxl_envelope')
        batch_op.drop_column('cap_warnings')
