"""Action logs flattened to text: one task a row (A56).

An action log (an "action tracker", a "summary of actions", an "actions arising" schedule)
is a table: a reference, where the action came from, the action, its lead, its due date and
its status.  Copied out of a PDF or a web page it often loses its grid in one of two ways that
the walker's table reading (pipes, tabs, wide gaps: A45, A52, A55) does not see:

* one row a line, its cells run together with single spaces::

      96.4 Board, 15.03.2023, PB22/3/96, Staff Survey Circulate the benchmarking data DoW 12.07.2023 Not yet due O

* one row over a few lines: the reference and the item, the action, then the status with the
  lead after a slash::

      BOD 24/18(b) / Gender pay gap reporting
      The Trust to publish its gender pay gap report by the end of March 2018.
      Status: in progress / LK

Only a document that says it is an action log is read this way: a title naming one near its
top *and* a header naming an action column and a lead or due column.  Each row the walker
found no task in gives one task: the action cell's words (from the first clause shaped like a
task: "X to VERB", "... to be VERBed", an imperative), the lead column's owner and the due
column's date.  A row whose status says it is complete gives none.  Pure: lines in, tuples out.
"""

from __future__ import annotations

from typing import NamedTuple

from . import actions as act
from . import regex

# "Action Tracker", "Trust Board Action Tracking List", "Summary of Actions from ...",
# "Actions Log", "Actions arising from Board meetings", "Action Sheet"
_TITLE = regex.compile(
    r"(?i)\b(?:actions?\s+(?:tracker|tracking\s+(?:list|log|sheet)|log|sheet|schedule|register)"
    r"|summary\s+of\s+actions|actions?\s+arising|action\s+points?\s+(?:log|list|schedule))\b"
)
_ACTION_COLUMN = regex.compile(r"(?i)\b(?:actions?|recommendations?)\b")
_LEAD_COLUMN = regex.compile(r"(?i)\b(?:lead|owners?|responsib\w*|by\s+whom|who)\b")
_DUE_COLUMN = regex.compile(r"(?i)\b(?:due|deadline|target|timescale|implementation\s+date)\b")

# A row starts with its reference: "85.6", "BOD 24/18(b)", "SC18", "4.01", "137"; not a date
# ("15.03.2023") and not a sentence's number ("2 members asked ...": a lower-case word next)
_ROW_START = regex.compile(
    r"^\s{0,3}(?!\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)"
    r"(?P<ref>(?:[A-Z]{1,6}\s?)?\d{1,4}(?:[./]\d{1,4}){0,2}(?:\s?\([a-z0-9]{1,3}\))?"
    r"(?:\s?-\s?\([a-z0-9]{1,3}\))?)(?=\s+[A-Z(/]|\s*$|\s+\d)"
)

# The lead: a post's abbreviation or initials, with two capitals at least ("DoF", "DoSCE",
# "NED-KH/DoN", "KT/HN"); then the due date, or a gap before the status
_LEAD = r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:[-/][A-Z][A-Za-z]*)*"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = rf"(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{4}})"
_LEAD_THEN_DUE = regex.compile(rf"\s(?P<lead>{_LEAD})\s+(?P<due>{_DATE})(?!\w)")
_LEAD_THEN_GAP = regex.compile(rf"\s(?P<lead>{_LEAD})\s{{2,}}\S")
# "Status: in progress – for the May Board / GD": the lead after the last slash
_STATUS_LINE = regex.compile(r"(?i)^status\s*:")
_SLASH_LEAD = regex.compile(
    r"\s/\s*(?P<lead>[A-Z][A-Za-z]{0,5}(?:\s*[/,&]\s*[A-Z][A-Za-z]{0,5})*)\s*$"
)
# the status cell says the action is finished
_CLOSED = regex.compile(
    r"(?i)^\W*(?:complete[d]?|closed|done|actioned|achieved|superseded|withdrawn)\b|\s(?-i:C)\s*$"
)
# a reference cell closing the "source" columns: "PB22/3/45," (the item's title follows)
_SOURCE_REF = regex.compile(r"\b[A-Z]{1,5}\d{1,4}(?:/\d{1,4}){1,3},\s+")
# where a task begins, after the item's title: "NED-KH to work ...", "Key contracts to be
# identified ...", or an imperative ("Circulate the data ...")
_SUBJECT_TO = regex.compile(r"(?<![\w-])[A-Z][\w-]*(?:/[A-Z][\w-]*)?\s+to\s+(?:be\s+)?[a-z]")
_TO_BE = regex.compile(r"\s+to\s+be\s+[a-z]+(?:ed|en|wn|nt|ut|ught)\b")
_CAPITALISED_THEN_LOWER = regex.compile(r"(?<![\w-])(?P<w>[A-Z][a-z]+)\s+(?=[a-z])")


