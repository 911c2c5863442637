"""Where a finished document goes: a file readable by its owner only (-o FILE), or
standard output.  Shared by the commands that write papers and exports; no Click."""

from __future__ import annotations

import sys


def deliver(document: str | bytes, output: str | None, fmt: str) -> None:
    """Write a document to -o FILE (atomically, mode 0600) or to standard output.

    A binary document (DOCX) is refused on a terminal: it would print as noise.
    """
    from clerk_cli.errors import InvalidInput

    if output:
        from clerk_cli.services.exports import write_private_file

        path = write_private_file(output, document)
        print(f"Wrote {path}", file=sys.stderr)
        return
    stdout = sys.stdout
    if isinstance(document, bytes):
        if stdout.isatty():
            raise InvalidInput(
                f"A {fmt.upper()} file cannot be shown in a terminal.", hint="Give -o FILE."
            )
        stdout.flush()
        stdout.buffer.write(document)
        stdout.buffer.flush()
        return
    stdout.write(document)
