"""Alembic environment: migrations always run from code, on a connection handed in by
app.store.database, never from a config file on disk."""

from alembic import context

from app.store.models import Base

connection = context.config.attributes["connection"]
# render_as_batch lets ALTERs work on SQLite by copying tables, as SQLite requires.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
