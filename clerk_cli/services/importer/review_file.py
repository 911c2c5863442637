"""The review file: the proposals as a CSV a clerk edits in a spreadsheet, and the
decisions read back from it.

One row per proposed action.  The clerk changes the decision columns (decision,
text, owner, due, minute, resolution); the others (flags, line, from_the_minutes)
are there to read.  Written UTF-8 with a BOM and CRLF line ends, as spreadsheets
expect; read back whatever a spreadsheet re-saved (BOM or not, Windows-1252,
comma, semicolon or tab separated, numbers written as "3.0").  Pure: no database.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from clerk_cli.errors import InvalidInput, Problems
from clerk_cli.services.importer.decisions import ItemDecision, proposed
from clerk_cli.views.importer import ImportPlan

COLUMNS = (
    "item",
    "decision",
    "text",
    "owner",
    "due",
    "minute",
    "resolution",
    "flags",
    "line",
    "from_the_minutes",
)
REQUIRED = ("item", "decision", "text", "owner", "due")


def review_csv(plan: ImportPlan) -> str:
    """The review file's text for a plan: one row per proposed action."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COLUMNS)
    for d, a in zip(proposed(plan), plan.actions, strict=True):
        w.writerow(
            [
                d.item,
                d.decision,
                d.text,
                d.owner,
                d.due,
                d.minute,
                d.resolution,
                "; ".join(a.flags),
                a.line,
                a.evidence or "",
            ]
        )
    return buf.getvalue()


def write_review(plan: ImportPlan, path: str | Path) -> Path:
    """Write the review file (UTF-8 with a BOM, so spreadsheets read it right): readable
    by its owner only and written whole or not at all, like every file clerk writes (it
    holds names and what the minutes say)."""
    from clerk_cli.services.exports.files import write_private_file

    return write_private_file(path, "\ufeff" + review_csv(plan))


def _text_of(p: Path) -> str:
    raw = p.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # re-saved by a spreadsheet


def read_review(path: str | Path) -> list[ItemDecision]:
    """The decisions in a review file; one error naming every unreadable row."""
    p = Path(path)
    if not p.is_file():
        raise InvalidInput(
            f"{path}: no such review file.",
            hint="Write one with: clerk import-minutes FILE --review review.csv",
        )
    text = _text_of(p)
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        raise InvalidInput(f"{p.name}: the review file is empty.")
    header = [h.strip().casefold().replace(" ", "_") for h in rows[0]]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InvalidInput(
            f"{p.name}: no column {', '.join(missing)} in the first row.",
            hint=f"The review file's columns are: {', '.join(COLUMNS)}.",
        )
    col = {name: header.index(name) for name in COLUMNS if name in header}
    errors: list[str] = []
    decisions: list[ItemDecision] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # a blank row a spreadsheet left

        def cell(name: str, row=row) -> str:
            i = col.get(name)
            return row[i].strip() if i is not None and i < len(row) else ""

        item = _number(cell("item"))
        if item is None:
            errors.append(f"{p.name} row {number}: item '{cell('item')}' is not a number.")
            continue
        decisions.append(
            ItemDecision(
                item=item,
                decision=cell("decision"),
                text=cell("text"),
                owner=cell("owner"),
                due=cell("due"),
                minute=cell("minute"),
                resolution=cell("resolution"),
                line=_number(cell("line")) if "line" in col else None,
            )
        )
    if errors:
        raise Problems(errors, hint="Nothing was recorded.")
    return decisions


def _number(value: str) -> int | None:
    try:
        f = float(value)
    except ValueError:
        return None
    return int(f) if f.is_integer() else None
