"""overdue reports: committee_id in the (status, due_date) index

A report of overdue actions at a million actions chooses its page (the first N rows by
committee, then due date) from every open action past its due date.  With committee_id
in ix_action_status_due that choice is made from the index alone, without reading each
of those actions' rows (at 1M: ~50,000 rows, 105 ms down to 46 ms).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index("ix_action_status_due")
        batch_op.create_index(
            "ix_action_status_due", ["status", "due_date", "committee_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index("ix_action_status_due")
        batch_op.create_index("ix_action_status_due", ["status", "due_date"], unique=False)
