"""Engines from a URL or path: SQLite by default, PostgreSQL via ``DATABASE_URL``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

DEFAULT_DATABASE_URL = "sqlite:///archive.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000


def database_url(value: str | None = None) -> str:
    """``--db`` value → SQLAlchemy URL; falls back to ``$DATABASE_URL``, then ``archive.db``.

    A bare path means a SQLite file; ``postgresql://`` gets the psycopg 3 driver.
    """
    value = value or os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser()}"
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value[len(prefix) :]
    return value


def make_engine(url: str | None = None, sqlite_max_pages: int = 0, **kwargs: Any) -> Engine:
    """An engine with the archive's connection settings (WAL and busy timeout on SQLite).

    ``sqlite_max_pages`` caps a SQLite archive's size (a quota; 0 = none): a write past it
    fails like a full disk, and SQLite rolls that transaction back."""
    # Readable JSON (authors, tags) for analysts in psql, Datasette or pandas.
    kwargs.setdefault("json_serializer", lambda value: json.dumps(value, ensure_ascii=False))
    engine = create_engine(database_url(url), **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
        if sqlite_max_pages:
            event.listen(
                engine,
                "connect",
                lambda connection, _record: connection.execute(
                    f"PRAGMA max_page_count={int(sqlite_max_pages)}"
                ),
            )
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # First, so that everything after it waits for another process's lock (switching the
    # journal mode needs one while a second crawler migrates or writes) instead of failing.
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # WAL lets readers (analysts, `newsarchive articles`) run while a crawl writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
