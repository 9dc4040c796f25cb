"""Result bundles that extend each other: the station remembers what it exported; the body
keeps each package's recipients and window, each bundle's payload digest and what it
extends, the checklist evaluations it received, and each event's MAC (the attempt's
authenticated history, which a supplement continues).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "result_exports",
        sa.Column("bundle_id", sa.String(32), primary_key=True),
        sa.Column("session_id", sa.String(36), sa.ForeignKey("sessions.id"), nullable=False, index=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("extends", sa.String(32), nullable=True),
        sa.Column("payload_digest", sa.String(64), nullable=False),
        sa.Column("contents", sa.Text(), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("session_id", "number", name="uq_result_export_number"),
    )
    with op.batch_alter_table("body_exams") as table:
        table.add_column(sa.Column("recipients", sa.Text(), nullable=True))
        table.add_column(sa.Column("not_before", sa.String(40), nullable=True))
        table.add_column(sa.Column("not_after", sa.String(40), nullable=True))
    with op.batch_alter_table("imported_bundles") as table:
        table.add_column(sa.Column("payload_digest", sa.String(64), nullable=True))
        table.add_column(sa.Column("extends", sa.String(32), nullable=True))
    with op.batch_alter_table("result_events") as table:
        table.add_column(sa.Column("mac", sa.String(64), nullable=True))
    op.create_table(
        "result_evaluations",
        sa.Column("evaluation_id", sa.String(36), primary_key=True),
        sa.Column("attempt_id", sa.String(36), sa.ForeignKey("result_attempts.attempt_id"), nullable=False,
                  index=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("result_evaluations")
    with op.batch_alter_table("result_events") as table:
        table.drop_column("mac")
    with op.batch_alter_table("imported_bundles") as table:
        table.drop_column("extends")
        table.drop_column("payload_digest")
    with op.batch_alter_table("body_exams") as table:
        table.drop_column("not_after")
        table.drop_column("not_before")
        table.drop_column("recipients")
    op.drop_table("result_exports")
