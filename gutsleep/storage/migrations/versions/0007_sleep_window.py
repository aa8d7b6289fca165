"""The sleep-window planner: its safety screen and the accepted weekly windows.

Revision ID: 0007_sleep_window
Revises: 0006_checklist_draft
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_sleep_window"
down_revision = "0006_checklist_draft"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sleep_window_answer",
        sa.Column("question", sa.String(32), primary_key=True),
        sa.Column("answer", sa.Boolean(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
    )
    op.create_table(
        "sleep_window",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("week_start", sa.Date(), nullable=False, unique=True),
        sa.Column("bedtime", sa.Time(), nullable=False),
        sa.Column("rising", sa.Time(), nullable=False),
        sa.Column("time_in_bed_min", sa.Integer(), nullable=False),
        sa.Column("proposed_min", sa.Integer()),
        sa.Column("nights", sa.Integer(), nullable=False),
        sa.Column("mean_tst_min", sa.Float()),
        sa.Column("mean_se_pct", sa.Float()),
        sa.Column("adjusted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sleep_window")
    op.drop_table("sleep_window_answer")
