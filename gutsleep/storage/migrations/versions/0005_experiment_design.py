"""Experiment design (CENT 2015): washout days, a drawn order, the smallest change that matters.

Existing experiments keep their meaning: no washout, the AB order they were
run in (an empty order reads as AB in every pair), not randomised, and the
outcome's default smallest change (NULL).

Revision ID: 0005_experiment_design
Revises: 0004_experiments
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_experiment_design"
down_revision = "0004_experiments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("experiment") as batch:
        batch.add_column(
            sa.Column("washout_days", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("phase_order", sa.String(32), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("randomised", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("seed", sa.Integer()))
        batch.add_column(sa.Column("smallest_change", sa.Float()))
        batch.add_column(
            sa.Column("plan_changes", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("experiment") as batch:
        for name in (
            "plan_changes",
            "smallest_change",
            "seed",
            "randomised",
            "phase_order",
            "washout_days",
        ):
            batch.drop_column(name)
