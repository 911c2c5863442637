"""action: its minute reference and the evidence it was imported from

`minute_ref` is the minute (agenda item) an action was minuted under ("7.4"), for any
action, whether or not it carries out a resolution; `evidence` is the full sentence of
the minutes it came from, with its line numbers, kept when the action's text is the
clerk's shorter instruction.  Both NULL for actions added by hand.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("minute_ref", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("evidence", sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_column("evidence")
        batch_op.drop_column("minute_ref")
