"""Alembic environment: always run on a connection handed over by storage.file.schema."""

from alembic import context

from gutsleep.storage.journal import tables as _journal_tables  # noqa: F401  (the days' tables)
from gutsleep.storage.journal.search import is_index_table
from gutsleep.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
    # The search index is a virtual table made by SQL, not modelled: leave it to its module.
    include_name=lambda name, type_, parent: not (type_ == "table" and is_index_table(str(name))),
)
with context.begin_transaction():
    context.run_migrations()
