"""Full-text search over the archive, the same on SQLite (FTS5) and PostgreSQL (tsvector).

Both backends index the folded keys of :mod:`crawler.search.fold`; queries are parsed and
rendered by :mod:`crawler.search.query`; filters are bound parameters; snippets are cut in
Python from the stored text so that they look the same on both databases.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlalchemy.dialects.postgresql import JSONB

from crawler.db.models import Article, ArticleSearch, Site
from crawler.search import provinces
from crawler.search import rank as ranking
from crawler.search.fold import words
from crawler.search.query import (
    Node,
    Term,
    key_function,
    parse,
    positive_terms,
    positive_words,
    to_fts5,
    to_tsquery,
)

_FTS = sa.table("article_fts", sa.column("rowid"), sa.column("exact"), sa.column("plain"))
SNIPPET_WORDS = 30
RANK_WINDOW = 300
COUNT_CAP = 1_000


@dataclass(frozen=True)
class Filters:
    site: str | None = None
    province: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    section: str | None = None
    author: str | None = None


@dataclass
class Hit:
    article_id: int
    site: str
    url: str
    title: str
    published: datetime | None
    section: str | None
    authors: list[str]
    snippet: str
    rank: float


def article_hits(
    connection: sa.Connection, ids: list[int], terms: set[str], diacritics: bool
) -> dict[int, Hit]:
    """The hits for these articles (rank 0), with snippets around ``terms``: one query."""
    if not ids:
        return {}
    rows = connection.execute(
        sa.select(
            Article.id,
            Site.key,
            Article.canonical_url,
            Article.title,
            Article.published_at,
            Article.section,
            Article.authors,
            Article.lead,
            Article.text,
        )
        .join(Site, Site.id == Article.site_id)
        .where(Article.id.in_(ids))
    )
    return {
        row.id: Hit(
            row.id,
            row.key,
            row.canonical_url,
            row.title,
            row.published_at,
            row.section,
            list(row.authors or []),
            snippet(row.lead, row.text or "", terms, diacritics),
            0.0,
        )
        for row in rows
    }


@dataclass
class Results:
    total: int
    hits: list[Hit]


NO_FILTERS = Filters()


@dataclass(frozen=True)
class Match:
    """The FROM clause and WHERE conditions of a query with filters."""

    source: Any
    conditions: list[Any]
    node: Node | None = None  # the parsed query (None: every article)
    # The text index alone, its article id and folded-keys columns, and whether the
    # filters need the joins.
    index: Any = None
    index_id: Any = None
    keys: Any = None
    filtered: bool = True


@dataclass(frozen=True)
class _TextMatch:
    condition: Any
    index: Any
    index_id: Any
    keys: Any


def _text_match(engine: Engine, node: Node, diacritics: bool) -> _TextMatch:
    """The index condition for a parsed query on this backend, and the index's columns."""
    if engine.dialect.name == "postgresql":
        column = "article_search.tsv_exact" if diacritics else "article_search.tsv_plain"
        tsquery = sa.func.to_tsquery("simple", to_tsquery(node, diacritics))
        return _TextMatch(
            sa.literal_column(column).op("@@")(tsquery),
            ArticleSearch.__table__,
            ArticleSearch.article_id,
            ArticleSearch.exact if diacritics else ArticleSearch.plain,
        )
    condition = sa.literal_column("article_fts").op("MATCH")(to_fts5(node, diacritics))
    return _TextMatch(condition, _FTS, _FTS.c.rowid, _FTS.c.exact if diacritics else _FTS.c.plain)


def match(
    engine: Engine, query: str | None, filters: Filters = NO_FILTERS, *, diacritics: bool = True
) -> Match:
    """What selects the articles matching ``query`` (``None``: every article) and filters."""
    conditions = _filter_conditions(engine, filters)
    if query is None:
        return Match(sa.join(Article, Site, Site.id == Article.site_id), conditions)
    node = parse(query)
    text = _text_match(engine, node, diacritics)
    source = sa.join(text.index, Article, text.index_id == Article.id).join(
        Site, Site.id == Article.site_id
    )
    return Match(
        source,
        [text.condition, *conditions],
        node,
        text.index,
        text.index_id,
        text.keys,
        bool(conditions),
    )


