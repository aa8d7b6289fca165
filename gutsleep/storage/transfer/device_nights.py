"""Nights from other apps as an export section, so an export carries them too.

Keyed by source and the source's record id, like the table's unique constraint:
importing an export twice changes nothing, and a night keeps its identity when
its app's newer export is imported afterwards.
"""

from __future__ import annotations

from gutsleep.domain.device_nights import SOURCE_LABELS
from gutsleep.storage.transfer.items import Cell, Field, ItemSpec, Table

DEVICE_NIGHTS = ItemSpec(
    Table(
        "device_nights.csv",
        (
            Field("source", Cell.TEXT, choices=tuple(SOURCE_LABELS), max_chars=40),
            Field("record_id", Cell.TEXT, max_chars=80),
            Field("start_utc", Cell.DATETIME),
            Field("end_utc", Cell.DATETIME),
            Field("zone", Cell.TEXT, max_chars=64),
            Field("asleep_min", Cell.INT, nullable=True, minimum=0),
            Field("awake_min", Cell.INT, nullable=True, minimum=0),
            Field("sol_min", Cell.INT, nullable=True, minimum=0),
            Field("awakenings", Cell.INT, nullable=True, minimum=0),
            Field("deep_min", Cell.INT, nullable=True, minimum=0),
            Field("light_min", Cell.INT, nullable=True, minimum=0),
            Field("rem_min", Cell.INT, nullable=True, minimum=0),
            Field("rating", Cell.NUMBER, nullable=True, minimum=0),
            Field("main_sleep", Cell.BOOL),
            Field("device", Cell.TEXT, max_chars=120),
            Field("imported_at", Cell.DATETIME),
        ),
    ),
    key=("source", "record_id"),
)
