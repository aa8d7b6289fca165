"""Which features beside the journal hold anything, asked with the driver's cursor.

A reader that only needs to know whether there is anything to show (the
clinician report: no self-experiments, no checklist, no sleep window) can
then leave the features' ORM repositories, and SQLAlchemy's import with them,
untouched: about half a second of a cold command-line report.
"""

from __future__ import annotations

from gutsleep.storage.file.database import Database

__all__ = ["FEATURE_TABLES", "kept_features"]

#: Each feature and the table whose rows say it was used.
FEATURE_TABLES: dict[str, str] = {
    "experiments": "experiment",
    "checklist": "checklist_run",
    "sleep_window": "sleep_window",
    "trackers": "tracker",
    "regimens": "regimen",
}


def kept_features(database: Database) -> frozenset[str]:
    """The names in :data:`FEATURE_TABLES` whose table has at least one row."""
    found: set[str] = set()
    with database.reading() as connection:
        cursor = connection.cursor()
        try:
            for name, table in FEATURE_TABLES.items():
                cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {table})")  # names fixed above
                if cursor.fetchone()[0]:
                    found.add(name)
        finally:
            cursor.close()
    return frozenset(found)
