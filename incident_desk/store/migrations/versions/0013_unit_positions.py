"""The unit position log: one row per stored position-only unit report, logged as evidence

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 12:00:00.000000

A unit report that only moves the unit (same status as stored) no longer writes a timeline
entry (issue 14: at TAK rates the timeline drowned the operator's and the store fell
behind). It is still a fact the evidence log must hold, so each one is a row here, and the
same trigger as on the other fact tables (0007) notes it in ``evidence_pending``: it is
logged in the transaction that stores it (``incident_desk/store/_evidence.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('unit_positions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('traffic', sa.String(length=160), nullable=False),
    sa.Column('unit_id', sa.String(length=128), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('agency', sa.String(length=64), nullable=False),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('lat', sa.Double(), nullable=False),
    sa.Column('lon', sa.Double(), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('stale_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('incident', sa.String(length=255), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_positions'))
    )
    with op.batch_alter_table('unit_positions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_positions_traffic_unit_id'), ['traffic', 'unit_id'], unique=False)
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(
            "CREATE TRIGGER evidence_unit_positions AFTER INSERT ON unit_positions "
            "FOR EACH ROW EXECUTE FUNCTION evidence_note_fact()"
        )
    else:
        op.execute(
            "CREATE TRIGGER evidence_unit_positions AFTER INSERT ON unit_positions BEGIN "
            "INSERT INTO evidence_pending (source, source_id) VALUES ('unit_positions', NEW.id); END"
        )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == 'postgresql'
    op.execute("DROP TRIGGER IF EXISTS evidence_unit_positions" + (" ON unit_positions" if postgres else ''))
    with op.batch_alter_table('unit_positions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_positions_traffic_unit_id'))
    op.drop_table('unit_positions')
