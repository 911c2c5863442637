"""Exports and the JSON restore, one job to a module:

- files:        writing a document privately and atomically (-o FILE)
- selection:    which actions an export covers (ExportFilter: the filters of `clerk list`)
- json_out:     the JSON export, a complete and versioned backup, streamed
- json_reader:  reading a large JSON document as a stream
- restore_rows: checking restored records as typed data is checked
- json_in:      import-json, the all-or-nothing restore into an empty database
- listing:      the actions of a CSV or calendar export (render/export_formats writes them)

The SQL is in clerk_cli.store.exports.  The names below are this package's interface.
"""

from clerk_cli.services.exports.files import open_private_file, write_private_file
from clerk_cli.services.exports.json_in import (
    check_export,
    import_json,
    import_json_file,
    load_export_file,
)
from clerk_cli.services.exports.json_out import (
    ALL_TABLES,
    EXPORT_VERSION,
    SECTIONS,
    VERSION_KEY,
    dumps_export,
    export_json,
    write_export_json,
)
from clerk_cli.services.exports.listing import export_actions
from clerk_cli.services.exports.restore_rows import RestoreRefused
from clerk_cli.services.exports.selection import ExportFilter

__all__ = [
    "ALL_TABLES",
    "EXPORT_VERSION",
    "SECTIONS",
    "VERSION_KEY",
    "ExportFilter",
    "RestoreRefused",
    "check_export",
    "dumps_export",
    "export_actions",
    "export_json",
    "import_json",
    "import_json_file",
    "load_export_file",
    "open_private_file",
    "write_export_json",
    "write_private_file",
]
