"""Step 1 of an import: read and extract one minutes file.  Pure: no database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NamedTuple

from clerk_cli.errors import InvalidInput

try:  # the interpreter's own SHA-256: the same digest without loading OpenSSL (start-up)
    from _sha256 import sha256 as _sha256  # Python 3.11
except ImportError:  # pragma: no cover - renamed in 3.12, absent in some builds
    try:
        from _sha2 import sha256 as _sha256
    except ImportError:
        from hashlib import sha256 as _sha256


class MinutesFile(NamedTuple):  # a NamedTuple: cheaper at start-up than a dataclass
    """One minutes file, read and extracted (no database involved)."""

    path: Path
    name: str  # the file name used in messages and in each action's source
    text: str
    sha256: str
    extraction: object  # clerk_cli.minutes.Extraction


def content_hash(text: str) -> str:
    """SHA-256 of the text with line endings, trailing spaces and blank edges normalised."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    return _sha256("\n".join(line.rstrip() for line in lines).encode("utf-8")).hexdigest()


def check_path(path: str | Path) -> Path:
    """A minutes path that exists and is a file, else one line naming it and the fix."""
    p = Path(path)
    if not p.exists():
        raise InvalidInput(
            f"{path}: no such file.", hint="Check the name and folder (ls shows them)."
        )
    if p.is_dir():
        raise InvalidInput(
            f"{path} is a folder, not a minutes file.",
            hint=f"Give the files in it, e.g. clerk import-minutes {path}/*.txt",
        )
    return p


def read_text(path: str | Path) -> tuple[Path, str]:
    """Read one minutes file as text (.txt, .md, .docx, .html); errors name the file."""
    from clerk_cli.minutes import read_document

    p = check_path(path)
    return p, read_document(p)


def read_minutes(
    path: str | Path,
    *,
    text: str | None = None,
    known_owners: Sequence[str] = (),
    when: date | None = None,
) -> MinutesFile:
    """Read and extract one minutes file.  Pure: no database.

    ``when`` (--date) is the meeting date to fall back on when the minutes give none.
    """
    from clerk_cli.minutes import extract

    p = Path(path)
    if text is None:
        p, text = read_text(p)
    ex = extract(text, filename=p.name, default_date=when, known_owners=tuple(known_owners))
    return MinutesFile(path=p, name=p.name, text=text, sha256=content_hash(text), extraction=ex)


def check_minutes(minutes: MinutesFile, *, committee: str | None, when: date | None) -> None:
    """Fail early, before any database work, when the meeting cannot be identified.

    Every missing fact is named in the one error, so a clerk fixes them all at once.
    """
    m = minutes.extraction.meeting
    no_date = when is None and m.date is None
    no_body = not committee and not (m.body or "").strip()
    if no_date and no_body:
        raise InvalidInput(
            f"{minutes.name}: no meeting date found, and no committee or board named in the minutes.",
            hint="Give them with --date and --committee, e.g. --date 14/06/2022 --committee CODE "
            "(see: clerk committee list).",
        )
    if no_date:
        raise InvalidInput(
            f"{minutes.name}: no meeting date found.",
            hint="Give it with --date, e.g. --date 14/06/2022.",
        )
    if no_body:
        raise InvalidInput(
            f"{minutes.name}: no committee or board named in the minutes.",
            hint="Give it with --committee CODE (see: clerk committee list).",
        )


def check_all_minutes(
    files: Sequence[MinutesFile], *, committee: str | None, when: date | None
) -> None:
    """check_minutes for every file, with every file's missing facts in the one error."""
    problems = []
    for mf in files:
        try:
            check_minutes(mf, committee=committee, when=when)
        except InvalidInput as exc:
            problems.append(exc)
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise InvalidInput(
            " ".join(p.message for p in problems),
            hint="Give what is missing with --date and --committee (they apply to every "
            "file given), or import those files on their own.",
        )
