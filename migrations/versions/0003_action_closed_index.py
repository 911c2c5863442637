"""index for actions closed in a period, per committee

The digest's "completed since the clerk's last digest" and the action log's "closed
since the previous meeting" filter on committee, a closed status and a completed_at
range.  Without this index SQLite reads every closed action of the committee (most
of a long log) through ix_action_committee_status.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(
            "ix_action_committee_completed", ["committee_id", "status", "completed_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index("ix_action_committee_completed")
