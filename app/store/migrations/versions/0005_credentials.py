"""Credentials the body issued, with their place in the revocation status list.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_credentials",
        sa.Column("credential_id", sa.String(60), primary_key=True),
        sa.Column("attempt_id", sa.String(36), sa.ForeignKey("result_attempts.attempt_id"), nullable=False,
                  unique=True),
        sa.Column("exam_id", sa.String(80), nullable=False),
        sa.Column("status_index", sa.Integer(), nullable=False, unique=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("issued_credentials")
