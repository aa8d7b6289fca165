"""What the write-ahead log (``journal.sqlite3-wal``) held when the journal was opened.

SQLite replays the -wal at the next open up to its last complete, valid
transaction and silently ignores the rest, so a -wal cut short (truncated by a
sync tool, a full disk, a copy taken while the app ran) loses the days saved in
it without any error, and the file that results passes every integrity check.
This module reads the -wal itself, before SQLite does, the way SQLite's recovery
does (https://sqlite.org/fileformat2.html#walformat): the 32-byte header, then
frames of a 24-byte header and one page, each carrying the header's salts and
a running checksum. Frames that carry the header's salts but don't check out,
a frame cut in the middle, and frames after the last commit are changes SQLite
will drop; :func:`inspect` says so. Frames with other salts are left over from
before the log was last restarted, and are normal.

What it can't see: a -wal cut exactly at the end of a transaction looks like a
shorter, sound log. The clean-close note (storage.file.database.VERIFIED_NAME) is the
other witness: when it is missing, the last session did not end with a clean
close, and the check says that too.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
MAGIC_LITTLE = 0x377F0682
MAGIC_BIG = 0x377F0683
VERSION = 3007000
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalState:
    """The -wal as found: how much SQLite will replay and how much it will drop."""

    size: int = 0
    header_ok: bool = True
    frames: int = 0  # whole frames in the file
    committed_frames: int = 0  # frames up to and including the last valid commit
    transactions: int = 0  # commits among them
    dropped_frames: int = 0  # valid-salt frames after the last valid commit
    bad_frames: int = 0  # frames with the header's salts whose checksum fails
    partial_bytes: int = 0  # a frame cut in the middle, at the end of the file

    @property
    def exists(self) -> bool:
        return self.size > 0

    @property
    def sound(self) -> bool:
        """Nothing in the -wal will be dropped: SQLite replays all of it."""
        return self.header_ok and not (self.dropped_frames or self.bad_frames or self.partial_bytes)


def wal_path(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    """SQLite's WAL checksum over ``data`` (a multiple of 8 bytes), continuing (s0, s1)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for x0, x1 in zip(words[0::2], words[1::2], strict=True):
        s0 = (s0 + x0 + s1) & _MASK
        s1 = (s1 + x1 + s0) & _MASK
    return s0, s1


def inspect(database: Path) -> WalState:
    """Read ``database``'s -wal (without SQLite) and say what a replay keeps and drops."""
    try:
        with open(wal_path(database), "rb") as handle:
            return _read(handle, os.fstat(handle.fileno()).st_size)
    except FileNotFoundError:
        return WalState()


def _read(handle: BinaryIO, size: int) -> WalState:
    """:func:`inspect` on an open -wal of ``size`` bytes, one frame in memory at a time."""
    if size == 0:
        return WalState()
    header = handle.read(HEADER_SIZE)
    if size < HEADER_SIZE or len(header) < HEADER_SIZE:
        return WalState(size=size, header_ok=False, partial_bytes=size)
    magic, version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", header)
    big = magic == MAGIC_BIG
    valid_page = page_size >= 512 and page_size & (page_size - 1) == 0 and page_size <= 65536
    if magic not in (MAGIC_LITTLE, MAGIC_BIG) or version != VERSION or not valid_page:
        return WalState(size=size, header_ok=False)
    if _checksum(header[:24], big, 0, 0) != (c0, c1):
        return WalState(size=size, header_ok=False)
    frame_size = FRAME_HEADER_SIZE + page_size
    frames, partial = divmod(size - HEADER_SIZE, frame_size)
    s0, s1 = c0, c1
    valid = committed = transactions = bad = 0
    stopped = False
    for index in range(frames):
        frame = handle.read(frame_size)
        if len(frame) < frame_size:  # shrank while being read: what is left is cut off
            partial += len(frame)
            frames = index
            break
        page, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", frame[:FRAME_HEADER_SIZE])
        if (f_salt1, f_salt2) != (salt1, salt2):
            stopped = True  # left over from before the log restarted: not replayed, normal
            continue
        if stopped:
            bad += 1  # the header's salts after a break: these changes are cut off
            continue
        t0, t1 = _checksum(frame[:8], big, s0, s1)
        t0, t1 = _checksum(frame[FRAME_HEADER_SIZE:], big, t0, t1)
        if page == 0 or (t0, t1) != (f0, f1):
            stopped = True
            bad += 1
            continue
        s0, s1 = t0, t1
        valid += 1
        if commit:
            committed, transactions = valid, transactions + 1
    return WalState(
        size=size,
        frames=frames,
        committed_frames=committed,
        transactions=transactions,
        dropped_frames=valid - committed,
        bad_frames=bad,
        partial_bytes=partial,
    )
