"""The settings that belong to the journal, as the ``settings`` section.

Only settings declared with ``travels=True`` go (the reminder and the Trends
page's choices); the window, the language and theme of this computer, first-run
and folder warnings, and the demo-journal mark stay where they are. They live in
``settings.json``, not in the database, so import writes them last, just before
the database transaction commits, and puts the old values back if the commit
fails.

In JSON the section is an object ``{key: value}``; in the CSV zip it is
``settings.csv`` with ``key,value`` (booleans ``true``/``false``, text guarded
like every text cell).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from gutsleep.domain.text import N_, Message
from gutsleep.storage.settings import REGISTRY, Setting, SettingsStore
from gutsleep.storage.transfer.problems import ConflictPolicy, ImportDiffers

NAME = "settings"
CSV_FILE = "settings.csv"
CSV_HEADER = ("key", "value")
MAX_CHARS = 1000  # a setting's text; a longer one is no setting gutsleep wrote


def travelling() -> dict[str, Setting[Any]]:
    return {key: s for key, s in REGISTRY.items() if s.travels}


def export_settings(store: SettingsStore) -> dict[str, Any] | None:
    """The travelling settings this journal has set (defaults are not written)."""
    values = {k: store.get(s) for k, s in travelling().items() if store.is_stored(s)}
    return values or None


def check_settings(data: Any) -> list[Message]:
    if not isinstance(data, dict):
        return [Message(N_("Expected an object ({{...}})."))]
    problems: list[Message] = []
    known = travelling()
    for key, value in data.items():
        setting = known.get(key)
        if setting is None:
            problem = Message(N_("Unknown setting."))
        elif not _fits(setting, value):
            problem = Message(N_("Expected {type}."), {"type": Message(_TYPE_NAMES[setting.type])})
        elif isinstance(value, str) and len(value) > MAX_CHARS:
            problem = Message(
                N_("This text is too long (over {limit} characters)."), {"limit": MAX_CHARS}
            )
        else:
            continue
        problems.append(
            Message(
                N_("{where}, field “{field}”: {problem}"),
                {"where": Message(N_("setting")), "field": key, "problem": problem},
            )
        )
    return problems


_TYPE_NAMES = {bool: N_("true or false"), int: N_("a whole number"), str: N_("text")}


def _fits(setting: Setting[Any], value: Any) -> bool:
    if setting.type is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, setting.type)


def differing(store: SettingsStore, data: Mapping[str, Any]) -> list[str]:
    """Keys set here to another value than the file's."""
    known = travelling()
    return [
        key
        for key, value in data.items()
        if store.is_stored(known[key]) and store.get(known[key]) != value
    ]


def changes(
    store: SettingsStore, data: Mapping[str, Any], policy: ConflictPolicy
) -> dict[str, Any]:
    """The values import writes: new ones, and differing ones when overwriting."""
    conflicts = differing(store, data)
    if conflicts and policy is ConflictPolicy.FAIL:
        raise ImportDiffers([f"{NAME}: {key}" for key in conflicts])
    known = travelling()
    return {
        key: value
        for key, value in data.items()
        if not store.is_stored(known[key])
        or (key in conflicts and policy is ConflictPolicy.OVERWRITE)
    }


def to_rows(data: Mapping[str, Any]) -> list[list[str]]:
    """``settings.csv`` rows; text values are guarded by the caller."""
    return [
        [key, ("true" if value else "false") if isinstance(value, bool) else str(value)]
        for key, value in sorted(data.items())
    ]


def from_cell(key: str, text: str) -> Any:
    """A ``settings.csv`` value as its setting's type; left as text when it can't be."""
    setting = travelling().get(key)
    if setting is None or setting.type is str:
        return text
    if setting.type is bool:
        return {"true": True, "false": False}.get(text.strip().lower(), text)
    try:
        return int(text.strip())
    except ValueError:
        return text


def is_text(key: str) -> bool:
    setting = travelling().get(key)
    return setting is None or setting.type is str
