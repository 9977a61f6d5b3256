"""Full-text search over the archive, the same on SQLite (FTS5) and PostgreSQL (tsvector).

Both backends index the folded keys of :mod:`crawler.search.fold`; queries are parsed and
rendered by :mod:`crawler.search.query`; filters are bound parameters; snippets are cut in
Python from the stored text so that they look the same on both databases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine
from sqlalchemy.dialects.postgresql import JSONB

from crawler.db.models import Article, ArticleSearch, Site
from crawler.search import provinces
from crawler.search.fold import words
from crawler.search.query import key_function, parse, positive_words, to_fts5, to_tsquery

_FTS = sa.table("article_fts", sa.column("rowid"))
SNIPPET_WORDS = 30


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


@dataclass
class Results:
    total: int
    hits: list[Hit]


NO_FILTERS = Filters()


@dataclass(frozen=True)
class Match:
    """The FROM clause, WHERE conditions and rank expression of a query with filters."""

    source: Any
    conditions: list[Any]
    rank: Any
    terms: set[str]


def match(
    engine: Engine, query: str | None, filters: Filters = NO_FILTERS, *, diacritics: bool = True
) -> Match:
    """What selects the articles matching ``query`` (``None``: every article) and filters."""
    conditions = _filter_conditions(engine, filters)
    if query is None:
        source = sa.join(Article, Site, Site.id == Article.site_id)
        return Match(source, conditions, sa.literal(0.0), set())
    node = parse(query)
    if engine.dialect.name == "postgresql":
        vector = sa.literal_column(
            "article_search.tsv_exact" if diacritics else "article_search.tsv_plain"
        )
        tsquery = sa.func.to_tsquery("simple", to_tsquery(node, diacritics))
        condition = vector.op("@@")(tsquery)
        rank = sa.func.ts_rank_cd(vector, tsquery)
        source = sa.join(ArticleSearch, Article, ArticleSearch.article_id == Article.id)
    else:
        condition = sa.literal_column("article_fts").op("MATCH")(to_fts5(node, diacritics))
        # bm25() is lower-is-better; negated, both backends report higher-is-better.
        rank = -sa.literal_column("bm25(article_fts)")
        source = sa.join(_FTS, Article, _FTS.c.rowid == Article.id)
    source = source.join(Site, Site.id == Article.site_id)
    return Match(source, [condition, *conditions], rank, positive_words(node))


def search(
    engine: Engine,
    query: str,
    filters: Filters = NO_FILTERS,
    *,
    diacritics: bool = True,
    limit: int = 20,
    offset: int = 0,
) -> Results:
    """Articles matching ``query``, best first. ``diacritics=False`` ignores every mark."""
    found = match(engine, query, filters, diacritics=diacritics)
    columns = (
        Article.id,
        Site.key,
        Article.canonical_url,
        Article.title,
        Article.published_at,
        Article.section,
        Article.authors,
        Article.lead,
        Article.text,
        found.rank.label("rank"),
    )
    page = (
        sa.select(*columns)
        .select_from(found.source)
        .where(*found.conditions)
        .order_by(found.rank.desc(), Article.id.desc())
        .limit(limit)
        .offset(offset)
    )
    count = sa.select(sa.func.count()).select_from(found.source).where(*found.conditions)
    with engine.connect() as connection:
        total = connection.scalar(count) or 0
        rows = connection.execute(page).all()
    hits = [
        Hit(
            row.id,
            row.key,
            row.canonical_url,
            row.title,
            row.published_at,
            row.section,
            list(row.authors or []),
            snippet(row.lead, row.text, found.terms, diacritics),
            float(row.rank),
        )
        for row in rows
    ]
    return Results(total, hits)


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
    found = list(words(body))
    first = next((i for i, m in enumerate(found) if key(m.group()) in wanted), 0)
    start = max(0, first - width // 3)
    window = found[start : start + width]
    if not window:
        return ""
    pieces = []
    cursor = window[0].start()
    for match in window:
        pieces.append(body[cursor : match.start()])
        word = match.group()
        pieces.append(f"«{word}»" if key(word) in wanted else word)
        cursor = match.end()
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + width < len(found) else ""
    return prefix + "".join(pieces).strip() + suffix
