"""an action's life: closure agreed by the committee, outcomes, links between actions

- committee.closure_needs_agreement: the committee agrees what is closed, so an owner's
  "done" only proposes completion;
- action.outcome: how a closed action ended (done, dropped, not_feasible, superseded,
  deferred, duplicate); existing closed actions get their status as their outcome;
- action.closed_meeting_id / closed_minute: the meeting that agreed the closure, and
  its minute;
- closure_proposal: proposals to close, kept when decided;
- action_link: duplicate_of, supersedes and referred_to (a referral to another
  committee's action).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs (not batch mode, which would rebuild these tables on SQLite).
    op.add_column(
        "committee",
        sa.Column(
            "closure_needs_agreement", sa.Boolean(), server_default=sa.false(), nullable=False
        ),
    )
    op.add_column("action", sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    # No foreign key: adding one would rebuild the action table on SQLite.
    op.add_column("action", sa.Column("closed_meeting_id", sa.Integer(), nullable=True))
    op.add_column(
        "action", sa.Column("closed_minute", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
    )
    op.execute("UPDATE action SET outcome = status WHERE status IN ('done', 'dropped')")

    op.create_table(
        "closure_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("proposed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("proposed_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("message_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("decision", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("decided_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("minute_ref", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.CheckConstraint(
            "decision IS NULL OR decision IN ('agreed', 'withdrawn', 'rejected')",
            name=op.f("ck_closure_proposal_decision"),
        ),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_closure_proposal_action_id_action")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_closure_proposal_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure_proposal")),
    )
    with op.batch_alter_table("closure_proposal", schema=None) as batch_op:
        batch_op.create_index("ix_closure_proposal_action", ["action_id", "id"], unique=False)

    op.create_table(
        "action_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('duplicate_of', 'supersedes', 'referred_to')",
            name=op.f("ck_action_link_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_action_link_action_id_action")
        ),
        sa.ForeignKeyConstraint(
            ["other_id"], ["action.id"], name=op.f("fk_action_link_other_id_action")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_link")),
        sa.UniqueConstraint("action_id", "other_id", "kind", name="uq_action_link_pair"),
    )
    with op.batch_alter_table("action_link", schema=None) as batch_op:
        batch_op.create_index("ix_action_link_other", ["other_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("action_link", schema=None) as batch_op:
        batch_op.drop_index("ix_action_link_other")
    op.drop_table("action_link")
    with op.batch_alter_table("closure_proposal", schema=None) as batch_op:
        batch_op.drop_index("ix_closure_proposal_action")
    op.drop_table("closure_proposal")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_column("closed_minute")
        batch_op.drop_column("closed_meeting_id")
        batch_op.drop_column("outcome")
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.drop_column("closure_needs_agreement")
