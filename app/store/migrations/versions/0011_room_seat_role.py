"""A paired machine's role in the room: a candidate seat, or an evaluator's tablet (which
scores checklists against the station and never holds a candidate's attempt).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("room_seats") as table:
        table.add_column(sa.Column("role", sa.String(20), nullable=False, server_default="seat"))


def downgrade() -> None:
    with op.batch_alter_table("room_seats") as table:
        table.drop_column("role")
