"""Each session's audit entries form their own chain, authenticated with a key derived from the
center's identity (app.crypto.chain): the bundle carries the session's entries and their MACs,
and the body checks them. Entries about no session (accounts, sign-ins) keep only the station's
hash chain.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as table:
        table.add_column(sa.Column("session_id", sa.String(36), nullable=True))
        table.add_column(sa.Column("session_seq", sa.Integer(), nullable=True))
        table.add_column(sa.Column("mac", sa.String(64), nullable=True))
        table.create_index("ix_audit_log_session", ["session_id", "session_seq"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as table:
        table.drop_index("ix_audit_log_session")
        table.drop_column("mac")
        table.drop_column("session_seq")
        table.drop_column("session_id")
