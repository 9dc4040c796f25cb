"""What the body's replay of the attempt rules found in each imported attempt: a JSON list of
{seq, rule, reason}; an attempt with findings is held (never a pass) until a person decides.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("result_attempts") as table:
        table.add_column(sa.Column("findings", sa.Text(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("result_attempts") as table:
        table.drop_column("findings")
