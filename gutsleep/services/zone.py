"""The IANA name of this machine's time zone, without extra dependencies."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from zoneinfo import available_timezones


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
    known = None
    for name in candidates:
        if not name:
            continue
        known = known or available_timezones()
        if name in known:
            return name
    return "UTC"
