"""Shared phrase patterns: who (owners), when (due phrases) and action verbs."""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from . import regex

# A person or post as minutes name them: "Director of Children, Young People and Learning",
# "Section 151 Officer", "Cllr Ridley", "JW".  Capitalised words joined by of/and/for/the.
_NOT_A_NAME = (
    r"(?!(?:The|A|An|This|That|These|Those|It|There|For|In|On|At|To|With|Following|Further|After|"
    r"During|Under|Members|Requests|Asks|Agrees|Notes|Welcomes|Recognises|Approves|Delegates|Raises|"
    r"Endorses|Thanks|Supports|Resolves|Instructs|Invites|Requires|Receives|Accepts|Action|Actions|"
    r"Directs|Authorises|Authorizes|Urges|Calls|Commissions|Adopts|Approves|Refers|Defers|Residents|"
    r"Agreed|Resolved|Resolve|Decided|Noted|Approved|Decision|Carried|"
    r"AGREED|RESOLVED|DECIDED|NOTED|APPROVED|DECISION|CARRIED|ACTION|ACTIONS|"
    # months and days are never owners: "training throughout June and July to ensure ..."
    r"January|February|March|April|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
NP = _NOT_A_NAME + (
    r"(?:[A-Z][\w'’&.-]*|[0-9]+)"
    r"(?:(?:,\s+|\s+(?:of(?:\s+the)?|and|for|the|&|de|van|von)\s+|\s+"
    # (A78) "the Clerk to the Authority", "the Secretary to the Board": a post's own "to the"
    r"|(?:(?<=Clerk)|(?<=Secretary)|(?<=Adviser)|(?<=Advisor)|(?<=Solicitor))\s+to\s+the\s+)"
    r"(?:[A-Z][\w'’&.-]*|[0-9]+))*"
)
# ", in consultation with the Chair," between an owner and the verb
ASIDE = (
    r"(?:,\s+(?:in consultation with|after consulting|following consultation with|supported by|"
    r"together with|with the support of|with)\s[^,]{2,60},)?"
)
# "Cllr Jane Smith and the Clerk to ...": a second, lower-case-led owner; the first leads
JOINT = r"(?:\s+and\s+the\s+[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)?"
ACTION_VERBS = (
    "report back|report|circulate|share|write|contact|investigate|look into|arrange|send|confirm|"
    "follow up|provide|bring|book|update|check|liaise|chase|seek|prepare|draft|forward|obtain|"
    "place|organise|organize|invite|publish|order|review|produce|submit|consult|set up|agree|"
    "approach|ask|request|get|move|find|raise|discuss|present|respond|reply|clarify|establish|"
    "explore|consider|identify|ensure|email|meet|visit|speak|inform|notify|advise|circulate|"
    "source|collate|commission|deliver|draw up|feed back|complete|finalise|finalize|add|"
    "include|amend|revise|open|close|bisect|fix|write up|look at|pursue|instruct|engage|remind|"
    "fill in|put together|find out|let|tell|apply|sort out|pay|collect|print|buy|model|appoint|"
    "design|install|repair|renew|compile|map|test|draft|hold|attend|return|research|scope|"
    "conduct|analyse|analyze|determine|coordinate|co-ordinate|plan|host|lead|examine|look over|give|"
    "develop|survey|measure|monitor|photograph|sign|call|ring|phone|clean|clear|tidy|paint|mow|"
    "upload|scan|chase up"
)
_GENERIC_OWNERS = {
    "it", "he", "she", "they", "we", "i", "officers", "officer", "service", "the service", "council",
    "members", "member", "a member", "committee", "board", "cabinet", "panel", "trustees",
    "governors", "this", "there", "that", "meeting", "everyone", "all", "councillors", "staff",
    "you", "someone", "the council", "group", "the group", "following discussion", "following",
    "in response", "subject",
}  # fmt: skip
_TITLE_WORDS = regex.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Revd|Cllr|Councillor)\.?\s+)+")

# a post in lower case after "the": "the dean", "the club secretary"
_LOWER_ROLE = (
    r"(?:dean|provost|president|secretary|treasurer|chair|chairman|chairperson|clerk|rector|vicar|"
    r"pastor|warden|principal|headteacher|director|manager|registrar|coordinator|co-ordinator)"
)
_OWNER_PATTERNS = [
    # "JW to provide", "Clerk to write", "The Clerk will place", "Cllr Ridley undertook to"
    regex.compile(
        rf"^(?:(?:ACTION|Action(?: Point)?)\s*[:–—-]\s*)?(?:the\s+|The\s+)?(?P<o>{NP}){JOINT}{ASIDE}\s+"
        r"(?:to(?! be invited| be asked)|was asked to|were asked to|was requested to|was directed to|were directed to|was instructed to|will|would|shall|should|is to|are to|agreed to|undertook to|promised to|"
        r"has agreed to|volunteered to|be asked to|be requested to|be instructed to|be authori[sz]ed to)\s"
    ),
    # "The Head of Planning said that she would", "... confirmed that officers would"
    regex.compile(
        rf"(?:^|\b[Tt]he\s+|,\s+)(?P<speaker>{NP}|(?<=[Tt]he\s)(?:[a-z]+\s+)?{_LOWER_ROLE})\s+(?:said|confirmed|explained|advised|stated|"
        r"indicated|agreed|undertook|reported|added|assured \w+)\s+(?:that\s+)?"
        r"(?:(?:at|by|in|on|before|after|during|from)\s+[^,]{1,60}?,?\s+(?=(?:he|she|they)\s))?(?:the\s+)?"
        rf"(?P<o>{NP}|he|she|they|officers|the service)\s+(?:would|will|was to|were to)\s"
    ),
    # "The Director of Place said a quarterly update would be brought to the Committee": the
    # officer who gave the undertaking owns the passive task
    regex.compile(
        rf"(?:^|\b[Tt]he\s+|,\s+)(?P<o>{NP})\s+(?:said|confirmed|advised|stated|indicated|undertook|agreed|added)\s+"
        r"(?:that\s+)?(?:an?|the)\s+[^.;]{1,80}?\s+(?:would|will)\s+be\s+(?:brought|provided|circulated|sent|"
        r"presented|submitted|reported|shared|made\s+available|given|arranged|prepared)\b"
    ),
    regex.compile(rf"^(?P<o>{NP})\s*[–—-]\s+(?=[a-z])"),
    regex.compile(
        rf"\b(?:asked|[Aa]sks?|[Rr]equests?|requested|[Ii]nstructs?|instructed|[Dd]irects?|directed|"
        rf"[Aa]uthori[sz]es?|authori[sz]ed|[Uu]rges?|urged|[Cc]alls\s+on|[Rr]emit\s+to)\s+"
        rf"(?:the\s+)?(?P<o>{NP})\s+to\s"
    ),
    # "requests that the Head of Finance brings ...", "asks that the Clerk write ..."
    regex.compile(
        rf"\b(?:[Rr]equests?|requested|[Aa]sks?|asked|[Rr]ecommends?)\s+that\s+(?:the\s+)?(?P<o>{NP})\s+"
        rf"(?:(?:should|would|will|shall|is to|be asked to)\s+)?(?:{ACTION_VERBS})(?:s|es)?\b"
    ),
    regex.compile(rf"\b[Dd]elegates?\s+(?:authority|powers?)\s+to\s+(?:the\s+)?(?P<o>{NP})"),
    # "delegates to the Chief Executive the authority to approve ...", "authority is delegated
    # to the Head of Planning"
    regex.compile(
        rf"\b(?:[Dd]elegates?|[Dd]elegated)\s+to\s+(?:the\s+)?(?P<o>{NP})(?=\s+(?:the\s+)?(?:authority|powers?)\b|\s*[,(]|\s+to\s)"
    ),
    regex.compile(
        rf"^(?:that\s+|That\s+)?(?:[Tt]he\s+)?(?P<o>{NP})\s+(?:{ACTION_VERBS})(?:s|es)?\b"
    ),
    # "The Director of Services, Housing, agreed to", "The Group Manager - Parks undertook to":
    # a post with its service after a comma or a spaced hyphen
    regex.compile(
        rf"(?:\b[Tt]he\s+|^|[;,]\s+(?:the\s+)?|\band\s+)(?P<o>{NP}(?:\s+-\s+{NP})?),?\s+"
        r"(?:agreed|undertook|promised)\s+to\s"
    ),
    regex.compile(
        rf"(?:\b[Tt]he\s+|^|[;,]\s+(?:the\s+)?)(?P<o>{NP})\s+(?:would|will)\s+(?:{ACTION_VERBS})\b"
    ),
    # "It was agreed that Cllr Jenkins would contact", "... and agreed that SB would review"
    regex.compile(
        rf"\b(?:[Aa]greed|[Rr]esolved)\s+that\s+(?:the\s+)?(?P<o>{NP})\s+(?:would|should|will|to|be asked to)\s"
    ),
    # "The Play Lead said that a survey was under way and agreed to report ...": the speaker
    regex.compile(
        rf"^(?:[Tt]he\s+)?(?P<o>{NP})\s+(?:said|confirmed|explained|advised|reported|stated)\s+"
        r"(?:that\s+)?[^.;]*?\band\s+(?:also\s+)?(?:agreed|undertook|promised)\s+to\s"
    ),
    # "PH confirmed that £9.6m ... was identified and would bring the remaining schemes"
    regex.compile(
        rf"^(?:The\s+)?(?P<o>{NP})\s+(?:said|confirmed|explained|advised|reported|stated)\s+that\b.*?"
        rf"\b(?:and|but)\s+(?:(?:he|she|they)\s+)?(?:would|will)\s+(?:{ACTION_VERBS})\b"
    ),
    regex.compile(
        r"(?:explained|said|confirmed|reported) that (?:the\s+)?(?P<o>[a-z][\w ]{2,40}?)\s+(?:were|was|is|are|would)\b"
    ),
    # "The dean will include ...", "the secretary to write ...": a post in lower case
    regex.compile(
        rf"^(?:[Tt]he\s+)(?P<o>(?:[a-z]+\s+)?{_LOWER_ROLE})\s+(?:will|would|to|shall|agreed\s+to|undertook\s+to)\s"
    ),
    # "The ATV representative agreed to circulate ...", "The NHS liaison officer will ...": a
    # post in lower case after the capitalised name of what it stands for (A32)
    regex.compile(
        r"^(?:[Tt]he\s+)(?P<o>(?:[A-Z][\w&'’.-]*\s+){1,3}(?:[a-z]+\s+)?(?:representative|rep|officer|lead|"
        r"liaison|adviser|advisor|coordinator|co-ordinator|secretary|treasurer|chair|manager|director))\s+"
        r"(?:will|would|shall|to(?!\s+be\b)|agreed\s+to|undertook\s+to|promised\s+to)\s"
    ),
]


# An action's number or a list's marker before the sentence (A66): "[113] H. Pask will ...",
# "+ * Owen will send ..." (a bullet in a diff of the notes)
_LEAD_MARKS = regex.compile(r"^(?:\s*(?:\[\d{1,4}\]|[+*•·]|-(?=\s))\s+)+")


def guess_owner(sentence: str) -> str | None:
    """The person or post a sentence gives the action to, as written, or None."""
    if sentence[:1] in "[+*•·-" and (marks := _LEAD_MARKS.match(sentence)):
        sentence = sentence[marks.end() :]
    for pattern in _OWNER_PATTERNS:
        for m in pattern.finditer(sentence):
            owner = m.group("o")
            if _is_generic(owner) and "speaker" in m.groupdict():
                owner = m.group("speaker")
            if not _is_generic(owner):
                return owner.strip(" ,.;:")
    return None


def _is_generic(owner: str | None) -> bool:
    if not owner:
        return True
    key = regex.sub(r"^(?:the|a|an|all)\s+", "", owner.strip().lower())
    body_like = regex.fullmatch(
        r"(?:the\s+)?(?:\w+\s+)?(?:committee|board|council|cabinet|panel|trustees|governors)", key
    )
    return key in _GENERIC_OWNERS or owner.strip().lower() in _GENERIC_OWNERS or bool(body_like)


def resolve_owner(
    raw: str | None, attendees: Mapping[str, str], known_owners: Sequence[str]
) -> str | None:
    """Tidy an owner: expand initials, prefer the known spelling, drop generic subjects."""
    if not raw:
        return None
    owner = raw.strip().lstrip("@").strip(" ,.;:()")
    if owner.count("(") > owner.count(")"):
        owner += ")"  # "Former user (Deleted)": the account's state in brackets stays whole
    owner = regex.sub(r"^(?:the|The)\s+", "", owner)
    owner = regex.sub(r"^[a-z][a-z-]+\s+(?=[A-Z])", "", owner)  # "secretary Craig" -> "Craig"
    owner = _lead_owner(owner, attendees)
    if _is_generic(owner):
        return None
    if owner.upper() == owner and owner.replace(" ", "") in attendees:
        owner = attendees[owner.replace(" ", "")]
    elif full := _by_first_name(owner, attendees):
        owner = full
    elif owner.isupper() and (full := _by_first_name(owner.title(), attendees)):
        owner = full  # "ACTION BO:" for Bo Diaz
    if not known_owners:
        return owner
    known = tuple(known_owners)
    by_key, _ = _known_index(known)
    for candidate in (owner, _TITLE_WORDS.sub("", owner)):
        if candidate.casefold() in by_key:
            return by_key[candidate.casefold()]
    close = _closest(owner.casefold(), known)
    if not close:
        close = _closest(_TITLE_WORDS.sub("", owner).casefold(), known)
    return by_key[close[0]] if close else owner


_CLOSE_CUTOFF = 0.82


@functools.lru_cache(maxsize=8)  # the same owners for every file of a run
def _known_index(known_owners: tuple[str, ...]):
    """The known owners by casefolded name, and each name with its length and letters."""
    by_key = {k.casefold(): k for k in known_owners}
    return by_key, [(key, len(key), dict(Counter(key)).get) for key in by_key]


@functools.lru_cache(maxsize=2048)  # a batch of minutes names the same posts again and again
def _closest(word: str, known: tuple[str, ...]) -> list[str]:
    return _close_matches(word, _known_index(known)[1])


def _close_matches(word: str, index) -> list[str]:
    """``difflib.get_close_matches(word, names, n=1, cutoff=0.82)``, the same answer sooner.

    Names that cannot reach the cutoff are left out first by the bounds difflib itself
    checks (real_quick_ratio: the lengths; quick_ratio: the letters in common), with the
    letters of each known name counted once per run instead of once per comparison.
    """
    letters, size = Counter(word), len(word)
    chars, counts, zeros = tuple(letters), tuple(letters.values()), (0,) * len(letters)
    hopeful = []
    for key, key_size, count_in_key in index:
        total = size + key_size
        if not total:  # two empty names: difflib calls them the same
            hopeful.append(key)
            continue
        if 2.0 * min(size, key_size) / total < _CLOSE_CUTOFF:
            continue
        # letters in common, each counted as often as both names have it (no Python loop)
        common = sum(map(min, counts, map(count_in_key, chars, zeros)))
        if 2.0 * common / total >= _CLOSE_CUTOFF:
            hopeful.append(key)
    return difflib.get_close_matches(word, hopeful, n=1, cutoff=_CLOSE_CUTOFF)


def _by_first_name(owner: str, attendees: Mapping[str, str]) -> str | None:
    """ "Lorraine" -> "Lorraine Fitch" when exactly one attendee has that first name."""
    if not regex.fullmatch(r"[A-Z][a-z'’-]+", owner):
        return None
    names = {n for n in attendees.values() if n.split()[:1] == [owner] and len(n.split()) > 1}
    return names.pop() if len(names) == 1 else None


_JOINT = regex.compile(r"\s+(?:and|&)\s+|\s*/\s*")


def _lead_owner(owner: str, attendees: Mapping[str, str]) -> str:
    """Joint owners ("TB and NH", "Cllr Lloyd-Evans and Cllr Rees"): the first named leads.

    Only people are split, never a post such as "Director of Finance and Resources".
    """
    parts = _JOINT.split(owner)
    if len(parts) < 2:
        return owner

    def person(part: str) -> bool:
        return (
            part.replace(" ", "") in attendees
            or bool(_TITLE_WORDS.match(part))
            or _by_first_name(part, attendees) is not None
        )

    return parts[0] if all(person(p) for p in parts) else owner


# --- due phrases ----------------------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
)
MONTH, DATE = _MONTH, _DATE  # for the action-log reader (trackers.py)
_PERIOD = (
    rf"(?:(?:the\s+)?end\s+of\s+(?:the\s+)?)?(?:(?:early|mid|late)[\s-]+)?(?:{_MONTH}|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)(?:\s+\d{{4}})?|"
    r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?:month|year|financial year|municipal year|term|quarter)"
)
# What a meeting is called: "meeting", and in a board's or project's own words "Board",
# "call", "sync" ("to the May Board", "before the next call").
_MEETING_WORD = (
    r"(?:meeting|Board|board|Committee|Council|Cabinet|call|sync|session|catch-up|stand-up|standup)"
)
_MEETING = (
    r"(?:the|a|its|their)\s+(?:next|following|future|subsequent|forthcoming)\s+(?:[\w-]+\s+){0,2}?"
    rf"{_MEETING_WORD}(?:\s+of\s+the\s+[A-Z][\w]*(?:\s+[A-Z][\w]*)*)?|"
    rf"next\s+{_MEETING_WORD}|"
    # "at the June 11 meeting", "for the 15 October meeting": a meeting on a known date
    rf"(?:the\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})"
    rf"(?:,?\s+\d{{4}})?\s+{_MEETING_WORD}|"
    rf"(?:the\s+)?(?:[A-Z][\w]*(?:\s+[A-Z][\w]*)*['’]s\s+)?{_MONTH}(?:\s+\d{{4}})?\s+(?:[\w-]+\s+)?{_MEETING_WORD}"
)
_END_OF_DAY = (
    r"(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:business\s+)?day|close\s+of\s+(?:business|play)|COB|EOD)"
    r",?\s+(?:on\s+)?"
)
_NUMBER = (
    r"(?:\d{1,3}|a|an|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
)
DUE_PHRASE = regex.compile(
    # "before end of day October 25th", "by close of business on 3 May": the day is the date
    rf"\b(?:(?:by|before|no later than|not later than|until|due|deadline:?)\s+(?:{_END_OF_DAY})?"
    rf"(?:{_DATE}|{_PERIOD}|{_MEETING})"
    rf"|(?:to|at|for|in time for|from)\s+(?:{_MEETING})"
    # "by the statutory deadline of 30 July 2024"
    rf"|by\s+the\s+(?:[a-z]+\s+)?deadline\s+of\s+{_DATE}"
    rf"|(?:within|in)\s+{_NUMBER}\s+(?:working\s+)?(?:days?|weeks?|months?)(?:['’]?\s+time)?"
    r"|by\s+(?:next|the end of next)\s+(?:week|month)"
    r"|by\s+the\s+end\s+of\s+(?:the|this)\s+week"
    # "on 10 November": the day the thing is to be done
    rf"|on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?"
    # "once the paper has been agreed": a condition, kept as words, never a date
    r"|(?:once|when|after)\s+(?:the\s+|it\s+|they\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,4}?(?:has|have|is|are)\s+been\s+"
    r"(?:agreed|approved|completed|signed|published|finalised|finalized|received|lodged|confirmed|"
    r"fixed|resolved|merged|released|decided|reviewed)"
    r"|by\s+(?:next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"|in\s+(?:early\s+|mid-|late\s+)?{_MONTH}(?:\s+\d{{4}})?(?!\s+(?:[\w-]+\s+)?meeting)"
    r"|(?:once|when)\s+(?:it is\s+|they are\s+)?(?:complete|completed|available|finalised|finalized|agreed|published|ready|approved|confirmed|known)"
    r"|in due course|as soon as (?:possible|practicable)|ASAP|at a future date)\b"
)
_POSSESSIVE = regex.compile(r"\b(?:the\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*)*['’]s\s+")


def find_due_phrase(text: str) -> str | None:
    """The due phrase inside a sentence ("by 31 March 2023", "to a future meeting"), or None."""
    found = None
    for m in DUE_PHRASE.finditer(text):
        found = m.group(0)  # the last one: "... to the Board ... by May 2024"
    if found is None and (m := _CLOSING_DAY.search(text)):
        found = m["day"]  # "X will sign in the office Dec. 21st.": the day closes the task
    return found


# a day and month closing the sentence, with no "by"/"on": "... in the office Dec. 21st."
_CLOSING_DAY = regex.compile(
    rf"\s(?P<day>{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})\.?\s*$"
)


