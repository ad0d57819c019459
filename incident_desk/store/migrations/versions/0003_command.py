"""Command: agencies, units, applied_events, assignments, assignment_history,
participation, commands, command_members, handover_proposals

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 17:39:40.428650
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('agencies',
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('sender', sa.Text(), nullable=False),
    sa.Column('namespace', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('country', 'id', name=op.f('pk_agencies'))
    )
    op.create_table('applied_events',
    sa.Column('id', sa.String(length=128), nullable=False),
    sa.Column('traffic', sa.String(length=160), nullable=False),
    sa.Column('incident_key', sa.String(length=255), nullable=False),
    sa.Column('type', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('author', sa.Text(), nullable=False),
    sa.Column('console', sa.Text(), nullable=True),
    sa.Column('agency', sa.String(length=64), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('written', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_applied_events'))
    )
    with op.batch_alter_table('applied_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applied_events_traffic_incident_key'), ['traffic', 'incident_key'], unique=False)

    op.create_table('assignment_history',
    sa.Column('assignment_id', sa.String(length=128), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.Text(), nullable=False),
    sa.Column('console', sa.Text(), nullable=True),
    sa.Column('event_id', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('assignment_id', 'seq', name=op.f('pk_assignment_history'))
    )
    op.create_table('assignments',
    sa.Column('id', sa.String(length=128), nullable=False),
    sa.Column('traffic', sa.String(length=160), nullable=False),
    sa.Column('incident_key', sa.String(length=255), nullable=False),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.Column('unit_id', sa.String(length=128), nullable=True),
    sa.Column('callsign', sa.Text(), nullable=True),
    sa.Column('person', sa.Text(), nullable=True),
    sa.Column('agency', sa.String(length=64), nullable=True),
    sa.Column('element_kind', sa.String(length=32), nullable=False),
    sa.Column('element_name', sa.Text(), nullable=False),
    sa.Column('work', sa.Text(), nullable=False),
    sa.Column('report_to', sa.Text(), nullable=True),
    sa.Column('report_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignments'))
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignments_traffic_incident_key'), ['traffic', 'incident_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignments_unit_id'), ['unit_id'], unique=False)

    op.create_table('command_members',
    sa.Column('traffic', sa.String(length=160), nullable=False),
    sa.Column('incident_key', sa.String(length=255), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('agency', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('tier', sa.String(length=16), nullable=False),
    sa.Column('tier_label', sa.Text(), nullable=False),
    sa.Column('since', sa.DateTime(timezone=True), nullable=False),
    sa.Column('until', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('traffic', 'incident_key', 'seq', name=op.f('pk_command_members'))
    )
    op.create_table('commands',
    sa.Column('traffic', sa.String(length=160), nullable=False),
    sa.Column('incident_key', sa.String(length=255), nullable=False),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('open', sa.Integer(), nullable=False),
    sa.Column('established_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('traffic', 'incident_key', name=op.f('pk_commands'))
    )
    op.create_table('handover_proposals',
    sa.Column('id', sa.String(length=128), nullable=False),
    sa.Column('traffic', sa.String(length=160), nullable=False),
    sa.Column('incident_key', sa.String(length=255), nullable=False),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.Column('from_country', sa.String(length=2), nullable=False),
    sa.Column('from_agency', sa.String(length=64), nullable=False),
    sa.Column('from_console', sa.Text(), nullable=True),
    sa.Column('to_country', sa.String(length=2), nullable=False),
    sa.Column('to_agency', sa.String(length=64), nullable=False),
    sa.Column('to_console', sa.Text(), nullable=True),
    sa.Column('brief', sa.Text(), nullable=False),
    sa.Column('proposed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('proposed_by', sa.Text(), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('effective_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('answered_by', sa.Text(), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handover_proposals'))
    )
    with op.batch_alter_table('handover_proposals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handover_proposals_traffic_incident_key'), ['traffic', 'incident_key'], unique=False)

    op.create_table('participation',
    sa.Column('traffic', sa.String(length=160), nullable=False),
    sa.Column('incident_key', sa.String(length=255), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('agency', sa.String(length=64), nullable=False),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('history', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('traffic', 'incident_key', 'country', 'agency', name=op.f('pk_participation'))
    )
    op.create_table('units',
    sa.Column('traffic', sa.String(length=160), nullable=False),
    sa.Column('id', sa.String(length=128), nullable=False),
    sa.Column('callsign', sa.Text(), nullable=False),
    sa.Column('agency', sa.String(length=64), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('size', sa.Integer(), nullable=True),
    sa.Column('contact', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=True),
    sa.Column('lat', sa.Double(), nullable=True),
    sa.Column('lon', sa.Double(), nullable=True),
    sa.Column('status_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.PrimaryKeyConstraint('traffic', 'id', name=op.f('pk_units'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_exercise_id'), ['exercise_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_units_exercise_id'))

    op.drop_table('units')
    op.drop_table('participation')
    with op.batch_alter_table('handover_proposals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_handover_proposals_traffic_incident_key'))

    op.drop_table('handover_proposals')
    op.drop_table('commands')
    op.drop_table('command_members')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignments_unit_id'))
        batch_op.drop_index(batch_op.f('ix_assignments_traffic_incident_key'))

    op.drop_table('assignments')
    op.drop_table('assignment_history')
    with op.batch_alter_table('applied_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applied_events_traffic_incident_key'))

    op.drop_table('applied_events')
    op.drop_table('agencies')
