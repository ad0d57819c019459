"""The exercise controller's run log: exercise_run_log

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 05:00:00.000000

What the controller did during a drill was known only to its process: the control events
(STARTEX, PAUSE, RESUME, NO DUFF, CLOCK, ENDEX), why an inject was not sent, the ad-hoc
injects and when a text or unit inject went out. A report written later (``incident-desk
export aar``, a restarted console) lacked all of it. The controller now writes one row per
thing it did, as it happens, keyed by the exercise id (never NULL: real traffic has no rows
here); ``exercise/_aar_stored.py`` builds the report's run log from them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exercise_run_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=128), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("controller", sa.Text(), nullable=False),
        sa.Column("command", sa.String(length=16), nullable=True),
        sa.Column("inject", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=True),
        sa.Column("exercise_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_run_log")),
    )
    with op.batch_alter_table("exercise_run_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exercise_run_log_exercise_id_id"), ["exercise_id", "id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("exercise_run_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exercise_run_log_exercise_id_id"))
    op.drop_table("exercise_run_log")
