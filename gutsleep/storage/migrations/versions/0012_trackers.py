"""Trackers of your own: the trackers and their daily values, in tables of their own.

Revision ID: 0012_trackers
Revises: 0011_symptoms
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_trackers"
down_revision = "0011_symptoms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tracker",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(32), nullable=False, unique=True),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("unit", sa.String(20), nullable=False),
        sa.Column("reminder", sa.Time()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "tracker_value",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "tracker_id",
            sa.Integer(),
            sa.ForeignKey("tracker.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.UniqueConstraint("tracker_id", "day", name="uq_tracker_value"),
    )


def downgrade() -> None:
    op.drop_table("tracker_value")
    op.drop_table("tracker")
