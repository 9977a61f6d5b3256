"""dead links: article links answered 404/410, with a back-off

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 08:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dead_links",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=1000), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("retry_after", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_dead_links_site_id_sites")
        ),
        sa.PrimaryKeyConstraint("site_id", "url", name=op.f("pk_dead_links")),
    )


def downgrade() -> None:
    op.drop_table("dead_links")
