"""Releasing results at the body: a person's decision about an attempt (count it, do not count
it, void it) with who, when and why, kept for good; and each session's release.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "release_decisions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("attempt_id", sa.String(36), sa.ForeignKey("result_attempts.attempt_id"), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(120), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_release_decisions_attempt", "release_decisions", ["attempt_id"])
    op.create_index("ix_release_decisions_session", "release_decisions", ["session_id"])
    op.create_table(
        "session_releases",
        sa.Column("session_id", sa.String(36), primary_key=True),
        sa.Column("released_by", sa.String(120), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content_digest", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("session_releases")
    op.drop_index("ix_release_decisions_session", "release_decisions")
    op.drop_index("ix_release_decisions_attempt", "release_decisions")
    op.drop_table("release_decisions")
