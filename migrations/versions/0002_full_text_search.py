"""full-text search: article_search keys, FTS5 on SQLite, tsvector + GIN on PostgreSQL

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 01:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from crawler.search.fold import index_text

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE article_fts USING fts5(exact, plain, content='article_search', "
    "content_rowid='article_id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER article_search_ai AFTER INSERT ON article_search BEGIN "
    "INSERT INTO article_fts(rowid, exact, plain) VALUES (new.article_id, new.exact, new.plain);"
    " END",
    "CREATE TRIGGER article_search_ad AFTER DELETE ON article_search BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, exact, plain) "
    "VALUES ('delete', old.article_id, old.exact, old.plain); END",
    "CREATE TRIGGER article_search_au AFTER UPDATE ON article_search BEGIN "
    "INSERT INTO article_fts(article_fts, rowid, exact, plain) "
    "VALUES ('delete', old.article_id, old.exact, old.plain); "
    "INSERT INTO article_fts(rowid, exact, plain) VALUES (new.article_id, new.exact, new.plain);"
    " END",
]
POSTGRES_FTS = [
    "ALTER TABLE article_search ADD COLUMN tsv_exact tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', exact)) STORED",
    "ALTER TABLE article_search ADD COLUMN tsv_plain tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', plain)) STORED",
    "CREATE INDEX ix_article_search_tsv_exact ON article_search USING gin (tsv_exact)",
    "CREATE INDEX ix_article_search_tsv_plain ON article_search USING gin (tsv_plain)",
]


def upgrade() -> None:
    op.create_table(
        "article_search",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("exact", sa.Text(), nullable=False),
        sa.Column("plain", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_search_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_article_search")),
    )
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_FTS if dialect == "sqlite" else POSTGRES_FTS:
        op.execute(statement)
    _index_existing_articles()


def _index_existing_articles() -> None:
    """Archives made before this revision get their search keys now."""
    connection = op.get_bind()
    articles = sa.table(
        "articles", sa.column("id"), sa.column("title"), sa.column("lead"), sa.column("text")
    )
    search = sa.table(
        "article_search", sa.column("article_id"), sa.column("exact"), sa.column("plain")
    )
    rows = connection.execute(sa.select(articles)).all()
    for row in rows:
        body = "\n".join(part for part in (row.title, row.lead, row.text) if part)
        connection.execute(
            sa.insert(search).values(
                article_id=row.id, exact=index_text(body, True), plain=index_text(body, False)
            )
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("article_search_ai", "article_search_ad", "article_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS article_fts")
    op.drop_table("article_search")
