"""The storage layer's base error, in a module of its own.

Modules that only need to raise or catch it (the lock file check, the
window's start) import it from here without loading the database engine;
``gutsleep.storage.file.schema`` re-exports it with its subclasses.
"""

from __future__ import annotations


class StoreError(Exception):
    """A journal file that cannot be opened; the message is for a person."""
