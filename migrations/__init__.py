"""Alembic migrations: the only way the archive schema changes."""
