"""Symptoms of the transition: ten symptoms, each rated 0 none … 3 severe.

Revision ID: 0011_symptoms
Revises: 0010_regimens
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_symptoms"
down_revision = "0010_regimens"
branch_labels = None
depends_on = None

COLUMNS = (
    "symptom_aches",
    "symptom_headache",
    "symptom_palpitations",
    "symptom_anxiety",
    "symptom_low_mood",
    "symptom_irritability",
    "symptom_brain_fog",
    "symptom_vaginal_dryness",
    "symptom_urinary_urgency",
    "symptom_breast_tenderness",
)


def upgrade() -> None:
    # Plain ADD COLUMNs (no table copy): nullable columns without a default, so a
    # day kept before this revision has every symptom missing, not "none".
    for name in COLUMNS:
        op.add_column("day_entry", sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("day_entry") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
