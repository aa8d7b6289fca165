"""Finding the bundled resources from a checkout, an installed wheel or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``gutsleep/resources`` when installed or bundled, else ``<repo>/resources``."""
    package = Path(__file__).resolve().parent
    candidates = [package / "resources", package.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "gutsleep" / "resources")
    for candidate in candidates:
        if (candidate / "articles").is_dir():
            return candidate
    raise FileNotFoundError("gutsleep's resources folder is missing from this installation")
