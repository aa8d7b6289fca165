"""The daily journal: one row per day and its lists.

Revision ID: 0001_journal
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_journal"
down_revision = None
branch_labels = None
depends_on = None


def _child(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "day_id",
            sa.Integer(),
            sa.ForeignKey("day_entry.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        *columns,
    )
    op.create_index(f"ix_{name}_day_id", name, ["day_id"])


def upgrade() -> None:
    op.create_table(
        "day_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False, unique=True),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("into_bed", sa.DateTime()),
        sa.Column("lights_out", sa.DateTime()),
        sa.Column("sleep_onset_min", sa.Integer()),
        sa.Column("awakenings", sa.Integer()),
        sa.Column("waso_min", sa.Integer()),
        sa.Column("final_wake", sa.DateTime()),
        sa.Column("out_of_bed", sa.DateTime()),
        sa.Column("quality", sa.Integer()),
        sa.Column("sleep_comments", sa.Text(), nullable=False),
        sa.Column("woke_early_min", sa.Integer()),
        sa.Column("naps", sa.Integer()),
        sa.Column("nap_min", sa.Integer()),
        sa.Column("sleep_aids", sa.Text(), nullable=False),
        sa.Column("night_sweats", sa.Integer()),
        sa.Column("sweats_disturbance", sa.Integer()),
        sa.Column("fermented_servings", sa.Integer()),
        sa.Column("fibre_servings", sa.Integer()),
        sa.Column("sugar_upf_servings", sa.Integer()),
        sa.Column("mediterranean", sa.Boolean()),
        sa.Column("alcohol_drinks", sa.Integer()),
        sa.Column("last_alcohol", sa.Time()),
        sa.Column("caffeine_drinks", sa.Integer()),
        sa.Column("last_caffeine", sa.Time()),
        sa.Column("last_meal", sa.Time()),
        sa.Column("bloating", sa.Integer()),
        sa.Column("discomfort", sa.Integer()),
        sa.Column("gut_notes", sa.Text(), nullable=False),
        sa.Column("stress", sa.Integer()),
        sa.Column("mood", sa.Integer()),
        sa.Column("bleeding", sa.String(16)),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    _child(
        "food_item",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
    )
    _child(
        "day_name",
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
    )
    op.create_index("ix_day_name_kind_name", "day_name", ["kind", "name"])
    _child(
        "bowel_movement",
        sa.Column("bristol", sa.Integer(), nullable=False),
        sa.Column("at", sa.Time()),
    )
    _child(
        "practice",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("minutes", sa.Integer()),
    )
    _child(
        "intake",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("dose", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("strain", sa.String(200), nullable=False),
        sa.Column("cfu", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    for name in ("intake", "practice", "bowel_movement", "day_name", "food_item", "day_entry"):
        op.drop_table(name)
