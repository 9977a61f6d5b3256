"""reextract journal: how far a re-extraction of a site's captures has come

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 15:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reextract_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_key", sa.String(length=64), nullable=False),
        sa.Column("rules_version", sa.String(length=16), nullable=False),
        sa.Column("since", sa.String(length=10), nullable=True),
        sa.Column("until", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("last_capture_id", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reextract_jobs")),
    )
    with op.batch_alter_table("reextract_jobs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reextract_jobs_site_key_rules_version", ["site_key", "rules_version"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reextract_jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_reextract_jobs_site_key_rules_version")
    op.drop_table("reextract_jobs")
