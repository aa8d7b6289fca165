"""The storage layer: the only code that speaks SQL, in packages named for their jobs.

- ``file/``: opening the journal file (where it lives, private files, driver
  connections, the SQLAlchemy engine, SQLCipher and protecting with a passphrase,
  the schema and its migrations, the -wal check, the lock file, moving the folder,
  recovery from a damaged file, why a save failed);
- ``backups/``: the copies in backups/ (taking and rotating them, restoring one)
  and the journal's health check;
- ``features/``: the repositories of articles, the checklist, experiments and the
  sleep window;
- ``transfer/``: export and import (JSON, CSV), every feature's section included;
- ``journal/``: the journal's days: tables built from the field declaration, the
  one row mapper, reads, writes and the repository;
- beside them: the features' ORM tables (models), the settings file (settings)
  and the base error (errors).

Import-linter keeps these free of import cycles (pyproject.toml). Nothing is
imported here: ``import gutsleep.storage`` must stay cheap on the start-up path.
"""
