"""Scores a person gave to manually scored responses at the body.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "manual_scores",
        sa.Column("attempt_id", sa.String(36), sa.ForeignKey("result_attempts.attempt_id"), primary_key=True),
        sa.Column("item_id", sa.String(80), primary_key=True),
        sa.Column("points", sa.Float(), nullable=False),
        sa.Column("rater", sa.String(60), nullable=False),
        sa.Column("scored_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("manual_scores")
