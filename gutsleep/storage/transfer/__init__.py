"""Taking the journal out and bringing it back: JSON, CSV tables, generic daily CSV.

The public API; the format itself is documented in ``docs/export-format.md``.

The names below are loaded on first use: importing a submodule alone (the
report's ``problems``: cancel flags) must not pull in the export machinery and
SQLAlchemy with it, about half a second of a cold command-line report. The
first use of any of them imports ``operations``, which registers every
feature's section, so ``SECTIONS`` is complete as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gutsleep.storage.transfer.document import (
        CSV_FORMAT_NAME,
        FORMAT_NAME,
        FORMAT_VERSION,
        FileKind,
        ParsedFile,
    )
    from gutsleep.storage.transfer.fields import DAY_COLUMNS, Column, Kind
    from gutsleep.storage.transfer.operations import (
        ExportFormat,
        ExportResult,
        ImportPlan,
        ImportReport,
        export_journal,
        import_file,
        import_parsed,
        load_days,
        plan_import,
        plan_parsed,
        read_file,
        write_atomic,
    )
    from gutsleep.storage.transfer.problems import (
        Cancelled,
        ConflictPolicy,
        ImportConflict,
        ImportDiffers,
        ImportProblem,
        ImportRefused,
        Work,
    )
    from gutsleep.storage.transfer.sections import (
        SECTIONS,
        Section,
        register_section,
        unregister_section,
    )


#: Where each public name lives.
_HOMES: dict[str, str] = {
    "CSV_FORMAT_NAME": "document",
    "Cancelled": "problems",
    "Column": "fields",
    "ConflictPolicy": "problems",
    "DAY_COLUMNS": "fields",
    "ExportFormat": "operations",
    "ExportResult": "operations",
    "FORMAT_NAME": "document",
    "FORMAT_VERSION": "document",
    "FileKind": "document",
    "ImportConflict": "problems",
    "ImportDiffers": "problems",
    "ImportPlan": "operations",
    "ImportProblem": "problems",
    "ImportRefused": "problems",
    "ImportReport": "operations",
    "Kind": "fields",
    "ParsedFile": "document",
    "SECTIONS": "sections",
    "Section": "sections",
    "Work": "problems",
    "export_journal": "operations",
    "import_file": "operations",
    "import_parsed": "operations",
    "load_days": "operations",
    "plan_import": "operations",
    "plan_parsed": "operations",
    "read_file": "operations",
    "register_section": "sections",
    "unregister_section": "sections",
    "write_atomic": "operations",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:  # a submodule being imported, or a name that isn't there
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    importlib.import_module(f"{__name__}.operations")  # every section registered first
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "CSV_FORMAT_NAME",
    "DAY_COLUMNS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "SECTIONS",
    "Cancelled",
    "Column",
    "ConflictPolicy",
    "ExportFormat",
    "ExportResult",
    "FileKind",
    "ImportConflict",
    "ImportDiffers",
    "ImportPlan",
    "ImportProblem",
    "ImportRefused",
    "ImportReport",
    "Kind",
    "ParsedFile",
    "Section",
    "Work",
    "export_journal",
    "import_file",
    "import_parsed",
    "load_days",
    "plan_import",
    "plan_parsed",
    "read_file",
    "register_section",
    "unregister_section",
    "write_atomic",
]
