"""The dialogs a test answers instead of a person: ``gutsleep.ui.dialogs`` patched."""

from __future__ import annotations

from typing import Any

import pytest

from gutsleep.ui import dialogs

#: Every dialog function the app's actions ask through; each is replaced.
ASKED = (
    "inform",
    "warn",
    "ask",
    "choose",
    "choose_folder",
    "save_path",
    "open_path",
    "export_options",
    "pick_backup",
    "show_report",
    "report_period",
    "unsaved_on_quit",
)


class FakeDialogs:
    """Records each dialog asked for and answers it from :attr:`answers`.

    An answer is a value, or a callable given the dialog's arguments after its
    parent; a dialog without an answer returns None (cancelled, or just shown).
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, names: tuple[str, ...] = ASKED):
        self.calls: list[tuple[str, Any, tuple[Any, ...]]] = []
        self.answers: dict[str, Any] = {}
        for name in names:
            monkeypatch.setattr(dialogs, name, self._fake(name))

    def _fake(self, name: str) -> Any:
        def fake(parent: Any, *args: Any) -> Any:
            self.calls.append((name, parent, args))
            answer = self.answers.get(name)
            return answer(*args) if callable(answer) else answer

        return fake

    def named(self, name: str) -> list[tuple[Any, ...]]:
        """The arguments after the parent of each ``name`` dialog, in order."""
        return [args for called, _parent, args in self.calls if called == name]

    def parents(self, name: str) -> list[Any]:
        """The parent widget of each ``name`` dialog, in order."""
        return [parent for called, parent, _args in self.calls if called == name]
