"""``newsarchive serve --sql``: the archive in Datasette, read-only, with search and facets
(``newsarchive serve`` alone is the reading room, :mod:`crawler.webapp`).

Arbitrary SQL is on for analysts on this machine (127.0.0.1) and off when the server is
bound to any other address, unless ``--allow-sql`` says otherwise. The database file is
opened read-only by Datasette; crawls may keep writing to it (SQLite WAL).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import make_url

from crawler.db import migrate
from crawler.db.session import database_url, make_engine

SEARCH_SQL = """
select a.id, s.key as site, a.published_at, a.title,
       vn_snippet(a.lead, a.text, :q) as snippet, a.canonical_url as url
from article_fts
join articles a on a.id = article_fts.rowid
join sites s on s.id = a.site_id
where article_fts match vn_match(:q)
order by bm25(article_fts)
limit 100
"""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# Bookkeeping of the crawler, not articles: hidden from Datasette's listing (still
# queryable with SQL by those who know them).
INTERNAL_TABLES = (
    "alembic_version",
    "site_locks",
    "site_jobs",
    "backfill_jobs",
    "backfill_pages",
    "reextract_jobs",
    "captures",
    "dead_links",
    "article_search",
)
INTERNAL_PREFIXES = ("backfill_", "reextract_", "article_fts", "sqlite_")


def internal_tables(path: Path) -> list[str]:
    """The internal tables of the archive at ``path`` (the list above, plus any table
    named with an internal prefix: journals added later, the FTS index's shadow tables)."""
    import sqlite3

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [row[0] for row in connection.execute("select name from sqlite_master")]
    finally:
        connection.close()
    return sorted({*INTERNAL_TABLES, *(n for n in names if n.startswith(INTERNAL_PREFIXES))})


def metadata(database: str, allow_sql: bool, hidden: Sequence[str] = ()) -> dict[str, Any]:
    return {
        "title": "Provincial News Archive",
        "description": "Articles archived from Vietnamese provincial portals. Use the "
        "'search' query: words without diacritics match any diacritics.",
        "allow_sql": allow_sql,
        "databases": {
            database: {
                "queries": {
                    "search": {
                        "title": "Search articles (Vietnamese, with or without diacritics)",
                        "sql": SEARCH_SQL,
                    }
                },
                "tables": {
                    "article_list": {
                        "facets": ["site", "province", "section", "month"],
                        "sort_desc": "published_at",
                    },
                    "articles": {"sort_desc": "published_at"},
                    **{name: {"hidden": True} for name in (hidden or INTERNAL_TABLES)},
                },
            }
        },
    }


def sqlite_path(db: str | None) -> Path:
    url = make_url(database_url(db))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise ValueError(
            "the web UI (Datasette) reads SQLite archives; for PostgreSQL, export a copy: "
            "newsarchive export --out archive.parquet, or connect psql/pandas (docs/analysts.md)"
        )
    path = Path(url.database)
    if not path.is_file():
        raise FileNotFoundError(f"no archive at {path}; crawl first or run newsarchive demo")
    return path


def build_app(db: str | None, host: str, allow_sql: bool | None) -> Any:
    from datasette.app import Datasette
    from datasette.plugins import pm

    from crawler.web import plugin

    path = sqlite_path(db)
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)  # the view and search index must exist; a no-op when current
    engine.dispose()
    if not pm.is_registered(plugin):
        pm.register(plugin, name="newsarchive")
    allowed = is_loopback(host) if allow_sql is None else allow_sql
    datasette = Datasette(
        [str(path)],
        metadata=metadata(path.stem, allowed, internal_tables(path)),
        settings={"default_page_size": 20, "sql_time_limit_ms": 5000, "facet_time_limit_ms": 500},
    )
    return datasette.app()


def serve(db: str | None, host: str, port: int, allow_sql: bool | None) -> None:
    import uvicorn

    app = build_app(db, host, allow_sql)
    uvicorn.run(app, host=host, port=port, log_level="warning")
