"""Screening checklist history.

Revision ID: 0002_checklist
Revises: 0001_journal
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_checklist"
down_revision = "0001_journal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_run",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "checklist_answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "run_id",
            sa.Integer(),
            sa.ForeignKey("checklist_run.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("question", sa.String(64), nullable=False),
        sa.Column("answer", sa.String(16), nullable=False),
        sa.UniqueConstraint("run_id", "question", name="uq_checklist_answer"),
    )


def downgrade() -> None:
    op.drop_table("checklist_answer")
    op.drop_table("checklist_run")
