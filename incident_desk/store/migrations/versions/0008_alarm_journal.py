"""The alarm journal: one row per alarm event of a console (KPIs are computed from it)

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-05 06:10:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('alarm_journal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('console', sa.Text(), nullable=False),
    sa.Column('event', sa.String(length=32), nullable=False),
    sa.Column('alarm_id', sa.Integer(), nullable=True),
    sa.Column('alert_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=48), nullable=True),
    sa.Column('priority', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('actor', sa.Text(), nullable=True),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.Column('incident', sa.String(length=255), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alarm_journal'))
    )
    with op.batch_alter_table('alarm_journal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alarm_journal_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_alarm_journal_console_event'), ['console', 'event'], unique=False)
        batch_op.create_index(batch_op.f('ix_alarm_journal_exercise_id'), ['exercise_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('alarm_journal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alarm_journal_exercise_id'))
        batch_op.drop_index(batch_op.f('ix_alarm_journal_console_event'))
        batch_op.drop_index(batch_op.f('ix_alarm_journal_at'))
    op.drop_table('alarm_journal')
