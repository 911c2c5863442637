"""Split minutes text into units: paragraphs, bullets, numbered limbs, table rows.

A unit remembers the 1-based line it starts on and, for every character of its
joined text, which line it came from, so a sentence found anywhere in it can be
reported with the right line number.
"""

from __future__ import annotations

import bisect
import functools
import re

from . import regex
from .model import Record
from .motions import starts_motion

_BULLET = regex.compile(r"^(?:[•·\uf0b7▪●◦‣⁃■□➢►✓→»]|§(?=\s+[A-Z][a-z])|(?:[-*+]|->|=>)(?=\s))\s*")
_TASK = regex.compile(r"^[-*+]\s+\[(?P<mark>[ xX])\]\s+")
_REF = regex.compile(
    # ("#318/2018 BE IT RESOLVED THAT ...": a Canadian council's resolution number, R91)
    r"^(?:(?:Minute|Item|Agenda item)\s+|#)?"
    # (and a paragraph of the minute: "QS14/81.1", R80)
    r"(?P<ref>[A-Z]{1,5}\s?\d{1,4}(?:/\d{1,4}){1,2}(?:\.\d{1,2}(?=\s))?|[A-Z]{1,5}(?:/\d{1,4}){1,2}|\d{1,4}/\d{1,4}|\d{1,3}\.\d{1,3})"
    r"(?:[.:)]|(?=\s))\s*(?=\S)"
)
_REF_ALONE = regex.compile(
    r"^(?:(?:Minute|Item|Agenda item)\s+)?(?P<ref>[A-Z]{1,5}\s?\d{1,4}(?:/\d{1,4}){1,2}|"
    r"[A-Z]{1,5}(?:/\d{1,4}){1,2}|\d{1,4}/\d{1,4})[.:]?$"
)
_NUM = regex.compile(
    r"^(?:\((?P<a>\d{1,2}|[a-z]|[ivx]{1,4})\)|(?P<b>\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s*(?=\S)"
)
_HEADING_MD = regex.compile(r"^#{1,6}\s+")
# a limb numbered three levels deep, its words in lower case: "8.4.1    receives the report;"
_DEEP_LIMB = regex.compile(r"^(?P<n>\d{1,3}\.\d{1,3}\.\d{1,3})[.)]?\s+(?=[a-z])")
# "2 Warehouse lease": an item number and a heading, no dot (Word numbering flattened).
_BARE_NUMBER = regex.compile(r"^(?P<ref>\d{1,2})\s+(?=[A-Z])")
# "4     Budget 2024/25" in minutes laid out as Item | Minute | Action columns.
_WIDE_ITEM = regex.compile(r"^(?P<ref>\d{1,3})\s{3,}(?=[A-Z])")
# Owner initials in a right-hand Action column: "... on the appointment by        SC".
# an Action column's cell alone on a line, far to the right (A60)
_TAG_LINE = regex.compile(
    r"^[ \t]{20,}(?:(?P<ini>[A-Z][A-Za-z]?[A-Z]{0,2}(?:\s*[/,&]\s*[A-Z][A-Za-z]?[A-Z]{0,2})*)|ACTIONS?)\s*$"
)
_ACTION_HEADER_CELL = regex.compile(r"(?<=\S)\s{10,}ACTIONS?\s*$")
# (after a tab too: "... in future reports.<tab>TL", a Word table saved as text, A75)
_ACTION_COLUMN = regex.compile(
    r"(?<=\S)(?:\s{3,}|[ ]*\t\s*)(?P<ini>[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*)\s*$"
)
_SPACED_CAPS = regex.compile(r"\b(?:[A-Z] ){2,}[A-Z]\b")
_EMPHASIS = regex.compile(r"\*\*|__")
_WRAPPED_REF = regex.compile(
    r"(?:\b(?:and|or|of|to|in|at|the|with|see|from|under|minutes?|items?|actions?)|,)$", re.I
)
_COLUMNS = regex.compile(r"\s{2,}")
# Motion blocks: "That the Council:", "THAT ...", "Be it resolved", "Motion No.", "CARRIED".
_STARTER_CASED = regex.compile(
    r"^(?:That|THAT|Be it|BE IT|Motion|MOTION|Resolution|RESOLUTION|Council Resolution|"
    r"Council's Resolution|Seconded|SECONDED|Moved|MOVED|CARRIED|Carried|LOST|DEFEATED|Defeated|"
    r"Officer Recommendation|OFFICER RECOMMENDATION|Recommendation|RECOMMENDATION|"
    # a summary's decisions in the past tense: "Elected Jo Bell as Chair", "Tasked X with ..."
    r"(?:Elected|Appointed|Tasked)(?=\s+(?:the\s+)?[A-Z]))\b"
)
# Lines that always start a new unit even without a blank line before them.
_STARTER = regex.compile(
    r"^(?:it was\s+)?(?:(?:be it |it is )?further resolved|resolved|decision|agreed|decided|action|actions|moved|proposed|due|owner|deadline|"
    r"present|apologies|in attendance|(?:summary|schedule|list) of actions)\b",
    re.I,
)
_TABLE_ROW = regex.compile(
    r"^\|.*\||^[^|]+(?:\s\|\s[^|]*){1,}$"
    # a Word table's row with empty cells, its line's trailing space gone ("Write to Mr Smith |
    # Clerk |", "Write to Mr Smith | | 31/03/2023"): two bars at least, each between spaces or
    # at the end (not a sentence closed by one bar, "... were agreed. |", nor a minute's text
    # after its number, "5. | After the recent election ... |")
    r"|^(?![\dA-Za-z]{1,3}[.)]?\s\|)[^|]+(?:\s\|(?=\s|$)[^|]*){2,}$"
)
# (an inline bullet may open the next sentence: "... elected. · Treasurer – ...")
# (OCR debris may sit between sentences: "... withdrew the motion. '-- Mrs. Dahl MOVED ...")
# (a full stop glued to the next sentence: "... we play.To be decided later" -- a lower-case
# word of two letters or more, then a capitalised word: not "e.g.The", "U.S.", "www.Site.org")
_SENTENCE_END = regex.compile(
    r"[.!?][\"”’')]*\s+(?=(?:[\"“‘(]|[·•▪]\s*|['’,]?[-–—]{1,3}\s*)?[A-Z0-9@])"
    r"|(?<=[a-z][a-z]\.)(?:(?=[A-Z][a-z]+\s)|[-–]\s*(?=[A-Z]))"
    # a capitalised label glued to the last word: "... CarriedMOTION: That ..."
    r"|(?<=[a-z][a-z])(?=[A-Z]{4,}\s*:)|(?<=\S)\s+(?=MOTION\s*:)|(?<=[a-z]\.\))(?=[A-Z][a-z])"
)
_GLUED_DASH = regex.compile(r"(?<=\.)\s*[-–]$")
_ABBREV = regex.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Cllr|Com|Comm|Ch|St|No|Nos|NO|NOS|Prof|Revd|Rev|Sen|Rep|Hon|Gov|Supt|Capt|Sgt|approx|e\.g|i\.e|etc|cf|vs|Co|Ltd|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|para|paras|Cllrs|pp)|\b[A-Z]|[:;]\s*\d{1,2})\.$"
)  # the last: an inline limb number, "That the Committee: 1. Notes ...; 2. Requests ..."


