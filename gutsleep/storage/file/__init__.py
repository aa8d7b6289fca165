"""Opening the journal file, and everything that touches the file as a whole.

From the bottom up (a module imports only modules listed before it):

- ``paths``: file names, SQLite URIs, private folders and files, where the data
  folder is; ``private_files``: writing any file privately and atomically;
- ``crypto``: SQLCipher, the optional encryption (driver, keyed connections,
  telling an encrypted file from a damaged one);
- ``connection``: one DB-API connection set up the journal's way (no SQLAlchemy);
  ``engine``: the SQLAlchemy engine whose pool hands out such connections
  (writes begin IMMEDIATE);
- ``snapshot``: consistent copies through SQLite's backup API, and the safety
  copies taken before risky work; ``schema``: which schema a file has, and the
  migrations; ``protection``: protecting with a passphrase, re-keying, removing it;
- ``wal``, ``lockfile``, ``save_failures``, ``synced_folders``: what an open
  checks, and why a save failed;
- ``database``: :class:`Database`, the open journal, which reads through one
  connection before it builds the engine;
- ``relocate`` and ``recovery``: moving the data folder, and setting a damaged
  file aside for a backup.
"""
