"""Nights from other apps and devices, kept apart from the diary.

Revision ID: 0014_device_nights
Revises: 0013_search
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_device_nights"
down_revision = "0013_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "device_night",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(80), nullable=False),
        sa.Column("night", sa.Date(), nullable=False),
        sa.Column("start_utc", sa.DateTime(), nullable=False),
        sa.Column("end_utc", sa.DateTime(), nullable=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("asleep_min", sa.Integer()),
        sa.Column("awake_min", sa.Integer()),
        sa.Column("sol_min", sa.Integer()),
        sa.Column("awakenings", sa.Integer()),
        sa.Column("deep_min", sa.Integer()),
        sa.Column("light_min", sa.Integer()),
        sa.Column("rem_min", sa.Integer()),
        sa.Column("rating", sa.Float()),
        sa.Column("main_sleep", sa.Boolean(), nullable=False),
        sa.Column("device", sa.String(120), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("source", "record_id", name="uq_device_night_record"),
    )
    op.create_index("ix_device_night_night", "device_night", ["night"])


def downgrade() -> None:
    op.drop_index("ix_device_night_night", "device_night")
    op.drop_table("device_night")
