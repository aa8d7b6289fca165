"""Taking the journal out and bringing it back: JSON, CSV tables, generic daily CSV.

The public API; the format itself is documented in ``docs/export-format.md``.
"""

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
