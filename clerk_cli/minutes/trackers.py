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
from .patterns import DATE, MONTH

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
# a due date: a date, or a month and year ("September 2018")
_DATE = rf"(?:{DATE}|{MONTH}\s+\d{{4}})"
_LEAD_THEN_DUE = regex.compile(rf"\s(?P<lead>{_LEAD})\s+(?P<due>{_DATE})(?!\w)")
# (A59) the due column in words, after a lead written out: "... Director of Public Health
# September 2018 Open", "... Head of Strategy Next meeting New", "... Company Secretary
# 31/05/2017 Open"
_DUE_WORDS = regex.compile(
    rf"\s(?P<due>{_DATE}|(?:[Nn]ext|[Ff]ollowing)\s+(?:[Bb]oard\s+|[Cc]ommittee\s+)?[Mm]eeting)(?!\w)"
)
# a lead written out: capitalised words (and "of", "for", "and", "&", "the") right before the due
_LEAD_WORDS = regex.compile(
    r"(?:^|(?<=\s))(?P<lead>[A-Z][\w&'’/.-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w&'’/.-]*){0,7})\s*$"
)
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


def log_headers(lines: list[str]) -> list[int]:
    """The header lines of the action logs in the document: a log at its top (its title in
    the first lines, its header in the first 60), and a log appended to minutes (A59: its title
    on a line of its own, the header within the next four lines)."""
    headers: list[int] = []
    top = [i for i, line in enumerate(lines[:80]) if line.strip()][:15]
    if any(_TITLE.search(lines[i]) for i in top):
        headers += [next((i for i in range(min(60, len(lines))) if _is_header(lines[i])), None)]
    for i, line in enumerate(lines):
        if len(line.split()) <= 12 and _TITLE.search(line) and not line.rstrip().endswith("."):
            after = range(i + 1, min(i + 5, len(lines)))
            headers.append(next((j for j in after if _is_header(lines[j])), None))
    return sorted({h for h in headers if h is not None})


def _is_header(line: str) -> bool:
    """ "Ref Action Lead Due Status", "Item / Action / Responsibility": a log's header row."""
    words = line.split()
    return (
        2 <= len(words) <= 20
        and not line.rstrip().endswith(".")
        and bool(_ACTION_COLUMN.search(line))
        and bool(_LEAD_COLUMN.search(line) or _DUE_COLUMN.search(line))
    )


def rows(lines: list[str], start: int) -> list[tuple[int, int]]:
    """(first, end) line indexes of each row after the header: a row runs to the next one."""
    starts = [i for i in range(start, len(lines)) if _ROW_START.match(lines[i])]
    return list(zip(starts, [*starts[1:], len(lines)][: len(starts)], strict=True))


class Row(NamedTuple):
    task: str | None  # None: nothing in the row is shaped like a task
    lead: str | None
    due: str | None  # due words: "by 12.07.2023"
    closed: bool  # the status says it is complete


def row_ref(line: str) -> str | None:
    """The row's reference ("85.6", "BOD 24/18(b)"): the minute its task comes from."""
    m = _ROW_START.match(line)
    return " ".join(m["ref"].split()) if m else None


def words_of(text: str) -> str:
    """The text's words, joined by single spaces and padded with one: for read_row."""
    return f" {' '.join(text.split())} "


def read_row(row: list[str], document: str = "") -> Row:
    """The task, lead, due words and state of one flattened row; ``document`` (words_of the
    whole text) tells a lead written out from the task's last words (A59)."""
    first = _ROW_START.match(row[0])
    head = row[0][first.end() :].strip() if first else row[0].strip()
    rest = [line.strip() for line in row[1:]]
    status_at = next((i for i, line in enumerate(rest) if _STATUS_LINE.match(line)), None)
    if status_at is not None:
        return _read_status_row(head, rest[:status_at], rest[status_at])
    return _read_run_on_row(" ".join([head, *[line for line in rest if line]]), document)


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


def _read_run_on_row(text: str, document: str = ""):
    """A row whose cells run together: the task from its first task-shaped clause up to the
    lead, the due after the lead, the status after that."""
    anchor = _LEAD_THEN_DUE.search(text) or _LEAD_THEN_GAP.search(text)
    if anchor is not None:
        due = anchor.groupdict().get("due")
        lead, lead_at = anchor["lead"], anchor.start("lead")
        status = text[anchor.end("due") if due else anchor.end("lead") :]
    elif found := _lead_written_out(text, document):
        lead, lead_at, due, status = found
    else:
        return Row(None, None, None, False)
    before = text[:lead_at]
    if source := list(_SOURCE_REF.finditer(before)):
        before = before[source[-1].end() :]
    start = _task_start(before)
    task = before[start:].strip() if start is not None else None
    if due and not regex.match(r"\d", due) and not regex.match(rf"{MONTH}\b", due):
        due_words = f"at the {due.lower()}"  # "Next meeting"
    else:
        due_words = f"by {due}" if due else None
    return Row(task, lead, due_words, bool(_CLOSED.search(status.strip())))


def _lead_written_out(text: str, document: str = ""):
    """(lead, where it starts, due, status) for a lead written as a post or a name before a
    due in words or a date (A59), or None.  Where the task's last words are capitalised too
    ("... visits to the Emergency Department Company Secretary"), the lead is the longest
    ending of those words that the document names elsewhere (in the minutes above the log, in
    another row), else the whole run when it is short."""
    for m in _DUE_WORDS.finditer(text):
        before = text[: m.start()]
        run = _LEAD_WORDS.search(before)
        if run is None or not regex.search(r"[a-z0-9)]\s+$", before[: run.start()] or " "):
            continue  # the lead follows the task's last (lower-case) word
        words = run["lead"].split()
        if len(words) > 1 and words[0] in _TASK_OPENERS:
            continue
        starts = [i for i, w in enumerate(words) if w[:1].isupper()]
        # (``document`` is the text's words joined by single spaces, so a count of " phrase "
        # finds whole words; the row itself holds it once)
        pick = next(
            (
                i
                for i in starts
                if _lead_like(words[i:]) and document.count(f" {' '.join(words[i:])} ") >= 2
            ),
            None,
        )
        if pick is None:
            pick = 0 if len(words) <= 4 else starts[-1] if starts else 0
        lead = " ".join(words[pick:])
        at = run.start("lead") + len(" ".join(words[:pick])) + (1 if pick else 0)
        return lead, at, m["due"], text[m.end() :]
    return None


def _lead_like(words: list[str]) -> bool:
    """Two words or more ("Company Secretary"), or one that is a post ("Clerk") or initials or
    an abbreviation ("KT", "DoF"): not a lone capitalised word of the task ("Nursing")."""
    if len(words) > 1:
        return True
    word = words[0]
    return word.lower() in act.ROLE_WORDS or sum(c.isupper() for c in word) >= 2


# words that open a task, not a lead ("Circulate Papers ...")
_TASK_OPENERS = frozenset(
    "The A An This That These Those It Report Circulate Review Provide Bring Share Confirm".split()
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
