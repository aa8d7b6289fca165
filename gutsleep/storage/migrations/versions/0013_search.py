"""Searching the journal: an FTS5 index of the days' notes, comments and lists.

Revision ID: 0013_search
Revises: 0012_trackers
"""

from alembic import op

from gutsleep.storage.journal import search

revision = "0013_search"
down_revision = "0012_trackers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Derived data: made from the stored days, the same way every save makes it.
    search.rebuild(op.get_bind())


def downgrade() -> None:
    op.execute(f"DROP TABLE IF EXISTS {search.INDEX}")
