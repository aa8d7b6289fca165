"""Sections made of items with a stable key: their JSON and CSV shapes, checks and merging.

A feature's data (experiments, checklist runs, bookmarks...) is a list of
items. An item is a flat object of typed fields plus, optionally, lists of
child objects (an experiment's pauses and check-ins). In JSON the section is
that list; in the CSV zip the items are one table and each child list another,
tied by the item's number (``item``), like ``foods.csv`` and ``food_tags.csv``.

An item is identified by its key fields (an article id, the moment a run was
created), never by a database id, so importing the same file twice changes
nothing: an item whose key is already in the journal with the same content is
left alone, a new key is added, and a key with different content is a
conflict the import policy decides (skip keeps the journal's, overwrite takes
the file's, fail imports nothing).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from sqlalchemy.orm import Session

from gutsleep.domain.text import N_, Message
from gutsleep.storage.transfer.fields import BadValue, parse_date, parse_datetime, parse_int
from gutsleep.storage.transfer.problems import MAX_PROBLEMS, ConflictPolicy, ImportDiffers

#: An item as JSON: field name -> value, child list name -> list of objects.
Item = dict[str, Any]
Key = tuple[Any, ...]


class Cell(enum.Enum):
    """A field's type; values travel as JSON text, numbers, booleans or null."""

    TEXT = "text"
    INT = "int"
    NUMBER = "number"  # a finite decimal number
    BOOL = "bool"
    DATE = "date"  # "2026-03-29"
    TIME = "time"  # a clock time "07:00:00"
    DATETIME = "datetime"  # local "2026-03-29T21:05:00"


@dataclass(frozen=True)
class Field:
    name: str
    cell: Cell
    nullable: bool = False
    choices: tuple[str, ...] = ()
    max_chars: int | None = None
    minimum: int | None = None


@dataclass(frozen=True)
class Table:
    """The columns of one CSV file (after its ``item`` column)."""

    file: str
    fields: tuple[Field, ...]
    #: Fields no two rows of one item may share (the schema's unique constraints).
    unique: tuple[str, ...] = ()

    @property
    def header(self) -> tuple[str, ...]:
        return ("item", *(f.name for f in self.fields))

    @property
    def text_columns(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields if f.cell is Cell.TEXT)


@dataclass(frozen=True)
class ItemSpec:
    """The shape of a section's items; ``key`` names the fields that identify one."""

    table: Table
    key: tuple[str, ...]
    children: Mapping[str, Table] = field(default_factory=dict)

    @property
    def tables(self) -> tuple[Table, ...]:
        return (self.table, *self.children.values())

    def key_of(self, item: Item) -> Key:
        return tuple(item[name] for name in self.key)


# checking ------------------------------------------------------------------------


def _typed(spec: Field, value: Any) -> Message | None:
    """Why ``value`` can't be the JSON value of ``spec``, or None when it can."""
    if value is None:
        return None if spec.nullable else Message(N_("A value is needed here."))
    cell = spec.cell
    if cell is Cell.BOOL:
        if not isinstance(value, bool):
            return Message(N_("Expected true or false."))
        return None
    if cell is Cell.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            return Message(N_("Use a whole number."))
        if spec.minimum is not None and value < spec.minimum:
            return Message(N_("Use a number of at least {min}."), {"min": spec.minimum})
        if abs(value) > 2**62:
            return Message(N_("Use a whole number."))
        return None
    if cell is Cell.NUMBER:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return Message(N_("Use a number."))
        if not math.isfinite(value) or abs(value) > 1e9:
            return Message(N_("Use a number."))
        if spec.minimum is not None and value < spec.minimum:
            return Message(N_("Use a number of at least {min}."), {"min": spec.minimum})
        return None
    if not isinstance(value, str):
        return Message(N_("Expected text."))
    if cell is Cell.TEXT:
        if spec.choices and value not in spec.choices:
            return Message(N_("Use one of: {choices}."), {"choices": ", ".join(spec.choices)})
        if spec.max_chars is not None and len(value) > spec.max_chars:
            return Message(
                N_("This text is too long (over {limit} characters)."), {"limit": spec.max_chars}
            )
        if "\x00" in value:
            return Message(N_("The text holds a null character."))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return Message(N_("The text holds a character that is not valid Unicode."))
        return None
    try:
        if cell is Cell.DATE:
            parse_date(value)
        elif cell is Cell.TIME:
            _parse_time(value)
        else:
            parse_datetime(value)
    except BadValue as exc:
        return exc.message
    return None


