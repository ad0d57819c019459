"""The tamper-evident evidence log: entries, tree nodes, state, pending facts, checkpoints

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 06:00:00.000000

Triggers on ``alerts``, ``quarantine``, ``timeline`` and ``alarm_journal`` note every inserted fact in
``evidence_pending``; the store logs them before its transaction commits
(``incident_desk/store/_evidence.py``). Facts stored before this migration are queued too:
they are logged by the next write, in id order, table by table.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACTS = ('alerts', 'quarantine', 'timeline', 'alarm_journal')


def upgrade() -> None:
    op.create_table('evidence_entries',
    sa.Column('leaf_index', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('exercise_id', sa.String(length=128), nullable=True),
    sa.Column('incident_key', sa.String(length=255), nullable=True),
    sa.Column('entry', sa.LargeBinary(), nullable=False),
    sa.Column('leaf_hash', sa.LargeBinary(), nullable=False),
    sa.Column('logged_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('leaf_index', name=op.f('pk_evidence_entries'))
    )
    with op.batch_alter_table('evidence_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_entries_exercise_id'), ['exercise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_entries_incident_key'), ['incident_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_entries_source_source_id'), ['source', 'source_id'], unique=False)

    op.create_table('evidence_nodes',
    sa.Column('level', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('idx', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('hash', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('level', 'idx', name=op.f('pk_evidence_nodes'))
    )
    op.create_table('evidence_state',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('frontier', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_state'))
    )
    op.create_table('evidence_pending',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_pending'))
    )
    op.create_table('evidence_checkpoints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('root', sa.LargeBinary(), nullable=False),
    sa.Column('note', sa.LargeBinary(), nullable=False),
    sa.Column('own', sa.Boolean(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('timestamp', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_checkpoints'))
    )
    with op.batch_alter_table('evidence_checkpoints', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_checkpoints_origin_size'), ['origin', 'size'], unique=False)
    op.create_table('evidence_cosignatures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('checkpoint_id', sa.Integer(), nullable=False),
    sa.Column('witness', sa.Text(), nullable=False),
    sa.Column('line', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['checkpoint_id'], ['evidence_checkpoints.id'], name=op.f('fk_evidence_cosignatures_checkpoint_id_evidence_checkpoints'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_cosignatures')),
    sa.UniqueConstraint('checkpoint_id', 'witness', name=op.f('uq_evidence_cosignatures_checkpoint_id_witness'))
    )

    op.get_bind().execute(
        sa.text("INSERT INTO evidence_state (id, size, frontier) VALUES (1, 0, :empty)"),
        {"empty": b""},
    )
    for table in FACTS:
        op.execute(
            f"INSERT INTO evidence_pending (source, source_id) SELECT '{table}', id FROM {table} ORDER BY id"
        )
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(
            "CREATE FUNCTION evidence_note_fact() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN INSERT INTO evidence_pending (source, source_id) VALUES (TG_TABLE_NAME, NEW.id); "
            "RETURN NULL; END $$"
        )
        for table in FACTS:
            op.execute(
                f"CREATE TRIGGER evidence_{table} AFTER INSERT ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION evidence_note_fact()"
            )
    else:
        for table in FACTS:
            op.execute(
                f"CREATE TRIGGER evidence_{table} AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO evidence_pending (source, source_id) VALUES ('{table}', NEW.id); END"
            )


def downgrade() -> None:
    for table in FACTS:
        op.execute(f"DROP TRIGGER IF EXISTS evidence_{table}" + (f" ON {table}" if op.get_bind().dialect.name == 'postgresql' else ''))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP FUNCTION IF EXISTS evidence_note_fact()")
    op.drop_table('evidence_cosignatures')
    with op.batch_alter_table('evidence_checkpoints', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_checkpoints_origin_size'))
    op.drop_table('evidence_checkpoints')
    op.drop_table('evidence_pending')
    op.drop_table('evidence_state')
    op.drop_table('evidence_nodes')
    with op.batch_alter_table('evidence_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_entries_source_source_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_entries_incident_key'))
        batch_op.drop_index(batch_op.f('ix_evidence_entries_exercise_id'))
    op.drop_table('evidence_entries')
