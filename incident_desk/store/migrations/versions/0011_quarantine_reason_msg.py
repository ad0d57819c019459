"""The quarantine reason as a message id: quarantine.reason_msg (JSON: id and arguments), so
the operator reads why a payload was set aside in their own language (incident_desk/messages.py)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 11:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable, added in place (no table rebuild): rows quarantined before this migration keep
    # their English reason (``quarantine.reason``, unchanged), which is shown as written.
    op.add_column('quarantine', sa.Column('reason_msg', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('quarantine', schema=None) as batch_op:
        batch_op.drop_column('reason_msg')
