"""The testing room: paired seats, leases (an attempt given to a seat), and the origin of
events a seat sent, so that a resent event is stored exactly once. And each event's MAC:
the attempt's authenticated history (app.domain.history).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "room_seats",
        sa.Column("fingerprint", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("certificate", sa.Text(), nullable=False),
        sa.Column("paired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("paired_by", sa.String(60), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "room_leases",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("attempt_id", sa.String(36), sa.ForeignKey("attempts.id"), nullable=False, index=True),
        sa.Column("seat_fingerprint", sa.String(64), sa.ForeignKey("room_seats.fingerprint"), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=True),
    )
    with op.batch_alter_table("attempt_events") as batch:
        batch.add_column(sa.Column("origin", sa.String(60), nullable=True))
        batch.add_column(sa.Column("mac", sa.String(64), nullable=True))
        batch.create_unique_constraint("uq_event_origin", ["attempt_id", "origin"])


def downgrade() -> None:
    with op.batch_alter_table("attempt_events") as batch:
        batch.drop_constraint("uq_event_origin", type_="unique")
        batch.drop_column("origin")
        batch.drop_column("mac")
    op.drop_table("room_leases")
    op.drop_table("room_seats")
