"""captures: the WARC record of every fetch; articles and versions point at theirs

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 12:20:00
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# SQLite rebuilds a table to add a foreign key, which a view over it forbids: the facet
# view of 0003 is dropped around the rebuild and created again by 0003's own code.
_VIEW = importlib.import_module("migrations.versions.0003_article_list_view")

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "captures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("crawl_run_id", sa.Integer(), nullable=True),
        sa.Column("url", sa.String(length=1000), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("record_type", sa.String(length=16), nullable=False),
        sa.Column("warc_file", sa.String(length=300), nullable=False),
        sa.Column("warc_offset", sa.BigInteger(), nullable=False),
        sa.Column("warc_length", sa.BigInteger(), nullable=False),
        sa.Column("payload_digest", sa.String(length=64), nullable=False),
        sa.Column("truncated", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["crawl_run_id"], ["crawl_runs.id"], name=op.f("fk_captures_crawl_run_id_crawl_runs")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_captures_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_captures")),
    )
    with op.batch_alter_table("captures", schema=None) as batch_op:
        batch_op.create_index("ix_captures_url_fetched_at", ["url", "fetched_at"], unique=False)
    _VIEW.downgrade()
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("capture_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_articles_capture_id_captures"), "captures", ["capture_id"], ["id"]
        )
    _VIEW.upgrade()
    with op.batch_alter_table("article_versions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("capture_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("origin", sa.String(length=16), nullable=False, server_default="fetch")
        )
        batch_op.add_column(sa.Column("rules_version", sa.String(length=16), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_article_versions_capture_id_captures"),
            "captures",
            ["capture_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("article_versions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_article_versions_capture_id_captures"), type_="foreignkey"
        )
        batch_op.drop_column("rules_version")
        batch_op.drop_column("origin")
        batch_op.drop_column("capture_id")
    _VIEW.downgrade()
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_articles_capture_id_captures"), type_="foreignkey")
        batch_op.drop_column("capture_id")
    _VIEW.upgrade()
    with op.batch_alter_table("captures", schema=None) as batch_op:
        batch_op.drop_index("ix_captures_url_fetched_at")
    op.drop_table("captures")
