"""Initial station schema: settings and opened packages.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "packages",
        sa.Column("package_id", sa.String(36), primary_key=True),
        sa.Column("exam_id", sa.String(80), nullable=False),
        sa.Column("exam_title", sa.String(300), nullable=False),
        sa.Column("exam_version", sa.String(40), nullable=False),
        sa.Column("signer_fingerprint", sa.String(19), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("first_opened", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_opened", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_packages_exam_id", "packages", ["exam_id"])


def downgrade() -> None:
    op.drop_index("ix_packages_exam_id", "packages")
    op.drop_table("packages")
    op.drop_table("settings")
