"""The credential body's side: exams it built, imported bundles and their results.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "body_exams",  # the compiled exam of each package the body built, to score imports
        sa.Column("package_id", sa.String(36), primary_key=True),
        sa.Column("exam_id", sa.String(80), nullable=False, index=True),
        sa.Column("exam_version", sa.String(40), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "imported_bundles",
        sa.Column("bundle_id", sa.String(32), primary_key=True),
        sa.Column("center_fingerprint", sa.String(19), nullable=False),
        sa.Column("center_name", sa.String(200), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("package_id", sa.String(36), sa.ForeignKey("body_exams.package_id"), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("audit_head", sa.String(64), nullable=False),
    )
    op.create_table(
        "result_attempts",
        sa.Column("attempt_id", sa.String(36), primary_key=True),
        sa.Column("bundle_id", sa.String(32), sa.ForeignKey("imported_bundles.bundle_id"), nullable=False,
                  index=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("session_id", sa.String(36), nullable=False),
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("exam_id", sa.String(80), nullable=False, index=True),
        sa.Column("form_id", sa.String(80), nullable=False),
        sa.Column("center_fingerprint", sa.String(19), nullable=False),
        sa.Column("candidate_number", sa.String(60), nullable=False),
        sa.Column("candidate_name", sa.String(200), nullable=False),
        sa.Column("candidate", sa.Text(), nullable=False),       # JSON: check-in details
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("raw", sa.Float(), nullable=False),
        sa.Column("maximum", sa.Float(), nullable=False),
        sa.Column("percent", sa.Float(), nullable=False),
        sa.Column("written_passed", sa.Boolean(), nullable=False),
        sa.Column("scaled", sa.Float(), nullable=True),
        sa.Column("elapsed_ms", sa.BigInteger(), nullable=False),
        sa.Column("incidents", sa.Integer(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),          # JSON: domains, checklists, composite
    )
    op.create_table(
        "result_responses",
        sa.Column("attempt_id", sa.String(36), sa.ForeignKey("result_attempts.attempt_id"), primary_key=True),
        sa.Column("item_id", sa.String(80), primary_key=True),
        sa.Column("response", sa.Text(), nullable=True),          # JSON, null = omitted
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("max_score", sa.Float(), nullable=False),
    )
    op.create_table(
        "result_events",
        sa.Column("attempt_id", sa.String(36), sa.ForeignKey("result_attempts.attempt_id"), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("elapsed_ms", sa.BigInteger(), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("result_events", "result_responses", "result_attempts", "imported_bundles", "body_exams"):
        op.drop_table(table)
