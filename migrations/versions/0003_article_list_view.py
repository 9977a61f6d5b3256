"""article_list view: one row per article with site, province and month, for facets

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 02:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONTH = {
    "sqlite": "strftime('%Y-%m', a.published_at, '+7 hours')",
    "postgresql": "to_char(a.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM')",
}


def upgrade() -> None:
    month = MONTH[op.get_bind().dialect.name]
    op.execute(
        "CREATE VIEW article_list AS SELECT a.id, s.key AS site, s.province, a.section, "
        f"coalesce({month}, 'undated') AS month, a.published_at, a.title, a.lead, "
        "a.canonical_url AS url, a.word_count FROM articles a JOIN sites s ON s.id = a.site_id"
    )


def downgrade() -> None:
    op.execute("DROP VIEW article_list")
