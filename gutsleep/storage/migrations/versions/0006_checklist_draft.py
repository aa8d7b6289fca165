"""The checklist's answers not saved yet, kept across closing the app.

Revision ID: 0006_checklist_draft
Revises: 0005_experiment_design
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_checklist_draft"
down_revision = "0005_experiment_design"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_draft",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer()),
        sa.Column("answers", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name="ck_checklist_draft_single"),
    )


def downgrade() -> None:
    op.drop_table("checklist_draft")
