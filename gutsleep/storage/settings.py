"""One typed registry of every setting, stored as JSON in the data folder.

Each setting is declared once with its key, type, default and description
(the description is an untranslated source string, translated when shown).
A value of the wrong type in the file falls back to the default instead of
breaking start-up.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from gutsleep.domain.symptoms import SYMPTOM_ATTRS
from gutsleep.domain.text import N_
from gutsleep.storage.file.private_files import open_private

T = TypeVar("T")
log = logging.getLogger(__name__)

SETTINGS_NAME = "settings.json"


@dataclass(frozen=True)
class Setting(Generic[T]):
    """``travels``: the setting is about the person's journal, not this computer, so it
    goes into exports and comes back on import (see docs/export-format.md)."""

    key: str
    type: type
    default: T
    description: str
    travels: bool = False


REGISTRY: dict[str, Setting[Any]] = {}


def declare(
    key: str, kind: type, default: T, description: str, *, travels: bool = False
) -> Setting[T]:
    if key in REGISTRY:
        raise ValueError(f"setting {key!r} declared twice")
    setting: Setting[T] = Setting(key, kind, default, description, travels)
    REGISTRY[key] = setting
    return setting


WINDOW_GEOMETRY = declare("window.geometry", str, "", N_("Size and place of the main window"))
LAST_PAGE = declare("window.last_page", str, "journal", N_("The page shown at start"))
LANGUAGE = declare("ui.language", str, "", N_("Language of the app; empty follows the system"))
DEMO_JOURNAL = declare(
    "journal.demo", bool, False, N_("This data folder holds a generated demo journal")
)
THEME = declare("ui.theme", str, "system", N_("Colour scheme: follow the system, light or dark"))
CLOCK = declare("ui.clock", str, "24h", N_("How times are shown: 24-hour or 12-hour clock"))
REMINDER_ON = declare(
    "reminder.enabled", bool, False, N_("Remind me to fill in the journal"), travels=True
)
REMINDER_TIME = declare(
    "reminder.time", str, "21:00", N_("When the daily reminder comes"), travels=True
)
FIRST_RUN_DONE = declare(
    "app.first_run_done", bool, False, N_("Whether the welcome was shown already")
)
READER_ZOOM = declare(
    "reader.zoom", int, 0, N_("Text size in the article reader, in steps from the normal size")
)
SYNCED_FOLDER_WARNED = declare(
    "storage.synced_folder_warned",
    bool,
    False,
    N_("Whether the warning about a cloud-synced or network data folder was shown"),
)
TRENDS_RANGE = declare(
    "trends.range",
    str,
    "30d",
    N_("Range shown on the Trends page: 14d, 30d, 90d, 1y, all or custom"),
    travels=True,
)
TRENDS_CUSTOM_FROM = declare(
    "trends.custom_from",
    str,
    "",
    N_("First day of the custom Trends range (YYYY-MM-DD)"),
    travels=True,
)
TRENDS_CUSTOM_TO = declare(
    "trends.custom_to",
    str,
    "",
    N_("Last day of the custom Trends range (YYYY-MM-DD)"),
    travels=True,
)
TRENDS_FACTORS = declare(
    "trends.factors",
    str,
    "stress,fermented,alcohol",
    N_("Factors shown beside sleep on the Trends page, comma-separated"),
    travels=True,
)
TRENDS_COMPARE = declare(
    "trends.compare",
    str,
    "stress,se",
    N_("The two measures compared on the Trends page, comma-separated"),
    travels=True,
)
TRENDS_CYCLE_OVERLAY = declare(
    "trends.cycle_overlay",
    bool,
    False,
    N_("Shade bleeding days on the Trends figures"),
    travels=True,
)
#: Every symptom of the starter set is shown at first: the list is short, a symptom
#: left blank costs nothing and stays missing, and the person turns off what does
#: not concern them rather than having to find what was hidden.
JOURNAL_SYMPTOMS = declare(
    "journal.symptoms",
    str,
    ",".join(SYMPTOM_ATTRS),
    N_("Symptoms shown in the Journal, comma-separated"),
    travels=True,
)


def chosen_symptoms(text: str) -> frozenset[str]:
    """The symptoms named in the setting's text; unknown names are ignored."""
    return frozenset(name for name in (p.strip() for p in text.split(",")) if name in SYMPTOM_ATTRS)


class SettingsStore:
    """Reads once, writes the whole file atomically on every change."""

    def __init__(self, data_dir: Path):
        self.path = data_dir / SETTINGS_NAME
        self._values: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._values = loaded
        except (OSError, ValueError):
            self._values = {}

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        if setting.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, setting.type) or (setting.type is int and isinstance(value, bool)):
            return setting.default
        return value  # type: ignore[return-value,no-any-return]

    def is_stored(self, setting: Setting[Any]) -> bool:
        """Whether the file holds a usable value for ``setting`` (not just its default)."""
        value = self._values.get(setting.key)
        return setting.key in self._values and self.get(setting) == value

    def set_many(self, values: dict[str, Any]) -> Callable[[], None]:
        """Store several values (by key) with one write; returns how to put the old ones back."""
        before = dict(self._values)
        changed = {k: v for k, v in values.items() if self._values.get(k) != v}
        if changed:
            self._values.update(changed)
            try:
                self._write()
            except BaseException:
                self._values = before
                raise

        def undo() -> None:
            if self._values != before:
                self._values = before
                self._write()

        return undo

    def set(self, setting: Setting[T], value: T) -> None:
        if self._values.get(setting.key) == value:
            return
        self._values[setting.key] = value
        try:
            self._write()
        except OSError as exc:
            # A data folder that can't be written (a read-only disk; the Journal page says
            # so): the setting holds for this session, and the app carries on.
            log.warning("The settings can't be written: %s", exc.strerror or exc)

    def _write(self) -> None:
        with open_private(self.path, "w", encoding="utf-8") as handle:
            json.dump(self._values, handle, indent=2, sort_keys=True)
