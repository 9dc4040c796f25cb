"""Marks at the body: each mark of a manually scored response (first, second, adjudication),
with who gave it, when and which rubric point.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "marks",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("attempt_id", sa.String(36), sa.ForeignKey("result_attempts.attempt_id"), nullable=False),
        sa.Column("item_id", sa.String(80), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("marker", sa.String(60), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.Column("rubric_point", sa.Text(), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("attempt_id", "item_id", "kind", name="uq_marks_kind"),
        sa.UniqueConstraint("attempt_id", "item_id", "marker", name="uq_marks_marker"),
    )
    op.create_index("ix_marks_attempt_id", "marks", ["attempt_id"])


def downgrade() -> None:
    op.drop_index("ix_marks_attempt_id", "marks")
    op.drop_table("marks")
