"""The hot-flush diary: day and night hot flushes counted by severity.

Revision ID: 0009_hot_flushes
Revises: 0008_exercise
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_hot_flushes"
down_revision = "0008_exercise"
branch_labels = None
depends_on = None

COLUMNS = tuple(
    f"flushes_{when}_{severity}"
    for severity in ("mild", "moderate", "severe", "very_severe")
    for when in ("day", "night")
)


def upgrade() -> None:
    # Plain ADD COLUMNs (no table copy): nullable columns without a default.
    for name in COLUMNS:
        op.add_column("day_entry", sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("day_entry") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