def search(
    engine: Engine,
    query: str,
    filters: Filters = NO_FILTERS,
    *,
    diacritics: bool = True,
    limit: int = 20,
    offset: int = 0,
) -> Results:
    """Articles matching ``query``, best first. ``diacritics=False`` ignores every mark.

    Relevance (BM25, :mod:`crawler.search.rank`) is computed over the newest
    ``RANK_WINDOW`` matching articles (all matches when there are fewer): scoring every
    match of a word found in half a million articles would cost seconds, and a news
    archive's reader wants recent articles among the best. The total is counted exactly up
    to ``COUNT_CAP`` and reported as a lower bound past it.
    """
    found = match(engine, query, filters, diacritics=diacritics)
    # Without filters the text index answers alone; joins are only paid for filtering.
    source = found.source if found.filtered else found.index
    candidates = (
        sa.select(found.index_id.label("id"), found.keys.label("keys"))
        .select_from(source)
        .where(*found.conditions)
        .order_by(found.index_id.desc())
        .limit(RANK_WINDOW)
    )
    # Newest first, like the candidates: recency filters (--since) are met soonest.
    capped = (
        sa.select(sa.literal(1))
        .select_from(source)
        .where(*found.conditions)
        .order_by(found.index_id.desc())
        .limit(COUNT_CAP + 1)
        .subquery()
    )
    key = key_function(diacritics)
    phrases = [tuple(key(w) for w in term) for term in positive_terms(found.node)]
    with engine.connect() as connection:
        total = connection.scalar(sa.select(sa.func.count()).select_from(capped)) or 0
        rows = connection.execute(candidates).all()
        documents = _document_count(engine, connection)

        def weight(phrase: tuple[str, ...]) -> float:
            return ranking.idf(documents, _containing(engine, connection, phrase, diacritics))

        scored = sorted(
            ((ranking.bm25(row.keys or "", phrases, weight), row.id) for row in rows),
            key=lambda pair: (-pair[0], -pair[1]),
        )[offset : offset + limit]
        details = article_hits(
            connection,
            [article_id for _, article_id in scored],
            positive_words(found.node),
            diacritics,
        )
    hits = [replace(details[article_id], rank=score) for score, article_id in scored]
    return Results(min(total, COUNT_CAP), hits)


_DOCUMENTS: dict[str, tuple[float, int]] = {}
_CONTAINING: dict[tuple[str, bool, tuple[str, ...]], int] = {}
_STATS_SECONDS = 600.0


def _document_count(engine: Engine, connection: sa.Connection) -> int:
    """Articles in the archive (cached for a while: an estimate is all BM25 needs)."""
    name = engine.url.render_as_string(hide_password=True)
    cached = _DOCUMENTS.get(name)
    if cached and time.monotonic() - cached[0] < _STATS_SECONDS:
        return cached[1]
    count = connection.scalar(sa.select(sa.func.max(ArticleSearch.article_id))) or 0
    _DOCUMENTS[name] = (time.monotonic(), count)
    return count


def _containing(
    engine: Engine, connection: sa.Connection, phrase: tuple[str, ...], diacritics: bool
) -> int:
    """Articles containing a folded phrase, counted up to ``COUNT_CAP`` (cached)."""
    cache_key = (engine.url.render_as_string(hide_password=True), diacritics, phrase)
    if cache_key not in _CONTAINING:
        # Folding is idempotent: folded keys fold to themselves.
        text = _text_match(engine, Term(phrase), diacritics)
        capped = (
            sa.select(sa.literal(1))
            .select_from(text.index)
            .where(text.condition)
            .limit(COUNT_CAP + 1)
            .subquery()
        )
        _CONTAINING[cache_key] = (
            connection.scalar(sa.select(sa.func.count()).select_from(capped)) or 0
        )
    return _CONTAINING[cache_key]


def _filter_conditions(engine: Engine, filters: Filters) -> list[Any]:
    conditions: list[Any] = []
    if filters.site:
        conditions.append(Site.key == filters.site)
    if filters.province:
        wanted = set(provinces.covered(filters.province))
        with engine.connect() as connection:
            site_ids = [
                row.id
                for row in connection.execute(sa.select(Site.id, Site.province))
                if row.province and provinces.canonical(row.province) in wanted
            ]
        conditions.append(Site.id.in_(site_ids))
    if filters.since:
        conditions.append(Article.published_at >= filters.since)
    if filters.until:
        conditions.append(Article.published_at <= filters.until)
    if filters.section:
        conditions.append(Article.section == filters.section)
    if filters.author:
        conditions.append(_has_author(engine, filters.author))
    return conditions


def _has_author(engine: Engine, name: str) -> Any:
    """``authors`` (a JSON list) contains ``name`` exactly, on either backend."""
    if engine.dialect.name == "postgresql":
        return sa.func.jsonb_exists(sa.cast(Article.authors, JSONB), name)
    each = sa.func.json_each(Article.authors).table_valued("value")
    return sa.exists(sa.select(1).select_from(each).where(each.c.value == name))


def snippet(
    lead: str | None, text: str, terms: set[str], diacritics: bool, width: int = SNIPPET_WORDS
) -> str:
    """A window of ``width`` words around the first match, matches «marked»."""
    body = "\n".join(part for part in (lead, text) if part).replace("\n", " ")
    key = key_function(diacritics)
    wanted = {key(term) for term in terms}
    found: list[re.Match[str]] = []
    first = None
    for match_ in words(body):
        found.append(match_)
        if first is None and key(match_.group()) in wanted:
            first = len(found) - 1
        if first is not None and len(found) > first + width:
            break
        if first is None and len(found) > 400:  # no match near the top: show the start
            break
    start = max(0, (first or 0) - width // 3)
    window = found[start : start + width]
    if not window:
        return ""
    pieces = []
    cursor = window[0].start()
    for match_ in window:
        pieces.append(body[cursor : match_.start()])
        word = match_.group()
        pieces.append(f"«{word}»" if key(word) in wanted else word)
        cursor = match_.end()
    prefix = "… " if start > 0 else ""
    suffix = " …" if window[-1].end() < len(body.rstrip()) else ""
    return prefix + "".join(pieces).strip() + suffix