class Unit(Record):  # a plain record, not a dataclass: see model.py
    """One paragraph, bullet, numbered limb or table row."""

    __slots__ = (
        "line",
        "text",
        "source",
        "kind",
        "label",
        "label_kind",
        "task_done",
        "tags",
        "offsets",
    )

    def __init__(
        self,
        line: int,
        text: str,
        source: str,
        kind: str = "para",  # para | bullet | num | task | table | heading
        label: str | None = None,  # "7.15", "FC180/23", "3", "a"
        label_kind: str | None = None,  # ref | num
        task_done: bool = False,
        tags: list[tuple[int, str]] | None = None,  # (char offset, owner initials)
        offsets: list[tuple[int, int]] | None = None,  # (char offset, line)
    ):
        self.line = line
        self.text = text
        self.source = source
        self.kind = kind
        self.label = label
        self.label_kind = label_kind
        self.task_done = task_done
        self.tags = [] if tags is None else tags
        self.offsets = [] if offsets is None else offsets

    def line_at(self, offset: int) -> int:
        """The line number of the character at ``offset`` of ``text`` (a binary search)."""
        at = bisect.bisect_right(self.offsets, (offset, float("inf")))
        return self.offsets[at - 1][1] if at else self.line

    def slice(self, start: int, end: int | None = None) -> Unit:
        """The part of this unit from ``start`` to ``end``, with its own line numbers."""
        end = len(self.text) if end is None else end
        piece = Unit(
            line=self.line_at(start),
            text=self.text[start:end],
            source=self.source,
            kind="para",
            tags=[(o - start, t) for o, t in self.tags if start <= o < end],
        )
        piece.offsets = [(0, piece.line)] + [
            (o - start, line) for o, line in self.offsets if start < o < end
        ]
        return piece

    def sentences(self) -> list[tuple[int, str]]:
        """(offset, sentence) pairs, split at full stops that are not abbreviations."""
        out: list[tuple[int, str]] = []
        start = 0
        for m in _SENTENCE_END.finditer(self.text):
            # (the abbreviation is at the end: a window of the last characters is enough)
            if _ABBREV.search(self.text[max(start, m.start() - 23) : m.start() + 1]):
                continue
            if m.start() == m.end() and regex.search(r"[./@:]\w+\.$", self.text[start : m.start()]):
                continue  # a glued stop inside an address or a file name: "www.site.Org"
            out.append((start, _GLUED_DASH.sub("", self.text[start : m.end()].strip())))
            start = m.end()
        tail = self.text[start:].strip()
        if tail:
            out.append((start, tail))
        return out