def log_header(lines: list[str]) -> int | None:
    """The index of the header line when the document is an action log, else None."""
    top = [i for i, line in enumerate(lines[:80]) if line.strip()][:15]
    if not any(_TITLE.search(lines[i]) for i in top):
        return None
    for i, line in enumerate(lines[:60]):
        words = line.split()
        if not 2 <= len(words) <= 20 or line.rstrip().endswith("."):
            continue
        if _ACTION_COLUMN.search(line) and (_LEAD_COLUMN.search(line) or _DUE_COLUMN.search(line)):
            return i
    return None


def rows(lines: list[str], start: int) -> list[tuple[int, int]]:
    """(first, end) line indexes of each row after the header: a row runs to the next one."""
    starts = [i for i in range(start, len(lines)) if _ROW_START.match(lines[i])]
    return list(zip(starts, [*starts[1:], len(lines)][: len(starts)], strict=True))


class Row(NamedTuple):
    task: str | None  # None: nothing in the row is shaped like a task
    lead: str | None
    due: str | None  # due words: "by 12.07.2023"
    closed: bool  # the status says it is complete


def read_row(row: list[str]) -> Row:
    """The task, lead, due words and state of one flattened row."""
    first = _ROW_START.match(row[0])
    head = row[0][first.end() :].strip() if first else row[0].strip()
    rest = [line.strip() for line in row[1:]]
    status_at = next((i for i, line in enumerate(rest) if _STATUS_LINE.match(line)), None)
    if status_at is not None:
        return _read_status_row(head, rest[:status_at], rest[status_at])
    return _read_run_on_row(" ".join([head, *[line for line in rest if line]]))


def _read_status_row(head: str, middle: list[str], status: str):
    """The reference and item, the action's lines, then "Status: ... / LEAD"."""
    status_words = status.split(":", 1)[1]
    lead = m["lead"] if (m := _SLASH_LEAD.search(status_words)) else None
    if lead:
        status_words = status_words[: m.start()]
    task = " ".join(line for line in middle if line)
    if not task and " / " in f" {head}":
        task = head.split("/", 1)[1].strip(" /")  # the item is the action: "REF / Develop ..."
    return Row(task or None, lead, None, bool(_CLOSED.search(status_words.strip())))


def _read_run_on_row(text: str):
    """A row whose cells run together: the task from its first task-shaped clause up to the
    lead, the date after the lead, the status after that."""
    anchor = _LEAD_THEN_DUE.search(text) or _LEAD_THEN_GAP.search(text)
    if anchor is None:
        return Row(None, None, None, False)
    due = anchor.groupdict().get("due")
    status = text[anchor.end("due") if due else anchor.end("lead") :]
    before = text[: anchor.start()]
    if source := list(_SOURCE_REF.finditer(before)):
        before = before[source[-1].end() :]
    start = _task_start(before)
    task = before[start:].strip() if start is not None else None
    return Row(
        task, anchor["lead"], f"by {due}" if due else None, bool(_CLOSED.search(status.strip()))
    )


def _task_start(text: str) -> int | None:
    """Where the task begins after the item's title, or None when nothing is shaped like one."""
    starts = []
    if m := _SUBJECT_TO.search(text):
        starts.append(m.start())
    if m := _TO_BE.search(text):
        # "Board Assurance Framework Key strategic contracts to be identified": back to the
        # capitalised word that opens the passive's subject
        words = list(regex.finditer(r"\S+", text[: m.start()]))
        for w in reversed(words):
            if w.group()[:1].isupper():
                starts.append(w.start())
                break
    for m in _CAPITALISED_THEN_LOWER.finditer(text):
        if act.is_verb_first(m["w"]):
            starts.append(m.start())
            break
    return min(starts) if starts else None
