"""Datasette plugin: Vietnamese search functions and safe rendering of article HTML.

* ``vn_match(q)`` turns a user query into the FTS5 expression the archive's index
  understands (the same folding as ``newsarchive search``). A query without any
  diacritic searches without diacritics ("suc khoe" finds "sức khỏe"); with diacritics it
  matches them exactly, tone-placement variants included.
* ``vn_snippet(lead, text, q)`` cuts the highlighted snippet.
* The ``html`` column is shown as formatted text, re-sanitised with the archive's allowlist
  at display time; raw site HTML is never shown.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from datasette import hookimpl
from markupsafe import Markup

from crawler.db.search import snippet
from crawler.extract.sanitize import clean_html
from crawler.search.fold import wants_diacritics
from crawler.search.query import QueryError, parse, positive_words, to_fts5


def vn_match(query: str | None) -> str | None:
    if not query:
        return None
    try:
        return to_fts5(parse(query), wants_diacritics(query))
    except QueryError:
        return None


def vn_snippet(lead: str | None, text: str | None, query: str | None) -> str:
    try:
        terms = positive_words(parse(query or ""))
    except QueryError:
        terms = set()
    return snippet(lead, text or "", terms, wants_diacritics(query or ""))


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("vn_match", 1, vn_match, deterministic=True)
    conn.create_function("vn_snippet", 3, vn_snippet, deterministic=True)


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str) -> Markup | None:
    if column == "html" and table in ("articles", "article_versions") and isinstance(value, str):
        return Markup(f'<div class="article-html">{clean_html(value)}</div>')
    return None