_SPACED_PUNCT = regex.compile(r"(?<=\w) ([.,:;])(?= |$)")


@functools.lru_cache(maxsize=16384)  # the header, the units and the rules each clean a line
def clean_line(line: str) -> str:
    """Collapse whitespace, unify bullets, undo letter-spacing ("R E S O L V E D").

    A line laid out in three or more space-separated columns (a plain-text table)
    comes back with its cells joined by `` | ``.
    """
    line = line.replace("\t", "  ").replace("\uf0b7", "•").strip()
    if line.endswith("|") and line.count("|") == 1:
        line = line[:-1].rstrip()  # "Council resolution |": one cell of a flattened table
    line = _EMPHASIS.sub("", line)
    line = regex.sub(
        r"^(\((?:[a-z]{1,4}|\d{1,2})\))\.(?=\s)", r"\1", line
    )  # "(b).  that ..." (A78)
    line = regex.sub(
        r"\b(RESOLVED|AGREED|DECIDED)(?=that\b)", r"\1 ", line
    )  # "RESOLVEDthat the ..."
    # OCR spacing around punctuation: "Com . Sorensen", "8 : 15 P . M ." -> "Com. Sorensen"
    if len(_SPACED_PUNCT.findall(line)) >= 3:
        line = _SPACED_PUNCT.sub(r"\1", line)
    line = _SPACED_CAPS.sub(lambda m: m.group(0).replace(" ", ""), line)
    cells = _COLUMNS.split(line)
    if len(cells) == 3 and cells[1] == ":":
        return f"{cells[0]}: {cells[2]}"  # "Action  :  Acting Chief Executive": a label, spaced
    if (
        "|" not in line
        and len(cells) >= 3
        and not _BULLET.match(line)
        # two spaces after each full stop (typewriter spacing): sentences, not columns
        and not (
            all(regex.search(r"[a-z)][.!?:]$", c) for c in cells[:-1]) and len(line.split()) >= 8
        )
        and (
            all(len(c.split()) <= 10 for c in cells)
            # wide tracker rows: long cells, but laid out with runs of 3+ spaces
            or len(regex.findall(r"\S\s{3,}(?=\S)", line)) >= 3
        )
    ):
        return " | ".join(cells)
    return " ".join(line.split())


def _split_cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


# A whole document flattened onto a line or two (a PDF's text copied without its line breaks,
# A61): where a new line would have begun -- an item's number before its heading in capitals
# ("... the Chair. 7. ANNUAL ACCOUNTS 7.1 Governors approved ..."), a sub-item's number after a
# full stop, an ACTION marker -- and a PDF's running "Page 1 of 7", which is dropped
_FLAT_BREAK = regex.compile(
    r"\s+(?=\d{1,2}\.\s+[A-Z][A-Z'’&,()/-]{2,}(?:\s+[A-Z'’&,()/-]{2,}){0,8}\s+(?:\(|\d|[A-Z][a-z]))"
    r"|(?:(?<=[.!?])|(?<=[A-Z)]))\s+(?=\d{1,2}\.\d{1,2}\s+[A-Z])"
    r"|\s+(?=ACTIONS?\s*:)"
)
_PAGE_MARK = regex.compile(r"\s*\bPage\s+\d{1,3}\s+of\s+\d{1,3}\b\s*")
_FLAT_LINE = 1200  # characters: no line of real minutes runs this long


# "... before the March meeting.Action 2.07: TB": a table's Action cell run into the sentence
# before it with no space (A69); the marker starts a line of its own
_RUN_IN_ACTION = regex.compile(
    r"(?<=[a-z0-9)’”][.!?])(?=(?:ACTION|Action)(?:\s+(?:[Pp]oint\s+)?\d[\d.]*)?\s*:\s*\S)"
)


