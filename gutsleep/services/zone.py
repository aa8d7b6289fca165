"""The IANA name of this machine's time zone, without extra dependencies."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def system_zone() -> str:
    """TZ, /etc/timezone or the /etc/localtime link; 'UTC' when none says."""
    candidates: list[str] = []
    if os.environ.get("TZ"):
        candidates.append(os.environ["TZ"].lstrip(":"))
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name and is_zone(name):
            return name
    return "UTC"


def is_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows.

    Opens just that zone (cheap) instead of listing every zone, which walks
    the whole time zone database.
    """
    from zoneinfo import ZoneInfo

    if name == "posixrules":  # a file in the database, not a zone (as available_timezones)
        return False
    try:
        ZoneInfo(name)
    except Exception:  # not found, a malformed key, a directory, an unreadable file
        return False
    return True
