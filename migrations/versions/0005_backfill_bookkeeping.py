"""backfill bookkeeping

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 01:49:58.057547
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "backfill_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_key", sa.String(length=64), nullable=False),
        sa.Column("since", sa.String(length=10), nullable=True),
        sa.Column("until", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backfill_jobs")),
    )
    with op.batch_alter_table("backfill_jobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_backfill_jobs_site_key"), ["site_key"], unique=False)

    op.create_table(
        "backfill_pages",
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=1000), nullable=False),
        sa.Column("listing", sa.String(length=500), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("next_url", sa.String(length=1000), nullable=True),
        sa.Column("floor_reached", sa.Boolean(), nullable=False),
        sa.Column("article_urls", sa.JSON(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["backfill_jobs.id"],
            name=op.f("fk_backfill_pages_job_id_backfill_jobs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("job_id", "url", name=op.f("pk_backfill_pages")),
    )


def downgrade() -> None:
    op.drop_table("backfill_pages")
    with op.batch_alter_table("backfill_jobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_backfill_jobs_site_key"))

    op.drop_table("backfill_jobs")
