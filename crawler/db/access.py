"""Opening the archive for a command, with one clear sentence for everything that can go
wrong before the first query: a URL that is not a database URL, a database kind the
archive does not support, a server that does not answer, a database or folder that does
not exist, a file that is not an archive, an archive without its schema.

Read-only commands never create an archive: a missing SQLite file is an error here, not
an empty database made in the current folder.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from crawler.db.session import database_url, make_engine

SUPPORTED = ("sqlite", "postgresql")
_NO_SCHEMA_HINT = "run `newsarchive db upgrade` or a crawl first"


class ArchiveError(Exception):
    """The archive cannot be used; the message says what is wrong and what to do."""


def describe(url: str) -> str:
    """The URL as it may be printed (no password)."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def open_archive(db: str | None, *, create: bool = False, **engine_options: object) -> Engine:
    """An engine on a reachable archive. ``create`` allows a new SQLite file (crawls,
    ``db upgrade``); otherwise the archive must exist and carry its schema."""
    url = database_url(db)
    shown = describe(url)
    try:
        parsed = sa.make_url(url)
    except ArgumentError:
        raise ArchiveError(
            f"{db!r} is not a database URL: give a SQLite file path or postgresql://host/db"
        ) from None
    if parsed.get_backend_name() not in SUPPORTED:
        raise ArchiveError(
            f"{shown}: the archive runs on SQLite or PostgreSQL, not {parsed.get_backend_name()!r}"
        )
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_path(parsed.database or "", create)
    try:
        engine = make_engine(url, **engine_options)  # type: ignore[arg-type]
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise ArchiveError(f"{shown}: cannot use this database URL ({exc})") from None
    try:
        with engine.connect() as connection:
            has_schema = sa.inspect(connection).has_table("alembic_version")
    except DBAPIError as exc:
        engine.dispose()
        raise ArchiveError(f"{shown}: {_first_line(exc)}") from None
    if not create and not has_schema:
        engine.dispose()
        raise ArchiveError(f"{shown} holds no archive schema: {_NO_SCHEMA_HINT}")
    return engine


def _check_sqlite_path(database: str, create: bool) -> None:
    if not database or database == ":memory:":
        return
    path = Path(database)
    if path.is_dir():
        raise ArchiveError(f"{path} is a folder, not an archive file")
    if not path.exists():
        if not create:
            raise ArchiveError(f"no archive at {path.resolve()}: {_NO_SCHEMA_HINT}")
        if not path.parent.is_dir():
            raise ArchiveError(f"cannot create {path}: the folder {path.parent} does not exist")


def first_line(error: BaseException) -> str:
    """The first line of an error's message (the database driver's own, when it wraps
    one), which names the cause: refused, no such database, disk full…"""
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _first_line(error: DBAPIError) -> str:
    line = first_line(error)
    if "file is not a database" in line:
        return "this file is not an archive (not an SQLite database)"
    return f"cannot open the database: {line}"
