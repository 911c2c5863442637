"""audit: when a change took effect (backdated updates), and changes by time

`effective_at` holds the earlier moment a backdated change (done --on DATE) took
effect; NULL means when it was recorded (`at`).  ix_audit_entity_at finds the changes
made after a moment, which --as-of undoes to show things as they stood.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("effective_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.create_index("ix_audit_entity_at", ["entity", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entity_at")
        batch_op.drop_column("effective_at")