def _parse_time(text: str) -> time:
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise BadValue(Message(N_("Use a clock time such as 07:30."))) from None


def _object(
    raw: Any, table: Table, extra: Sequence[str], where: Message, problems: list[Message]
) -> dict[str, Any] | None:
    def fail(path: str, message: Message) -> None:
        problems.append(
            Message(
                N_("{where}, field “{field}”: {problem}"),
                {"where": where, "field": path, "problem": message},
            )
        )

    if not isinstance(raw, dict):
        problems.append(Message(N_("{where}: Expected an object ({{...}})."), {"where": where}))
        return None
    ok = True
    names = [f.name for f in table.fields]
    for key in raw:
        if key not in names and key not in extra:
            fail(str(key), Message(N_("Unknown field.")))
            ok = False
    for spec in table.fields:
        if spec.name not in raw:
            fail(spec.name, Message(N_("The field is missing.")))
            ok = False
            continue
        problem = _typed(spec, raw[spec.name])
        if problem is not None:
            fail(spec.name, problem)
            ok = False
    return raw if ok else None


def check_items(spec: ItemSpec, data: Any) -> list[Message]:
    """Every problem of a section's data, each naming the item; empty when it can be written."""
    if not isinstance(data, list):
        return [Message(N_("Expected a list ([...])."))]
    problems: list[Message] = []
    seen: dict[Key, int] = {}
    for number, raw in enumerate(data, start=1):
        where = Message(N_("item {number}"), {"number": number})
        item = _object(raw, spec.table, tuple(spec.children), where, problems)
        if item is None:
            continue
        for name, child in spec.children.items():
            values = item.get(name)
            if not isinstance(values, list):
                problems.append(
                    Message(
                        N_("{where}, field “{field}”: {problem}"),
                        {
                            "where": where,
                            "field": name,
                            "problem": Message(N_("Expected a list ([...]).")),
                        },
                    )
                )
                continue
            rows: dict[Key, int] = {}
            for index, value in enumerate(values):
                # only placeholders and punctuation: nothing to translate
                place = Message(
                    "{item}, {list}[{index}]", {"item": where, "list": name, "index": index}
                )
                row = _object(value, child, (), place, problems)
                if row is None or not child.unique:
                    continue
                first_index = rows.setdefault(tuple(row[f] for f in child.unique), index)
                if first_index != index:
                    problems.append(
                        Message(
                            N_("{where} is {list}[{first}] again (the same {key})."),
                            {
                                "where": place,
                                "list": name,
                                "first": first_index,
                                "key": ", ".join(child.unique),
                            },
                        )
                    )
        if len(problems) >= MAX_PROBLEMS:
            break
        key = spec.key_of(item)
        first = seen.setdefault(key, number)
        if first != number:
            problems.append(
                Message(
                    N_("Item {number} is item {first} again (the same {key})."),
                    {"number": number, "first": first, "key": ", ".join(spec.key)},
                )
            )
    return problems[:MAX_PROBLEMS]


# merging -------------------------------------------------------------------------


@dataclass(frozen=True)
class Store:
    """How a section's items are read from and written to the database.

    The store speaks Python values (dates, datetimes); :func:`encode` and
    :func:`decode` turn them into JSON values and back.
    """

    load: Callable[[Session], list[Item]]
    insert: Callable[[Session, Item], None]
    delete: Callable[[Session, Key], None]


_PLAIN = (Cell.TEXT, Cell.INT, Cell.NUMBER, Cell.BOOL)


def _encode_value(spec: Field, value: Any) -> Any:
    if value is None or spec.cell in _PLAIN:
        return value
    return value.isoformat()


