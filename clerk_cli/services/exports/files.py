"""Writing a document to a file the clerk names: atomically, readable by its owner only."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from clerk_cli.errors import InvalidInput
from clerk_cli.paths import expand


@contextmanager
def open_private_file(path: str | Path) -> Iterator[tuple[Path, IO[str]]]:
    """Write a UTF-8 text file atomically (a temporary file renamed over it), readable by its owner only.

    Yields (path, text stream).  The file appears only if the block ends without an
    error; otherwise the temporary file is removed and the target is left as it was.
    Raises InvalidInput with one line when it cannot write.
    """
    target = expand(path)
    if target.is_dir():
        raise InvalidInput(
            f"{target} is a directory.", hint="Give a file name, e.g. -o action-log.docx."
        )
    parent = target.parent
    if not parent.is_dir():
        raise InvalidInput(
            f"Cannot write {target}: the directory {parent} does not exist.",
            hint="Create it first, or choose another -o path.",
        )
    if target.exists() and not target.is_file():
        # A device or pipe (/dev/null, /dev/stdout, a FIFO): write into it.  Renaming a
        # file over it would replace the device itself (as root, for the whole machine).
        try:
            with open(target, "w", encoding="utf-8", newline="") as fh:
                yield target, fh
        except OSError as exc:
            raise InvalidInput(
                f"Cannot write {target}: {exc.strerror or exc}.",
                hint="Choose a path you can write to.",
            ) from exc
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InvalidInput(
            f"Cannot write {target}: {exc.strerror or exc}.",
            hint="Choose a directory you can write to.",
        ) from exc
    try:
        try:
            with open(fd, "w", encoding="utf-8", newline="", buffering=1 << 20) as fh:
                yield target, fh
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except OSError as exc:
            raise InvalidInput(
                f"Cannot write {target}: {exc.strerror or exc}.",
                hint="Choose a path you can write to.",
            ) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_private_file(path: str | Path, data: str | bytes) -> Path:
    """Write data to path atomically (a temporary file renamed over it), readable by its owner only.

    Text is written as UTF-8.  Raises InvalidInput with one line when it cannot.
    """
    with open_private_file(path) as (target, fh):
        if isinstance(data, bytes):
            fh.flush()
            fh.buffer.write(data)
        else:
            fh.write(data)
    return target
