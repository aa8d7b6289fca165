"""Regimens: hormone therapy, medicines and supplements with their dated changes.

Revision ID: 0010_regimens
Revises: 0009_hot_flushes
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_regimens"
down_revision = "0009_hot_flushes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "regimen",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("route", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "regimen_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "regimen_id",
            sa.Integer(),
            sa.ForeignKey("regimen.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("change", sa.String(8), nullable=False),
        sa.Column("dose", sa.String(200), nullable=False),
        sa.UniqueConstraint("regimen_id", "day", name="uq_regimen_change"),
    )


def downgrade() -> None:
    op.drop_table("regimen_change")
    op.drop_table("regimen")
