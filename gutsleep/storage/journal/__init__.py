"""The journal's days in the database: tables, the row mapper, reads and writes.

- :mod:`.tables`: the ``day_entry`` table built from the field declaration
  (domain.fields) and the tables of a day's lists (SQLAlchemy Core).
- :mod:`.rows`: the one mapper between stored rows and ``DayEntry`` /
  ``DaySummary``, used by every read, every write and "Check database".
- :mod:`.queries`: reads with the driver's own cursor (no SQLAlchemy: the
  first screen needs a day before SQLAlchemy is imported).
- :mod:`.writes`: saves, bulk inserts and deletes (SQLAlchemy Core).
- :mod:`.repository`: what services call.
"""