def _decode_value(spec: Field, value: Any) -> Any:
    if spec.cell is Cell.NUMBER and value is not None:
        return float(value)
    if value is None or spec.cell in _PLAIN:
        return value
    if spec.cell is Cell.DATE:
        return parse_date(value)
    if spec.cell is Cell.TIME:
        return _parse_time(value)
    return parse_datetime(value)


def _convert(spec: ItemSpec, item: Item, convert: Callable[[Field, Any], Any]) -> Item:
    out = {f.name: convert(f, item[f.name]) for f in spec.table.fields}
    for name, child in spec.children.items():
        out[name] = [
            {f.name: convert(f, value[f.name]) for f in child.fields} for value in item[name]
        ]
    return out


def encode(spec: ItemSpec, records: Iterable[Item]) -> list[Item]:
    """Stored records as JSON items."""
    return [_convert(spec, record, _encode_value) for record in records]


def decode(spec: ItemSpec, items: Iterable[Item]) -> list[Item]:
    """Checked JSON items (see :func:`check_items`) as records for the store."""
    return [_convert(spec, item, _decode_value) for item in items]


def describe(key: Key) -> str:
    """A key in a few words, for a person: ``2026-03-01T10:00:00 fermented``."""
    return " ".join(part.isoformat() if hasattr(part, "isoformat") else str(part) for part in key)


def differing(spec: ItemSpec, store: Store, session: Session, data: Iterable[Item]) -> list[Key]:
    """Keys of the file's items that are in the journal with other content."""
    stored = {spec.key_of(item): item for item in store.load(session)}
    return [
        spec.key_of(item)
        for item in data
        if spec.key_of(item) in stored and stored[spec.key_of(item)] != item
    ]


def merge(
    name: str,
    spec: ItemSpec,
    store: Store,
    session: Session,
    data: list[Item],
    policy: ConflictPolicy,
) -> int:
    """Write the file's items by the rules in the module docstring; the items written."""
    stored = {spec.key_of(item): item for item in store.load(session)}
    changed = [i for i in data if spec.key_of(i) in stored and stored[spec.key_of(i)] != i]
    if changed and policy is ConflictPolicy.FAIL:
        raise ImportDiffers([f"{name}: {describe(spec.key_of(i))}" for i in changed])
    written = 0
    for item in data:
        key = spec.key_of(item)
        if key in stored:
            if stored[key] == item or policy is ConflictPolicy.SKIP:
                continue
            store.delete(session, key)
            session.flush()
        store.insert(session, item)
        written += 1
    session.flush()
    return written


# CSV -------------------------------------------------------------------------------


def to_cell(spec: Field, value: Any) -> str:
    """A JSON value as CSV text: empty for null, ``true``/``false``, numbers as digits."""
    if value is None:
        return ""
    if spec.cell is Cell.BOOL:
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def from_cell(spec: Field, text: str) -> Any:
    """CSV text back to the JSON value; a value that can't be read stays text for the check."""
    if spec.cell is Cell.TEXT:
        return text
    if not text.strip():
        return None
    if spec.cell is Cell.INT:
        try:
            return parse_int(text)
        except BadValue:
            return text
    if spec.cell is Cell.NUMBER:
        try:
            return float(text.strip())
        except ValueError:
            return text
    if spec.cell is Cell.BOOL:
        lowered = text.strip().lower()
        return {"true": True, "false": False}.get(lowered, text)
    return text.strip()


def flatten(spec: ItemSpec, data: Sequence[Item]) -> dict[str, list[list[str]]]:
    """Each table's rows (without header): items numbered from 1, children by that number."""
    rows: dict[str, list[list[str]]] = {t.file: [] for t in spec.tables}
    for number, item in enumerate(data, start=1):
        rows[spec.table.file].append(
            [str(number), *(to_cell(f, item[f.name]) for f in spec.table.fields)]
        )
        for name, child in spec.children.items():
            rows[child.file].extend(
                [str(number), *(to_cell(f, value[f.name]) for f in child.fields)]
                for value in item[name]
            )
    return rows