def _pieces(lines: list[str]):
    """(line number, text) for each line, a flattened line cut where its lines were (A61)."""
    for index, raw in enumerate(lines, start=1):
        if len(raw) < _FLAT_LINE:
            if "ction" in raw or "CTION" in raw:
                for piece in _RUN_IN_ACTION.split(raw):
                    yield index, piece
            else:
                yield index, raw
            continue
        for piece in _FLAT_BREAK.split(_PAGE_MARK.sub(" ", raw)):
            yield index, piece


def build_units(lines: list[str]) -> list[Unit]:
    """Group cleaned lines into units. ``lines`` are raw lines; numbering is 1-based.

    Linear: a unit's lines are collected in lists and joined once, and only the last
    line of the unit being built is looked at when deciding whether the next continues it.
    """
    units: list[Unit] = []
    current: Unit | None = None
    parts: list[str] = []  # the cleaned lines of ``current``
    sources: list[str] = []
    length = 0  # len(" ".join(parts))

    def close() -> None:
        if current is not None and len(parts) > 1:
            current.text = " ".join(parts)
            current.source = "\n".join(sources)

    for index, raw in _pieces(lines):
        if current is not None and (m := _TAG_LINE.match(raw)):
            # the right-hand Action column's cell wrapped onto a line of its own under the
            # paragraph it belongs to ("... report back." / "        KM/DN"), or its header (A60)
            if m["ini"]:
                current.tags.append((length - 1, m["ini"]))
            continue
        raw, tag = _action_column(raw)
        text = clean_line(raw)
        if not text:
            close()
            current = None
            continue
        unit = _start_unit(text, raw, index)
        if (
            unit is not None
            and unit.label_kind == "ref"
            and current is not None
            and _WRAPPED_REF.search(parts[-1])
            and not parts[-1].endswith(" to action")  # "... Clerk to action" / "5.2. ..." (A63)
        ):
            unit = None  # "... actions QSC 22/077 and" / "QSC 22/081 are closed."
        if unit is None and current is not None and _continues(current, parts, text):
            current.offsets.append((length + 1, index))
            parts.append(text)
            sources.append(raw.strip())
            length += 1 + len(text)
            if tag:
                current.tags.append((length - 1, tag))
            continue
        close()
        if unit is None:
            unit = Unit(line=index, text=text, source=raw.strip())
        unit.offsets.insert(0, (0, index))
        if tag:
            unit.tags.append((len(unit.text) - 1, tag))
        units.append(unit)
        current = None if unit.kind in ("heading", "table") else unit
        parts, sources, length = [unit.text], [unit.source], len(unit.text)
    close()
    return units


def _action_column(raw: str) -> tuple[str, str | None]:
    """Split owner initials in a right-hand Action column off a line of prose."""
    if "ACTION" in raw and (head := _ACTION_HEADER_CELL.search(raw)):
        prose = raw[: head.start()]
        if len(prose.split()) >= 3 and len(_COLUMNS.split(prose.strip())) == 1:
            return prose, None  # "... over the years.          ACTION": the column's header (A60)
    m = _ACTION_COLUMN.search(raw)
    if not m:
        return raw, None
    prose = raw[: m.start()].strip()
    # Attendance tables ("Dr Nisha Varma    Chief Executive    NV") are columns, not prose.
    if len(_COLUMNS.split(_WIDE_ITEM.sub("", prose))) > 1 or len(prose.split()) < 3:
        return raw, None
    return raw[: m.start()], m["ini"]


def _start_unit(text: str, raw: str, index: int) -> Unit | None:
    source = raw.strip()
    if m := _WIDE_ITEM.match(source):
        rest = clean_line(source[m.end() :])
        kind = "heading" if _looks_like_heading(rest) else "para"
        return Unit(index, rest, source, kind, m["ref"], "ref")
    if m := _TASK.match(text):
        return Unit(index, text[m.end() :], source, "task", task_done=m["mark"] != " ")
    if _HEADING_MD.match(text):
        rest = _HEADING_MD.sub("", text)
        if m := (_REF.match(rest) or _NUM.match(rest)):
            label = m.groupdict().get("ref") or m.groupdict().get("a") or m.groupdict().get("b")
            return Unit(index, rest[m.end() :], source, "heading", label, "ref")
        return Unit(index, rest, source, "heading")
    if m := _BULLET.match(text):
        return Unit(index, text[m.end() :], source, "bullet")
    if _TABLE_ROW.match(text) and "|" in text:
        return Unit(index, text, source, "table")
    if m := _REF_ALONE.match(text):  # "293/19" on a line of its own (moderngov layout)
        return Unit(index, "", source, "heading", m["ref"], "ref")
    if m := _DEEP_LIMB.match(text):  # "8.4.1    receives the report;" under "That Council:"
        return Unit(index, text[m.end() :], source, "num", m["n"], "num")
    if m := _REF.match(text):
        rest = text[m.end() :]
        kind = "heading" if _looks_like_heading(rest) else "para"
        return Unit(index, rest, source, kind, m["ref"].replace("  ", " "), "ref")
    if m := _NUM.match(text):
        rest = text[m.end() :]
        kind = "heading" if _looks_like_heading(rest) else "num"
        return Unit(index, rest, source, kind, m["a"] or m["b"], "num")
    if (m := _BARE_NUMBER.match(text)) and _looks_like_heading(text[m.end() :]):
        return Unit(index, text[m.end() :], source, "heading", m["ref"], "ref")
    if _STARTER.match(text) or _STARTER_CASED.match(text):
        return Unit(index, text, source)
    return None


