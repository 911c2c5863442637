"""digest records: which digests were sent, for which ISO week

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('digest_sent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recipient', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('subject_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('iso_week', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sent_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_digest_sent')),
    sa.UniqueConstraint('recipient', 'kind', 'subject_key', 'iso_week', name='uq_digest_sent_key')
    )


def downgrade() -> None:
    op.drop_table("digest_sent")
