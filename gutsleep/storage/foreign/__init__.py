"""Files made by other apps: recognised from their content, read into device nights.

``read_foreign(path)`` says which app made a file (never from its name alone) and
reads it into :class:`~gutsleep.domain.device_nights.DeviceNight` records, with
what it skipped and why. A file it does not recognise is None; a recognised file
it cannot read raises :class:`ForeignRefused` with one sentence. Nothing here
writes to the journal (see ``storage.features.device_nights_repo``).
"""

from gutsleep.storage.foreign.model import ForeignFile, ForeignRefused
from gutsleep.storage.foreign.reading import detect, read_foreign

__all__ = ["ForeignFile", "ForeignRefused", "detect", "read_foreign"]
