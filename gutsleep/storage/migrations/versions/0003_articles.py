"""Article reading state, bookmarks with notes, and imported articles.

Revision ID: 0003_articles
Revises: 0002_checklist
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_articles"
down_revision = "0002_checklist"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_state",
        sa.Column("article_id", sa.String(120), primary_key=True),
        sa.Column("read", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("last_opened", sa.DateTime()),
    )
    op.create_table(
        "bookmark",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("article_id", sa.String(120), nullable=False),
        sa.Column("anchor", sa.String(200), nullable=False),
        sa.Column("section_title", sa.String(300), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_bookmark_article_id", "bookmark", ["article_id"])
    op.create_table(
        "user_article",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("article_id", sa.String(120), nullable=False, unique=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("source_name", sa.String(300), nullable=False),
        sa.Column("source_format", sa.String(16), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("user_article")
    op.drop_index("ix_bookmark_article_id", "bookmark")
    op.drop_table("bookmark")
    op.drop_table("article_state")
