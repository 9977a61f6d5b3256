"""Every example query and snippet of docs/analysts.md runs on SQLite and PostgreSQL, on an
archive a real crawl filled."""

from __future__ import annotations

import re
from pathlib import Path

import pytest_twisted
import sqlalchemy as sa
from crawling import crawl

from crawler.samples import mirror_root
from crawler.testing.mirror import MirrorServer

DOC = Path(__file__).resolve().parent.parent / "docs" / "analysts.md"
_BLOCK = re.compile(r"```sql( postgresql)?\n(.*?)```", re.S)


def example_queries(dialect: str) -> list[str]:
    """The ten numbered examples, each in the form for ``dialect``."""
    text = DOC.read_text("utf-8")
    section = text[text.index("## Ten example queries") : text.index("## Connecting")]
    items = re.split(r"\n(?=\d+\. )", section)[1:]
    queries = []
    for item in items:
        blocks = {bool(pg): sql.strip() for pg, sql in _BLOCK.findall(item)}
        queries.append(blocks.get(dialect == "postgresql", blocks[False]))
    return queries


def pandas_snippet() -> str:
    text = DOC.read_text("utf-8")
    return re.search(r"\*\*pandas\*\*.*?```python\n(.*?)```", text, re.S).group(1)


@pytest_twisted.ensureDeferred
async def test_every_example_query_runs_on_both_databases(db_url: str) -> None:
    with MirrorServer(mirror_root("cdchoabinh")) as mirror:
        outcome = await crawl("cdchoabinh", mirror.url, db_url)
    assert outcome.ok, outcome.summary()
    engine = sa.create_engine(db_url)
    queries = example_queries(engine.dialect.name)
    assert len(queries) == 10
    # Through the driver as psql or sqlite3 would send them (no parameter parsing).
    raw = engine.raw_connection()
    try:
        results = []
        for query in queries:
            cursor = raw.cursor()
            cursor.execute(query.replace("= ?", "= 1"))
            results.append(cursor.fetchall())
            cursor.close()
    finally:
        raw.close()
        engine.dispose()
    # The crawl archived 3 articles of one province: query 1 counts them, query 9 by month.
    assert sum(row[2] for row in results[0]) == 3
    assert sum(row[1] for row in results[8]) == 3


def test_the_pandas_snippet_runs_on_both_databases(db_url: str) -> None:
    import pandas as pd

    from crawler.db import migrate
    from crawler.db.session import make_engine

    engine = make_engine(db_url)
    migrate.upgrade(engine)
    engine.dispose()
    code = pandas_snippet().replace('sa.create_engine("sqlite:///archive.db")', "_engine")
    namespace = {"_engine": sa.create_engine(db_url)}
    exec(compile(code, str(DOC), "exec"), namespace)
    assert isinstance(namespace["df"], pd.DataFrame)
