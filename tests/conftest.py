"""Offscreen Qt, Hypothesis' profile, and the shared fixtures of tests/helpers/fixtures.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from hypothesis import HealthCheck, settings

settings.register_profile(
    "gutsleep", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
settings.load_profile("gutsleep")

from tests.helpers.fixtures import (  # noqa: E402,F401  (shared fixtures, see there)
    asked,
    data_dir,
    services,
    show_active,
    window,
)
