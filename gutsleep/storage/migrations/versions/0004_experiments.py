"""Self-experiments, their pauses and daily check-ins.

Revision ID: 0004_experiments
Revises: 0003_articles
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_experiments"
down_revision = "0003_articles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "experiment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("template", sa.String(32), nullable=False),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("strain", sa.String(200), nullable=False),
        sa.Column("cfu", sa.String(100), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("design", sa.String(8), nullable=False),
        sa.Column("phase_days", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("blocks", sa.Integer(), nullable=False),
        sa.Column("ended_on", sa.Date()),
        sa.Column("ended_early", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    for name, columns in (
        ("experiment_pause", [sa.Column("start", sa.Date(), nullable=False),
                              sa.Column("end", sa.Date())]),
        ("experiment_checkin", [sa.Column("day", sa.Date(), nullable=False),
                                sa.Column("done", sa.Boolean(), nullable=False)]),
    ):
        op.create_table(
            name,
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column(
                "experiment_id",
                sa.Integer(),
                sa.ForeignKey("experiment.id", ondelete="CASCADE"),
                nullable=False,
            ),
            *columns,
            *(
                [sa.UniqueConstraint("experiment_id", "day", name="uq_experiment_checkin")]
                if name == "experiment_checkin"
                else []
            ),
        )
    op.create_index("ix_experiment_pause_experiment_id", "experiment_pause", ["experiment_id"])


def downgrade() -> None:
    op.drop_table("experiment_checkin")
    op.drop_index("ix_experiment_pause_experiment_id", "experiment_pause")
    op.drop_table("experiment_pause")
    op.drop_table("experiment")
