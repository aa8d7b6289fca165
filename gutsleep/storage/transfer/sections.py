"""Extension point: features with their own tables join export and import here.

A feature with its own tables registers a
:class:`Section` once, at import time of its storage module::

    register_section(Section(
        name="habits",
        export=export_habits,      # (session, first, last) -> JSON-able data, or None
        import_=import_habits,     # (session, data, policy) -> number of items written
        validate=check_habits,     # (data) -> list of problems, before anything is written
    ))

Its data lands under ``"sections": {"habits": ...}`` in the JSON export and
as ``sections/habits.json`` in the CSV zip. Import runs every section's
``import_`` inside the same transaction as the days, after them, so a failing
section rolls the whole import back. Section data must be plain JSON (dicts,
lists, strings, numbers, booleans, null); export writes it with sorted keys so
the files stay byte-for-byte stable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from gutsleep.domain.text import Message
from gutsleep.storage.transfer.problems import ConflictPolicy

if TYPE_CHECKING:
    from gutsleep.storage.transfer.items import ItemSpec


Exporter = Callable[[Session, date | None, date | None], Any]
Importer = Callable[[Session, Any, ConflictPolicy], int]
Validator = Callable[[Any], Sequence[str | Message]]


@dataclass(frozen=True)
class Section:
    """A feature's exporter/importer pair; see the module docstring."""

    name: str
    export: Exporter
    import_: Importer
    validate: Validator | None = None
    description: str = ""
    #: The shape of a section made of items: it then travels as CSV tables in the
    #: zip (one per table of the spec) instead of ``sections/NAME.json``.
    items: ItemSpec | None = None
    #: (session, checked data) -> the file's items that are in the journal with other
    #: content, each described in a few words; shown before an import asks what to do.
    conflicts: Callable[[Session, Any], list[str]] | None = None


#: Registered sections by name, in registration order.
SECTIONS: dict[str, Section] = {}


def register_section(section: Section) -> Section:
    if not section.name.replace("_", "").isalnum() or section.name != section.name.lower():
        raise ValueError(f"section name {section.name!r} must be lower-case letters, digits, _")
    if section.name in SECTIONS and SECTIONS[section.name] != section:
        raise ValueError(f"section {section.name!r} registered twice")
    SECTIONS[section.name] = section
    return section


def unregister_section(name: str) -> None:
    """For tests."""
    SECTIONS.pop(name, None)


def sorted_json(value: Any) -> Any:
    """``value`` with every dict's keys sorted, so its JSON text is stable."""
    if isinstance(value, dict):
        return {str(k): sorted_json(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, list | tuple):
        return [sorted_json(v) for v in value]
    return value
