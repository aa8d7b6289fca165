"""The cheaper check behind PySide6's import hook gives PySide6's own answers."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType

import pytest

from gutsleep.ui import pyside_imports


def test_install_replaces_pysides_check_once() -> None:
    assert pyside_imports.install()
    feature = sys.modules["shibokensupport.feature"]
    installed = feature._mod_uses_pyside
    assert pyside_imports.install() and feature._mod_uses_pyside is installed  # not stacked


@pytest.mark.parametrize(
    "name",
    ["gutsleep.ui.style", "gutsleep.domain.journal", "json", "matplotlib", "sys", "_sqlite3"],
)
def test_the_fast_check_agrees_with_inspecting_the_source(name: str) -> None:
    import inspect

    module = importlib.import_module(name)

    def slow(module: ModuleType) -> bool:  # PySide6's check, as its source defines it
        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            return False

    asked_original: list[str] = []

    def original(module: ModuleType) -> bool:
        asked_original.append(module.__name__)
        return slow(module)

    assert pyside_imports.fast_check(original)(module) == slow(module)
    has_source = (getattr(module, "__file__", None) or "").endswith(".py")
    assert asked_original == ([] if has_source else [name])  # files are read directly


def test_a_vanished_file_falls_back_to_pysides_check(tmp_path) -> None:  # type: ignore[no-untyped-def]
    module = ModuleType("gone")
    module.__file__ = str(tmp_path / "gone.py")
    assert pyside_imports.fast_check(lambda _m: True)(module) is True
