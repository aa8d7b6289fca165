"""Make every import after PySide6's cheaper: a faster check behind its import hook.

Once ``PySide6.QtCore`` is imported, PySide6 routes every later import through
a hook that asks whether the new module uses PySide6 (for its optional
``from __feature__ import ...`` switches) by reading the module's source with
``inspect.getsource`` and searching it for "PySide6" (PYSIDE-2029). That is
about a quarter of a millisecond per module, and gutsleep imports some three
hundred modules after Qt on the way to the Journal page (SQLAlchemy alone is
two hundred): some 70 ms of start-up spent answering a question gutsleep never
asks, as it uses no ``__feature__``.

:func:`install` keeps the question and its answer (the same search for
"PySide6" in the same source file) but reads the file's bytes directly,
instead of through ``inspect``'s line cache and tokenizer. Modules without a
``.py`` file go to PySide6's own check. If PySide6 changes the private hook,
nothing is replaced and imports simply stay as slow as PySide6 makes them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_gutsleep_fast_check"


def install() -> bool:
    """Swap in the faster check; True when PySide6's hook was found and replaced."""
    import PySide6.QtCore  # noqa: F401  (sets up the hook this replaces)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True
    feature._mod_uses_pyside = fast_check(original)  # type: ignore[attr-defined]  # untyped module
    return True


def fast_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide6's "does this module's source mention PySide6?", reading bytes directly."""

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside
