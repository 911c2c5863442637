"""The meeting header (body, date, time, item), YAML-ish front matter and attendance."""

from __future__ import annotations

import calendar
import re
from datetime import date

from . import regex
from .model import Meeting
from .units import clean_line

MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
MONTHS["sept"] = 9
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

_WORD_DATE = regex.compile(
    # ("this 18th day of September, 2013 A.D.", "the 26 day of OCTOBER 2018": H45)
    rf"\b(?:{_WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+day)?(?:\s+|-)(?:of\s+)?({_MONTH})\.?,?(?:\s+|-)(\d{{4}})\b",
    re.I,
)
_US_WORD_DATE = regex.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I
)
_NUM_DATE = regex.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")
# "2024-03-05", also in file names: "2024-04-09_allotment_society.txt"
_ISO_DATE = regex.compile(r"(?<![\d/.])(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/.])")
_TIME_12 = regex.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?", re.I)
_TIME_24 = regex.compile(r"(?:\bat\s+|\btime:?\s*|^)(\d{1,2})[:.](\d{2})\b", re.I)
_ITEM = regex.compile(r"\(\s*Item\s+([\w./]+?)\.?\s*\)", re.I)

_MEETING_COLON = regex.compile(
    r"^Meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–—]\s*(?P<body>.+?)\s*(?:\(Item\b.*)?$", re.I
)
_ADJECTIVES = (
    r"(?:extraordinary|extra[\s-]ordinary|annual|special|ordinary|virtual|remote|public|open|closed|regular|"
    r"adjourned|statutory|inaugural|emergency|monthly|quarterly|hybrid)"
)
# "Meeting of the Finance Committee, 3 March", "REGULAR MEETING OF THE CITY COUNCIL"
_MEETING_OF = regex.compile(
    rf"^(?:{_ADJECTIVES}\s+)*Meeting of (?:the )?(?P<body>[^,]+?)"
    # (H49) "... BOARD OF SUPERVISORS HELD ON JANUARY 16, 2007": the name stops at "held"
    r"(?:(?:\s*[,–—-]\s*|\s+(?=held\b))(?P<rest>.+))?$",
    re.I,
)
_MINUTES_OF = regex.compile(
    # "The Minutes of the General meeting of X held on ..." (a capital M: a title, not a sentence)
    rf"^(?:(?-i:The|THE)\s+(?=(?-i:Minutes|MINUTES)))?(?:(?:draft|confirmed|unconfirmed|approved|unapproved|unofficial|official)\s+)?"
    # (H47) "SUMMARY OF FACULTY SENATE MEETING", "SYNOPSIS OF ... BOARD QUARTERLY MEETING"
    # (not "Summary of Actions from the Board meeting": a list of actions)
    r"(?:Minutes?|Record|Notes?|(?:Summary|Synopsis)(?!\s+of\s+(?:the\s+)?(?:actions|decisions|resolutions)\b))"
    # (H54) "Minute of Directors' meeting held on ..." (Scottish), "Notes from X meeting #11"
    r"\s+(?:of|(?<=notes\s|NOTES\s|Notes\s)from)\s+(?:an?\s+|the\s+)?"
    # "Minutes of the 214th meeting of the Academic Board"; (H48) "the One Hundredth &
    # Twenty-fifth Annual Meeting of", "the Forty-Second Meeting of": spelt out
    r"(?:\d{1,4}(?:st|nd|rd|th)\s+|(?:(?:[A-Za-z]+[\s-]+|&\s+){0,4}?[A-Za-z-]+(?:st|nd|rd|th)\s+)"
    rf"(?=(?:{_ADJECTIVES}\s+)*meeting\s+of\b))?"
    # (H47) "MINUTES OF MEETING FROM THE HUGHENDEN VILLAGE HALL COMMITTEE"
    rf"(?:{_ADJECTIVES}\s+)*(?:(?:meeting|minutes)\b\s*(?:(?:of|from)\s+(?:the\s+)?)?)?(?P<body>.*?)"
    rf"(?:\s+(?:{_ADJECTIVES}\s+)?meeting)?"
    # (H47) "... FACULTY SENATE MEETING 02/11/08 CALL TO ORDER ...": the date after "meeting" ends it
    r"(?:(?:\s*\b(?:held|which took place)\b|(?<=meeting)\s+(?=\d{1,2}[/.-]\d{1,2}[/.-]\d))(?P<rest>.*))?$",
    re.I,
)
# "Board of Directors Meeting Minutes – 2024-03-05", "Finance Committee - Minutes",
# "DRAFT - Steering Committee Minutes - 19 July 2024", "Ordinary Council Meeting - Open Minutes"
_BODY_DASH_MINUTES = regex.compile(
    r"^(?:(?:draft|confirmed|unconfirmed|approved)\s*[-–—:]\s*)?(?P<body>[A-Z].{2,80}?)"
    r"(?:\s+meeting)?\s*(?:[-–—:]\s*)?(?:(?:open|public|draft|confirmed|approved|summary)\s+)?"
    r"(?:minutes|notes)\b(?P<rest>.*)$",
    re.I,
)
# "Westbrook Allotment Society - committee meeting", "Budget Board – meeting 4"
# "Upland Rowing Club Monthly Board Meeting - May 4, 2015": a name, "Meeting" and the date
_BODY_MEETING_DATE = regex.compile(
    r"^(?P<body>[A-Z].{2,80}?)\s+(?:meeting\s*[-–—:,]|(?:AGM|EGM|annual\s+general\s+meeting)\s*[-–—:,]?"
    # "Senior Section Committee Meeting March 2022", "... Meeting Tuesday 22nd January, 2008"
    rf"|meeting\s+(?=(?:{_WEEKDAY}|{_MONTH}|\d)))"
    r"\s*(?P<rest>.*\b(?:19|20)\d\d\b.*)$",
    re.I,
)
# "National Park Authority - Tuesday, 10th December, 2019 12.30 pm", "General assembly 2019-04-09":
# a name, then the date
_BODY_THEN_DATE = regex.compile(
    # (H32) a hyphen inside a word stays in the name: "Licensing Sub-Committee - Tuesday, ..."
    rf"^(?P<body>[A-Z](?:[\w'’&.,() ]|(?<=[a-z])-(?=[A-Z][a-z])){{2,80}}?)\s*(?:[-–—:]\s*|\s)(?P<rest>(?:{_WEEKDAY},?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?\s+\d{{4}}|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2})\b.*)$",
    re.I,
)
# "Meeting Minutes: Technical Steering Committee", "Notes – Parks Working Group"
_MINUTES_COLON_BODY = regex.compile(
    r"^(?:meeting\s+)?(?:minutes|notes)\s*[:–—-]\s*(?P<body>[A-Z].{2,80})$", re.I
)
# A page number glued to a title ("1 Minutes of the Regular Meeting of ..."), a status word
# before it ("Confirmed MINUTES OF ...")
_PAGE_NUMBER_START = regex.compile(
    # (not a day before its month: "5 MARCH 2024")
    rf"^\d{{1,3}}\s+(?!(?i:{_MONTH})\b)(?=(?:[A-Z]{{2,}}\b|(?i:minutes|confirmed|draft|approved|unconfirmed)\b))"
)
_STATUS_START = regex.compile(
    r"^(?i:confirmed|draft|approved|unconfirmed|unapproved|unofficial|official|signed)\s+(?=(?i:minutes)\b)"
)


def _title_line(line: str) -> str:
    """A title line as it was meant: no page number glued before it, no status word, no
    meeting number after it ("Student Council Meeting #14")."""
    # "HomeMy WebLinkAboutMinutes - ...": a document archive's crumb glued to the title (H40)
    line = regex.sub(r"^Home\s*My\s*WebLink\s*About\s*", "", line)
    # (H50) "= Foundation Board Minutes for Tuesday, June 19th 2018 =": a wiki's heading marks
    line = regex.sub(r"^(={1,4})\s*(\S.*?)\s*\1\s*$", r"\2", line)
    # (H49) "01-16-2007 Regular MeetingREGULAR MEETING OF THE ...": a page's label glued to the title
    line = regex.sub(r"(?<=[a-z]{3})(?=[A-Z]{3,}\b)", " ", line)
    # "ITEM 3 LOCAL ACCESS FORUM MINUTES of a meeting of ...": the agenda pack's item number (H41)
    line = regex.sub(r"^(?:ITEM|Item)\s+\d{1,3}[a-z]?\s+(?=[A-Z])", "", line)
    line = _STATUS_START.sub("", _PAGE_NUMBER_START.sub("", line))
    # "KPC(24)M07 Minutes of ...", "FGB/2025/03 Minutes of ...": the paper's reference first
    line = regex.sub(
        r"^[A-Z]{2,}[A-Z\d()/.-]*\d[A-Z\d()/.-]*\s+(?=(?i:minutes|notes|record)\s+of\b)", "", line
    )
    line = regex.sub(r"(?i)^[\[(](?:draft|approved|final|confirmed|unconfirmed)[\])]\s*", "", line)
    return regex.sub(r"(?i)(?<=meeting)\s+(?:#|no\.?\s*|number\s+)\d{1,4}$", "", line)


# "MVLG AGM", "TSC": a body known by its initials
_ACRONYM_BODY = regex.compile(
    # (not a status or a kind of meeting in capitals: "OPEN MINUTES", "DRAFT NOTES")
    rf"(?!(?i:{_ADJECTIVES}|draft|final|confirmed|approved|signed|minutes|notes|agenda|agm|egm)\b)"
    # (nor a form's label: "DATE:", "TIME", "VENUE", "PRESENT")
    r"(?!(?i:date|time|venue|location|place|present|absent|regrets|attending|subject|item|re)\b)"
    r"[A-Z]{2,6}(?:\s+(?:AGM|EGM|Board|Committee|Council))?"
)
# "September 2002 Board of Directors Meeting": a title line ending in "Meeting"
_BODY_MEETING_END = regex.compile(
    rf"^(?:(?:{_MONTH})\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}\s+)?(?P<body>[A-Z][\w'’&.,() -]{{2,80}}?)\s+meeting$",
    re.I,
)
# a date opening a name: "April 1, 2014 Academic Council", "20190530- TSC"
_LEADING_DATE = regex.compile(
    rf"(?i)^(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:{_MONTH})\.?,?\s+\d{{4}}|\d{{8}}|\d{{4}}-\d{{2}}-\d{{2}})"
    # "May 9, 2016 at 8:00 PM - Board of Education Regular Meeting" (H37)
    r"(?:\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*[-–—:,]?\s+(?=[A-Z])"
)


# Words glued in a flattened title: "General MeetingWednesday 16thDecember2015"
_GLUED = regex.compile(
    r"(?<=[a-z]{3})(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?<=\d(?:st|nd|rd|th))(?=[A-Z])|"
    r"(?<=[a-z])(?=(?:19|20)\d\d\b)"
)
# "20190530- TSC Meeting Notes": a compact date in a title
_COMPACT_DATE = regex.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


def _unglued(line: str) -> str:
    return _GLUED.sub(" ", line)


# "Youth Panel (01/04/2012 - 31/03/2024)": the years a body sat, not a meeting's date
_DATE_SPAN = regex.compile(
    r"\(\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*[-–—]\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|date|present|now)?\s*\)",
    re.I,
)


def _title_date(line: str) -> date | None:
    """A date in a title line, glued ("16thDecember2015") or compact ("20190530- TSC")."""
    line = _DATE_SPAN.sub(" ", line)
    if found := parse_date(_unglued(line)):
        return found
    if m := _COMPACT_DATE.search(line):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None


def _early_date(line: str) -> date | None:
    """The date in one of the first lines, unless words before it say it is another meeting's
    ("Minutes of the previous meeting held 3 May"); words after it do not ("... on 9 May
    2002. The meeting was called to order ... following ...")."""
    found = _title_date(line)
    if found is None:
        return None
    text = _unglued(_DATE_SPAN.sub(" ", line))
    ends = [
        m.end() for p in (_WORD_DATE, _US_WORD_DATE, _NUM_DATE, _ISO_DATE) if (m := p.search(text))
    ]
    end = min(ends) if ends else len(text)
    if _OTHER_MEETING.search(text[:end]):
        return None
    # "The minutes of the meeting held on 3 April were approved": another meeting's date
    after = regex.split(r"(?<=[.;])\s", text[end:], maxsplit=1)[0]
    return None if _APPROVED_AFTER.search(after) else found


_APPROVED_AFTER = regex.compile(
    r"(?i)\b(?:were|was|be|been)\s+(?:duly\s+)?(?:approved|confirmed|signed|adopted|accepted|agreed)\b"
)


# A line that is only a date: a blog post's or a web page's date above the minutes' title
_BARE_DATE = regex.compile(
    rf"(?i)^(?:(?:{_WEEKDAY}),?\s+)?(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?)\s+\d{{4}}$"
)
_TITLE_WORD = regex.compile(r"(?i)\b(?:minutes|mins|meeting|notes)\b")


_BODY_DASH_MEETING = regex.compile(
    r"^(?P<body>[A-Z].{2,80}?)\s*[-–—:]\s*(?:\w+\s+){0,2}meeting\b(?P<rest>.*)$", re.I
)
_KEY_LINE = regex.compile(
    # "Meeting Title: Patient Safety Group", "Name of meeting: X", "Date & Time: 12 March 2024, 14:00"
    r"^(?P<key>date(?:\s*(?:&|and)\s*time)?|time|committee|body|meeting(?:\s+(?:title|name))?|"
    r"(?:title|name)\s+of\s+(?:the\s+)?meeting|board|group|team|panel|forum)(?: of meeting)?\s*:\s*(?P<value>.+)$",
    re.I,
)
_DECISION_DATE_KEY = regex.compile(
    r"(?i)^(?:date\s+of\s+(?:the\s+)?(?:decision|meeting)|(?:decision|meeting)\s+date)\s*:\s*(?P<value>\S.{3,40})$"
)
_BODY_WORDS = regex.compile(
    r"\b(?:Council|Committee|Board|Cabinet|Panel|Trust|Governors|Governing Body|Trustees|Forum|"
    r"Group|Team|Assembly|Partnership|Commission|Society|Association|Executive|Court|Senate|"
    r"Foundation|Township|Shire|Borough|Authority|Club|Parish|Directors|Supervisors|"
    r"Selectmen|Vestry|Synod|Chapter|Consortium|Alliance|Network|Collective|Cooperative|"
    r"Co-operative|Co-op|Coop|Federation|Union|Guild|Institute|Academy|School|College|University|"
    # (H54) a church council and a working group by their initials: "PCC", "Governance WG"
    r"District|Municipality|PCC|WG)\b",
    re.I,
)
# A body named on its own line: "Fenwick Borough Council", "St Aidan's CE Primary School".
_COMMITTEE_NUMBER = regex.compile(
    r"(?i)(?:(?<=committee)|(?<=panel)|(?<=board))\s+(?:no\.?\s*\d{1,2}|\(\d{1,2}\))$"
)
_NAME_LINE = regex.compile(r"^[A-Z][\w'’&.,()-]*(?:\s+[\w'’&.,()-]+){0,9}$")
# A body that names nothing by itself: "Council", "Committee", "the Board".
_GENERIC_BODY = regex.compile(
    rf"^(?:the\s+)?(?:{_ADJECTIVES}\s+)*(?:council|committee|board|meeting|group|team|panel|"
    r"trustees|governors|members|cabinet|court|executive|directors|parish)$",
    re.I,
)
# Lines about another meeting: never the source of this meeting's date.
_OTHER_MEETING = regex.compile(
    r"\b(?:previous|last|next|prior|earlier|following|approved|approval|confirmed|signed|adopted|revised|"
    r"updated|published|printed|circulated|issued|page|posted)\b",
    re.I,
)
_ATTENDANCE = regex.compile(
    r"^(?:(?:governors|members|trustees|councillors|directors|committee|board)\s+present|present|attendees|attending|"
    r"attendance|in attendance|also present|also in attendance|officers(?: in attendance| present)?|"
    r"others?(?: also)? (?:in attendance|present|attending)|"
    r"apologies(?: for absence)?(?: received)?)\b\s*(?:from)?\s*(?:[:–—-]\s*(?P<rest>.*)|$)",
    re.I,
)
_TITLES = regex.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Revd|Rev|Cllr|Councillor|Councillors|Sir|Dame|Lady|Lord)\.?\s+)+"
)
# initials as minutes write them: "SB", "KMc" (Kim McLean), "DT-H" (Dee Tyler-Hart) (H43)
_INI = r"[A-Z](?:[A-Z]|Ma?c|-[A-Z]){1,3}"
_EXPLICIT_INITIALS = regex.compile(rf"\(({_INI})\)")
_NAMED_INITIALS = regex.compile(rf"\(([^()]{{2,60}}?),\s*({_INI})\)")
_ROLEISH = regex.compile(
    r"(?i)\b(?:chair|vice|clerk|secretary|treasurer|director|manager|officer|head|member|"
    r"governor|trustee|lead|executive|minute|note|observer|guest|part)\b"
)
_INITIALS_FIRST = regex.compile(rf"^({_INI})\s*[-–—:=]\s*(.+)$")


def parse_date(text: str) -> date | None:
    """The first explicit calendar date in ``text`` (day-first), or None."""
    candidates = []
    for pattern, order in (
        (_WORD_DATE, "dmy"),
        (_US_WORD_DATE, "mdy"),
        (_NUM_DATE, "dmy"),
        (_ISO_DATE, "ymd"),
    ):
        m = pattern.search(text)
        if m:
            candidates.append((m.start(), m, order))
    for _, m, order in sorted(candidates, key=lambda c: c[0]):
        groups = m.groups()
        if m.re is _NUM_DATE:
            groups = (groups[0], groups[2], groups[3])
            if int(groups[1]) > 12 >= int(groups[0]):
                order = "mdy"  # "01-16-2007": a month cannot be 16, so the month comes first
        parts = dict(zip(order, groups, strict=True))
        month = parts["m"]
        month = MONTHS.get(month.lower().rstrip(".")) if not month.isdigit() else int(month)
        try:
            return date(int(parts["y"]), int(month), int(parts["d"]))
        except (TypeError, ValueError):
            continue
    return None


def parse_time(text: str) -> str | None:
    """ "11.00 am" -> "11:00", "7.30pm" -> "19:30", "Time: 18:30" -> "18:30"."""
    if m := _TIME_12.search(text):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if m.group(3).lower() == "p" and hour < 12:
            hour += 12
        if m.group(3).lower() == "a" and hour == 12:
            hour = 0
    elif m := _TIME_24.search(text.strip()):
        hour, minute = int(m.group(1)), int(m.group(2))
    else:
        return None
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """Parse ``---`` delimited ``key: value`` front matter; returns (values, lines used)."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    values: dict[str, str] = {}
    for index, line in enumerate(lines[1:80], start=1):
        if line.strip() in ("---", "..."):
            return values, index + 1
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "-")):
            values[key.strip().lower()] = value.strip().strip("\"'")
    return {}, 0


_DECISION_MAKER = regex.compile(r"(?i)^decision[\s-]+maker\s*:\s*(?P<body>\S.{1,80})$")
_PERSON_POST = regex.compile(
    r"(?i)\b(?:member|portfolio|holder|leader|mayor|director|officer|manager|head|chief|executive\s+member)\b"
)


# The end of the title block: a numbered item ("1. Apologies", "2) Minutes"), a moderngov
# page's "Agenda item" / "Items" label, or a running sentence ("R.T. Halvorsen opened the call.")
_ITEM_START = regex.compile(
    r"(?i)^(?:\(?\d{1,2}(?:\.\d{1,2})?[.)]\s+\S|item\s+\d|agenda\s+item$|items$|no\.?\s+item$)"
)


_FROM_SITE = regex.compile(
    r"^\s*From\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}?)(?:\s+(?:Governance\s+)?Wiki)?\s*$"
)


def _crumb_body(line: str) -> str | None:
    """The last body a crumb trail names ("Home > Meetings > Audit Committee > Minutes")."""
    if not (_CRUMB.match(line) and regex.match(r"(?i)\s*home\s*[>»›/|]", line)):
        return None
    for part in reversed(regex.split(r"\s*[>»›/|]\s*", line.strip())[1:]):
        part = part.strip()
        if (
            _BODY_WORDS.search(part)
            and _title_cased(part)
            and not _GENERIC_BODY.match(part)
            and not regex.match(r"(?i)(?:your|our|about|find|all)\b", part)
            and _acceptable(part)
        ):
            return _tidy_body(part)
    return None


def _ends_title_block(line: str) -> bool:
    """Does this line end the title block (an item, or a sentence of the minutes' text)?"""
    line = line.lstrip("#*_ ").rstrip("*_ ")
    if _ITEM_START.match(line):
        return True
    words = line.split()
    return len(words) >= 4 and line.endswith((".", "!", "?", ":")) and not _title_cased(line)


# minutes titled by a sentence on their first line (H34): "The minutes of the Part 1 meeting of
# the Council of Governors of X held on ..."
_MINUTES_SENTENCE_TITLE = regex.compile(
    r"^The\s+minutes\s+of\s+(?:the|an?)\s+(?:(?i:part)\s+(?:[12]|one|two|I{1,2}|[AB])\s+)?"
    rf"(?:(?i:{_ADJECTIVES})\s+)*(?i:meeting)\s+of\s+(?:the\s+)?(?P<body>[A-Z][^.;]{{2,120}}?)\s+held\s+(?:on|at|in)\b"
)
# an action log's title (H33): "Trust Board Action Tracking List", "Summary of Actions from the
# Board meeting", "Audit Committee Actions Log"
_LOG_WORDS = regex.compile(
    r"(?i)\b(?:actions?\s+(?:tracker|tracking\s+list|log|sheet|schedule|register)|summary\s+of\s+actions)\b"
)
_LOG_TITLE_BODY = regex.compile(
    r"^(?P<before>(?:[A-Z][\w'’&-]*\s+){1,7}?)(?i:actions?\s+(?:tracker|tracking\s+list|log|sheet|schedule|register))\b"
    r"|(?i:summary\s+of\s+actions?\s+(?:from|of|arising\s+from)\s+(?:the\s+)?)(?P<after>(?:[A-Z][\w'’&-]*\s+){0,5}?[A-Z][\w'’&-]*)\s*(?i:meeting)"
)


# "Mr T Fraser", "Mrs K Mathieson", "Dr A J Ewing": a titled name in an attendance list (A60)
_TITLED_NAME = regex.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Cllr|Councillor|Revd|Rev)\.?\s+"
    r"(?P<given>[A-Z](?:[a-z'’-]+|\.?)(?:\s+[A-Z]\.?(?=\s))?)\s+(?P<surname>[A-Z][A-Za-z'’-]+)"
)


def titled_initials(lines: list[str]) -> set[str]:
    """The initials of the titled names in the first lines ("Mr T Fraser" -> "TF", "Mrs K
    Mathieson" -> "KM"): what an Action column's initials stand for (A60)."""
    found = set()
    for line in lines[:80]:
        for m in _TITLED_NAME.finditer(line):
            given = [g[0] for g in m["given"].replace(".", " ").split()]
            found.add("".join(given[:1]) + m["surname"][0])
            found.add("".join(given) + m["surname"][0])
    return found


# (H55) a web page's accessibility links and layout notes: "Skip Navigation", "Skip to main
# content", "This table is used for column layout."
_WEB_FURNITURE = regex.compile(
    r"(?i)^\s*(?:skip\s+(?:to\s+)?(?:navigation|main\s+content|content|main)|"
    r"this\s+table\s+is\s+used\s+for\s+(?:column\s+)?layout)\W*$"
)


def parse_meeting(
    lines: list[str], filename: str | None = None, default_date: date | None = None
) -> Meeting:
    """Find body, date, time, title and item in the first lines of the minutes."""
    meeting = Meeting()
    meta, used = front_matter(lines)
    if meta:
        meeting.body = (
            meta.get("body") or meta.get("committee") or meta.get("group") or meta.get("team")
        )
        meeting.title = meta.get("title")
        meeting.date = parse_date(meta.get("date", ""))
        meeting.time = parse_time(meta.get("time", "")) if meta.get("time") else None
        meeting.item = meta.get("item")
    head = [clean_line(y) for y in lines[used : used + 60]]
    # "From OSGeo" / "From Harbour Wiki": a wiki page's crumb names the site, the organisation
    site = next((m["org"] for x in head[:4] if (m := _FROM_SITE.match(x))), None)
    trail = next((b for x in head[:6] if (b := _crumb_body(x))), None)
    head = ["" if _CRUMB.match(x) or _WEB_FURNITURE.match(x) else x for x in head]
    head = _join_broken_titles([regex.sub(r"^[•·\-*]\s*", "", x) for x in head])
    head = [_title_line(x) if i < 4 else x for i, x in enumerate(head)]
    previous = ""
    names: list[str] = []  # bodies named on their own line, before the attendance list
    dated, seen = False, 0
    block_over = False  # past the title block: the first item or running sentence ends it
    early_line = ""  # the line the date in the first lines came from
    for index, line in enumerate(head):
        if not line:
            continue
        if _ATTENDANCE.match(line):
            break
        if block_over:
            # a line in the minutes' text names no body ("The committee approved the minutes
            # of the August meeting"); it may still give the date
            other = Meeting(date=meeting.date, time=meeting.time, item=meeting.item)
            _match_line(other, line, previous, head[index + 1 : index + 3])
            meeting.date, meeting.time, meeting.item = other.date, other.time, other.item
        else:
            had = meeting.body
            _match_line(meeting, line, previous, head[index + 1 : index + 3])
            block_over = meeting.body == had and _ends_title_block(line)
        if line.startswith("#") and not meeting.title:
            meeting.title = line.lstrip("# ").strip()
        bare = line.lstrip("#*_ ").rstrip("*_ ")
        if " | " in bare and seen < 3:
            # "Eastside Food Co-op | Board Meeting | March 3, 2022": the name is one cell
            bare = next(
                (c for c in bare.split(" | ") if _NAME_LINE.match(c) and _BODY_WORDS.search(c)),
                bare,
            )
        if (
            _NAME_LINE.match(bare)
            and _BODY_WORDS.search(bare)
            # "LICENSING SUB-COMMITTEE No.5", "PLANNING SUB-COMMITTEE (2)": a committee's number
            # is part of its name, not a date (H28)
            and not regex.search(r"\b\d", _COMMITTEE_NUMBER.sub("", bare))
            and not (block_over and not _ends_title_block(line))
            and not _is_venue(bare)
        ):
            if (
                _title_cased(bare)
                and not regex.search(r"(?i)\b(?:minutes|meeting|notes|agenda)\b", bare)
                and not (names and dated)
            ):
                # a second name under the date ("Montana State University, Havre") is the venue
                names.append(_tidy_body(bare))
        if seen < 3 and not block_over and regex.search(r"\s[-–—]\s", bare):
            # "4 March 2025 – Ordinary Meeting of Council – Minutes Shire of Elm": a cell of the
            # title line names the organisation the generic "Council" belongs to
            for cell in regex.split(r"\s+[-–—]\s+", bare)[1:]:
                cell = regex.sub(r"(?i)^(?:minutes|notes)\s+|\s+(?:minutes|notes)$", "", cell)
                if (
                    _NAME_LINE.match(cell)
                    and _BODY_WORDS.search(cell)
                    and _title_cased(cell)
                    and not regex.search(r"\d|(?i:\b(?:minutes|meeting|notes|agenda)\b)", cell)
                    and not _GENERIC_BODY.match(cell)
                    and not _is_venue(cell)
                ):
                    names.append(_tidy_body(cell))
        if regex.search(r"\b(?:19|20)\d\d\b", line):
            dated = True
        # (a whole document flattened onto one line: only its start is the title)
        probe = line if len(line) <= 300 else line[:120]
        if meeting.date is None and seen < 3:
            early = _early_date(probe)  # a date in the first lines is this meeting's, whatever
            if early is not None:  # an item further down says ("Minutes of ... held on ...")
                meeting.date = early
                early_line = probe
        seen += 1
        previous = line
    # "Publication date: 24/12/2019" above "Date of decision: 17/09/2019" (a moderngov decision
    # page): the labelled date of the meeting or decision beats any other date at the top
    for line in head:
        if (m := _DECISION_DATE_KEY.match(line.strip())) and (found := parse_date(m["value"])):
            meeting.date = found
            break
    # "Friday, October 19, 2012" / "Vestry Minutes - September 17, 2012": the post's date
    # first, then the title with the meeting's own
    lines_seen = [x for x in head[:6] if x.strip()]
    if lines_seen and _BARE_DATE.match(lines_seen[0].strip()):
        for later in lines_seen[1:3]:
            if _TITLE_WORD.search(later) and not _OTHER_MEETING.search(later):
                if (found := _title_date(later)) is not None:
                    meeting.date = found
                break
    if meeting.body and _GENERIC_BODY.match(_tidy_body(meeting.body)):
        # "Board Meeting Minutes 21 July 2022" over "Minutes of the Meeting of the Board of
        # the Rotary Club of Seaview": a later title line names the body
        for index, line in enumerate(head[:8]):
            if not line:
                continue
            if _ATTENDANCE.match(line):
                break
            if regex.match(r"(?i)\s*(?:next|previous|last)\s+(?:\w+\s+){0,2}meeting\b", line):
                continue  # "NEXT ORDINARY COUNCIL MEETING": another meeting's label (H29)
            other = Meeting()
            _match_line(other, line, "", head[index + 1 : index + 3])
            if other.body and not _GENERIC_BODY.match(_tidy_body(other.body)):
                meeting.body = other.body
                break
    if not meeting.body and meeting.title and _BODY_WORDS.search(meeting.title):
        meeting.body = _tidy_body(meeting.title)
    if names and meeting.body:
        # "Welcome to Elmfield Parish Council" above "Minutes of the Parish Council Meeting":
        # the fuller name of the same body
        tidy = _tidy_body(meeting.body)
        fuller = [
            n
            for n in names
            if n.lower().endswith(" " + tidy.lower()) and not regex.match(r"(?i)name\s+of\b", n)
        ]
        if fuller:
            meeting.body = fuller[-1]
        elif kind := regex.fullmatch(r"(?i)(parish|town|community|city|borough)\s+council", tidy):
            # "Hopton Castle Parish" over "Minutes of the Parish Council Meeting": the
            # place's council (H39)
            places = [n for n in names if n.lower().endswith(" " + kind[1].lower())]
            if places and len(places[-1].split()) <= 5:
                meeting.body = f"{places[-1]} Council"
    if names and (not meeting.body or _GENERIC_BODY.match(meeting.body)):
        named = [n for n in names if not _GENERIC_BODY.match(n)]
        # (H54) "Ross & Cromarty Sports Council" over "Dingwall Academy": a school named under
        # a council, committee or club is where it met
        governing = [n for n in named if not regex.search(r"(?i)\b(?:academy|school|college)$", n)]
        named = governing or named
        meeting.body = named[-1] if named else meeting.body or names[-1]
    if not meeting.body:
        meeting.body = _first_line_name(head, meeting.title)
    if not meeting.body:
        # a moderngov page names no meeting above its items: "The Chair welcomed all to the
        # Northfield Trust Board meeting" in the first minute names it
        for line in head:
            if m := _WELCOMED_TO.search(line):
                meeting.body = m["body"]
                break
    if meeting.body and _NAMES_NOTHING.match(meeting.body):
        # "Special Board of Trustee Meeting" over "the Alcott Family Association Board of
        # Trustees had a special meeting": the sentence names the body
        for line in head[:12]:
            if _ATTENDANCE.match(line):
                break
            if m := _BODY_MET.search(line):
                meeting.body = m["body"]
                break
    if meeting.body:
        meeting.body = _tidy_body(meeting.body)
    if not meeting.body or _NOT_A_BODY.search(meeting.body):
        meeting.body = _ranked_body(head, meeting.title)
    elif _GENERIC_BODY.match(meeting.body) and (ranked := _ranked_body(head, meeting.title)):
        meeting.body = meeting.body if _GENERIC_BODY.match(ranked) else ranked
    if meeting.body and _GENERIC_BODY.match(meeting.body):
        # "BOARD MEETING" over "The Morgan Valley Board of Commissioners met in ...": the
        # opening sentence names the same kind of body in full
        kind = regex.sub(rf"(?i)^(?:the\s+)?(?:{_ADJECTIVES}\s+)*", "", meeting.body).lower()
        for line in head:
            m = _BODY_MET.search(line[:300])
            if m and kind in m["body"].lower().split() and _acceptable(m["body"]):
                meeting.body = _tidy_body(m["body"])
                break
    if meeting.body and _ORGANISATION.match(meeting.body) and (kind := _kind_under(head)):
        # "Buckinghamshire New University" over "Council" / "COUNCIL MEETING NO 5": a
        # university's minutes under its name are its council's, senate's or court's (H24)
        meeting.body = f"{meeting.body} {kind}"
    elif meeting.body and _BARE_KIND.match(meeting.body) and (org := _organisation_over(head)):
        # "WESTMOOR UNIVERSITY" over "SENATE": the same, the other way round (H24)
        meeting.body = f"{org} {_tidy_body(meeting.body).capitalize()}"
    elif meeting.body and _ITS_COMMITTEE.match(meeting.body) and (club := _club_over(head)):
        meeting.body = f"{club} {meeting.body}"
    if site and meeting.body and _GENERIC_BODY.match(meeting.body):
        # "Board Meeting 2020-07-27" on the page "From OSGeo": the organisation's board
        meeting.body = f"{site} {meeting.body}"
    for line in head[:16]:
        # a moderngov decision notice: "Decision Maker: Cabinet" names the body that decided
        m = _DECISION_MAKER.match(line.strip())
        if m and _BODY_WORDS.search(m["body"]) and not _PERSON_POST.search(m["body"]):
            meeting.body = _tidy_body(m["body"])
            break
    if not meeting.body or _LOG_WORDS.search(meeting.body):
        # "TRUST BOARD ACTION TRACKING LIST", "Summary of Actions from the Board meeting on
        # ...": an action log's title names the body whose log it is, not a body (H33)
        for line in head[:8]:
            m = _LOG_TITLE_BODY.search(line.strip())
            if m and _BODY_WORDS.search(body := m["before"] or m["after"] or ""):
                meeting.body = _tidy_body(regex.sub(r"^(?i:in)\s+", "", body))
                break
    first_line = next((x.strip() for x in head if x.strip()), "")
    if (not meeting.body or _GENERIC_BODY.match(meeting.body)) and (
        m := _MINUTES_SENTENCE_TITLE.match(first_line)
    ):
        # "The minutes of the Part 1 meeting of the Council of Governors of Poole Hospital NHS
        # Foundation Trust held on 27 April 2017": a sentence for a title, on the first line (H34)
        meeting.body = _tidy_body(m["body"])
    if not meeting.body and trail:
        # "Home > Council and democracy > Meetings > Audit Committee": the page's crumb trail
        meeting.body = trail
    if not meeting.body:
        # "March 2025 Elm County Council Minutes.doc page 1 of 9": the page's running footer
        # names the document, and so the body, when no title does
        for line in lines[used : used + 400]:
            m = _FOOTER_NAME.match(clean_line(line).strip())
            if m and _BODY_WORDS.search(m["body"]) and not _GENERIC_BODY.match(m["body"]):
                if _acceptable(body := _tidy_body(m["body"])):
                    meeting.body = body
                    break
    if not meeting.body and head and head[0].strip().lower() == "agenda item":
        # a moderngov item page: "Agenda item" over "Attendance of X at the Standards
        # Committee", the item's title ending in the body it came to (H25)
        title = next((x.strip() for x in head[1:4] if x.strip()), "")
        if (m := _ITEM_TITLE_BODY.search(title)) and _acceptable(m["body"]):
            meeting.body = _tidy_body(m["body"])
    if not meeting.body:
        # no title names it: the minutes' own words about their body (the last minutes
        # confirmed, "The Panel considered" with the full name elsewhere, "The IAB discussed")
        meeting.body = _self_named([clean_line(x) for x in lines[used : used + 400]])
    if meeting.body and regex.fullmatch(r"[A-Z]{2,6}", meeting.body):
        # "NTHS Minutes - June 2007" over "... the meeting of the North Tolsta Historical
        # Society at ...": the name the initials stand for, when the first lines spell it (H37)
        meeting.body = _spelt_out(meeting.body, head[:15]) or meeting.body
    if (start := _after_covering_letter(lines[used : used + 80])) is not None:
        # a pack's covering letter ("Dear Councillor ... I enclose the minutes"), its own date
        # and the next meeting's above the minutes: the minutes' title block is this meeting's
        inner = parse_meeting(lines[used + start :])
        meeting.date = inner.date or meeting.date
        meeting.body = inner.body or meeting.body
        early_line = ""
    if meeting.date is not None and early_line:
        meeting.date = _spelt_date(head[:10], early_line, meeting.date) or meeting.date
        meeting.date = _own_title_date(head, meeting.body, early_line) or meeting.date
        meeting.date = _held_on_date(head, early_line) or meeting.date
        meeting.date = _met_on(early_line, meeting.date) or meeting.date
    if meeting.date is None:
        meeting.date = _agenda_date(lines[used : used + 400])
    if meeting.date is None:
        # "The meeting was held on 5 March 2024 at the Town Hall." below the attendance
        meeting.date = _held_sentence_date(lines[used : used + 80])
    if meeting.date is None:
        meeting.date = _dateline(head)
    if meeting.date is None and filename:
        meeting.date = parse_date(filename)
    if meeting.date is None:
        meeting.date = default_date
    return meeting


_DEAR = regex.compile(
    r"(?i)^dear\s+(?:councillors?|members?|sirs?|madam|colleagues?|all|governors?|trustees?)\b"
)
_LETTER_END = regex.compile(
    r"(?i)^(?:this\s+page\s+(?:is\s+)?(?:intentionally\s+)?left\s+blank|agenda\s+item\s+\d+[a-z]?)\.?$"
)


# An organisation that meets through a body of its own: "Buckinghamshire New University",
# "University of Melbourne", "Elm Valley College"
_ORGANISATION = regex.compile(
    r"(?i)^(?:the\s+)?(?:[\w'’&.-]+\s+){0,5}(?:university|college|institute|polytechnic)"
    r"(?:\s+of\s+[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3})?$"
)
# Its body, alone on a line ("Council", "COUNCIL MEETING NO 5") or in the opening sentence
# ("A meeting of the Council was held")
_KIND_LINE = regex.compile(
    r"(?i)^(?:the\s+)?(?P<kind>council|senate|court|board\s+of\s+governors|governing\s+body)"
    r"(?:\s+(?:meeting|minutes)\b.*)?$"
)
_KIND_SENTENCE = regex.compile(
    r"\b(?i:meeting)\s+(?i:of)\s+(?i:the)\s+(?P<kind>Council|Senate|Court|Board\s+of\s+Governors|"
    r"Governing\s+Body)\s+(?:was|were)\s+(?:held|convened)\b"
)
_BARE_KIND = regex.compile(r"(?i)^(?:the\s+)?(?:council|senate|court)$")
# (H53) A club's, society's or foundation's name alone on a line above a title that names only
# its committee: "GREAT CHART CRICKET CLUB" over "Minutes of Management Committee Meeting"
_CLUB = regex.compile(
    r"(?i)^(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}\s+(?:club|society|foundation|association|"
    r"league|charity|co-?operative|fellowship|guild|institute)$"
)
_ITS_COMMITTEE = regex.compile(
    r"(?i)^(?:(?:management|executive|general|steering|community|main|club)\s+)?"
    r"(?:committee|board|directors|trustees)$"
)


def _club_over(head: list[str]) -> str | None:
    for line in head[:4]:
        if _ATTENDANCE.match(line):
            break
        text = line.strip(" #*_")
        if _CLUB.match(text) and _NAME_LINE.match(text):
            return _tidy_body(text)
    return None


def _organisation_over(head: list[str]) -> str | None:
    """A university's name alone on a line of the title block."""
    for line in head[:8]:
        if _ATTENDANCE.match(line):
            break
        text = line.strip(" #*_")
        if _ORGANISATION.match(text) and _NAME_LINE.match(text):
            return _tidy_body(text)
    return None


def _kind_under(head: list[str]) -> str | None:
    """The university's own body the title block or the opening sentence names."""
    for line in head[:14]:
        if _ATTENDANCE.match(line):
            break
        text = line.strip(" #*_")
        if m := (_KIND_LINE.match(text) or _KIND_SENTENCE.search(text[:300])):
            words = m["kind"].lower().split()
            return " ".join(w if w == "of" else w.capitalize() for w in words)
    return None


def _after_covering_letter(lines: list[str]) -> int | None:
    """Where the minutes start after a covering letter: the first blank page or "Agenda Item
    5" heading after a "Dear Councillor" line, or None when there is no letter."""
    dear = next((i for i, x in enumerate(lines[:20]) if _DEAR.match(clean_line(x))), None)
    if dear is None:
        return None
    for index in range(dear + 1, len(lines)):
        if _LETTER_END.match(clean_line(lines[index]).strip()):
            rest = lines[index + 1 :]
            if rest and not _LETTER_END.match(clean_line(rest[0]).strip()):
                return index + 1
    return None


_TRAILING_DATE = regex.compile(
    rf"(?:\s+(?:meeting|minutes|notes|call|sync))*\s*[,:]?\s*(?:\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?\s+\d{{4}}|"
    rf"(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})$",
    re.I,
)


# A body of body words only: "Special Board of Trustee Meeting", "Regular Board Meeting"
_NAMES_NOTHING = regex.compile(
    rf"(?i)^(?:(?:the|of|and|meeting|{_ADJECTIVES[3:-1]}|board|trustees?|directors|council|committee|"
    r"governors|members|executive)\s*)+$"
)
# "the Alcott Family Association Board of Trustees had a special meeting", "... met on"
_BODY_MET = regex.compile(
    r"\b[Tt]he\s+(?P<body>(?:[A-Z][\w'’&-]*\s+){1,8}?(?:Board\s+of\s+(?:Trustees|Directors|Governors|"
    r"(?:County\s+)?Commissioners|Supervisors|Education|Selectmen)|"
    r"Board|Council|Committee|Trustees|Association|Society))\s+(?:had|held|met)\b"
)


# "MINUTES OF THE" / "BOARD OF DIRECTORS MEETING OF THE" / "RIVERSIDE WATER DISTRICT": a
# title broken over lines, each ending in a word that cannot end it
_BROKEN_END = regex.compile(r"(?i)\b(?:of|of\s+the|the|and|for)$")


def _join_broken_titles(head: list[str]) -> list[str]:
    out = list(head)
    for index in range(min(len(out), 8) - 1):
        line = out[index]
        if line and len(line) < 80 and _BROKEN_END.search(line) and out[index + 1]:
            if not _ATTENDANCE.match(out[index + 1]):
                out[index + 1] = f"{line} {out[index + 1]}"
                out[index] = ""
    return out


_WELCOMED_TO = regex.compile(
    r"\bwelcomed\s+(?:\w+\s+){0,3}?to\s+(?:the\s+|this\s+)?(?P<body>(?:[A-Z][\w'’&-]*\s+){0,8}?"
    r"(?:Board|Council|Committee|Trust|Panel|Cabinet|Forum|Senate|Court|Assembly|Trustees|Governors))"
    r"\s+(?:meeting|Meeting)\b"
)


def _first_line_name(head: list[str], title: str | None) -> str | None:
    """No body word anywhere: the Markdown title, or a short name on the first line
    ("Hope Street Foodbank"), is the best there is."""
    if title:
        name = regex.split(r"\s+[-–—|]\s+|\s*\(", title)[0].strip()
        # "Loom TSC meeting 2024-09-18": the date (and "meeting") after the name
        name = _TRAILING_DATE.sub("", name).strip()
        if name and not regex.search(r"\d", name):
            return name
    first = next((x.lstrip("#*_ ").rstrip("*_ ") for x in head if x.strip()), "")
    if (
        first
        and len(first.split()) <= 6
        and not regex.search(r"\d", first)
        and not regex.match(
            r"(?i)\W*(?:minutes|agenda|draft|notes|meeting|present|apologies)\b", first
        )
        # "Miontuairiscí / Meeting Minutes", "Project Wiki / Board Meetings": a heading or a
        # page of minutes, not a name
        # ("Youth Parliament Archives" is the body's own page)
        and not regex.search(r"(?i)\b(?:minutes|meetings|agenda)\b|\barchives?\s+\S", first)
        # "Contact: Democratic Services": a page's label and its value, not a name
        and not regex.match(r"[\w ]{2,24}:\s", first)
        # "No. | Item |": a table's column heads
        and "|" not in first
        and _title_cased(first)
    ):
        return first
    return None


def _prose(text: str) -> bool:
    """Most longer words in lower case: a sentence ("The Chair then took the Committee")."""
    words = [w for w in regex.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) < 0.5 * len(words)


def _title_cased(line: str) -> bool:
    """Most longer words capitalised: a name ("St Aidan's CE Primary School"), not prose."""
    words = [w for w in regex.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _dateline(head: list[str]) -> date | None:
    """The first date in the title block, before the attendance list.

    A line that opens with a date wins ("Thursday 2 May 2024, 10:00"); otherwise the
    first date on a title line ("Board of Directors Meeting Minutes – 2024-03-05"),
    skipping lines about another meeting ("Previous meeting: 21 March 2024").
    """
    candidates: list[date] = []
    for line in head:
        if _ATTENDANCE.match(line):
            break
        opening = regex.sub(
            r"^(?:(?:meeting\s+)?held\s+on|date:?)\s+", "", line.lstrip("*_# "), flags=re.I
        )
        if m := _WORD_DATE.match(opening):
            return parse_date(m.group(0))
        if m := _REF_DATE.search(line):
            # "Strategy Update (HWB.05.04.2016/6)": the minute's reference carries the date
            try:
                return date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                pass
        if _OTHER_MEETING.search(line):
            continue
        # "circulate the draft to all partners by 30 April 2016": a deadline, not the meeting
        probe = _DEADLINE_DATE.sub(" ", line)
        if found := parse_date(probe):
            candidates.append(found)
    return candidates[0] if candidates else _partial_date(head)


# "(HWB.05.04.2016/6)", "[CAB.12.03.2019/4]": a minute reference built from the meeting's date
_REF_DATE = regex.compile(
    r"[(\[][A-Z]{2,8}[.\-/](?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)/\d{1,3}[)\]]"
)
_DEADLINE_DATE = regex.compile(
    rf"(?i)\b(?:by|before|until|no\s+later\s+than|deadline\s+(?:of|is)?|due)\s+(?:(?:the\s+)?end\s+of\s+)?"
    rf"(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\.?,?\s+\d{{4}}|"
    rf"(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
)


def _own_title_date(head: list[str], body: str | None, early_line: str) -> date | None:
    """ "PGB-15-73 Governing Body Meeting in Public 16 June 2015" (the pack the minutes went to)
    above "Quality Committee Meeting Minutes Tuesday 14 April 2015": when the first dated line
    does not name the body and a later title line names it with a date, that date is this
    meeting's."""
    if not body or len(body) < 4 or body.lower() in early_line.lower():
        return None
    for line in [x for x in head if x][:8]:
        if _ATTENDANCE.match(line) or _ends_title_block(line):
            break
        if (
            body.lower() in line.lower()
            and _TITLE_WORD.search(line)
            and not _OTHER_MEETING.search(line)
            and (found := _early_date(line))
        ):
            return found
    return None


_HELD_PHRASE = regex.compile(
    r"(?i)\b(?:held|took\s+place|meeting\s+(?:of|on)|minutes\s+of)\s+(?:on\s+)?(?P<rest>.{6,60})"
)


def _held_on_date(head: list[str], early_line: str) -> date | None:
    """ "Report of the Chair – 1 March 2024" above "Minutes of the meeting of 5 March 2024": a
    date on a line that says nothing of a meeting gives way to the title block's "held on"."""
    if _TITLE_WORD.search(early_line) or _HELD_PHRASE.search(early_line):
        return None
    for line in [x for x in head if x][:8]:
        if _ATTENDANCE.match(line) or _ends_title_block(line):
            break
        if line == early_line or _OTHER_MEETING.search(line):
            continue
        if (m := _HELD_PHRASE.search(line)) and (found := parse_date(m["rest"])):
            return found
    return None


# "The meeting was held on 5 March 2024", "This meeting took place on Tuesday 5 March 2024"
_HELD_SENTENCE = regex.compile(
    r"(?i)\b(?:the|this)\s+meeting\s+(?:was\s+held|took\s+place|was\s+convened)\s+(?:on\s+)?(?P<rest>.{6,50})"
)


def _held_sentence_date(lines: list[str]) -> date | None:
    for line in lines:
        if (m := _HELD_SENTENCE.search(line)) and not _OTHER_MEETING.search(line[: m.start()]):
            if found := parse_date(m["rest"]):
                return found
    return None


_MET_ON = regex.compile(
    rf"(?i)\b(?:met|was\s+held|were\s+held|convened)\s+on\s+(?:{_WEEKDAY},?\s+)?(?:(?P<mon>{_MONTH})\.?\s+"
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH}))\b"
    r"(?!,?\s+\d{4})"
)


def _met_on(line: str, stamp: date) -> date | None:
    """ "date 2021-06-09 The X Board met on June 1, with ...": a page's date stamp, then the
    sentence saying when the body met, without its year: the stamp gives the year."""
    if (m := _MET_ON.search(line)) is None:
        return None
    month = MONTHS[(m["mon"] or m["mon2"]).lower().rstrip(".")]
    try:
        when = date(stamp.year, month, int(m["day"] or m["day2"]))
    except ValueError:
        return None
    return when if when <= stamp else None


# "THAT the Agenda for the Parks Advisory Committee meeting of May 2, 2019 be adopted": the
# agenda adopted is this meeting's, and so is its date (the minutes adopted are another's)
_AGENDA_FOR = regex.compile(
    r"(?i)\bagenda\s+for\s+(?:the\s+|this\s+)?(?:[\w&'’.-]+\s+){0,8}?meeting\s+(?:of|held\s+on|on|dated)\s+"
    r"(?P<rest>.{6,40})"
)


def _agenda_date(lines: list[str]) -> date | None:
    for line in lines:
        for m in _AGENDA_FOR.finditer(line):
            if found := parse_date(m["rest"]):
                return found
    return None


# "Trustee Meeting -10/17/23": a two-digit year (the order told by a part over 12)
_SHORT_YEAR = regex.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/.])")
# "On Sunday, July 15th, the Board ...": no year in the title block
_NO_YEAR = regex.compile(
    rf"\b(?:({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}))\b"
    rf"(?!,?\s+\d{{4}})",
    re.I,
)


_WORD_SHORT_YEAR = regex.compile(
    rf"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+'?(\d{{2}})(?![\d:])"
)
_ANY_SHORT_DATE = regex.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(?:\d{2}|\d{4})(?![\d/.])")
# US spelling and money: month first in "5/10/11"
_US_SIGNS = regex.compile(r"\$\d|\b(?:favor|color|honor|center|program|organization|labor)\b")


def _numeric_order(head: list[str], a: int, b: int) -> tuple[int, int]:
    """(month, day) for an ambiguous "a/b/yy": the order another date in the text shows (a part
    over 12), else month first where the text spells and counts money the US way; else none."""
    text = "\n".join(head)
    for m in _ANY_SHORT_DATE.finditer(text):
        first, second = int(m[1]), int(m[2])
        if first > 12 >= second:
            return b, a
        if second > 12 >= first:
            return a, b
    return (a, b) if _US_SIGNS.search(text) else (0, 0)


def _partial_date(head: list[str]) -> date | None:
    """A title-block date with a two-digit year, or a month and day whose year a later line
    gives ("On Sunday, July 15th, ..." then "... called to order ... on July 15, 2018")."""
    title = []
    for line in head:
        if _ATTENDANCE.match(line):
            break
        title.append(line)
    for line in title[:4]:
        if (m := _SHORT_YEAR.search(line)) and not _OTHER_MEETING.search(line):
            a, b, year = int(m[1]), int(m[3]), 2000 + int(m[4])
            month, day = (b, a) if a > 12 >= b else (a, b) if b > 12 >= a else (0, 0)
            if a == b:
                month, day = a, a  # "05.05.15": either order gives the same day
            if (month, day) == (0, 0):
                month, day = _numeric_order(head, a, b)  # "5/10/11": the document's own order
            if (month, day) == (0, 0) and m[2] == ".":
                month, day = b, a  # "10.06.08": dots are written day first
            try:
                return date(year, month, day)
            except ValueError:
                return None  # 03/04/24: the order cannot be told
    for line in title[:4]:
        # "Thursday 19th September 02": a two-digit year after the month
        if (m := _WORD_SHORT_YEAR.search(line)) and not _OTHER_MEETING.search(line):
            try:
                return date(2000 + int(m[3]), MONTHS[m[2].lower().rstrip(".")], int(m[1]))
            except (ValueError, KeyError):
                return None
    for line in title[:6]:
        if not (m := _NO_YEAR.search(line)):
            continue
        month = MONTHS[(m[1] or m[4]).lower()]
        day = int(m[2] or m[3])
        for later in head:
            for pattern in (_WORD_DATE, _US_WORD_DATE):
                for found in pattern.finditer(later):
                    when = parse_date(found.group(0))
                    if when and (when.month, when.day) == (month, day):
                        return when
        # "Monthly Meeting Minutes" / "May 2022" / "The meeting was held on May 3 at 7pm."
        for other in title[:6]:
            if (y := _MONTH_YEAR.match(other.strip())) and MONTHS[y[1].lower()] == month:
                try:
                    return date(int(y[2]), month, day)
                except ValueError:
                    return None
        return None
    return None


_MONTH_YEAR = regex.compile(rf"(?i)^({_MONTH})\.?,?\s+((?:19|20)\d\d)$")


_VENUE_BODY_DATE = regex.compile(
    rf"^(?P<venue>[^,]{{2,60}}),\s+(?P<body>[A-Z][^,]{{2,80}}?)\s+[-–—]\s+(?P<rest>{_WEEKDAY},?\s+\d.*)$",
    re.I,
)
_PLACE_BEFORE_BODY = (
    r"(?i)/|\b(?:teams|zoom|webex|virtual|online|remote|hybrid|room|hall|chamber|offices?|"
    r"centre|center|house|library|building|suite)\b"
)
_BODY_MEETING_SHORT_DATE = regex.compile(
    rf"^(?:{_ADJECTIVES}\s+)*(?P<body>[A-Z][\w'’&() -]{{1,60}}?)\s+meeting\s*(?:[-–—]\s*)?"
    rf"(?:(?i:{_MONTH})\s+\d{{2}}|(?P<us>\d{{1,2}}-\d{{1,2}}-\d{{2}}))$",
    re.I,
)


def _spelt_date(head: list[str], early_line: str, found: date) -> date | None:
    """ "Minutes TC 11/05/2001" over "NOVEMBER 5, 2001": a numeric date that reads either way
    (day first gave 11 May) is the one the title spells out in words (H41)."""
    m = _NUM_DATE.search(early_line)
    if not m or int(m[1]) > 12 or int(m[3]) > 12 or m[1] == m[3]:
        return None
    try:
        swapped = date(found.year, found.day, found.month)
    except ValueError:
        return None
    for line in head:
        for pattern in (_WORD_DATE, _US_WORD_DATE):
            for w in pattern.finditer(line):
                if parse_date(w[0]) == swapped:
                    return swapped
    return None


_CAPITALISED_RUN = regex.compile(
    r"[A-Z][\w'’-]*(?:(?:\s+(?:of|and|for|the|&))*\s+[A-Z][\w'’-]*){1,7}"
)


def _spelt_out(acronym: str, lines: list[str]) -> str | None:
    """The capitalised words in ``lines`` whose initials are ``acronym`` ("North Tolsta
    Historical Society" for NTHS), or None."""
    for line in lines:
        for m in _CAPITALISED_RUN.finditer(line):
            words = [w for w in m[0].split() if w[:1].isupper()]
            for start in range(len(words) - len(acronym) + 1):
                run = words[start : start + len(acronym)]
                if "".join(w[0] for w in run) == acronym and not any(w.isupper() for w in run):
                    first = m[0].index(run[0])
                    last = m[0].index(run[-1], first) + len(run[-1])
                    return m[0][first:last]
    return None


def _match_line(meeting: Meeting, line: str, previous: str, following: list[str]) -> None:
    line = _DATE_SPAN.sub("", line.lstrip("#*_ ").replace("**", ""))
    if m := _TITLE_CELL.search(line):
        # "Head Teacher: A Reid / Minutes of the Full Governing Body Meeting": a flattened
        # letterhead's cells; the title is the cell that opens with "Minutes of"
        line = line[m.start("title") :]
    if m := _MEETING_COLON.match(line):
        meeting.body = meeting.body or m["body"].strip()
        meeting.date = meeting.date or parse_date(m["date"])
        if item := _ITEM.search(line):
            meeting.item = meeting.item or item.group(1)
        return
    if m := _MINUTES_OF.match(line):
        body = (m["body"] or "").strip(" ,.-–")
        # "Minutes of the March 3, 2022 meeting of the Friends of Elm Park"
        body = _DATED_MEETING_OF.sub("", body)
        body = _TRAILING_DATE.sub("", body).strip(" ,.-–")  # "... Airport Authority July 12, 2013"
        body = regex.sub(r"\s+(?:19|20)\d\d$", "", body)  # "... of Woodend Landcare 2017"
        body = regex.sub(
            r"(?i)\s+meeting\s*(?:#|no\.?\s*)\d+\b.*$", "", body
        )  # "X meeting #11" (H54)
        # "... of the Standards Panel, 7.5.2024": a numeric date after the name
        body = regex.sub(
            r"^(?P<name>[^\d#]+?)[,\s]+\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$", r"\g<name>", body
        )
        if regex.match(rf"(?i)(?:{_WEEKDAY}|\d|on\b|held\b)", body) or parse_date(body):
            body = ""  # "Minutes of meeting, Wednesday 25 September 2024, school library"
        if (
            body
            and not _BODY_WORDS.search(body)
            and regex.search(r"(?i)\bmeeting\s+of\s", line)
            and _title_cased(body)
        ):
            # "Minutes of the Annual General Meeting of Avon Landcare": named after "of"
            named = regex.sub(r"(?i)^.*\bmeeting\s+of\s+(?:the\s+)?", "", body)
            if kind := regex.match(
                r"(?:(?:Management|Executive|General)\s+)?Committee\b(?=\s+(?i:meeting)\s+of\b)",
                body,
            ):
                named = f"{_tidy_body(named)} {kind[0]}"  # "... the Committee Meeting of X" (H38)
            meeting.body = meeting.body or _tidy_body(named)
        part = _tidy_body(body) if body else ""
        if (
            regex.fullmatch(r"(?i)cabinet|executive", part)
            and _BODY_WORDS.search(previous or "")
            and regex.search(r"(?i)\b(?:council|authority)$", previous.strip())
        ):
            # "Minutes of a meeting of the Cabinet" under "Ashford Borough Council": the
            # council's cabinet, not the council
            body = f"{previous.strip()} {part}"
        elif not body or not _BODY_WORDS.search(body) or _GENERIC_BODY.match(body):
            body = previous if _BODY_WORDS.search(previous or "") and len(previous) < 90 else body
        if body and _BODY_WORDS.search(body) and not meeting.body:
            meeting.body = _tidy_body(body)
        rest = m["rest"] or " ".join(x for x in following if x.lower().startswith("held"))
        _date_time_item(meeting, rest)
        return
    if m := _MEETING_OF.match(line):
        name = m["body"].strip()
        if _BODY_WORDS.search(name) or (
            # "Meeting of the Annie Porter Ainsworth Memorial Library": a name is a body
            2 <= len(name.split()) <= 8 and _title_cased(name) and not regex.search(r"\d", name)
        ):
            meeting.body = meeting.body or _tidy_body(m["body"])
        _date_time_item(meeting, m["rest"] or "")
        return
    if m := _DATE_MEETING.match(line):
        # "12/20/2011 Regular Meeting FIRE PROTECTION AREA NO.1 BOARD"
        if _BODY_WORDS.search(m["body"]):
            meeting.body = meeting.body or _tidy_body(m["body"])
            a, b, year = (int(x) for x in m["date"].split("/"))
            if meeting.date is None and (a <= 12 or b <= 12):
                try:  # day first unless the day cannot be (a US date: 12/20/2011)
                    meeting.date = date(year, b, a) if b <= 12 else date(year, a, b)
                except ValueError:
                    pass
            return
    if (
        (m := _VENUE_BODY_DATE.match(line))
        and _BODY_WORDS.search(m["body"])
        # (a place, not the first part of a name: "Leicester, Leicestershire and Rutland ...")
        and regex.search(_PLACE_BEFORE_BODY, m["venue"])
    ):
        # "MS Teams/Virtual, Police and Crime Panel - Thursday, 4th February, 2021 10.00 am":
        # a moderngov meeting page's heading, the venue first (H36)
        meeting.body = meeting.body or _tidy_body(m["body"])
        _date_time_item(meeting, m["rest"])
        return
    if (m := _BODY_MEETING_SHORT_DATE.match(line)) and _BODY_WORDS.search(m["body"]):
        # "Regular Board Meeting 3-18-08", "Village Hall Trust meeting - September 15": a
        # title whose date has a two-digit year (H36)
        meeting.body = meeting.body or _tidy_body(m["body"])
        if meeting.date is None and m["us"]:
            a, b, year = (int(x) for x in m["us"].split("-"))
            if b > 12 >= a:  # month first only where the day shows it (3-18-08)
                try:
                    meeting.date = date(2000 + year if year < 70 else 1900 + year, a, b)
                except ValueError:
                    pass
        return
    if m := _NAME_OF_LABEL.match(line):
        # "Name of Committee Union Council" (a form's label, its colon lost): the name follows
        meeting.body = meeting.body or _tidy_body(m["value"])
        return
    if (m := _MINUTES_COLON_BODY.match(line)) and _BODY_WORDS.search(m["body"]):
        meeting.body = meeting.body or _tidy_body(_TRAILING_DATE.sub("", m["body"]))
        _date_time_item(meeting, m["body"])
        return
    if (m := _MINUTES_YEAR_INITIALS.match(line)) and _ACRONYM_BODY.fullmatch(m["body"]):
        # "Draft minutes 2025 HCA AGM": the minutes of the year's AGM of the body so known
        meeting.body = meeting.body or m["body"]
        return
    line = _LEADING_DATE.sub("", line)
    if (m := _BODY_MEETING_END.match(line)) and (
        _BODY_WORDS.search(m["body"]) or _ACRONYM_BODY.fullmatch(m["body"])
    ):
        meeting.body = meeting.body or _tidy_body(m["body"])
        return
    for pattern in (_BODY_DASH_MINUTES, _BODY_DASH_MEETING, _BODY_MEETING_DATE, _BODY_THEN_DATE):
        if (
            (m := pattern.match(line))
            and (_BODY_WORDS.search(m["body"]) or _ACRONYM_BODY.fullmatch(m["body"].strip()))
            # "The Authority has reviewed the minutes of ...": a sentence, not a title
            and not regex.search(r"\b(?:has|have|had|was|were|is|are)\s+[a-z]+", m["body"])
            # "The Chair then took the Committee through the minutes": prose, not a name
            and not _prose(m["body"])
            # "HomeMy WebLinkAbout02-04-09 Board Minutes 1": a web page's crumbs, not a name
            and not _DATE_LIKE.search(m["body"])
            # "2013-06-05 Minutes Final X Authority June 5, 2013 Page 1": a page's running head
            and not (
                pattern is _BODY_THEN_DATE
                and (
                    regex.search(r"(?i)\b(?:minutes|agenda|notes|page)\b", m["body"])
                    or regex.search(
                        r"(?i)\b(?:met|held|on|at|in|was|were|will|from|to)$", m["body"]
                    )
                    # "To update Cabinet on the visit on 7 - 8 July 2021": a sentence
                    or regex.search(r"\d|^(?i:to)\b", m["body"])
                    # (a long name ending in its kind is still a name: "Adult Care and Health
                    # Policy Development and Scrutiny Committee - Tuesday 12 January 2016", H40)
                    or len(m["body"].split())
                    > (
                        14
                        if regex.search(
                            r"(?i)\b(?:committee|board|panel|council|cabinet|authority|forum|group)$",
                            m["body"].strip(),
                        )
                        else 8
                    )
                )
            )
        ):
            meeting.body = meeting.body or _tidy_body(m["body"])
            if not _OTHER_MEETING.search(m["rest"]):
                _date_time_item(meeting, m["rest"])
            return
    if m := _KEY_LINE.match(line):
        key, value = m["key"].lower(), m["value"]
        if key.startswith("date"):
            _date_time_item(meeting, value)
        elif key == "time":
            meeting.time = meeting.time or parse_time("time: " + value)
        elif not meeting.body:
            # "Meeting: Tuesday, 5th March, 2024 7.00 pm - Cabinet": the date, then the body
            parts = regex.split(r"\s+[-–—|]\s+", value)
            dated = [p for p in parts if parse_date(p)]
            named = [p for p in parts if not parse_date(p) and not regex.search(r"\d", p)]
            if len(parts) > 1 and dated and named:
                _date_time_item(meeting, dated[0])
                value = named[0]
            meeting.body = _tidy_body(value)


_MINUTES_YEAR_INITIALS = regex.compile(
    r"^(?i:minutes|notes)\s+(?:(?:19|20)\d\d\s+)?(?P<body>[A-Z]{2,6})(?:\s+(?:AGM|EGM))?$"
)
_FOOTER_NAME = regex.compile(
    rf"(?i)^(?:(?:{_MONTH})\.?\s+(?:19|20)\d\d\s+)?(?P<body>(?-i:[A-Z][\w'’&.-]*)(?:\s+[\w'’&.-]+){{0,7}}?)"
    r"\s+minutes(?:\.\w{2,4})?\s*[-–—|,]?\s*page\s+\d{1,3}\s+of\s+\d{1,3}$"
)
_TITLE_CELL = regex.compile(r"\s[/|]\s+(?P<title>(?i:minutes|notes|record)\s+of\s+\S)")
_DATED_MEETING_OF = regex.compile(
    rf"(?i)^(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:{_MONTH})\.?,?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})\s+(?:{_ADJECTIVES}\s+)*meeting\s+of\s+(?:the\s+)?"
)
_DATE_LIKE = regex.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}")
_DATE_MEETING = regex.compile(
    rf"^(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}})\s+(?:{_ADJECTIVES}\s+)*meeting\s+(?:of\s+(?:the\s+)?)?"
    r"(?P<body>\S.{2,80})$",
    re.I,
)
_NAME_OF_LABEL = regex.compile(
    r"^name\s+of\s+(?:the\s+)?(?:committee|meeting|body|board|group|panel)\s*:?\s+(?P<value>[A-Z].{2,80})$",
    re.I,
)


def _date_time_item(meeting: Meeting, text: str) -> None:
    meeting.date = meeting.date or parse_date(text)
    meeting.time = meeting.time or parse_time(text)
    if item := _ITEM.search(text):
        meeting.item = meeting.item or item.group(1)


_MEETING_OF_INSIDE = regex.compile(
    r"(?i)^(?:[\w'’()-]+\s+){1,6}meeting\s+of\s+(?:the\s+)?(?P<body>\S.*)$"
)


_KIND_MEETING_OF = regex.compile(
    r"^(?P<kind>(?:Management\s+|Executive\s+|General\s+)?Committee|Board|Executive|Trustees)\s+"
    r"(?i:meeting)\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w'’&.,() -]{2,80})$"
)


def _tidy_body(body: str) -> str:
    """ "the Finance Committee held on ..." -> "Finance Committee"; "CITY COUNCIL" -> "City Council"."""
    body = _LEADING_DATE.sub("", body.strip())
    # "Draft Council" (a draft's title), "Kildare County Council KILDARE COUNTY COUNCIL" (the
    # name twice, as a letterhead and a title, H35)
    body = regex.sub(
        r"(?i)^(?:draft|unconfirmed|unapproved|unofficial)\s+(?:copy\s+of\s+(?:the\s+)?)?(?=\S)",
        "",
        body,
    )
    if twice := regex.fullmatch(r"(?i)(?P<name>.{4,80}?)\s+(?P=name)", body):
        body = twice["name"]
    # "PGB-15-73 Quality Committee": a paper's number glued before the name
    body = regex.sub(r"^[A-Z]{2,6}[-/]\d+(?:[-/]\d+)*\s+(?=[A-Z])", "", body)
    body = regex.sub(r"(?i)^welcome\s+to\s+(?:the\s+)?", "", body)  # a web page's heading
    # "the members of Council of the Town of X": the body, not its members; "X BOARD OF
    # SUPERVISORS HELD THE SIXTEENTH DAY ...": where the name stops (H46)
    body = regex.sub(r"(?i)^(?:the\s+)?members\s+of\s+(?:the\s+)?(?=[A-Z])", "", body)
    # "MEETING OF THE X BOARD OF SUPERVISORS", 'AYRSHIRE HOUSING ("the Company")', "X Community
    # Council Business", "X Town Council 2007": the name without a meeting's words around it
    body = regex.sub(
        r"(?i)^(?:(?:regular|special|ordinary|annual|adjourned)\s+)?meeting\s+of\s+(?:the\s+)?(?=\S)",
        "",
        body,
    )
    body = regex.sub(r"\s*\(\s*[\"“']?the\s+\w+[\"”']?\s*\)$", "", body)
    body = regex.sub(
        r"(?i)\b(council|committee|board|forum|panel)\s+(?:business|(?:19|20)\d\d)$", r"\1", body
    )
    body = regex.sub(r"(?i)(?<=\S)\s+held\s+(?:on\s+|at\s+|in\s+)?the\s+\w+\s+day\b.*$", "", body)
    # "Board Meeting in Public", "Trust Board (Part 2 - in private)": where, not who
    body = regex.sub(
        r"(?i)(?<=\S)\s+(?:meeting\s+)?(?:held\s+)?in\s+(?:public|private|open\s+session|closed\s+session)\b.*$",
        "",
        body.strip(),
    )
    # "Resolutions of the Audit Committee", "Proceedings of the City Council": a decision
    # sheet's or a record's title names its body after "of"
    body = regex.sub(
        r"(?i)^page\s+\d{1,3}\s*:\s*", "", body.strip()
    )  # a PDF viewer's "Page 1:" (H29)
    # "Page 2 City Council Minutes Monday, March 9, 2020": a page's running head (H41)
    body = regex.sub(r"^Page\s+\d{1,3}\s+(?=[A-Z])", "", body)
    # "MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL": the whole chain (H29)
    # "Minutes from the Public Council of Governors' Meeting", "Minutes for the ..." (H36)
    body = regex.sub(
        r"^(?:Minutes|MINUTES)\s+(?i:from|for)\s+(?=(?i:the)\s+\S)", "Minutes of ", body
    )
    body = regex.sub(
        r"(?i)^(?:the\s+)?(?:(?:minutes|resolutions|decisions|proceedings|record\s+of\s+decisions)\s+of\s+(?:the\s+)?)+"
        r"(?:(?:(?:ordinary|special|annual|monthly|extraordinary)\s+)?meeting\s+of\s+(?:the\s+)?(?=\S))?",
        "",
        body.strip(),
    )
    # "CYNGOR TREF TOWN COUNCIL", "Cyngor Cymuned Llanfair Community Council": a Welsh name run
    # together with the English one; the English one stays (H30)
    body = regex.sub(
        r"(?i)^cyngor\s+(?:tref|cymuned|sir|dinas|bro|plwyf)\s+(?=(?:[\w'’-]+\s+){0,3}?(?:town|community|county|city|borough|parish)\s+council\b)",
        "",
        body.strip(),
    )
    body = regex.sub(
        r"(?i)(?<=\bcouncil)\s+[-–—/|]?\s*cyngor\s+(?:tref|cymuned|sir|dinas|bro|plwyf)\b.*$",
        "",
        body,
    )
    # "MINUTES Ordinary Council Meeting": the document's kind glued before the name (H29)
    body = regex.sub(
        r"^(?:MINUTES|Minutes|NOTES|Notes)\s+(?!(?i:of|for|from|and)\b)(?=[A-Z])", "", body
    )
    # "... Governing Body Meeting Date/Time: Thursday 3rd August 2017": a form's next label
    # run onto the name's line ends it (H36)
    body = regex.split(
        r"\s+(?:(?i:meeting)\s+)?(?:Date|DATE|Time|TIME|Venue|VENUE|Location|LOCATION)(?:\s*/\s*(?i:time))?\s*:",
        body,
    )[0]
    # "Town of Carbonear. Regular Council Meeting": the municipality's name before the full
    # stop names the council (H36)
    if m := regex.match(
        r"^(?P<org>(?:Town|City|Village|County|District|Municipality|Township|Shire|Borough)\s+of\s+[A-Z][\w'’ -]{1,40}?)\.\s+(?:\w+\s+){0,2}(?i:council|board)\b",
        body,
    ):
        body = m["org"]
    body = regex.split(
        r"\s{2,}|\s+(?i:which|that)\s+(?i:was|were|is)\b|\s+(?:held|on|at)\s+(?=\S*\d)|\s+held\s+(?:in|at|on|via|by|online|remotely|"
        r"virtually|jointly)\b|\s+[-–—|]\s+",
        body,
    )[0]
    # "Node.js Technical Steering Committee (TSC) Meeting 2024-04-24": the date after the name
    body = regex.sub(
        r"(?i)(?<=\S)(?:\s+meeting)?\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$", "", body
    )
    # "Parish Council March 2017 minutes": the month of the minutes after the name (H41)
    body = regex.sub(rf"(?i)(?<=\S)\s+(?:{_MONTH})\.?\s+(?:19|20)\d\d$", "", body)
    if m := _KIND_MEETING_OF.match(body):
        # "Committee Meeting of the Old Modernians RUFC": the club's committee (H38)
        body = f"{m['org']} {m['kind']}"
    elif (m := _MEETING_OF_INSIDE.match(body)) and _BODY_WORDS.search(m["body"]):
        body = m["body"]  # "January Ordinary Meeting of Sligo County Council"
    body = regex.sub(rf"(?i)^(?:{_MONTH})\.?\s+(?:\d{{4}}\s+)?(?=[A-Z])", "", body.strip())
    body = regex.sub(r"^(?:draft|confirmed|unconfirmed|approved)\s*[-–—:]\s*", "", body, flags=re.I)
    # "Draft copy of Student Council"
    body = regex.sub(
        r"^(?:a\s+)?(?:draft|final|signed|unconfirmed)\s+copy\s+of\s+", "", body, flags=re.I
    )
    # "Pine Valley Special Service District Meeting (PVSSD)": no acronym, no "Meeting"
    body = regex.sub(r"\s*\([A-Z]{2,8}\)$", "", body.strip())
    body = regex.sub(rf"(?<=\S)(?:\s+{_ADJECTIVES})?(?:\s+meeting)?$", "", body, flags=re.I)
    # "Student Senate Archives" (a site's section), "Board of Commissioners Regular Session"
    body = regex.sub(
        rf"(?<=\S)\s+(?:archives?|news|blog|update|web\s*site|home\s*page|(?:{_ADJECTIVES}\s+)?session)$",
        "",
        body,
        flags=re.I,
    )
    # "X Committee Minute" (the Scottish singular), "X Committee Meeting Archive 2019" (a page
    # of past minutes): the name without the heading's words
    body = regex.sub(
        r"(?i)(?<=\S)(?:\s+meetings?)?\s+(?:minutes?|notes|archives?)(?:\s+(?:19|20)\d\d)?$",
        "",
        body,
    )
    # "PTA General Membership Meeting": the kind of meeting, as "General Meeting" is
    body = regex.sub(
        r"(?i)(?<=\S)\s+(?:annual\s+|extraordinary\s+|special\s+)?general(?:\s+membership)?$",
        "",
        body,
    )
    body = regex.sub(r"^the\s+", "", body.strip(" ,.-–—:*_#"), flags=re.I)
    # (H52) "Minutes of the of Dunston Annual Parish Council Meeting": a word doubled in the
    # title, and the kind of meeting inside a council's name ("Dunston Parish Council")
    body = regex.sub(r"(?i)^of\s+(?=[A-Z])", "", body)
    body = regex.sub(
        r"(?i)(?<=[a-z])\s+(?:annual|extraordinary|ordinary|special)\s+(?=(?:parish|town|community)\s+council$)",
        " ",
        body,
    )
    body = regex.sub(r"(?<=[a-z])['’]s?$", "", body)  # "the Trustees' meeting"
    body = regex.sub(rf"^(?:{_ADJECTIVES}\s+)+(?=\S+$)", "", body, flags=re.I)  # "Ordinary Council"
    # "Upland Rowing Club Monthly Board": the name and the body, not how often it meets
    body = regex.sub(
        rf"(?<=\S)\s+{_ADJECTIVES}\s+(?=(?i:board|committee|council)$)", " ", body, flags=re.I
    )
    # "Full Governors Meeting": a school's governors meeting in full are its governing body
    body = regex.sub(r"(?i)^(full\s+)governors['’]?$", lambda m: m[1] + "Governing Body", body)
    if regex.search(r"(?i)(?:\s(?:&|and)|\bmeetings)$", body):
        return ""  # "Parish Meetings & Minutes": a site's menu, not a name (H39)
    if body.isupper() and len(body) > 4 and not _ACRONYM_BODY.fullmatch(body):
        small = {"of", "and", "for", "the", "in", "on", "to", "at"}
        words = body.lower().split()
        body = " ".join(
            w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words)
        )
    return body


def parse_attendees(lines: list[str]) -> dict[str, str]:
    """Map initials to names from Present / In attendance / Apologies lists."""
    explicit: dict[str, str] = {}
    derived: dict[str, list[str]] = {}
    collecting = False  # True after a bare "Present:" line: one name per line follows
    listing = False  # True after "Present: Graham Pocock (GP) Chair": more lines of that shape
    previous = ""
    for raw in lines[:120]:
        line = clean_line(raw).replace(" | ", ", ")
        m = _ATTENDANCE.match(line)
        wrapped = previous.endswith(",") or previous.count("(") > previous.count(")")
        if m:
            collecting = not m["rest"]
            # (a tab after the label, "Present:<tab>Graham Pocock (GT)<tab>Chair", H44)
            listing = bool(m["rest"] and _NAME_WITH_INITIALS.match(m["rest"].lstrip(" ,;|")))
            line = m["rest"] or ""
        elif listing and _NAME_WITH_INITIALS.match(line):
            pass  # "Anne Rudd (AR) Non-Executive Director" on the line after (H42)
        elif not line or regex.match(r"^(?:\d|[A-Z]{1,5}\s?\d|#)", line):
            collecting = listing = False
            previous = ""
            continue
        elif not (collecting or wrapped):
            previous, listing = "", False
            continue
        previous = line
        for entry in _split_entries(line):
            _add_entry(entry, explicit, derived)
    result = {k: v[0] for k, v in derived.items() if len(v) == 1}
    result.update(explicit)
    return result


# "Anne Rudd (AR) Non-Executive Director": a name, its initials in brackets, perhaps a post
_NAME_WITH_INITIALS = regex.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Cllr|Councillor|Revd)\.?\s+)?[A-Z][\w'’.-]+"
    rf"(?:\s+[A-Z][\w'’.-]+){{1,3}}\s*\((?P<ini>{_INI})\)"
)


def _split_entries(line: str) -> list[str]:
    entries, depth, current = [], 0, []
    for ch in line:
        depth += ch == "("
        depth -= ch == ")"
        if ch in ",;" and depth <= 0:
            entries.append("".join(current))
            current = []
        else:
            current.append(ch)
    entries.append("".join(current))
    return [e.strip() for e in entries if e.strip()]


def _add_entry(entry: str, explicit: dict[str, str], derived: dict[str, list[str]]) -> None:
    if m := _INITIALS_FIRST.match(entry):
        if _could_be_initials(m.group(1), m.group(2)):
            explicit[m.group(1)] = _name_only(m.group(2))
            return
        entry = m.group(2)  # "CEO: Diane Ross": a post and its holder; the post stays the owner
    name = _name_only(entry)
    if m := _NAMED_INITIALS.search(entry):
        # "Internal Audit Manager (Sue Blake, SB)": the name is inside the brackets;
        # "Helen Price (Chair, HP)": the name is outside them.
        inside = _name_only(m.group(1))
        outside = _name_only(entry[: m.start()])
        person = len(inside.split()) >= 2 and not _ROLEISH.search(inside)
        # "(Clerk, CT)" with no name before it: the post stands for the initials
        explicit[m.group(2)] = inside if person or not outside else outside
        return
    if m := _EXPLICIT_INITIALS.search(entry):
        # "Sue Blake (SB)" gives initials; "S. Burke (CEO)" gives a post, which stays the owner
        if _could_be_initials(m.group(1), entry[: m.start()]):
            explicit[m.group(1)] = _name_only(entry[: m.start()])
            return
    words = [w for w in name.split() if w[:1].isupper()]
    if 2 <= len(words) <= 4 and not any(len(w) == 1 for w in words[:1]):
        initials = "".join(w[0] for w in words)
        if name not in derived.setdefault(initials, []):
            derived[initials].append(name)


def _could_be_initials(letters: str, name: str) -> bool:
    """ "SB" for "Sue Blake" (its first and last letters start words of the name); "CEO" for
    "S. Burke" is a post, not initials."""
    starts = {w[0] for w in regex.findall(r"[A-Z][\w'’.-]*", name)}
    capitals = [c for c in letters if c.isupper()]  # "KMc" for "Kim McLean": K and M
    return capitals[0] in starts and capitals[-1] in starts


def _name_only(text: str) -> str:
    text = regex.split(r"\s*[(\-–—]\s*|\s+(?:and|Chair|Vice)\b", text.strip())[0]
    return _TITLES.sub("", text).strip(" ,.;:")


def attendee_names(lines: list[str]) -> set[str]:
    """Names in the attendance lists ("Present: Jean (chair), Dev, Harriet"), and first names."""
    names: set[str] = set()
    collecting = False
    for raw in lines[:120]:
        line = clean_line(raw).replace(" | ", ", ")
        m = _ATTENDANCE.match(line) or _ATTENDANCE_MORE.match(line)
        if m:
            collecting = not m["rest"]
            line = m["rest"] or ""
        elif not line or regex.match(r"^(?:\d|[A-Z]{1,5}\s?\d|#)", line) or not collecting:
            collecting = False
            continue
        for entry in _split_entries(line):
            name = _name_only(entry)
            if name and len(name.split()) <= 4 and name[:1].isupper():
                names.add(name)
                names.add(name.split()[0])
            if m2 := _EXPLICIT_INITIALS.search(entry):
                names.add(m2.group(1))
            if m3 := _NICKNAME.match(entry.strip()):
                names.add(m3.group(1))  # "Elizabeth (Betty) Warren" is also Betty
    for raw in lines[:40]:
        # "Hugh Gately (HG), Peter Linley (PL)": a name with its own initials is a person, and
        # so are the initials, under any label or none
        for m5 in _NAME_WITH_INITIALS.finditer(raw):
            name, initials = m5["name"], m5["ini"]
            if initials[0] == name[0] and initials[-1] in name.split()[-1][:1] + name[-8:]:
                names.update((name, name.split()[0], initials))
        # "Other members present were A, B and C.": a sentence that lists who came
        if m6 := _PRESENT_WERE.search(raw):
            for entry in _split_entries(regex.sub(r"\s+and\s+", ", ", m6["rest"])):
                name = _name_only(entry)
                if name and 2 <= len(name.split()) <= 4 and name[:1].isupper():
                    names.update((name, name.split()[0]))
        # "Imogen Falk led the meeting.", "Ann Cole chaired.": whoever ran the meeting is a person
        for m4 in _RAN_THE_MEETING.finditer(raw):
            names.add(m4["name"])
            names.add(m4["name"].split()[0])
    return names


# Attendance labels read only for the names of people: "Participants:", "Board Members and
# Members Present:", "1.1. In attendance: Trustees; Paula Ridley, ..."
_ATTENDANCE_MORE = regex.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:participants|(?:[A-Z][\w]*\s+){1,5}present|in\s+attendance|present)"
    r"\s*:\s*(?P<rest>.*)$",
    re.I,
)
_NAME_WITH_INITIALS = regex.compile(
    r"\b(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}(?:\s+[–-]\s+[A-Z][a-z'’-]+)?)\s*"
    r"\((?P<ini>[A-Z]{2,4})\)"
)
_PRESENT_WERE = regex.compile(
    r"\b(?:members|trustees|directors|governors|councillors|staff|others?)\s+present\s+(?:were|was)\s+"
    r"(?P<rest>[^.]{3,300})"
)
_RAN_THE_MEETING = regex.compile(
    r"\b(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?:led|chaired|presided\s+(?:over|at)|opened|"
    r"called)\s+(?:the\s+)?(?:meeting|call|session)\b"
)
_NICKNAME = regex.compile(r"^[A-Z][a-z]+\s+\(([A-Z][a-z]{2,})\)\s+[A-Z]")


# --- The body as a ranked choice among candidates -------------------------------------------
# A web page's crumbs above the minutes: never a title ("Loading...", "Skip to content",
# "From Wikimedia UK", "Jump to navigation", "Home > Meetings > 2024")
_CRUMB = regex.compile(
    r"(?i)^\s*(?:loading\.*|skip\s+to\s+(?:main\s+)?content|jump\s+to\s+(?:navigation|search|content)\b.*"
    r"|from\s+(?:[A-Z][\w'’&.-]*\s*){1,5}(?:wiki)?|home\s*(?:[>»›/|]\s*[^>»›/|]{1,40}){1,6}"
    r"|you\s+are\s+here\b.*|print(?:\s+this\s+page)?|share(?:\s+this)?|menu|search"
    # "Archive | 2021 Board Minutes", "Documents | Council": a site's section and its heading
    r"|(?:archives?|news|documents|publications|downloads)\s*[|>»›]\s*.*"
    # a document-hosting site's frame and a contents list's heading (H27): "Docstoc", "Document
    # Sample", "In Attendance - DOC Powered By Docstoc", "Scribd", "Table of Contents", "TRANSCRIPT"
    r"|(?:docstoc|scribd|yumpu|issuu|slideshare|pdfcoffee|fdocuments|documents\.pub)(?:\.com)?"
    r"|.{1,80}\s[-–]\s(?:doc|docx|pdf|rtf)"
    r"|document\s+sample|.*\bpowered\s+by\s+(?:docstoc|scribd|yumpu|issuu|google)\b.*"
    r"|(?:table\s+of\s+)?contents|transcript)\s*$"
)
# What the first lines may offer that is not a body: a sentence about the minutes, a label
# over a date, a role ("Jo Lee, as Secretary"), an agenda item's heading ("Missions Committee
# Report"), a list of what was decided, a crumb, a month left on the name
_NOT_A_BODY = regex.compile(
    r"(?i)^(?:(?:these|this|the)\s+minutes\b|minutes\s+(?:from|for|of)\b|from\b|loading\b|"
    r"resolutions?\s+(?:passed|adopted|agreed)\b|decisions?\b)"
    r"|,\s+as\s+(?:secretary|chair|treasurer|clerk|president)\b|\breports?\b|\s(?:was|were|is|are)\s"
    rf"|\s(?:{_MONTH})$|^\d|\b\d{{1,2}},?\s+(?:19|20)\d\d\b|^(?:meeting|minutes|notes)$"
    # a status or a kind of meeting, not a name: "OPEN MINUTES", "DRAFT MINUTES"
    rf"|^(?:{_ADJECTIVES}|draft|final|confirmed|unconfirmed|unofficial|approved|signed|agm|egm)$"
    # a sentence cut short, not a name: "Chair then took the Committee through the"
    r"|\s(?:the|a|an|to|through|with|by|into)$"
    # a section's label, not a name (H27): "Attendees", "In Attendance - DOC", "Action items"
    r"|^(?:attendees|attendance|in\s+attendance|present|apologies|agenda|action\s+items|actions)(?:\s*[-–:].{0,20})?$"
    # (H51) a web page's section, not a name: "Documents", "Public Items", "Downloads"
    r"|^(?:public\s+)?(?:documents?|items?|downloads?|publications?|resources|contents|home|search|menu|archive)$"
    # another meeting's label: "NEXT ORDINARY COUNCIL MEETING" (H29)
    r"|^(?:next|previous)\s+(?:\w+\s+){0,2}(?:meeting|council|committee|board)\b"
    # (H31) an attendance list's person with the body or post they come from in brackets:
    # "Jane Doe (Audit Commission)", "Cllr Tom Hale (Town Council)" (not "X Housing (XH)")
    r"|^(?![^(]*\b(?i:council|committee|board|trust|panel|forum|cabinet|authority|group|association|"
    r"society|commission|assembly|executive|partnership|meeting|minutes)\b[^(]*\()"
    r"(?-i:(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'’-]+){1,2})"
    r"\s*\((?!(?-i:[A-Z]{2,6})\))[^()]{2,80}\)?\s*$"
)
_BODY_NAME_WORDS = (
    r"(?:Council|Committee|Board(?:\s+of\s+(?:Trustees|Directors|Governors|Appeals|Education))?|"
    r"Trustees|Commission|Society|Association|Auxiliary|Club|Presbytery|Church|Museum|Group|"
    r"Forum|Panel|Assembly|District|Authority|Union|Federation|Foundation|PTA|PTO|PTSA|"
    r"Executive|Cabinet|Senate|Vestry|Synod)"
)
# An item page's title ending in the body it came to: "Attendance of X at the Standards Committee"
_ITEM_TITLE_BODY = regex.compile(
    r"\s(?:at|to|before|for)\s+the\s+(?P<body>(?:[A-Z][\w'’&-]*\s+(?:(?:[A-Z][\w'’&-]*|and|&)\s+){0,5})?"
    rf"{_BODY_NAME_WORDS})\s*$"
)


# Running sentences that name the body, best first
_SENTENCE_BODIES = [
    # "Minutes of the Harbour UK v2 Board Meeting #channel, 20:30 ...": the title with debris
    regex.compile(
        rf"^(?i:minutes\s+(?:of|for)\s+)(?:the\s+)?(?P<body>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){{0,6}}?\s+{_BODY_NAME_WORDS})"
        r"\s+(?i:meeting)\b"
    ),
    # "The regular meeting of the Clayton Valley Board was held ...", "The meeting of the X
    # was held in ...", "A special meeting of the X was convened", "The 3rd Ordinary Session of
    # the X was called to order"
    regex.compile(
        r"(?i:the|an?)\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:(?i:regular|special|annual|monthly|ordinary|"
        r"extraordinary|general|\w+ly)\s+)*(?i:meeting|session)\s+of\s+"
        r"(?:the\s+)?(?P<body>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,10}?)\s+(?:was|were)\s+(?:held|convened|called)\b"
    ),
    # "At a MEETING of the Harbour Trust held at ...", "At an Ordinary Meeting of X held on"
    regex.compile(
        r"^(?i:at\s+an?\s+)(?:(?i:regular|special|annual|ordinary|extraordinary|general)\s+)*"
        r"(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<body>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,10}?)"
        r"\s*,?\s+(?i:held|convened)\b"
    ),
    # "The Executive Committee meeting of ABCS was held ...": the committee of the society
    regex.compile(
        rf"(?i:the)\s+(?P<kind>(?:[A-Z][\w'’-]*\s+){{0,3}}{_BODY_NAME_WORDS})\s+(?i:meeting)\s+of\s+"
        r"(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})\s+(?:was|were)\s+held\b"
    ),
    # "There was a remote meeting of Elm Parish Council on Monday 4th March", "There was an
    # ordinary meeting of the Harbour Trust at the Quay Rooms" (H23)
    regex.compile(
        r"^(?i:there\s+was\s+an?\s+)(?:[a-z-]+\s+){0,2}(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?"
        r"(?P<body>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,10}?)\s*,?\s+(?:on|at|in|held|via)\b"
    ),
    # "The Elmbrook Village Board held its regular meeting on Tuesday", "the Pine Lodge
    # Committee held a special meeting" (H23)
    regex.compile(
        rf"(?:^|(?i:the)\s+)(?P<body>(?:[A-Z][\w'’&-]*\s+){{0,6}}{_BODY_NAME_WORDS})\s+held\s+"
        r"(?:its|their|an?)\s+(?:[a-z-]+\s+){0,2}(?i:meeting|session)\b"
    ),
    # "this is only a summary of the Steering Committee's minutes": whose minutes these are (H23)
    regex.compile(
        rf"(?i:the)\s+(?P<body>(?:[A-Z][\w'’&-]*\s+){{0,6}}{_BODY_NAME_WORDS})['’]s\s+"
        r"(?:(?:draft|full|detailed|official|final)\s+)?(?i:minutes)\b"
    ),
    # "The Harbour Hospital Auxiliary Board met on June 1", "... at the Ad hoc Committee
    # meeting held on ...", "Trustees' Meeting was called to order"
    regex.compile(
        rf"(?:^|(?i:the)\s+)(?P<body>(?:[A-Z][\w'’&-]*\s+){{0,6}}(?i:[\w-]+\s+)?{_BODY_NAME_WORDS})['’]?"
        r"\s+(?:met\b|(?i:meeting)\s+(?:held\b|was\s+(?:held|called\s+to\s+order)\b|on\b))"
    ),
]
# A title line whose name comes before "Minutes": "RIVER VALE ART MUSEUM Minutes Date: ...",
# "ABTU Minutes of Delegate Meeting ..."
_NAME_THEN_MINUTES = regex.compile(
    r"^(?P<body>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,6})\s+(?:Minutes|MINUTES)\b(?!:)"
)
# A run of capitals naming a body inside a flattened title: "... HARTLEY ZONING BOARD OF
# APPEALS '---' Regular Meeting Held: ..."
_CAPS_BODY = regex.compile(
    r"(?<![\w])(?P<body>(?:[A-Z][A-Z'’&.-]+\s+){0,8}(?:BOARD(?:\s+OF\s+[A-Z]+)?|COUNCIL|COMMITTEE|"
    r"COMMISSION|TRUSTEES|SOCIETY|ASSOCIATION|MUSEUM|CLUB|AUXILIARY|AUTHORITY|DISTRICT))(?![\w])"
)


def _acceptable(body: str | None) -> bool:
    return (
        bool(body)
        and not _NOT_A_BODY.search(body)
        and len(body.split()) <= 12
        and not _is_venue(body)
    )


# Where the meeting was, not who met: "Council Chamber, Civic Centre", "Parish Rooms, High
# Street, by Zoom", "Old School Road, Hinton, HN4 2QT"
_VENUE_PART = regex.compile(
    r"(?i)^(?:the\s+)?(?:[\w'’&.-]+\s+){0,4}(?:chambers?|hall|rooms?|offices?|centre|center|library|"
    r"building|house|headquarters|pavilion|road|street|lane|avenue|drive|square|annex|annexe)$"
)
_VENUE_WORDS = regex.compile(
    r"(?i)\b(?:(?:by|via|on|over)\s+(?:zoom|teams|skype|video|facebook|webex)|streamed|livestreamed|online)\b"
    r"|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}\b"
)

_VENUE_ALONE = regex.compile(
    r"(?i)^(?:the\s+)?(?:[\w'’&.-]+\s+){0,5}(?:chambers?|rooms?|offices|centre|center|library|"
    r"building|headquarters)(?:\s+\d{1,3}[a-z]?)?$"
)


def _is_venue(line: str) -> bool:
    """A line naming where the meeting was: a place ("Council Chambers, Westgate Town Hall"),
    an address, a video call; a body's name has no comma before such a word."""
    if "," not in line:
        # a place on a line of its own: "Council Chambers", "Committee Room 2"
        return bool(_VENUE_ALONE.match(line.strip()))
    parts = [x.strip() for x in line.split(",")]
    return bool(_VENUE_WORDS.search(line)) or any(_VENUE_PART.match(x) for x in parts if x)


def _ranked_body(head: list[str], title: str | None) -> str | None:
    """The best-ranked body among the first lines' candidates: a title line read by the title
    rules, then a running sentence that names it, then a name before "Minutes" or a run of
    capitals, then a short name on the first line."""
    lines = []
    for line in head[:14]:
        if _ATTENDANCE.match(line):
            break
        if line:
            lines.append(line)
    generic = None
    for line in lines[:8]:
        other = Meeting()
        _match_line(other, line, "", [])
        if other.body and _acceptable(body := _tidy_body(other.body)):
            if not _GENERIC_BODY.match(body):
                return body
            generic = generic or body
    for pattern in _SENTENCE_BODIES:
        for line in lines:
            if (m := pattern.search(line[:400])) is None:
                continue
            body = f"{m['kind']} of {m['org']}" if "kind" in m.groupdict() else m["body"]
            body = regex.sub(r"^(?:A|An)\s+", "", body)
            if _acceptable(_tidy_body(body)) and not _GENERIC_BODY.match(_tidy_body(body)):
                return _tidy_body(body)
    for line in lines[:4]:
        for m in (_NAME_THEN_MINUTES.match(line), _CAPS_BODY.search(line[:300])):
            if m and _acceptable(m["body"].strip()):
                # "Council Meeting Minutes": a kind of meeting names no body of its own
                if not _GENERIC_BODY.match(_tidy_body(m["body"])):
                    # (H49) "REGULAR MEETING OF THE X BOARD OF SUPERVISORS": tidied too
                    tidy = _tidy_body(m["body"])
                    return tidy if _BODY_WORDS.search(tidy) else m["body"].strip()
                generic = generic or _tidy_body(m["body"])
    name = _first_line_name(lines, title)
    if name and _acceptable(name):
        return name
    for line in lines:  # a generic name in a sentence is better than none: "A Board meeting ..."
        if m := _SENTENCE_BODIES[-1].search(line[:400]):
            if _acceptable(body := _tidy_body(regex.sub(r"^(?:A|An)\s+", "", m["body"]))):
                return body
    return generic


# --- The body as the minutes name it in their own text (no title names it) --------------------
_OWN_NAME = r"[A-Z][\w&'’.-]*(?:[ \t]+(?:(?:and|of|for|&)[ \t]+)?[A-Z][\w&'’.-]*){0,7}"
# "the minutes of the meeting of Cabinet held on 16 May", "Minutes of the Parks Advisory
# Group meeting of 2 March": the last minutes are the same body's
_LAST_MINUTES_OF = [
    regex.compile(
        r"(?i:minutes)\s+(?i:of|from)\s+(?:(?i:the)\s+)?(?:(?i:previous|last|special|ordinary|"
        r"extraordinary|annual)\s+)?(?i:meeting)\s+(?i:of)\s+(?:(?i:the)\s+)?"
        rf"(?P<body>{_OWN_NAME})\s+(?i:held|on|dated)\b"
    ),
    regex.compile(
        rf"(?i:minutes)\s+(?i:of|from)\s+(?i:the)\s+(?P<body>{_OWN_NAME})\s+(?i:meeting)\s+"
        r"(?i:of|held|on|dated)\b"
    ),
    # "THAT the Agenda for the Parks Advisory Committee meeting of May 2, 2019 be adopted"
    regex.compile(
        rf"(?i:agenda)\s+(?i:for)\s+(?i:the)\s+(?P<body>{_OWN_NAME})\s+(?i:meeting)\s+"
        r"(?i:of|held|on|dated)\b"
    ),
]
# the last minutes confirmed, not a sub-body's minutes received ("The minutes of the meeting
# of the Planning Sub-Committee held on 2 May were received")
_CONFIRMED = regex.compile(
    r"(?i)^(?!.*\b(?:received|noted)\b).*\b(?:approv\w*|confirm\w*|agreed?|adopt\w*|signed|"
    r"(?:correct|true|accurate)\s+record)\b"
)
_OWN_NOUNS = (
    "Sub-Committee|Subcommittee|Board|Panel|Committee|Authority|Cabinet|Council|Forum|Commission|Trust|Group|Partnership|"
    "Assembly|Senate|Executive"
)
_OWN_VERBS = (
    r"considered|received|noted|agreed|approved|discussed|resolved|welcomed|reviewed|heard|"
    r"endorsed|supported|thanked|accepted|requested|asked|(?:was|were)\s+(?:asked|informed|advised|"
    r"told|reminded|updated)"
)
# "The Panel considered a report", "the Board's sub-groups", "the Licensing Committee was
# asked": the minutes calling their own body by its kind
_OWN_SUBJECT = regex.compile(
    rf"\b[Tt]he\s+(?:{_OWN_NAME}[ \t]+)?(?P<noun>{_OWN_NOUNS})(?:['’]s\s|\s+(?:{_OWN_VERBS})\b)"
)
# "The IAB discussed", "The TSC agreed": a body known by its initials (not a post: "The CEO")
_OWN_ACRONYM = regex.compile(rf"\b[Tt]he\s+(?P<acr>[A-Z]{{2,6}})\s+(?:{_OWN_VERBS})\b")
_POST_ACRONYM = regex.compile(r"^(?:CEO|CFO|COO|CTO|CIO|CEx|GM|MD|DPO|SIRO|SENCO|SENCo|HR|IT)$")


def _full_names(text: str, noun: str) -> list[str]:
    """Capitalised names ending in ``noun`` ("Police and Crime Panel"), most used first."""
    counts: dict[str, int] = {}
    for m in regex.finditer(
        rf"(?<![\w-])(?P<name>(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){{1,5}}){noun}\b(?!-)",
        text,
    ):
        name = regex.sub(r"^(?:The|A|An|This|That|Its|Our|Their|Chair|Members?)\s+", "", m["name"])
        name = name.strip()
        if name and not regex.search(r"(?i)\bsub$|^(?:and|of|for)\b", name):
            full = f"{name} {noun}"
            counts[full] = counts.get(full, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], -len(n)))


def _self_named(lines: list[str]) -> str | None:
    """The body as the minutes name it when no title does: the last minutes confirmed
    ("the minutes of the meeting of Cabinet held on ..."), else the kind the minutes call
    themselves ("The Panel considered") completed by the full name they use elsewhere
    ("Police and Crime Panel"), else initials used as the subject ("The IAB discussed")."""
    for line in lines:
        for pattern in _LAST_MINUTES_OF:
            if (m := pattern.search(line)) is None:
                continue
            # the sentence it is in (a flattened page holds many)
            start = max(line.rfind(". ", 0, m.start()), line.rfind("; ", 0, m.start())) + 1
            stop = line.find(". ", m.end())
            if not _CONFIRMED.search(line[start : stop if stop >= 0 else len(line)]):
                continue
            name = m["body"].strip()
            if (_BODY_WORDS.search(name) or _ACRONYM_BODY.fullmatch(name)) and _acceptable(name):
                return _tidy_body(name)
    text = "\n".join(lines)
    nouns: dict[str, int] = {}
    for m in _OWN_SUBJECT.finditer(text):
        nouns[m["noun"]] = nouns.get(m["noun"], 0) + 1
    for noun in sorted(nouns, key=lambda n: -nouns[n]):
        if nouns[noun] < 2:
            # "The Cabinet considered a report ...": a cabinet or an executive is named in full
            # by its kind alone, even once (H40)
            if regex.fullmatch(r"(?i)cabinet|executive", noun):
                return noun.capitalize()
            break
        names = _full_names(text, noun)
        if names and _acceptable(names[0]):
            return names[0]
        if regex.fullmatch(r"(?i)cabinet|executive", noun):
            return noun.capitalize()  # a cabinet is named in full by its kind alone (H40)
        break  # the kind the minutes use most has no full name: no guess from another kind
    acronyms: dict[str, int] = {}
    for m in _OWN_ACRONYM.finditer(text):
        if not _POST_ACRONYM.match(m["acr"]):
            acronyms[m["acr"]] = acronyms.get(m["acr"], 0) + 1
    best = max(acronyms, key=lambda a: acronyms[a], default=None)
    if best and acronyms[best] >= 2:
        return best
    return _dominant_name(text)


# One scan for both: a full name ("Standards Committee"), or a kind of body acting at the
# start of a sentence ("22.1 Council considered a report", "The Cabinet agreed")
_NAME_OR_KIND_ACTS = regex.compile(
    rf"(?<![\w-])(?P<name>(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?){{1,5}})(?P<noun>{_OWN_NOUNS})\b(?![-'’])"
    rf"|(?m:^|\.\s+)(?:[\d.]+\s+)?(?:The\s+)?(?P<acts>{_OWN_NOUNS})\s+(?:{_OWN_VERBS})\b"
)


def _dominant_name(text: str) -> str | None:
    """ "the members of the Standards Committee", "on behalf of the Standards Committee", "the
    Chair told the Standards Committee": one body's full name used at least three times, twice
    as often as any other, the minutes calling it by its kind alone ("the Committee"), and no
    other kind of body acting ("Council considered the Scrutiny Committee's report") (H26)."""
    counts: dict[str, int] = {}
    acting: set[str] = set()
    for m in _NAME_OR_KIND_ACTS.finditer(text):
        if m["acts"]:
            acting.add(m["acts"])
            continue
        name = regex.sub(r"^(?:The|A|An|This|That|Its|Our|Their|Chair|Members?)\s+", "", m["name"])
        name = name.strip()
        if name and not regex.search(r"(?i)\bsub$|^(?:and|of|for)\b", name):
            full = f"{name} {m['noun']}"
            counts[full] = counts.get(full, 0) + 1
    ranked = sorted(counts, key=lambda n: -counts[n])
    if not ranked or counts[ranked[0]] < 3:
        return None
    if len(ranked) > 1 and counts[ranked[1]] * 2 > counts[ranked[0]]:
        return None
    best = ranked[0]
    kind = best.rsplit(" ", 1)[-1]
    if f"the {kind}" not in text and f"The {kind}" not in text:
        return None
    if acting - {kind}:
        return None
    return best if _acceptable(best) else None
