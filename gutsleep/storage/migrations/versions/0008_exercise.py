"""Minutes of exercise on a day: the first field added through the field declaration.

Revision ID: 0008_exercise
Revises: 0007_sleep_window
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_exercise"
down_revision = "0007_sleep_window"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy): a nullable column without a default.
    op.add_column("day_entry", sa.Column("exercise_min", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("day_entry") as batch:
        batch.drop_column("exercise_min")
