"""core tables

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (types such as sqlmodel.sql.sqltypes.AutoString)
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=True),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('old', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('new', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit'))
    )
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.create_index('ix_audit_committee_at', ['committee_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id', 'id'], unique=False)

    op.create_table('committee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('clerk_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('clerk_email', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('next_action_number', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_committee')),
    sa.UniqueConstraint('code', name=op.f('uq_committee_code')),
    sa.UniqueConstraint('name', name=op.f('uq_committee_name'))
    )
    op.create_table('owner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_owner')),
    sa.UniqueConstraint('name', name=op.f('uq_owner_name'))
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('time', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.CheckConstraint("status IN ('scheduled', 'held', 'cancelled')", name=op.f('ck_meeting_status')),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_meeting_committee_id_committee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_committee_date', ['committee_id', 'date'], unique=False)

    op.create_table('owner_holder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('ended_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['owner.id'], name=op.f('fk_owner_holder_owner_id_owner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_owner_holder'))
    )
    with op.batch_alter_table('owner_holder', schema=None) as batch_op:
        batch_op.create_index('ix_owner_holder_owner', ['owner_id', 'ended_at'], unique=False)
        batch_op.create_index('uq_owner_holder_current', ['owner_id'], unique=True, sqlite_where=sa.text('ended_at IS NULL'), postgresql_where=sa.text('ended_at IS NULL'))

    op.create_table('minutes_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('imported_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('resolutions', sa.Integer(), nullable=False),
    sa.Column('actions', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_minutes_import_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minutes_import')),
    sa.UniqueConstraint('sha256', name=op.f('uq_minutes_import_sha256'))
    )
    op.create_table('resolution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('ref', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('import_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['import_id'], ['minutes_import.id'], name=op.f('fk_resolution_import_id_minutes_import')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_resolution_meeting_id_meeting')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolution')),
    sa.UniqueConstraint('meeting_id', 'ref', name='uq_resolution_meeting_ref')
    )
    op.create_table('action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ref', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('committee_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('resolution_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('due_rule', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('due_text', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('original_due_date', sa.Date(), nullable=True),
    sa.Column('slip_count', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.Column('confidential', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('import_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('completed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.CheckConstraint("status IN ('open', 'in_progress', 'done', 'dropped')", name=op.f('ck_action_status')),
    sa.ForeignKeyConstraint(['committee_id'], ['committee.id'], name=op.f('fk_action_committee_id_committee')),
    sa.ForeignKeyConstraint(['import_id'], ['minutes_import.id'], name=op.f('fk_action_import_id_minutes_import')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_action_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['owner_id'], ['owner.id'], name=op.f('fk_action_owner_id_owner')),
    sa.ForeignKeyConstraint(['resolution_id'], ['resolution.id'], name=op.f('fk_action_resolution_id_resolution')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action')),
    sa.UniqueConstraint('ref', name=op.f('uq_action_ref'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index('ix_action_committee_status', ['committee_id', 'status', 'due_date'], unique=False)
        batch_op.create_index('ix_action_completed', ['completed_at'], unique=False)
        batch_op.create_index('ix_action_meeting', ['meeting_id'], unique=False)
        batch_op.create_index('ix_action_owner_status', ['owner_id', 'status', 'due_date'], unique=False)
        batch_op.create_index('ix_action_status_due', ['status', 'due_date'], unique=False)

    op.create_table('note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_note_action_id_action')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note'))
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index('ix_note_action', ['action_id', 'id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index('ix_note_action')

    op.drop_table('note')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index('ix_action_status_due')
        batch_op.drop_index('ix_action_owner_status')
        batch_op.drop_index('ix_action_meeting')
        batch_op.drop_index('ix_action_completed')
        batch_op.drop_index('ix_action_committee_status')

    op.drop_table('action')
    op.drop_table('resolution')
    op.drop_table('minutes_import')
    with op.batch_alter_table('owner_holder', schema=None) as batch_op:
        batch_op.drop_index('uq_owner_holder_current', sqlite_where=sa.text('ended_at IS NULL'), postgresql_where=sa.text('ended_at IS NULL'))
        batch_op.drop_index('ix_owner_holder_owner')

    op.drop_table('owner_holder')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_committee_date')

    op.drop_table('meeting')
    op.drop_table('owner')
    op.drop_table('committee')
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entity')
        batch_op.drop_index('ix_audit_committee_at')

    op.drop_table('audit')
