"""Opening the journal: private folder, schema check, engine and sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from gutsleep.storage.engine import make_engine
from gutsleep.storage.paths import DATABASE_NAME, create_private_file, ensure_private_dir
from gutsleep.storage.schema import DamagedFileError, FileState, Inspection, prepare


class Database:
    """One journal file. Open with :meth:`open`; close with :meth:`close`."""

    def __init__(self, data_dir: Path, path: Path, engine: Engine, inspection: Inspection):
        self.data_dir = data_dir
        self.path = path
        self.engine = engine
        self.inspection = inspection
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, data_dir: Path) -> Database:
        """Open (creating or upgrading as needed) the journal in ``data_dir``.

        Raises a StoreError subclass, with a sentence for a person, when the
        file is damaged, foreign or from a newer gutsleep.
        """
        ensure_private_dir(data_dir)
        path = data_dir / DATABASE_NAME
        if not path.exists():
            create_private_file(path)
        inspection = prepare(path, data_dir)
        engine = make_engine(path)
        database = cls(data_dir, path, engine, inspection)
        if inspection.state is FileState.CURRENT:
            problem = database.quick_check()
            if problem:
                engine.dispose()
                raise DamagedFileError(f"{path} is damaged: {problem}")
        return database

    @property
    def created(self) -> bool:
        return self.inspection.state is FileState.NEW

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction, committed on success, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    def quick_check(self) -> str | None:
        """None when SQLite's quick_check passes, else its first complaint."""
        with self.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
        result = "; ".join(str(r[0]) for r in rows[:5])
        return None if result == "ok" else result

    def close(self) -> None:
        self.engine.dispose()
