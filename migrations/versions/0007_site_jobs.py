"""site jobs: the Celery workers' jobs and how each stands

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-09 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "site_jobs",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("site_key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("since", sa.String(length=10), nullable=True),
        sa.Column("until", sa.String(length=10), nullable=True),
        sa.Column("arguments", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("worker", sa.String(length=200), nullable=True),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("enqueued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"], ["crawl_runs.id"], name=op.f("fk_site_jobs_run_id_crawl_runs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_jobs")),
    )
    with op.batch_alter_table("site_jobs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_jobs_site_key"), ["site_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_site_jobs_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("site_jobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_jobs_status"))
        batch_op.drop_index(batch_op.f("ix_site_jobs_site_key"))

    op.drop_table("site_jobs")
