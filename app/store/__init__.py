"""SQLAlchemy 2.x models, repositories and Alembic migrations. The only package that imports SQLAlchemy."""
