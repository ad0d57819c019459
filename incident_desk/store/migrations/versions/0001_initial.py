"""Initial schema: alerts, alert_links, quarantine, timeline

Revision ID: 0001
Revises:
Create Date: 2026-11-29 17:11:39.030187
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sender', sa.Text(), nullable=False),
    sa.Column('identifier', sa.Text(), nullable=False),
    sa.Column('sent_text', sa.String(length=64), nullable=False),
    sa.Column('sent_utc', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('msg_type', sa.String(length=16), nullable=False),
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('event', sa.Text(), nullable=True),
    sa.Column('headline', sa.Text(), nullable=True),
    sa.Column('severity', sa.String(length=16), nullable=True),
    sa.Column('urgency', sa.String(length=16), nullable=True),
    sa.Column('certainty', sa.String(length=16), nullable=True),
    sa.Column('categories', sa.Text(), nullable=False),
    sa.Column('incidents', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.Column('topic', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=16), nullable=True),
    sa.Column('agency', sa.String(length=128), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_utc', sa.DateTime(timezone=True), nullable=True),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('parsed', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('signed', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts')),
    sa.UniqueConstraint('identifier', 'sender', 'sent_text', name=op.f('uq_alerts_identifier_sender_sent_text'))
    )
    op.create_index(op.f('ix_alerts_exercise_id'), 'alerts', ['exercise_id'], unique=False)
    op.create_index(op.f('ix_alerts_sent_utc'), 'alerts', ['sent_utc'], unique=False)

    op.create_table('quarantine',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('raw', sa.LargeBinary(), nullable=False),
    sa.Column('topic', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarantine'))
    )
    op.create_table('alert_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('alert_id', sa.Integer(), nullable=False),
    sa.Column('ref_sender', sa.Text(), nullable=False),
    sa.Column('ref_identifier', sa.Text(), nullable=False),
    sa.Column('ref_sent', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], name=op.f('fk_alert_links_alert_id_alerts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['alerts.id'], name=op.f('fk_alert_links_target_id_alerts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alert_links'))
    )
    op.create_index(op.f('ix_alert_links_alert_id'), 'alert_links', ['alert_id'], unique=False)
    op.create_index(op.f('ix_alert_links_ref_identifier_ref_sender_ref_sent'), 'alert_links', ['ref_identifier', 'ref_sender', 'ref_sent'], unique=False)
    op.create_index(op.f('ix_alert_links_target_id'), 'alert_links', ['target_id'], unique=False)

    op.create_table('timeline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.Text(), nullable=False),
    sa.Column('console', sa.Text(), nullable=True),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('incident_id', sa.String(length=128), nullable=True),
    sa.Column('alert_id', sa.Integer(), nullable=True),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['alert_id'], ['alerts.id'], name=op.f('fk_timeline_alert_id_alerts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timeline'))
    )
    op.create_index(op.f('ix_timeline_alert_id'), 'timeline', ['alert_id'], unique=False)
    op.create_index(op.f('ix_timeline_exercise_id'), 'timeline', ['exercise_id'], unique=False)
    op.create_index(op.f('ix_timeline_incident_id'), 'timeline', ['incident_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_timeline_incident_id'), table_name='timeline')
    op.drop_index(op.f('ix_timeline_exercise_id'), table_name='timeline')
    op.drop_index(op.f('ix_timeline_alert_id'), table_name='timeline')
    op.drop_table('timeline')
    op.drop_index(op.f('ix_alert_links_target_id'), table_name='alert_links')
    op.drop_index(op.f('ix_alert_links_ref_identifier_ref_sender_ref_sent'), table_name='alert_links')
    op.drop_index(op.f('ix_alert_links_alert_id'), table_name='alert_links')
    op.drop_table('alert_links')
    op.drop_table('quarantine')
    op.drop_index(op.f('ix_alerts_sent_utc'), table_name='alerts')
    op.drop_index(op.f('ix_alerts_exercise_id'), table_name='alerts')
    op.drop_table('alerts')