# The date in a due phrase, in each written form, to tell an impossible day ("31/04/2023",
# "31st April") from words that are only vague ("once complete"); the year may be left out.
_WRITTEN_DATE = regex.compile(
    r"(?<!\d)(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<na>\d{1,2})(?P<sep>[/.])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})"
    rf"|(?P<wd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<wm>{_MONTH})\.?(?:,?\s+(?P<wy>\d{{4}}))?"
    rf"|(?P<md>{_MONTH})\.?\s+(?P<mdd>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<mdy>\d{{4}}))?)(?!\d)",
    re.I,
)
_MONTH_NUMBER = {
    m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)
}


def _is_a_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def impossible_date(phrase: str | None) -> str | None:
    """The date written in a due phrase when no calendar has that day ("by 31/04/2023" ->
    "31/04/2023", "by 30th February" -> "30th February"), else None.  Numbers are read day
    first, and month first too ("04/31/2023" is no day either way); a date written without
    its year is a day if any year has it (29 February)."""
    for m in _WRITTEN_DATE.finditer(phrase or ""):
        if m["iy"]:
            readings = [(int(m["iy"]), int(m["im"]), int(m["id"]))]
        elif m["na"]:
            year = int(m["ny"]) + (2000 if len(m["ny"]) == 2 else 0)
            a, b = int(m["na"]), int(m["nb"])
            readings = [(year, b, a), (year, a, b)]
        else:
            month = _MONTH_NUMBER[(m["wm"] or m["md"])[:3].casefold()]
            year = m["wy"] or m["mdy"]
            readings = [(int(year) if year else 2000, month, int(m["wd"] or m["mdd"]))]
        if not any(_is_a_day(*r) for r in readings):
            return m.group(0)
    return None


def not_a_real_date(written: str) -> str:
    """The review's flag for a due date no calendar has."""
    return f"'{written}' is not a real date: no due date"


def resolve_due(phrase: str | None, today: date | None):
    """(date, rule) for a due phrase through clerk_cli.dates.parse_due; (None, None) if vague.

    Without a meeting date a phrase is only trusted when it does not depend on
    "today" (an explicit year, or a meeting rule).
    """
    if not phrase:
        return None, None
    from clerk_cli.dates import parse_due
    from clerk_cli.errors import InvalidInput

    cleaned = _POSSESSIVE.sub("the ", phrase.replace("deadline:", "by"))
    cleaned = regex.sub(rf"^({_MONTH})\.\s", r"\1 ", cleaned)  # "Dec. 21st"
    # "the June 11 meeting" is the meeting on 11 June: a date, not a rule
    if m := regex.search(
        rf"({_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})(?:,?\s+(\d{{4}}))?\s+{_MEETING_WORD}$",
        cleaned,
    ):
        cleaned = f"{m.group(1)} {m.group(2)}" if m.group(2) else m.group(1)
    cleaned = regex.sub(
        r"\b(?:Board|board|Committee|Council|Cabinet|call|sync|session|catch-up|stand-up|standup)$",
        "meeting",
        cleaned,
    )
    cleaned = regex.sub(r"^on\s+", "", cleaned)
    cleaned = regex.sub(rf"^(by|before|until)\s+{_END_OF_DAY}", r"\1 ", cleaned)
    cleaned = regex.sub(r"^by\s+the\s+end\s+of\s+(?:the|this)\s+week$", "end of the week", cleaned)
    cleaned = regex.sub(r"^(?:due|deadline|from)\s+", "", cleaned, flags=re.I)
    cleaned = regex.sub(r"^by\s+the\s+(?:[a-z]+\s+)?deadline\s+of\s+", "", cleaned, flags=re.I)
    cleaned = regex.sub(r"^by\s+the\s+end\s+of\s+next\s+", "next ", cleaned, flags=re.I)
    cleaned = regex.sub(r"^(by|before|until)\s+the\s+(?=\d)", r"\1 ", cleaned, flags=re.I)
    cleaned = regex.sub(rf"^in\s+(?=(?:early\s+|mid-|late\s+)?{_MONTH}\b)", "", cleaned)
    try:
        if today is not None:
            due = parse_due(cleaned, today=today, strict=False)
            return due.date, due.rule
        first = parse_due(cleaned, today=date(2001, 1, 1), strict=False)
        second = parse_due(cleaned, today=date(2001, 1, 1) + timedelta(days=400), strict=False)
    except (InvalidInput, ValueError):
        return None, None
    if first.date == second.date:
        return first.date, first.rule
    return None, first.rule