def _looks_like_heading(rest: str) -> bool:
    words = rest.split()
    return (
        0 < len(words) <= 12
        and not _OPEN_END.search(rest)  # "1. Endorses the statement; and" is a limb
        and not regex.search(r"[.;,:]$", rest)
        and (rest[0].isupper() or rest[0].isdigit())
        # "ii) The Chair reported that he had visited" (wrapped prose), not a heading
        and not (len(words) >= 7 and _PROSE_WORDS.search(rest))
        # "3. Minutes of last meeting – agreed as a true record": a decision in note form
        and not _DASH_OUTCOME.search(rest)
    )


_DASH_OUTCOME = regex.compile(r"\s[-–—]\s*(?i:agreed|approved|accepted|carried|adopted)\b")


_PROSE_WORDS = regex.compile(r"\b(?:that|had|was|were|reported|announced|explained)\b")


# "Minutes of the Finance Committee held on 3 March 2022": a title line, never wrapped prose.
_TITLE_LINE = regex.compile(r"^(?:minutes|meeting|notes)\b.*\b\d{4}$", re.I)


# A line that ends mid-phrase: the next line carries on ("... a letter from the" / "Council ...").
_OPEN_END = regex.compile(
    r"(?:\b(?:and|or|of|the|a|an|to|for|with|in|on|at|by|from|that|which|who|be|is|are|was|"
    r"were|will|would|should|their|its|his|her|our|as|than|into|onto|per|via|re)|[,(&/–—-])$",
    re.I,
)
# A line that starts a new clause of its own: "Mick to fix ...", "Harriet will order ...",
# "The Mayor to lay ...", "Ana: I'll bisect ...".
_CLAUSE_START = regex.compile(
    r"^(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3}\s+(?:to|will|shall)\s+[a-z]"
    r"|^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?:\s"
)


# "... recently had visited" / "Japan to investigate ...": a verb waiting for its object
_VERB_END = regex.compile(r"\b(?:had|has|have|was|were)\s+(?:\w+\s+)?[a-z]+ed$")


# an item's number and title in two cells, flattened: "8. / Policies", "7. / Committee reports"
_SLASH_HEADING = regex.compile(r"^(?:\d{1,3}\.?\s*)?/\s*[A-Z][\w ,&'’()-]{1,60}$")
# the item's last sentence is an action line: "... Action: Clerk to contact X" (A63)
_ACTION_LINE_END = regex.compile(r"(?:^|[.!?]\s+)(?:ACTION|Action)\s*:\s*[^.!?]{3,160}$")


def _continues(current: Unit, parts: list[str], text: str) -> bool:
    if current.kind in ("heading", "table") or _TITLE_LINE.match(parts[0]):
        return False
    if text[0].islower():
        return True
    last = parts[-1]
    if regex.search(r"[.!?:;]$", last):
        return False
    if _OPEN_END.search(last) or _VERB_END.search(last):
        return True
    if len(parts) == 1 and len(last.split()) <= 6 and _looks_like_heading(last):
        return False  # "Water troughs" / "Two troughs are leaking.": a heading, then its minute
    if starts_motion(text):
        return False  # "Others present: Ann Lee" / "A motion was made by Bo to ...": a new clause
    if len(parts) == 1 and _SLASH_HEADING.match(last):
        return False  # "8. / Policies" (a two-cell row: number / title) over its minute (A63)
    if _ACTION_LINE_END.search(last) and len(text.split()) >= 3:
        # "... Action: Clerk to contact Milestone Society" / "Finance The following payments
        # ...": an action line with no full stop ends its item; the next item begins (A63)
        return False
    return not (_CLAUSE_START.match(text) or _CLAUSE_START.match(last))


def table_cells(unit: Unit) -> list[str]:
    """The cells of a table row unit."""
    return _split_cells(unit.text)
