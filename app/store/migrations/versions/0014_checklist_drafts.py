"""Checklist drafts: an evaluator's marks in progress (one per candidate, checklist and
evaluator), kept as they are made so a cancelled screen or a restart loses nothing; the
task timer's start is part of the draft. Removed once the evaluation is signed.
A reconciliation decided by both evaluators names them both ("eve+sam"): the evaluator column
of signed evaluations widens to hold two user names.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_drafts",
        sa.Column("candidate_id", sa.String(36), sa.ForeignKey("candidates.id"), primary_key=True),
        sa.Column("checklist_id", sa.String(80), primary_key=True),
        sa.Column("evaluator", sa.String(60), primary_key=True),
        sa.Column("marks", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("started", sa.Float(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("checklist_evaluations") as table:
        table.alter_column("evaluator", type_=sa.String(130), existing_type=sa.String(60),
                           existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("checklist_evaluations") as table:
        table.alter_column("evaluator", type_=sa.String(60), existing_type=sa.String(130),
                           existing_nullable=False)
    op.drop_table("checklist_drafts")
