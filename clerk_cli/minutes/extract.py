"""extract(): minutes text in, meeting, resolutions and actions out.  Pure and linear."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from clerk_cli.errors import InvalidInput

from . import actions as act
from . import motions as mo
from . import regex, trackers
from . import resolutions as res
from .header import (
    attendee_names,
    front_matter,
    parse_attendees,
    parse_date,
    parse_meeting,
    titled_initials,
)
from .model import Extraction, FoundAction, FoundResolution
from .patterns import (
    find_due_phrase,
    guess_owner,
    impossible_date,
    not_a_real_date,
    resolve_due,
    resolve_owner,
)
from .reader import MAX_TEXT_CHARS, visible_controls
from .units import Unit, build_units, table_cells

_HTML_BREAK = regex.compile(r"(?i)<br\s*/?>|</?p\b[^>]{0,40}>|</?div\b[^>]{0,40}>")
_HTML_INLINE = regex.compile(r"(?i)</?(?:strong|b|em|i|u|span|font)\b[^>]{0,40}>")


def extract(
    text: str,
    *,
    filename: str | None = None,
    default_date: date | None = None,
    known_owners: Sequence[str] = (),
    max_chars: int | None = None,
) -> Extraction:
    """Find the meeting, its resolutions and its actions in minutes text.

    ``default_date`` is used when the minutes carry no date; ``known_owners`` are
    matched (exactly, then closely) so owners come back in their known spelling.

    Example::

        ex = extract(read_document("minutes.docx"), known_owners=["Clerk"])
        for action in ex.actions:
            print(action.owner, action.due_date, action.text)
    """
    limit = MAX_TEXT_CHARS if max_chars is None else max_chars
    if len(text) > limit:
        raise InvalidInput(
            f"These minutes hold more than {limit:,} characters of text, more than any minutes."
        )
    text = visible_controls(text)
    if (breaks := len(_HTML_BREAK.findall(text))) >= 10 and breaks >= 2 * (text.count("\n") + 1):
        # (A77) a web page's text copied with its tags ("... the Board <br /> directed ..."):
        # its breaks are the lines (the file's own lines, a handful, number nothing useful)
        text = _HTML_INLINE.sub("", _HTML_BREAK.sub("\n", text))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meeting = parse_meeting(lines, filename=filename, default_date=default_date)
    _, used = front_matter(lines)
    lines = [""] * used + lines[used:]
    extraction = Extraction(meeting=meeting, attendees=parse_attendees(lines))
    walker = _Walker(extraction, build_units(lines), known_owners, titled_initials(lines))
    walker.people = attendee_names(lines)
    walker.run()
    _tracker_rows(walker, lines)
    extraction.actions = act.deduplicate(
        _voiced_requests(_explained_requests(_answered_requests(extraction.actions), lines)),
        listed=walker.listed,
    )
    _dues_from_next_meeting(extraction.actions, lines, meeting.date)
    return extraction


def _tracker_rows(walker: _Walker, lines: list[str]) -> None:
    """An action log flattened to text (A56): a task from each open row the walker found none
    in; and the lead column owns what the walker found in a row."""
    headers = trackers.log_headers(lines)
    spans = [
        span
        for n, header in enumerate(headers)
        for span in trackers.rows(
            lines[: headers[n + 1]] if n + 1 < len(headers) else lines, header + 1
        )
    ]
    document = trackers.words_of("\n".join(lines)) if spans else ""
    for first, end in spans:
        row = trackers.read_row(lines[first:end], document)
        # (lines are counted from 1)
        found = [a for a in walker.ex.actions if first < a.line <= end]
        if found and row.task and row.lead and any(f" {row.lead} " in f" {a.text} " for a in found):
            # a run-on row the reader parsed (A59): its task, lead and due, not the walker's
            # reading of the whole row (which runs on into the lead, the due and the status)
            walker.ex.actions = [a for a in walker.ex.actions if not first < a.line <= end]
            found = []
        if found:
            if row.closed:
                # a row marked complete: done, not to chase (A59)
                walker.ex.actions = [a for a in walker.ex.actions if a not in found]
                continue
            lead = row.lead and resolve_owner(row.lead, walker.ex.attendees, walker.known)
            for a in found if lead else ():
                a.owner = lead
                a.flags = [f for f in a.flags if f != "no owner named"]
            continue
        if row.task is None or row.closed:
            continue
        unit = Unit(line=first + 1, text=row.task, source=lines[first].strip())
        walker.ref = trackers.row_ref(lines[first]) or walker.ref  # the row's own reference
        walker.add_action(
            row.task, unit, owner=row.lead, due_text=row.due, listed=True, guess=row.lead is None
        )


# "The next meeting will be held on Tuesday 12 January 2021", "Next meeting: December 10, 2019"
# ", proposed by A and seconded by B" (or "was approved by A and second by B") closing a
# sentence that already records the decision (R88)
_PROPOSER_TAIL = regex.compile(
    r"(?i)(?:,\s*|\s+)(?:(?:being|having\s+been)\s+)?(?:proposed|moved)(?:\s+by)?\s+[^,;]{2,60}?[,;]?\s*"
    r"(?:and\s+)?second(?:ed)?(?:\s+by)?\s+[^,;]{2,60}$"
)
# a decision's label alone on its line, over the matter (R90): "Approved", "Agreed",
# "Recommended to Council"; "Not approved" and "Noted" over matters not decided
_LABEL_OVER = regex.compile(
    r"(?i)(?P<no>not\s+)?(?:approved|agreed|resolved|decided|adopted|endorsed|ratified|confirmed|"
    r"recommended(?:\s+to\s+(?:the\s+)?[A-Z][\w'’ ]{2,30})?)|(?P<noted>noted|received)"
)
_CAPS_LINE = regex.compile(r"[^a-z]*[A-Z]{3}[^a-z]*")
_TITLE_LINE = regex.compile(
    r"(?i)(?:open\s+|public\s+|draft\s+)?minutes\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}meeting\s+of\b"
)
_NEXT_MEETING_LINE = regex.compile(r"(?i)\bnext\s+(?:[\w-]+\s+){0,3}?meeting\b")


def _wrapped_cell(unit: Unit, previous: Unit | None) -> bool:
    """A short fragment over two or more lines right after a tracker row: a cell's overflow
    ("Reorganised to" | "Aug as no time" / "was available"), not the end of the table (A55)."""
    return (
        previous is not None
        and previous.kind == "table"
        and unit.kind in ("para", "heading")
        and len(unit.text.split()) <= 12
        and unit.text.rstrip()[-1:] not in ".:"
    )


def _next_meeting_date(lines: list[str], today: date | None):
    """The date the minutes give for the next meeting (after this one), or None."""
    if today is None:
        return None
    for line in lines:
        if not _NEXT_MEETING_LINE.search(line):
            continue
        # the date in the same line only: a "Date of next meeting" heading with the date
        # below is left to the importer's meeting calendar (the due rule), as the examples'
        # charity minutes expect
        when = parse_date(line)
        if when is not None and today < when <= today + timedelta(days=400):
            return when
    return None


def _dues_from_next_meeting(actions: list, lines: list[str], today: date | None) -> None:
    """ "before the July meeting": the next meeting's date when the minutes print it in July
    ("The next meeting will be held on 8 July 2013")."""
    # "the next meeting" stays a rule for the importer's calendar (the examples' fixtures leave
    # its date empty even when the minutes print it); "the July meeting" is pinned down here
    pending = [
        a
        for a in actions
        if a.due_date is None and a.due_rule and a.due_rule.startswith("meeting_month:")
    ]
    if not pending or (when := _next_meeting_date(lines, today)) is None:
        return
    for a in pending:
        month = a.due_rule == f"meeting_month:{when.month}" and regex.search(
            r"(?i)\bthe\s+[a-z]+\s+meeting\b", a.due_text or ""
        )  # "before the July meeting"; not another body's "at its December meeting"
        if month:
            a.due_date = when
            a.flags = [f for f in a.flags if not f.startswith("condition or vague due")]


# Who puts a request or a question at the meeting, and the verb: one notion, shared by the
# request patterns below (each reads it in its own context)
_ASKERS = r"(?:Members|members|[Mm]ember|Councillors?|Councilmember|Trustees|Governors)"
_ASKED = r"(?:also\s+)?(?:asked|requested)"
# "Members asked that a briefing be held" / "Councillor A asked for a comparison of rates"
_REQUEST_ASKED = regex.compile(
    # a lead-in before the asker: "In discussion of the figures, members asked for ..." (A34)
    rf"^(?:(?:In|On|During|Following|After|When)\s[^,.;]{{2,80}},\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:{_ASKERS}"
    # (A53) a US board or committee in lower case: "The board asked for a breakdown by school"
    r"|(?<=^The\s)(?:board|committee|council|commission|panel|trustees|directors|governors))?"
    rf"(?:\s+[A-Z][\w'’-]*)?\s*{_ASKED}\s+(?:for\s+|that\s+)(?P<what>\S.*)$"
)
# "the Head of Legal Services would arrange it", "X stated staff will provide that information":
# a reply that takes the request on, naming it only by a pronoun or "that information"
_REPLY = regex.compile(
    r"\b(?:would|will|agreed\s+to|undertook\s+to)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+"
    r"(?:it|this|that|them|these|those|that\s+information|the\s+information|the\s+(?:breakdown|figures|details|comparison))\b"
    # "The Vice Chancellor agreed that this would be provided to ...": the request, by a pronoun,
    # as the subject of a passive the officer promises (A34)
    r"|\b(?:agreed|undertook|confirmed|promised|said|stated|advised)\s+(?:that\s+)?(?:this|it|these|they|those)\s+"
    r"(?:would|will)\s+be\s+(?:provided|circulated|sent|shared|supplied|prepared|produced|brought|"
    r"presented|reported|given|made\s+available|included|added|arranged|forwarded|distributed)\b"
)
_REPLY_SUBJECT = regex.compile(
    r"\b(?:said|stated|confirmed|advised|replied|explained)\s+(?:that\s+)?(?P<who>staff|officers|the\s+[A-Z][\w ]{2,60}?)\s+(?:will|would)\b"
)


# the reply takes the request on: "X undertook to write ...", "Y agreed to arrange ...", "said
# he would draft ..."
_TAKEN_ON = regex.compile(
    r"\b(?:undertook|agreed|promised|offered|volunteered)\s+to\s+(?!be\b)[a-z]"
    r"|\b(?:would|will)\s+(?!be\b)[a-z]"
)
# a request put earlier in the same sentence: "Members asked that X be told; the Manager ..."
_REQUEST_BEFORE = regex.compile(
    rf"^(?:[A-Z][\w.'’-]*\s+){{0,3}}{_ASKERS}?(?:\s+[A-Z][\w'’-]*)?\s*{_ASKED}\s+(?:for\s+|that\s+)"
    r"(?P<what>[^;]{3,200}?)\s*;\s*$"
)


# an officer's word that something will be changed or looked into
_SAID_AMENDED = regex.compile(
    rf"(?:^|^[^,;]{{1,80}},\s+|,\s+and\s+|;\s+)(?:the\s+|The\s+)?(?P<who>{act.NP})\s+(?:said|confirmed|agreed|undertook|"
    r"advised|assured\s+\w+)\s+(?:that\s+)?(?:the\s+|this\s+|these\s+|its\s+|their\s+)?[^.;]{1,60}?\s+"
    r"(?:would|will)\s+be\s+(?:adjusted|amended|updated|corrected|revised|changed|reworded|rectified|"
    r"clarified|looked\s+into|checked|investigated|followed\s+up|taken\s+forward|included|added)\b"
)


# a passive future whose agent is a post: "this would be taken forward by the Registrar"
_TAKEN_FORWARD_BY = regex.compile(
    r"\b(?:this|it|these|that|which)\s+(?:would|will)\s+be\s+(?:taken\s+forward|progressed|followed\s+up|"
    rf"picked\s+up|looked\s+into|actioned|led)\s+by\s+(?:the\s+)?(?P<who>{act.NP})"
)


_POST_AND_SERVICE = regex.compile(
    r"^(?:The\s+|the\s+)?(?:[A-Z][\w'’&]*\s+){1,4}-\s+(?:(?:[A-Z][\w'’&]*|and|of)\s+){1,5}"
    r"(?:undertook|agreed|promised|said|confirmed|will|would)\b"
)


_SAID_PASSIVE = regex.compile(
    r"^(?:The\s+)?(?P<who>(?:[A-Z][\w'’-]*\s+)(?:(?:of|and|for)\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*\s+){0,4}?)"
    r"(?:said|stated|confirmed|advised|undertook|promised)\s+(?:that\s+)?[^.;]{3,120}?\b(?:would|will)\s+be\s+"
    r"(?:circulated|sent|provided|shared|prepared|published|arranged|reported|brought|issued|included|made\s+available)\b"
)


def _with_request(sentence: str, start: int, text: str) -> str:
    """ "Members asked that X be told; the Manager undertook to write ...": the reply's
    task, with the request's words after it (what the reply only points to)."""
    if start > 0 and _TAKEN_ON.search(text) and (m := _REQUEST_BEFORE.match(sentence[:start])):
        return f"{text.rstrip('. ')}: {m['what'].rstrip('. ')}"
    return text


def _answered_requests(actions: list) -> list:
    """A request and the officer's reply taking it on: one action, the reply's owner, the request's task."""
    out: list = []
    for found in actions:
        before = out[-1] if out else None
        if found.owner is None:
            if (
                before is not None
                and before.owner
                and 0 <= found.line - before.line <= 2
                and regex.match(r"(?:would|will)\s+(?!be\b)[a-z]", found.text)
            ):
                # "she would add X, and would bring Y": the second undertaking is hers too
                found.owner = before.owner
            elif m := _SAID_PASSIVE.match(found.text):
                # "The City Treasurer said that a breakdown would be circulated": his undertaking
                found.owner = m["who"].strip()
            if found.owner:
                found.flags = [f for f in found.flags if f != "no owner named"]
        if (
            before is not None
            and before.owner is None
            and 0 <= found.line - before.line <= 2
            and (asked := _REQUEST_ASKED.match(before.text))
            and _REPLY.search(found.text)
        ):
            owner = found.owner
            if owner is None and (who := _REPLY_SUBJECT.search(found.text)):
                owner = regex.sub(r"^the\s+", "", who["who"])
            if (what := asked["what"].rstrip(". ")) not in found.text:
                found.text = f"{found.text.rstrip('. ')}: {what}"  # (A25 may have added it)
            found.owner = owner
            found.due_date = found.due_date or before.due_date
            found.flags = (
                [f for f in found.flags if f != "no owner named"] if owner else found.flags
            )
            out[-1] = found
            continue
        if (
            before is not None
            and before.owner is None
            and found.owner
            and 0 <= found.line - before.line <= 2
            and (asked := _REQUEST_ASKED.match(before.text))
            and _TAKEN_ON.search(found.text)
            and not found.text.startswith(before.text[:40])
        ):
            # "Cr A asked for a survey of the car park. The Head of Estates agreed to arrange a
            # visit": one task, the reply's owner, the request's words kept after the reply's
            if (what := asked["what"].rstrip(". ")) not in found.text:
                found.text = f"{found.text.rstrip('. ')}: {what}"
            found.due_date = found.due_date or before.due_date
            out[-1] = found
            continue
        if (
            before is not None
            and before.owner is None
            and found.owner
            and 0 <= found.line - before.line <= 1
            and " to " in found.text
            and found.text.startswith(f"{found.owner} to ")
            and _REQUEST_ASKED.match(before.text)
        ):
            # "DH asked for a drop-in session for residents. GW to book the Community Office
            # for a Saturday": the request is met by the task given to GW, which is the task
            # (A31); its words are the task's own
            out[-1] = found
            continue
        if (
            before is not None
            and before.owner is None
            and before.resolution_ref
            and not found.resolution_ref
            and found.owner
            and 0 <= found.line - before.line <= 1
            and found.text.startswith(f"{found.owner} to ")
        ):
            # "The Board agreed to write to the council accepting the date. GW to draft the
            # letter for RH to sign.": the decision is carried out by the task handed to GW,
            # which is its action (A47); the decision itself stays a resolution
            out[-1] = found
            continue
        if (
            before is not None
            and before.owner is None
            and found.owner
            and 0 <= found.line - before.line <= 2
            and _ASKED_AT_MEETING.match(before.text)
            and not found.text.startswith(before.text[:40])
        ):
            # "Members asked how people offline would reply; the Deputy Chief Executive
            # undertook to print copies": the question or request is answered by the
            # undertaking after it, which is the task
            out[-1] = found
            continue
        out.append(found)
    return out


# "Members asked for an update on X." / "Cllr A asked that ...": a request put at the meeting
_MEMBERS_ASKED = regex.compile(
    rf"^[^.;]{{0,40}}?\b(?:{_ASKERS}|Cllr\.?\s+[A-Z][\w'’-]*|Councillor\s+[A-Z][\w'’-]*)"
    rf"\s+{_ASKED}\s+(?:for|that)\s"
)
# the next sentence answers it with an explanation: "Mr A told the meeting that ...", "The Lead
# Manager said that the risk was shown in the report"
_EXPLAINED = regex.compile(
    r"^\s*(?:The\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)?[A-Z][\w&.'’-]*\s+(?:(?:[A-Z][\w&.'’-]*|&|of|and)\s+){0,6}"
    r"(?:said|stated|told\s+(?:the\s+)?(?:meeting|committee|board|panel|members|forum)|advised|explained|"
    r"replied|responded)\s+that\b"
)


# A last sentence that names its matter only by "this" (A43): "It was noted that no reply had come
# to the Board's request that X. It was agreed that this needed to be followed up."
_POINTS_BACK = regex.compile(
    r"^(?:(?:It\s+was\s+)?(?:[Aa]greed|resolved|decided|noted)\s+that\s+|It\s+was\s+(?:agreed|resolved|decided)\s+that\s+)?"
    r"(?:[Tt]his|[Tt]hese)\s+(?:needed|needs|need|should|would|will|must|is\s+to|was\s+to|are\s+to)\b"
)


def _marked_request(text: str) -> str:
    """The sentence an end-of-item marker ("ACTION: Jo" on the next line, initials) closes,
    with what it answers or points back to in the sentence before (A43): a reply to a request
    ("Members asked for X. The Director agreed to update the Board.") carries the request's
    words, and "It was agreed that this needed to be followed up." the sentence "this" means."""
    from .units import Unit

    sentences = Unit(line=1, text=text, source=text).sentences()
    if len(sentences) < 2:
        return act.last_request(text)
    last, before = sentences[-1][1], sentences[-2][1]
    if (asked := _REQUEST_ASKED.match(before)) and _TAKEN_ON.search(last):
        return f"{last.rstrip('. ')}: {asked['what'].rstrip('. ')}"
    if _POINTS_BACK.match(last):
        return f"{before.rstrip()} {last}"
    return last


# " / SE", " / MPi", " / All" closing a paragraph after its full stop: the Action column of a
# two-column table flattened into the line (A45); one tag only ("/ HA / BSD" pairs tags with
# clauses, which is not read)
# "Name: [to] verb ..." as an item of an action list (A48): one to four capitalised words, perhaps
# an account's state in brackets ("(Deleted)", "(Deactivated)"), a colon, then a task -- not a
# label ("Note:", "Status:") and not a clause ("the report is late", "completed")
_NAME_COLON_TASK = regex.compile(
    r"^(?!(?:Note|Notes|Status|Update|Action|Actions|Owner|Due|Comment|Comments|Topic|Outcome|Decision|"
    r"Result|Issue|Background|Summary|Next\s+steps?|Follow[- ]up|Done|Open|Closed|Complete|Ongoing|Pending|"
    r"Agenda|Item|Re|Subject|Update\s+from|Reminder|Question|Answer|Minutes|Date|Time|Where|When|Who|What)\s*:)"
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,2}(?:\s+\([A-Z][A-Za-z ]{1,25}\))?)"
    r"\s*:\s+(?:to\s+(?=[a-z]))?"
    r"(?!(?:the|a|an|this|that|these|those|it|he|she|they|we|there|is|are|was|were|has|have|had|will|would|"
    r"should|not|no|all|some|in|on|at|by|for|from|with|of|and|or|but|as|if|when)\b)"
    r"(?P<rest>[a-z][a-z'’-]*(?<!ed)(?<!ing)\b.*)$",
    re.S,
)
_SLASH_TAG = regex.compile(r"(?<=[.!?)’”\"])\s+/\s+(?P<tag>[A-Z][A-Za-z]{1,3})\s*$")


# "Clerk to action", "Cllr Gebbett to action 7.5." closing a paragraph (A63)
_TO_ACTION_TAG = regex.compile(
    r"^(?P<tag>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’.-]*){0,3})"
    r"\s+to\s+action(?:\s+\d{1,3}(?:\.\d{1,3})*)?\.?$"
)
# "Action Clerk" closing a paragraph, no colon (A42)
_BARE_ACTION_TAG = regex.compile(
    r"^(?:ACTION|Action)\s+(?P<tag>[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’.-]*){0,3})\.?$"
)


# A named committee or group the meeting asks to do something owns it (A40): "The Executive
# Committee was asked to prepare a proposal", "The building committee has been asked to obtain
# quotes".  "The Committee was asked to ..." (no name: the meeting itself) owns nothing.
_DELEGATED_GROUP = regex.compile(
    r"^(?:The|the)\s+(?P<who>(?!(?:whole|same|full|main|said)\b)(?:[A-Za-z][\w'’-]*\s+){1,3}"
    r"(?:[Cc]ommittee|[Ss]ub-[Cc]ommittee|[Gg]roup|[Pp]anel|[Tt]eam))\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:asked|requested|instructed|tasked)\s+to\s+(?!be\b)[a-z]"
)


# the one named before ", who will ...": "send photographs to the Clerk, who " (A41)
_WHO_BEFORE = regex.compile(
    r"(?:\b[Tt]he\s+|\b)(?P<o>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’.-]*){0,4}),\s+who\s+$"
)


def _explained_requests(actions: list, lines: list[str]) -> list:
    """A members' request answered by an officer's explanation in the next sentence ("Members
    asked for an update on X. Mr A told the meeting that the signs were on order."): answered at
    the meeting, nobody's task (an undertaking in the reply is found on its own)."""
    out = []
    for found in actions:
        if found.owner is None and _MEMBERS_ASKED.match(found.text):
            near = " ".join(lines[max(0, found.line - 1) : found.line + 3])
            near = regex.sub(r"\s+", " ", near)
            at = near.find(found.text[:30])
            if at >= 0 and (end := near.find(". ", at)) >= 0 and _EXPLAINED.match(near[end + 1 :]):
                continue
        out.append(found)
    return out


# A member's wish voiced in the passive, with nobody to carry it out (A35): "She asked that the
# level of resources be reviewed", "Eastman asked that the accountant be allowed to ...", "With
# reference to item 6d, asked that the reply be put on the website".  One person (a pronoun, a
# name, a titled name, "a Member") or no subject after a lead-in; no agent ("be signed by the
# Chair"), no date, and nobody's reply took it on (A25, A34 ran first).  "Members asked for ..."
# and a body's request ("The Committee asked that a report be brought ...") stay tasks.
_VOICED_REQUEST = regex.compile(
    r"^(?:(?i:with|in|on|regarding|under|at)\s[^,.;]{2,80},\s+)?"
    r"(?:(?:She|He|They|[Aa]\s+[Mm]ember|(?:Cllr\.?|Councillor|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?|(?!(?:The|This|That|It|Members|Council|Committee|Board|Panel|Cabinet|Forum|"
    r"Trustees|Governors|Directors|Officers)\b)[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+)?"
    rf"{_ASKED}\s+that\s+[^.;]{{2,160}}?\s+be\s+(?:\w+ly\s+)?"
    r"(?!(?:asked|requested|invited|instructed|authori[sz]ed|directed|tasked)\b)[a-z]+(?:ed|en|wn|nt|ut|ught)\b"
)


def _voiced_requests(actions: list) -> list:
    """Drop a member's wish voiced in the passive that nobody took on (A35)."""
    out = []
    for found in actions:
        if (
            found.owner is None
            and found.due_text is None
            and " that " in found.text
            and (m := _VOICED_REQUEST.match(found.text))
            and not regex.match(r"[^.;]*?\bby\s+(?:the\s+[A-Za-z]|[A-Z])", found.text[m.end() :])
        ):
            continue
        out.append(found)
    return out


# A view on what is needed, voiced by members: "Members stressed the need to ...", "The Board
# recognised the importance of ...": nobody is given the task
_VIEW_OF_NEED = regex.compile(
    r"^[^,;]{0,60}?\b(?:stressed|emphasi[sz]ed|highlighted|underlined|reiterated|recognised|"
    r"recognized|acknowledged|noted|agreed\s+on)\s+(?:the\s+)?(?:need|importance|value)\s+(?:to|of|for)\b"
)
# A question or request put at the meeting by members, before an officer's reply
_ASKED_AT_MEETING = regex.compile(
    rf"^(?:A\s+|The\s+)?{_ASKERS}\s+(?:also\s+)?"
    r"(?:asked|requested|queried|enquired|inquired|wondered)\s+(?:for|that|how|whether|what|why|when|if|about)\b"
)


# Not a task either (A31): the Chair's word on how the meeting will run ("The Chair will allow
# members of the public to ask a question ..."), and a request from somebody's office outside the
# meeting ("His office asked for the deeds held by the Clerk"); tried only when "allow" or
# "permit" is in the text or it opens with "His / Her / Their / Its"
_POSSESSIVE_STARTS = frozenset({"His ", "Her ", "Thei", "Its "})
_PROCEDURE_OR_OUTSIDE = regex.compile(
    r"(?:The\s+)?(?:Chair|Chairman|Chairwoman|Chairperson|Mayor|Convener|Convenor|Presiding\s+Officer)\s+"
    r"(?:will|may|would|can)\s+(?:normally\s+|also\s+)?(?:allow|permit)\s+(?:any\s+)?(?:members\s+of\s+the\s+public|"
    r"the\s+public|public\s+questions|questions|speakers|visitors|members|councillors|deputations)\b"
    r"|(?:His|Her|Their|Its)\s+(?:office|firm|company|practice|solicitors?|agents?)\s+(?:had\s+)?"
    r"(?:asked|requested)\b"
)


# a decision's label with no words of its own (R72)
_OUTCOME_ONLY = regex.compile(
    r"(?i)(?:duly\s+)?(?:elected|re-elected|carried|agreed|approved|adopted|passed)(?:\s+unanimously|\s+unopposed)?\.?"
)
_LABEL_ONLY = regex.compile(r"(?i)(?:that|resolved|agreed|decided|and)?\s*[:;,.\-–—]*")
# words that do not tell two decisions apart ("was duly elected as" / "be elected")
_FILLER_WORDS = frozenset("the a an that be was were is are duly as to of and by for".split())


def _same_words(new: frozenset[str], old: frozenset[str]) -> bool:
    """The later decision's words all inside an earlier one's, nearly all of them: a restatement."""
    if len(new) < 4 or not new <= old:
        return False  # "accept the minutes as amended" twice: two meetings' minutes, two decisions
    return len(new) >= 8 or len(new) >= 0.8 * len(old)


# Never a task, whatever its shape: "Nothing to report.", a standing agenda line inviting
# declarations ("Councillor X to declare an interest in any item"), what a report set out,
# a visitor who "will attend the meeting at 11am"
_NOT_AN_ACTION = regex.compile(
    r"(?i)^(?:nothing|none|no\s+(?:items?|matters?|issues?|actions?))\s+(?:further\s+)?to\s+report\b"
    r"|\bto\s+declare\s+(?:an?\s+|any\s+)?(?:(?:personal|prejudicial|pecuniary|disclosable)\s+)*interests?\b"
    r"|^(?:the\s+)?(?:report|paper|update|briefing\s+note)\s+(?:set\s+out|outlined|described|summarised|summarized)\b"
    # "Information was asked for on the pledge ...": a question put at the meeting
    r"|^(?:information|clarification|details|questions?)\s+(?:was|were)\s+(?:asked\s+for|sought|requested)\s+(?:on|about|regarding)\b"
    r"|^(?:an?\s+)?(?:representatives?|speakers?|visitors?|guests?)\s+(?:of|from)\b[^.]{0,80}?\bwill\s+attend\s+the\s+meeting\b"
    # the meeting's own procedure: "asked the Clerk to conduct the roll call", "asked for roll
    # call as follows", "asked X to lead the Pledge"
    r"|\b(?:conduct|call|take|read|do)\s+(?:the\s+|a\s+)?roll(?:[\s-]+call)?\b"
    r"|\basked\s+for\s+(?:the\s+|a\s+)?roll[\s-]+call\b"
    # "Reeve A requested a recorded vote.", "The next scheduled meeting to be held on June 13"
    # (A65): the meeting's own procedure and calendar
    r"|\b(?:requested|asked\s+for|called\s+for)\s+(?:a\s+)?(?:recorded|named|roll[\s-]+call)\s+vote\b"
    r"|^(?:the\s+)?next\s+(?:\w+\s+){0,2}meeting\s+(?:is\s+|will\s+be\s+|to\s+be\s+)?(?:held|scheduled)\b"
    r"|\blead\s+(?:the\s+|a\s+|us\s+in\s+(?:the\s+)?)?(?:pledge|prayer|invocation)\b"
    # "Simon Ormerod agreed to chair the meeting.", "X agreed to take the minutes.": this
    # meeting's chair and minute-taker, settled as it opened (A64)
    r"|\b(?:agreed|offered|volunteered|was\s+asked)\s+to\s+(?:chair|take\s+(?:the\s+)?(?:chair|minutes|notes))"
    r"(?:\s+(?:(?:of|for|at)\s+)?(?:this|the|today['’]s|tonight['’]s)\s+meeting)?\s*\.?$"
    # a post's title, as under a signature: "Secretary to the University Senate", "Clerk to
    # the Council"
    r"|^(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Secretary|Clerk|Adviser|Advisor|Solicitor|Treasurer|Officer)\s+"
    # (a name of capitalised words: "the Clerk to the Authority will write ..." is a task, A78)
    r"to\s+the\s+[A-Z][\w'’&-]+(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][\w'’&-]*){0,6}\.?$"
    # an agenda item's title: "Scrutiny Committee Chairs to report" (every word capitalised, no
    # object, no full stop)
    r"|^(?-i:(?:[A-Z][\w'’-]*\s+){2,6})to\s+(?:report|present|update)$"
    # the meeting's own boilerplate (A49): the Chair's script ("The Chairman to welcome everyone
    # to the meeting"), a Scottish agenda item's title ("Consider Minute of Meeting held on ..."),
    # a US board's closing and purpose paragraphs ("There being no further business ...", "The
    # purpose of a public meeting of the Board is ..."), standing for office ("has volunteered to
    # stand for Secretary")
    r"|^(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|mayor|convener|convenor|president)\s+to\s+"
    r"(?:welcome|open|close|declare|introduce)\b(?:\s+(?:everyone|all|members|those\s+present|the\s+meeting)\b)"
    # (A57) the rest of the Chair's script and the meeting's own conduct: "The Chairman to report
    # apologies for absence", "The Chairman will read the following announcement", "X will pay
    # tribute to Y", "This meeting is to be webcast", "The next meeting to be held on ..." (and
    # nothing to do after it), a list's label ("Actions/ further information to be provided:")
    r"|^(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|mayor|convener|convenor|president|"
    r"presiding\s+officer)\s+(?:to|will|would|shall)\s+(?:report|read|make|give|announce|receive)\s+"
    r"(?:the\s+|any\s+|an?\s+)?(?:following\s+)?(?:apologies|announcements?|statements?|tributes?|"
    r"declarations?)\b"
    r"|\b(?:will|to|would)\s+pay\s+(?:a\s+)?tributes?\s+to\b"
    r"|^this\s+meeting\s+(?:is\s+to\s+be|will\s+be|is\s+being|may\s+be)\s+(?:webcast|recorded|broadcast|"
    r"filmed|live[\s-]?streamed)\b"
    r"|^the\s+next\s+meeting\s+(?:is\s+|will\s+be\s+)?(?:to\s+be\s+)?held\s+(?:on|at)\b(?![^;]*\bto\s+(?!be\b)[a-z])"
    r"|^actions?\s*/\s*[^.;]{0,80}\bto\s+be\s+(?:provided|followed\s+up|taken\s+forward)\s*:?$"
    # (A62) not tasks of the meeting: a request from a member of the public ("A resident of X
    # addressed Council ... and asked that traffic calming be installed"); what a rule allows
    # ("the policy now allowed such vehicles to be licensed"); what goes on as before ("Firing
    # notices would continue to be published"); an agenda's purpose for the body itself ("Board
    # to agree the refresh of the plan", "The Committee to note the report")
    r"|^(?:an?\s+|one\s+|two\s+|several\s+)(?:local\s+)?(?:residents?|members?\s+of\s+the\s+public|parishioners?|"
    r"speakers?|objectors?|petitioners?|deputees?|visitors?)\b[^.;]{0,160}?\b(?:asked|requested|called)\b"
    r"|\ballow(?:s|ed)?\s+[^.;]{1,80}?\s+to\s+be\s+[a-z]+(?:ed|en)\b"
    r"|^[^.;]{0,80}?\b(?:would|will)\s+continue\s+to\s+be\s+[a-z]+(?:ed|en)\b"
    r"|^(?:the\s+)?(?:board|committee|council|panel|cabinet|forum|sub-committee|members|governors|trustees)\s+"
    r"to\s+(?:agree|note|consider|approve|receive|discuss|endorse|decide|comment)\b"
    # (A60) a log's key: "Open means they are to be started on", "AMBER at risk", "Key to
    # abbreviations used in these Minutes"
    r"|^(?:open|closed|in\s+progress|complete[d]?|ongoing|new|not\s+started|on\s+hold|red|amber|green)\s+"
    r"means\b"
    r"|^(?-i:RED|AMBER|GREEN|BLUE)\s+(?:at\s+risk|on\s+track|overdue|complete[d]?|delayed|behind|stuck|not\s+started)\b"
    r"|^key\s*:|^key\s+to\s+(?:the\s+)?(?:abbreviations|acronyms|symbols|colours|ratings|status)\b"
    r"|^consider(?:ed)?\s+(?:the\s+)?minutes?\s+of\s+(?:the\s+)?(?:\w+\s+)?meeting\b"
    r"|^there\s+being\s+no\s+(?:further|other)\s+business\b"
    r"|^the\s+purpose\s+of\s+(?:a|the|this)\s+(?:public\s+|regular\s+)?meeting\b"
    # (A54) a paper's cover sheet ("The purpose of this paper is to present ..."), and a draft's
    # title line ("Draft minutes of the Ordinary Meeting held on ...", never "... to be sent")
    r"|^the\s+purpose\s+of\s+(?:this|the)\s+(?:paper|report|briefing|document|note|item)\s+is\b"
    r"|^draft\s+minutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?meeting\b(?![^.;]*\b(?:to|will|shall)\s+be\b)"
    r"[^.;]{0,80}?\bheld\b"
    r"|\bvolunteered\s+to\s+stand\s+(?:for|as)\b"
    # a date in the calendar, not a task (A36): "the recruitment campaign would open in July",
    # "the consultation will close on 3 May" (the verb with no object, then when)
    r"|\b(?:would|will)\s+(?:open|close|start|begin|commence|launch|end|finish|go\s+live|run)\s+"
    r"(?:in|on|from|until|till|at\s+the\s+(?:end|start|beginning)|next|shortly|soon|later|early|this)\b"
    # thanks for what others took on (A36): "X thanked the members who volunteered to serve on Y"
    r"|\bthanked\b[^.;]{0,120}?\b(?:who|that)\s+(?:had\s+)?(?:volunteered|agreed|offered|undertaken|"
    r"stepped\s+forward)\s+to\b"
    # a standing power, not a task (A38): "be authorised to vary the work programme between
    # meetings", "to make changes to the Plan during the year"
    r"|\bauthori[sz]ed\s+to\s+(?:vary|amend|change|alter|make\s+(?:minor\s+|any\s+|further\s+)?"
    r"(?:changes|amendments|variations|alterations))\b[^.;]{0,100}?\b(?:between\s+meetings|"
    r"during\s+the\s+(?:course\s+of\s+the\s+)?year|from\s+time\s+to\s+time|in[-\s]year)\b"
    # (A54) a delegated power to make minor changes, whenever: "be authorised to make minor
    # changes to the network during the winter", "be authorised to make any minor amendments"
    r"|\bbe\s+authori[sz]ed\s+to\s+make\s+(?:any\s+)?minor\s+(?:changes|amendments|variations|alterations)\b"
    # (R89) "delegates to the Chief Executive authority to make minor changes to the bid"
    r"|\bdelegate[sd]?\s+to\s+[^.;]{2,80}?\bauthority\s+to\s+make\s+(?:any\s+)?minor\s+"
    r"(?:changes|amendments|variations|alterations)\b"
)


class _Walker:
    """One pass over the units, keeping the current minute reference and list modes."""

    def __init__(
        self,
        extraction: Extraction,
        units: list[Unit],
        known_owners: Sequence[str],
        titled: set[str] = frozenset(),
    ):
        self.ex = extraction
        self.titled = titled  # initials of the titled names at the top (A60)
        self.units = units
        self.known = list(known_owners)
        # looked up for every candidate owner: made once (a database has hundreds of owners)
        self.known_upper = {k.upper() for k in self.known}
        self.known_folded = {k.casefold() for k in self.known}
        self.today = extraction.meeting.date
        self.section_of = _sections(units)
        # every word the document writes in lower case: a capitalised word that never appears
        # so is a name ("Haverland"), one that does is a sentence-initial noun ("Work")
        self.lower_words = set(
            regex.findall(r"\b[a-z][a-z'’-]+\b", " ".join(u.text for u in units))
        )
        marked = [i for i, u in enumerate(units) if self._is_explicit(u)]
        self.explicit = {self.section_of[i] for i in marked}
        # the units an explicit marker speaks for: its own, and the paragraphs either side of
        # it in its section ("Jo agreed to draft a letter." / "ACTION: Jo to draft the letter")
        self.near_marker = {
            j
            for i in marked
            for j in (i - 1, i)
            if 0 <= j < len(units) and self.section_of[j] == self.section_of[i]
        }
        self.ref: str | None = None
        self.heading: str | None = None  # the last heading's words
        self.limb_base: str | None = None
        self.elected_run = False  # under "The following were elected unopposed:" (R78)
        self.limb_count = 0
        self.list_mode = False
        self.decision_mode = False
        self.table: dict[str, int] | None = None
        self.decision_table: dict[str, int] | None = None  # "Motion | Moved | Seconded | Outcome"
        self.used_refs: set[str] = set()
        self.holders: dict[str, list] = {}  # ref -> resolutions and actions that carry it
        self.next_number: dict[str, int] = {}
        self.running = 0
        self.listed: set[int] = set()  # id() of actions from tables, task and action lists
        self.limb_verbs = False  # limbs after "The Board:" must open with a decision verb
        self.motion: _Motion | None = None  # a motion block being read
        self.rest: Unit | None = None  # what follows a motion closed inside a unit
        self.people: set[str] = set()  # names and first names from the attendance lists
        # resolutions recorded before the last heading or the last "The Proposal was passed"
        self.heading_decided = 0
        self.that_base: str | None = None  # the ref of a "RESOLVED:" / "That ..." run
        self.that_last = None  # its last "That ..." paragraph
        self.decided: list[frozenset[str]] = []  # words of each decision under this heading
        # a moderngov decision notice ("Decision Maker: Cabinet"): the words under each
        # "Effective from: <date>" line are the decision
        self.notice = any(_DECISION_MAKER_LINE.match(u.text.strip()) for u in units)
        self.post_label: str | None = None  # "Treasurer:" above the candidates for the post
        self.item_topic: str | None = None  # "Trophy engraving" in "Trophy engraving – ..."

    # -- helpers --------------------------------------------------------------------------

    def _is_explicit(self, unit: Unit) -> bool:
        if unit.kind in ("task", "table"):
            return unit.kind == "task" or act.action_table_columns(table_cells(unit)) is not None
        if self._column_owner(unit.tags):
            return True
        return bool(
            act.ADD_MARKER.search(unit.text)
            or act.ACTION_START.match(unit.text)
            or self._initials(unit.text)
        )

    def _initials(self, text: str):
        m = act.INITIALS_END.search(text)
        if not m or len(text.split()) < 2 and not text.isupper():
            return None
        parts = [p for p in _split_initials(m["ini"])]
        known = self.known_upper
        if all(p in self.ex.attendees or p in known for p in parts):
            return m
        return None

    def person_like(self, subject: str) -> bool:
        """Is ``subject`` a person or a post (an owner), not a thing or a third party?"""
        subject = regex.sub(r"^(?:the|The)\s+", "", subject.strip()).lstrip("@")
        if not subject:
            return False
        if act.role_like(subject):
            return True
        known = self.known_folded
        parts = (
            _split_initials(subject)
            if regex.fullmatch(r"[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*", subject)
            else [subject]
        )
        if all(p in self.ex.attendees or p.casefold() in known or p in self.people for p in parts):
            return True
        words = subject.split()
        if all(w[:1].isupper() for w in words) and len(words) <= 3:
            names = regex.split(r"\s+(?:and|&)\s+", subject)
            return all(
                n in self.people or n.split()[0] in self.people or n.casefold() in known
                for n in names
            )
        return False

    def _action_column_tag(self, text: str) -> str | None:
        """The owner in the last cell of "<a minute of four words or more> | <owner>": initials
        that are all attendees' ("DH", "MT/TI"), or a post or one of the meeting's people
        ("Clerk", "Jane") -- not a status, a date or a page number."""
        before, _, tag = text.rstrip().rstrip("|").rpartition("|")
        before = before.strip().strip("|").strip()
        if "|" in before or len(before.split()) < 4:
            return None
        return self._owner_cell(tag)

    def _owner_cell(self, tag: str) -> str | None:
        """A table cell that holds only an owner: attendees' initials, a post or a person."""
        tag = tag.strip().rstrip(".")
        if not tag or len(tag.split()) > 4:
            return None
        if regex.fullmatch(r"[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*", tag):
            return tag if self._column_owner([(0, tag)]) else None
        if not act.is_owner_tag(tag) or act.DONE_STATUS.match(tag):
            return None
        names = [n.strip() for n in regex.split(r"\s*(?:/|,|&|\band\b)\s*", tag) if n.strip()]
        return tag if all(self.person_like(n) for n in names) else None

    def _column_owner(self, tags: list[tuple[int, str]]) -> str | None:
        """The first owner of an Action-column tag whose initials are all attendees."""
        known = self.known_upper
        for _, initials in tags:
            parts = _split_initials(initials)
            if all(p in self.ex.attendees or p in known for p in parts):
                return parts[0]
            if all(p in self.titled for p in parts):
                # "Mr T Fraser" in the attendance list, "TF" in the Action column (A60): the
                # initials as written, every owner of a joint task
                return initials
        return None

    def add_action(
        self,
        text,
        unit,
        offset=0,
        *,
        owner=None,
        due_text=None,
        ref=None,
        listed=False,
        guess=True,
    ):
        text = " ".join(text.split()).strip(" -–—:")
        if not text or act.is_done(text) or _NOT_AN_ACTION.search(text):
            return
        if (
            "allow" in text or "permit" in text or text[:4] in _POSSESSIVE_STARTS
        ) and _PROCEDURE_OR_OUTSIDE.match(text):
            return
        phrase = due_text or find_due_phrase(text)
        due_date, rule = resolve_due(phrase, self.today)
        delegate = None
        if owner is None and guess and "ed to " in text and (m := _DELEGATED_GROUP.match(text)):
            delegate = m["who"]  # "The Steering Committee was asked to notify ..." (A40)
        if owner is None and guess and not act.is_verb_first(text):
            owner = guess_owner(text)
        if owner and ", " in owner and self.person_like(tail := owner.rsplit(", ", 1)[1].strip()):
            owner = tail  # "Silent Auction, AB will finalize": a topic, then the owner
        flags: list[str] = []
        resolved = resolve_owner(owner, self.ex.attendees, self.known)
        if owner and (act.INTERNAL_GROUPS.match(owner.strip()) or resolved is None):
            flags.append(f"owner is a group ({owner.strip()}), not a person")
            resolved = None  # "Officers", "the leadership team": never an invented owner
        if resolved is None and delegate:
            resolved, flags = delegate, []
        if resolved is None:
            flags.append("no owner named")
        if phrase and due_date is None and rule is None and (bad := impossible_date(phrase)):
            # "by 31/04/2023": no such day, so no due date (never the nearest real one)
            flags.append(not_a_real_date(bad))
            phrase = None
        elif phrase and due_date is None and rule is None:
            flags.append(f"condition or vague due: {phrase}")
        elif not phrase:
            flags.append("no due date")
        before = None
        if offset > 0 and len(text.split()) <= 8:
            # "KH to order." after "Agreed to buy 4 mats and 2 sets of jacks.": the sentence
            # before says what a short task is about (A79)
            prior = [s for at, s in unit.sentences() if at < offset]
            before = " ".join(prior[-1].split()) if prior else None
        self.ex.actions.append(
            FoundAction(
                text=text,
                owner=resolved,
                due_date=due_date,
                due_text=phrase,
                due_rule=rule,
                resolution_ref=ref,
                line=unit.line_at(offset),
                source=unit.source,
                minute_ref=self.ref or self.ex.meeting.item,
                draft=act.draft(text, owner),
                flags=flags,
                item=self.heading,
                before=before,
            )
        )
        if listed:
            self.listed.add(id(self.ex.actions[-1]))
        if ref:
            self.holders.setdefault(ref, []).append(self.ex.actions[-1])

    def add_resolution(self, text, unit, offset, limb=None, base=None, owner=None):
        if _LABEL_ONLY.fullmatch(text.strip()):
            return None  # "RESOLVED" / "THAT:" over lettered limbs: the limbs decide (R72)
        if getattr(self, "resolved_in", None) is unit and _OUTCOME_ONLY.fullmatch(text.strip()):
            return None  # "Vice Chair – A, proposed by B, seconded by C. Elected." (R94): one
        words = frozenset(regex.findall(r"[a-z0-9]+", text.lower())) - _FILLER_WORDS
        seen = self.decided  # emptied at each heading: only the item being read
        if any(_same_words(words, w) for w in seen[-30:]):
            # the same decision twice under one minute: a moderngov page's "Decision:" and
            # "Minutes:" blocks, or "X was duly elected Chair" then "RESOLVED: That X be elected"
            return None
        seen.append(words)
        base = base or self.base_ref(unit)
        ref = f"{base}({limb})" if limb else base
        if ref in self.used_refs:
            ref = self._renumber(ref)
        self.used_refs.add(ref)
        found = FoundResolution(
            ref=ref,
            text=text,
            line=unit.line_at(offset),
            source=unit.source,
            minute_ref=self.ref or self.ex.meeting.item,
        )
        self.ex.resolutions.append(found)
        self.resolved_in = unit
        self.holders.setdefault(ref, []).append(found)
        for clause in res.action_clauses(text):
            self.add_action(clause, unit, offset, ref=ref, owner=owner or res.clause_owner(clause))

    def _renumber(self, ref: str) -> str:
        """A second decision under one minute: "B23/60" becomes "B23/60(1)", this one "(2)".

        Linear: the items carrying a ref are found through ``self.holders``, and the
        next free number per ref is remembered, never searched for from 2 upwards.
        """
        first = f"{ref}(1)"
        if first not in self.used_refs:
            for item in self.holders.pop(ref, ()):
                if isinstance(item, FoundResolution):
                    item.ref = first
                else:
                    item.resolution_ref = first
                self.holders.setdefault(first, []).append(item)
            self.used_refs.add(first)
        n = self.next_number.get(ref, 2)
        while f"{ref}({n})" in self.used_refs:
            n += 1
        self.next_number[ref] = n + 1
        return f"{ref}({n})"

    def base_ref(self, unit: Unit) -> str:
        base = self.ref or self.ex.meeting.item
        if unit.label_kind == "num" and unit.label:
            return f"{base}({unit.label})" if base else unit.label
        if base:
            return base
        self.running += 1
        return str(self.running)

    # -- the pass -----------------------------------------------------------------------

    def run(self) -> None:
        previous: Unit | None = None
        for index, unit in enumerate(self.units):
            self.section = self.section_of[index]
            self.index = index
            self.visit(unit, previous)
            previous = unit
        self.close_motion(None)

    def visit(self, unit: Unit, previous: Unit | None) -> None:
        if unit.kind == "table" and not self.table:
            joined = " ".join(c for c in table_cells(unit) if c)
            if (
                mo.MOVER.search(joined)
                and _decision_table_columns(table_cells(unit)) is None
                and mo.opening(joined) is not None
            ):
                # "Motion:   Moved:  Clr A     Seconded: Clr B" laid out in columns: a mover line
                unit.kind, unit.text = "para", joined
        if unit.kind == "table":
            self.close_motion(None)
            return self.visit_table(unit, previous)
        if not (
            self.table
            and (
                (unit.kind == "para" and len(unit.text.split()) <= 3)
                or _wrapped_cell(unit, previous)
            )
        ):
            self.table = None  # a group label ("May 2012") inside a tracker keeps the table
        if (
            unit.kind == "para"
            and "pplication" in unit.text[:40]
            and _APPLICATION_LINE.match(unit.text)
        ):
            # "Section 2: Planning Application 16/P/0291/F – Change of use ...": each application
            # is an item of its own, however the layout marks it, so "Resolved: that the
            # application be approved ..." may be decided again for the next one (R65)
            self.decided = []
        self.decision_table = None
        if unit.kind == "task":
            self.close_motion(None)
            if not unit.task_done:
                owner, text = act.owner_from_task(unit.text)
                if owner is None and (m := act.SPEAKER.match(text)) and self.person_like(m["who"]):
                    owner, text = m["who"], m["rest"]
                self.add_action(text, unit, owner=owner, listed=True)
            return
        if self._approved_list_item(unit) or self._summary_line_outcome(unit):
            return None
        if self._label_over_text(unit, previous):
            return None
        if (
            unit.kind == "para"
            and unit.source.rstrip().endswith("|")
            and self._tracker_recommendation(unit)
        ):
            return None
        # A unit may hold several motions ("it was MOVED ... Carried. It was MOVED ..."): what
        # follows a closed motion is read again, in a loop (never by recursion).
        while unit is not None:
            self.rest = None
            if not self.visit_motion(unit, previous):
                return self.visit_normal(unit, previous)
            previous, unit = unit, self.rest

    def _tracker_recommendation(self, unit: Unit) -> bool:
        """A recommendations tracker flattened one cell a line (A52): "That details of X be
        investigated. |" / "The Portfolio Holder for Y |": the recommendation is a task, the
        next cell (a post) its owner."""
        text = unit.text.strip().rstrip("| ").strip()
        if not _TRACKER_RECOMMENDATION.match(text):
            return False
        cell = []
        for later in self.units[self.index + 1 : self.index + 4]:
            part = later.source.strip()
            cell.append(part.split(" |")[0].rstrip("|").strip())
            if "|" in part:
                break
        owner = " ".join(" ".join(cell).split()).rstrip(". ")
        if not _TRACKER_OWNER.match(owner):
            return False
        self.add_action(text, unit, owner=owner, guess=False)
        return True

    def _label_over_text(self, unit: Unit, previous: Unit | None) -> bool:
        """ "Approved" / "The validation of the BSc ..., subject to ...": a label line alone over
        the matter it decides, under a heading or a minute number (a university senate's layout,
        R90).  "Not approved" and "Noted" label their matter as not decided."""
        label, self.label_over = getattr(self, "label_over", None), None
        if label is not None and unit.kind == "para" and unit.line == label[1]:
            if label[0]:
                sentences = unit.sentences() or [(0, unit.text)]
                words = sentences[0][1].strip().rstrip(".;")
                self.add_resolution(res.tidy(words), unit, 0)
            return False  # what it says is read as usual (a task, a due date)
        if unit.kind != "para" or not (m := _LABEL_OVER.fullmatch(unit.text.strip())):
            return False
        after = self.units[self.index + 1] if self.index + 1 < len(self.units) else None
        if not any(u.text.strip() for u in self.units[: self.index]) or (
            after is not None and _TITLE_LINE.match(after.text)
        ):
            return False  # "Confirmed" stamped over the title: the minutes' status, not a decision
        if (
            previous is not None
            and previous.kind != "heading"
            and not _CAPS_LINE.fullmatch(previous.text.strip())
        ):
            return False  # "Agreed" after a proposal: the proposal is the decision
        if (
            after is None
            or after.kind != "para"
            or not after.text[:1].isupper()
            or _CAPS_LINE.fullmatch(after.text.strip())
            or _LABEL_OVER.fullmatch(after.text.strip())
        ):
            return False
        self.close_motion(None)
        self.label_over = (m["no"] is None and m["noted"] is None, after.line)
        return True

    def _approved_list_item(self, unit: Unit) -> bool:
        """ "... the following proposals (attachment h), which were approved:" / "Proposal for a
        new major in X." / "Proposal to end the minor in Y.": one decision a line (R53)."""
        base, self.approved_list = getattr(self, "approved_list", None), None
        if (
            base is None
            or unit.kind not in ("para", "bullet", "num")
            or len(unit.sentences() or [(0, unit.text)]) != 1
            or len(unit.text.split()) > 30
            or not unit.text.strip()[:1].isupper()
        ):
            return False
        last = getattr(self, "approved_last", None)
        if (
            last is not None
            and last.line < unit.line
            and unit.line > last.line + last.source.count("\n") + 1
            and unit.text.split()[0] != last.text.split()[0]
        ):
            return False  # after a blank line, only a line shaped like the last item goes on
        self.approved_list, self.approved_last = base, unit
        self.add_resolution(res.tidy(unit.text.strip().rstrip(".;")), unit, 0, base=base)
        return True

    def _summary_line_outcome(self, unit: Unit) -> bool:
        """ "2. MS in PT program. (Dahlberg, Briggs) Second reading. Approved": a numbered line of
        a summary whose last sentence is its outcome alone decides as a whole (R54)."""
        if unit.kind not in ("num", "bullet", "heading") or "\n" in unit.source.strip():
            return False
        text = unit.text.strip()
        if not _BARE_OUTCOME_END.search(text) or len(text.split()) > 40:
            return False
        sentences = unit.sentences()
        if len(sentences) < 2 or not _BARE_OUTCOME.fullmatch(sentences[-1][1].strip()):
            return False
        if mo.opening(text) is not None:
            return False  # "Proposal to cut the release. Vote: +1 from A, B. Passed.": the motion's
        self.close_motion(None)
        self.add_resolution(res.tidy(text), unit, 0)
        return True

    # -- motion blocks --------------------------------------------------------------------

    def visit_motion(self, unit: Unit, previous: Unit | None) -> bool:
        """Read a unit that continues or opens a motion block; True when it was used up."""
        text = unit.text.strip()
        if (passed := _MATTER_PASSES.match(text)) and self.heading:
            # "a. Bill 24/S/12 Parking Fund" / "• Sen. A moves to pass, 2nd by Sen. B" / "• Bill
            # passes, 20y": the item's matter is decided; the procedural motion adds nothing
            if self.motion is not None:
                if _procedural(" ".join(p[3] for p in self.motion.parts)):
                    self.motion = None
                else:
                    self.close_motion(mo.outcome_of(passed["o"]))
            if mo.outcome_of(passed["o"]):
                what = regex.split(r"\s{2,}", self.heading)[0]
                self.add_resolution(f"{what.rstrip('.:')} – {text.rstrip('.')}", unit, 0)
            return True
        if self.motion is not None and (now := mo.opening(text)) is not None and now.text:
            if _procedural(now.text):
                return True  # "moves to pass the amendment", "moves for direct vote": it goes on
            if _procedural(" ".join(p[3] for p in self.motion.parts)):
                self.motion = None  # "Motion to consider by A, 2nd by B" then the real motion
        if self.motion is not None:
            motion = self.motion
            if (closing := mo.closing_outcome(text)) is not None:
                self.close_motion(closing)
                return True
            if mo.APPROVED_LINE.match(text) or mo.VOTES_THEN_RESOLVED.match(text):
                self.close_motion(True)  # "The Motion was APPROVED on a 5-2 vote ..."
                return True
            if motion.parts and mo.PLUS_ONE.match(text):
                return True  # "<ana> +1"
            if regex.fullmatch(r"\d{1,3}", text):
                return True  # a page number inside a roll call
            if regex.fullmatch(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+\.?){1,2}", text) and (
                motion.needs_outcome or text in self.people or self.person_like(text)
            ):
                return True  # a transcript's speaker on a line of their own, before "I second"
            if motion.carried and not motion.parts and (m := mo.VOTES_THEN_WORDS.match(text)):
                # "... and carried with the following vote:" / "Ayes: ..." / "Absent: None to
                # approve the agenda.": the motion's words come after the roll call
                motion.parts.append((unit, m.start("words"), None, m["words"]))
                self.close_motion(True)
                return True
            if not motion.parts and mo.AND_AGREED.match(text):
                motion.formal = True  # "Proposed by A" / "Seconded by B" / "AND AGREED" / "To X"
                return True
            if not motion.parts and motion.formal and _MOVER_NAME_LINE.fullmatch(text):
                # "Proposed by:" / "Seconded by:" / "And Resolved:" / "Cllr. A" / "Cllr. B" /
                # "That ...": a table's label column, then its names column, then the words
                motion.names_column = True
                return True
            if not motion.parts and not motion.names_column and _MOVER_BLOCK_LINE.fullmatch(text):
                # "RESOLUTION 2014/23" / "Moved" / "Councillor Kitson" / "Seconded Councillor
                # Radovich" / "THAT ..." / "CARRIED": a New Zealand or Australian council's
                # mover and seconder, one a line, before the words (R73)
                return True
            if (
                motion.names_column
                and mo.THAT_START.match(text)
                and (sentences := unit.sentences())
            ):
                # the "And Resolved:" label was the outcome: the first sentence is the whole of
                # the decision ('"That the minutes be adopted." Mr A agreed to ...')
                motion.parts.append((unit, 0, None, sentences[0][1].strip().rstrip(' ."”')))
                self.close_motion(True)
                if len(sentences) > 1:
                    self.rest = unit.slice(sentences[1][0])
                return True
            if mo.AGREED_LINE.match(text):
                self.close_motion(True)  # "Cllr A proposed that X." / "Agreed."
                return True
            if mo.SECOND_ONLY.match(text) or mo.VOTE_LINE.search(text):
                return True
            found = mo.opening(text)
            if (
                found is not None
                and unit.kind == "bullet"
                and any(p[3].rstrip().endswith(":") for p in motion.parts)
            ):
                # "... including the following items, be approved:" / "• Motion 9.6 –
                # Councillor A; Re: X": an item of the motion's list, not a new motion
                return True
            if found is not None and found.ref is None and not found.text and not found.formal:
                if found.outcome is not None:  # "Moved by A, seconded by B. Carried 5-0."
                    self.close_motion(found.outcome)
                elif (end := mo.ROLL_CALL_END.search(text)) and end.start() > 0:
                    # "Motion was made and seconded. 3 ayes motion carried 3-0."
                    self.close_motion(mo.outcome_of(end["o"]))
                return True
            if found is not None and found.ref is None and not motion.parts:
                motion.formal = motion.formal or found.formal  # "Be it resolved that ..."
                if found.text:
                    motion.parts.append((unit, 0, None, found.text))
                if found.outcome is not None:
                    self.close_motion(found.outcome)
                return True
            limb = unit.kind in ("bullet", "num") or unit.label_kind == "num"
            if motion.parts and regex.match(
                r"(?i)with\s+the\s+reasons?\s+for\s+th(?:is|ese)\s+decisions?\b", text
            ):
                return True  # a New Zealand motion's statutory reasons, before its outcome (R63)
            if found is None and (lettered := _LETTER_THAT.match(text)):
                # "Cr A/Cr B" / "A) That the report be received." / "B) That ..." / "CARRIED": a
                # capital letter and a bracket label each "That" limb (New Zealand, R63)
                words, outcome = mo.split_outcome(text[lettered.end("label") :].strip())
                if words:
                    motion.parts.append((unit, lettered.end("label"), lettered["letter"], words))
                if outcome is not None:
                    self.close_motion(outcome)
                return True
            if (
                found is None
                and unit.kind != "heading"
                and (
                    mo.THAT_START.match(text)
                    or (motion.parts and mo.AND_THAT.match(text))
                    or (limb and motion.parts and not _CAPS_HEADING.match(text))
                    or (not motion.parts and mo.MOTION_WORDS.match(text))
                )
            ):
                words, outcome = mo.split_outcome(unit.text)
                sentences = unit.sentences()
                if (
                    outcome is None
                    and len(sentences) > 1
                    and (last := mo.closing_outcome(sentences[-1][1])) is not None
                ):
                    # '"That the Council calls on X." The motion was seconded by B and agreed.'
                    words, outcome = unit.text[: sentences[-1][0]].strip(), last
                label = unit.label if unit.label_kind == "num" else None
                if words:
                    motion.parts.append((unit, 0, label, words))
                if outcome is not None:
                    self.close_motion(outcome)
                return True
            self.close_motion(None)
        if (
            mo.AGREED_BACK.match(text)
            and previous is not None
            and (recommended := mo.RECOMMENDATION_LABEL.match(previous.text.strip()))
        ):
            # "Recommendation: That X." / "The recommendation was agreed.": X was decided.
            self.add_resolution(res.tidy(recommended["text"].strip().rstrip(".")), previous, 0)
            return True
        if (
            mo.AGREED_LINE.match(text)
            and previous is not None
            and (
                previous.kind != "heading"
                or mo.APPROVAL_HEADING.match(previous.text)
                # "Hall hire request" / "Approved by all parties."
                or regex.search(r"(?i)\b(?:request|proposal|application)s?\s*:?$", previous.text)
            )
        ):
            # "Agreed." under a proposal: the proposal is the decision.
            offset, sentence = (previous.sentences() or [(0, previous.text)])[-1]
            if sentence.strip().rstrip(".") != text.strip().rstrip("."):
                # (not when it is the rest of the same line after the motion it closed, R54)
                self.add_resolution(res.tidy(sentence.rstrip(".")), previous, offset)
            return True
        sentences = unit.sentences()
        start = next(
            (
                i
                for i, (_, s) in enumerate(sentences)
                # (a schedule of payments "proposed by A, seconded by B and approved:" is the
                # decision itself, read as one, R74)
                if mo.opening(s) and not res.payments_decided(s)
            ),
            None,
        )
        if start is None:
            return False
        if sentences[start][0] > 0:
            self.visit_normal(unit.slice(0, sentences[start][0]), previous)
        offset, sentence = sentences[start]
        found = mo.opening(sentence)
        if (
            not found.text
            and found.outcome is None
            and (
                (
                    (cut := _PROPOSER_TAIL.search(sentence))
                    and res.decision_span(sentence[: cut.start()] + ".") is not None
                )
                # "The minutes were proposed as a true reflection by A and seconded by B." (R94)
                or res.MINUTES_CONFIRMED.search(sentence)
            )
        ):
            # "Minutes of the previous meeting were confirmed and signed, proposed by A and
            # seconded by B.": a decision already taken, with its mover and seconder (R88)
            self.add_resolution(res.tidy(sentence.rstrip(".")), unit, offset)
            if start + 1 < len(sentences):
                self.rest = unit.slice(sentences[start + 1][0])
            return True
        if not found.text and found.outcome and found.ref is None:
            # "Subs to stay at £120. Proposed: A; Seconded: B; Carried.": the words came first.
            before = sentences[start - 1] if start else None
            if before is None and previous is not None and previous.kind == "para":
                last = previous.sentences()
                before = last[-1] if last else None
                unit_of_words = previous
            else:
                unit_of_words = unit
            if before is not None and not res.find_trigger(before[1]):
                words = act.LABEL_PREFIX.sub(lambda m: m["rest"], before[1]).rstrip(".")
                self.add_resolution(res.tidy(words), unit_of_words, before[0])
                if start + 1 < len(sentences):
                    self.rest = unit.slice(sentences[start + 1][0])
                return True
        self.motion = _Motion(found.ref, found.formal or found.consent)
        self.motion.needs_outcome = found.needs_outcome
        self.motion.after_line = previous.line if previous is not None else None
        self.motion.carried = bool(mo.CARRIED_WITH_VOTE.search(sentence))
        if not found.text and start and not res.find_trigger(sentences[start - 1][1]):
            # "The minutes were reviewed. Mrs Brown proposed their approval, seconded by Mr
            # Wilson. The motion was carried.": the sentence before the mover is the matter.
            self.motion.before = (unit, sentences[start - 1][0], sentences[start - 1][1])
            if previous is not None and mo.APPROVAL_HEADING.match(previous.text.strip()):
                self.motion.title = previous.text.strip()
        if found.text:
            self.motion.parts.append((unit, offset, None, found.text))
        resume = len(sentences)
        if found.outcome is not None:
            self.close_motion(found.outcome)
            resume = start + 1
        else:
            skipped = 0
            for index in range(start + 1, len(sentences)):
                at, later = sentences[index]
                if (closing := mo.closing_outcome(later)) is not None:
                    self.close_motion(closing)
                    resume = index + 1
                    break
                if mo.SECOND_ONLY.match(later) or mo.VOTE_LINE.search(later):
                    continue  # "Commissioner Tran seconded.", "Roll call: Ayes: ..."
                if mo.THAT_START.match(later) or (
                    not self.motion.parts and mo.MOTION_WORDS.match(later)
                ):
                    words, outcome = mo.split_outcome(later)
                    if words:
                        self.motion.parts.append((unit, at, None, words))
                    if outcome is not None:
                        self.close_motion(outcome)
                        resume = index + 1
                        break
                    continue
                if (
                    skipped < 2
                    and mo.opening(later) is None
                    and res.find_trigger(later) is None
                    and any(
                        mo.SECOND_ONLY.match(ahead) or mo.closing_outcome(ahead) is not None
                        for _, ahead in sentences[index + 1 : index + 3]
                    )
                ):
                    # "A MOVED DENIAL of X. Reasons given. No hardship shown. B seconded.
                    # Passed.": the reasons between the motion and its seconder are skipped
                    skipped += 1
                    continue
                self.close_motion(None)
                resume = index
                break
        if resume < len(sentences):
            self.rest = unit.slice(sentences[resume][0])  # read again by visit()
        return True

    def close_motion(self, outcome: bool | None) -> None:
        """Record a carried motion as resolutions (one per limb); a lost one is dropped."""
        motion, self.motion = self.motion, None
        if motion is not None and outcome is None and motion.carried:
            outcome = True
        if motion is not None and outcome is True and not motion.parts and motion.before:
            unit, offset, sentence = motion.before
            words = act.LABEL_PREFIX.sub(lambda m: m["rest"], sentence).rstrip(".")
            acted = self.ex.actions and self.ex.actions[-1].line == unit.line_at(offset)
            if motion.title and acted:
                # "APPROVAL OF MINUTES" / "Error on p.2, the Chair will sign them Friday.
                # Motion CARRIED.": the sentence is a task; the heading names the decision
                words = motion.title.rstrip(":")
                if words.isupper():
                    words = words.capitalize()
            self.add_resolution(res.tidy(words), unit, offset)
            return
        if motion is None or outcome is False or not motion.parts:
            return
        if outcome is None and motion.needs_outcome:
            return  # "Cllr A proposed that X." with no outcome recorded: not a decision
        if outcome is None and not motion.formal and len(motion.parts) == 0:
            return
        first_unit, first_offset = motion.parts[0][0], motion.parts[0][1]
        base = motion.ref or self.base_ref(first_unit)
        intro = motion.parts[0][3].rstrip()
        if len(motion.parts) > 1 and intro.endswith(":") and _BODY_INTRO.match(mo.clean(intro)):
            for count, (unit, offset, label, words) in enumerate(motion.parts[1:], start=1):
                self.add_resolution(
                    res.tidy(mo.clean(words)), unit, offset, limb=label or str(count), base=base
                )
            return
        if len(motion.parts) == 1 and intro.endswith(":") and _BODY_INTRO.match(mo.clean(intro)):
            return  # "That the Committee:" with its limbs lost is not a decision
        if len(motion.parts) > 1 and all(
            mo.THAT_START.match(p[3].lstrip()) or (n and mo.AND_THAT.match(p[3].lstrip()))
            for n, p in enumerate(motion.parts)
        ):
            # "Moved: A / Seconded: B / That the report be received. / That the Chief Executive
            # be directed to ...": each "That" paragraph is a decision of its own
            for count, (unit, offset, label, words) in enumerate(motion.parts, start=1):
                self.add_resolution(
                    res.tidy(mo.clean(words)), unit, offset, limb=label or str(count), base=base
                )
            return
        words = " ".join(
            # "RESOLVED: (i) that X; and" / "(ii) that Y": the limb's label read off the line
            # stays in the words, so the limbs are split again below (R64)
            (
                f"({p[2]}) "
                if p[2] and regex.fullmatch(r"[ivx]{1,4}|[a-z]|\d{1,2}", p[2]) and n
                else ""
            )
            + mo.clean(p[3])
            for n, p in enumerate(motion.parts)
        )
        if (
            _OBJECTLESS.match(words)
            and not motion.ref
            and self.ex.resolutions
            and motion.after_line is not None
            and self.ex.resolutions[-1].line >= motion.after_line
        ):
            # "The minutes were approved." / "Motion to approve with changes. Moved ... Carried.",
            # "It was decided that we should do this." / "A moved to approve, B seconded.
            # Motion passed.": the motion formally makes the decision just recorded
            return
        if len(words.split()) == 1 and self.heading and not motion.ref:
            # "2. Approval of Agenda" / "Motion to approve by A, seconded B, approved": the
            # heading names what was approved
            what = regex.split(r"\s{2,}", self.heading)[0]
            words = f"{words} {what}".strip()
        limbs = res.split_inline_limbs(words)
        if len(limbs) > 1:
            for label, limb in limbs:
                self.add_resolution(limb, first_unit, first_offset, limb=label, base=base)
            return
        self.add_resolution(res.tidy(words), first_unit, first_offset, base=base)

    def visit_normal(self, unit: Unit, previous: Unit | None) -> None:
        if _RESOLVED_REASON_HEAD.match(unit.text.strip()):
            # "Resolved: / Reason for decision:": a two-column table flattened with " / "
            self.reason_table = self.base_ref(unit)
            return None
        base = getattr(self, "reason_table", None)
        if base is not None:
            row = _REASON_ROW.match(unit.text.strip())
            if row and unit.kind in ("num", "para"):
                words = regex.sub(r"^(?:That|THAT)\s+", "", row["decision"].strip())
                label = unit.label if unit.label_kind == "num" else None
                return self.add_resolution(res.tidy(words), unit, 0, limb=label, base=base)
            self.reason_table = None
        if self.limb_base is not None and self.limb_verbs and unit.kind in ("bullet", "num"):
            if not _DECISION_LIMB.match(unit.text):
                self.limb_base = None  # "The Board:" then bullets that decide nothing
        if (
            self.limb_base is not None
            and unit.kind == "para"
            and (m := _LETTER_LIMB.match(unit.text))
            and m[1] == chr(ord("A") + self.limb_count)
        ):
            # "It was resolved to:" / "A    Note the ..." / "B    Delegate authority to ...":
            # capital letters label imperative limbs
            self.limb_count += 1
            self.last_limb = unit
            return self.add_resolution(
                res.tidy(unit.text[m.end() :]), unit, m.end(), limb=m[1], base=self.limb_base
            )
        if (
            self.limb_base is not None
            and unit.kind == "para"
            and (m := _ROMAN_LIMB.match(unit.text))
            and m[1] == _ROMANS[min(self.limb_count, 9)]
        ):
            # "The Court approved:" / "i a three tier structure ..." / "ii the terms of reference
            # ...": roman numerals with no brackets label the limbs, in order (R44)
            self.limb_count += 1
            self.last_limb = unit
            sentence = (unit.sentences() or [(0, unit.text)])[0][1]
            return self.add_resolution(
                res.tidy(sentence[m.end() :].rstrip(" .;:")),
                unit,
                m.end(),
                limb=m[1],
                base=self.limb_base,
            )
        last = getattr(self, "last_limb", None) if self.limb_count else None
        if (
            self.limb_base is not None
            and unit.kind == "bullet"
            and last is not None
            and last.label_kind == "num"
            and regex.search(r"(?::\s*[-–—]?|\bas\s+follows\s*[;:,]?)$", last.text.rstrip())
        ):
            return None  # "(ii) The following outcomes be approved:-" / "• People live longer"
        if (
            self.limb_base is not None
            and last is not None
            and last.label
            and unit.label
            and unit.label_kind == "num"
            and unit.kind in ("num", "heading")
            and last.label.isdigit() != unit.label.isdigit()
            and regex.search(r"(?::\s*[-–—]?|\bas\s+follows\s*[;:,]?)$", last.text.rstrip())
        ):
            # "(3) That the Group be split into two groups:" / "(i) Tender" / "(ii) Engagement;
            # and" / "(4) That ...": the items of a limb's list, and the run goes on (R49)
            return None
        if (
            self.limb_base is not None
            and last is not None
            and last.label
            and unit.label_kind == "ref"
            and (unit.label or "").startswith(last.label + ".")
            and _LEAD_IN_LIMB.match(last.text.strip())
        ):
            # "4. Upon the establishment of the Board:" / "4.1 ...", "4.2 ...": the sub-limbs decide
            return self.add_resolution(
                res.tidy(unit.text), unit, 0, limb=unit.label, base=self.limb_base
            )
        tail = getattr(self, "limb_tail", None)
        if (
            self.limb_base is not None
            and self.limb_count
            and previous is not None
            and (previous is getattr(self, "last_limb", None) or previous is tail)
            and unit.kind == "para"
            and getattr(self, "resolved_in", None) in (previous, getattr(self, "last_limb", None))
            and not regex.search(r"[.;:!?]\s*$", previous.text)
            and (unit.text[:1].islower() or previous.text.rstrip().endswith(","))
        ):
            # "(i) That the disposal of the land at X Road," / "Chesterton for industrial use, be
            # approved.": a limb broken across lines by the layout goes on (R57)
            last = self.ex.resolutions[-1]
            joint = ", " if previous.text.rstrip().endswith(",") else " "
            last.text = res.tidy(f"{last.text.rstrip(',')}{joint}{unit.text.strip().rstrip('.;')}")
            self.limb_tail = unit
            return None
        if self.elected_run and unit.kind == "para" and mo.OFFICE_HOLDER.match(unit.text.strip()):
            # "The following were elected unopposed:" / "Chairman - Malcolm Ross" (R78)
            self.limb_count += 1
            self.last_limb = unit
            return self.add_resolution(f"{unit.text.strip().rstrip('.')} elected", unit, 0)
        self.elected_run = False
        if self.limb_base is not None and self._is_limb(unit):
            self.limb_count += 1
            self.last_limb = unit
            label = unit.label if unit.label_kind == "num" else str(self.limb_count)
            if _LEAD_IN_LIMB.match(unit.text.strip()):
                return None  # "4. Upon the establishment of the Board:": not itself a decision
            return self.add_resolution(
                res.tidy(unit.text),
                unit,
                0,
                limb=label,
                base=self.limb_base,
                owner=self._column_owner(unit.tags),
            )
        if self.notice and _EFFECTIVE_FROM.match(unit.text.strip()):
            self.limb_base, self.limb_count, self.limb_verbs = self.base_ref(unit), 0, False
            return None
        if (
            previous is not None
            and getattr(self, "resolved_in", None) is previous
            and unit.kind == "num"
            and (unit.label or "").isdigit()
            and unit.label_kind == "num"
            and regex.match(r"[a-z]|(?:That|THAT)\s", unit.text.strip())
            and (
                "esolved" in previous.text.lower()[:40]
                or previous is getattr(self, "subjunctive_run", None)
            )
            and res.subjunctive_limb(unit.text.strip())
        ):
            self.subjunctive_run = unit
            # "RESOLVED that the report be noted." / "1. the presentation be noted." / "2. the
            # outcomes be reported to the Board." / "3. the Chair discuss X with Y": numbered
            # clauses in the subjunctive straight after a decision are more of it (R50)
            return self.add_resolution(
                res.tidy(unit.text.strip().rstrip(".;")), unit, 0, limb=unit.label
            )
        that_run = previous is not None and previous is self.that_last
        if (
            (
                that_run
                or (self.limb_base is not None and not self.limb_count and not self.limb_verbs)
            )
            and unit.kind == "para"
            and mo.THAT_START.match(unit.text)
        ):
            # "RESOLVED:" / "That the communications be received.": the line under the label is
            # the decision, whatever its verb (received, noted, approved); so is each "That ..."
            # paragraph straight after it ("That the Chief Executive be directed to ...")
            base = self.that_base if that_run else self.limb_base
            self.limb_base, self.that_base, self.that_last = None, base, unit
            if _BODY_INTRO.match(unit.text.strip().lstrip('"“')):  # ('"That Council:', R89)
                # "RESOLVED ..." / "THAT Council:" / "1. Adopt the plan ..." / "2. Note ...":
                # the numbered limbs under it decide (R73, an Australian council's layout)
                self.limb_base, self.limb_count, self.limb_verbs = base, 0, False
                return None
            for offset, sentence in unit.sentences() or [(0, unit.text)]:
                if mo.THAT_START.match(sentence):
                    words = regex.sub(r"^\W*(?:That|THAT)\s+", "", sentence).rstrip(" .;")
                    self.add_resolution(res.tidy(words), unit, offset, base=base)
            return None
        if (
            self.limb_base is not None
            and not self.limb_count
            and not self.limb_verbs
            and unit.kind == "para"
            and _TO_VERB_LIMB.match(unit.text)
        ):
            # "IT WAS resolved:" / "To accept the quotation for X. The Clerk to order it.": the
            # first sentence under the label is the decision (an English parish's agenda
            # wording); what follows it is read as usual
            base, self.limb_base = self.limb_base, None
            sentences = unit.sentences() or [(0, unit.text)]
            self.add_resolution(res.tidy(sentences[0][1].rstrip(" .;")), unit, 0, base=base)
            if len(sentences) > 1:
                self.visit_normal(unit.slice(sentences[1][0]), unit)
            return None
        self.limb_base = None
        self.limb_verbs = False
        board = _BOARD_COLON.search(unit.text.strip())
        if board and not board.start():
            # "The Board:" followed by "• APPROVED the ...; • NOTED the ...": one decision a bullet
            self.limb_base, self.limb_count, self.limb_verbs = self.base_ref(unit), 0, True
            return
        if unit.kind == "heading":
            self.decided = []
            self.ref = unit.label if unit.label else None
            self.heading = unit.text
            self.heading_decided = len(self.ex.resolutions)
            self.post_label = None
            if len(cells := regex.split(r"\s{3,}|\t", unit.source.strip())) > 1:
                # "2. Approval of Agenda        Official Action": not the right-hand column
                self.heading = regex.sub(r"^[\w.]{1,6}[.)]\s+", "", cells[0])
            self.list_mode = bool(act.ACTIONS_HEADING.match(unit.text))
            self.decision_mode = bool(act.DECISIONS_HEADING.match(unit.text))
            return
        if unit.label_kind == "ref":
            self.ref = unit.label
        if act.ACTIONS_HEADING.match(unit.text):
            self.list_mode = True
            return
        if act.DECISIONS_HEADING.match(unit.text):
            self.decision_mode = True
            return
        if self.list_mode and unit.kind in ("bullet", "num"):
            return self.visit_list_item(unit)
        if self.decision_mode and unit.kind in ("bullet", "num", "task"):
            # Items of a "Decisions" list are decisions, one each.
            text = res.tidy(unit.text.rstrip("."))
            if text and not act.DONE.match(text):
                self.add_resolution(text, unit, 0)
            return
        self.list_mode = False
        self.decision_mode = False
        text = unit.text.strip()
        if (
            _NOUN_APPROVED.match(text)
            and self.ex.resolutions
            and _OBJECTLESS.match((last := self.ex.resolutions[-1]).text)
            and previous is not None
            and last.line >= previous.line
        ):
            # "A moved to approve, B seconded - motion passed." / "Meeting minutes approved"
            last.text = f"{last.text.rstrip('.')} – {text.rstrip('.')}"
            return
        if (m := _ELECTED_LINE.match(text)) and self.post_label:
            # "Treasurer:" / "Ann Lee" / "Raj Patel (elected; unanimous)": Raj was elected
            return self.add_resolution(f"{self.post_label} {m.group(0).rstrip('.')}", unit, 0)
        if text.endswith(":") and len(text.split()) <= 6:
            self.post_label = text
        if (
            _PROPOSAL_PASSED.match(text)
            and self.heading
            and len(self.ex.resolutions) == self.heading_decided
        ):
            # "a. Bike racks (P12)" / ... / "The Proposal was passed.": the item is decided
            what = regex.split(r"\s{2,}", self.heading)[0]
            sentence = (unit.sentences() or [(0, text)])[0][1]
            sentence = regex.sub(r",\s+(?:on|by|with)\s+.*$", "", sentence.rstrip("."))
            self.add_resolution(f"{what}: {sentence[:1].lower()}{sentence[1:]}", unit, 0)
            self.heading_decided = len(self.ex.resolutions)
            return
        self.visit_text(unit, previous)
        if unit.text.rstrip().endswith(":") and _FOLLOWING_APPROVED.search(unit.text):
            self.approved_list, self.approved_last = self.base_ref(unit), None  # (R53)
        if board:  # "..., Council:" closing a lead-in (R43): its limbs decide
            self.limb_base, self.limb_count, self.limb_verbs = self.base_ref(unit), 0, True
        if _FOLLOWING_DECISIONS.search(unit.text):
            self.decision_mode = True  # "... and to that end we made the following decisions:"
        elif _ACTIONS_LEAD_IN.search(unit.text):
            self.list_mode = True  # "The Board agreed to take three actions:" then the list

    def _is_limb(self, unit: Unit) -> bool:
        if unit.kind == "bullet":
            return True
        if unit.label_kind != "num" or unit.label is None:
            return False
        last = getattr(self, "last_limb", None) if self.limb_count else None
        if last is not None and last.kind == "para" and unit.kind == "heading":
            return False  # "B    Delegate authority ..." then "6. Next meeting"
        if last is None or last.label is None:
            return True
        if last.label.isdigit() != unit.label.isdigit():
            return False  # "5. Boat shed lease" after limbs a) b) c)
        return not (unit.kind == "heading" and last.text.endswith("."))

    def visit_table(self, unit: Unit, previous: Unit | None = None) -> None:
        cells = table_cells(unit)
        columns = act.action_table_columns(cells)
        if columns:
            self.table = columns
            return
        if (found := _decision_table_columns(cells)) is not None:
            self.decision_table = found
            return
        if self.decision_table is not None and not self.table:
            return self.visit_decision_row(unit, cells)
        if not self.table and (tag := self._action_column_tag(unit.text)):
            # "DH to bring a recovery plan to the June meeting. | DH": a minute and its Action
            # column with no header row, flattened onto one line (A68); the minute is read as
            # usual, then its last sentence is the tag's action, as after " / SE" (A45)
            body = unit.slice(0, unit.text.rindex("|"))
            body.text = body.text.strip().lstrip("|").rstrip()
            count = len(self.ex.actions)
            self.visit_text(body, previous)
            return self._tag_last_sentence(body, tag, count)
        if not self.table:
            return self._visit_minute_row(unit, previous)
        if set("".join(cells)) <= set("-:| ") or act.header_continuation(cells):
            return
        columns = self.table

        def get(key: str) -> str:
            index = columns.get(key)
            return cells[index] if index is not None and index < len(cells) else ""

        done = any(
            act.DONE_STATUS.match(cell.strip())
            for i, cell in enumerate(cells)
            if i != columns.get("action")
        )
        if done or not get("action"):
            return
        if (owner := columns.get("owner")) is not None and len(cells) <= owner:
            return  # a wrapped cell's overflow ("control | integrated report | March report")
        self.add_action(
            get("action"),
            unit,
            owner=get("owner") or None,
            due_text=get("due") or None,
            listed=True,
        )

    def _visit_minute_row(self, unit: Unit, previous: Unit | None) -> None:
        """A row of minutes kept in a table with no Action header: "| Planning | Moira to write
        to the Planning Service. | Moira |" (A77).  The minute (the longest cell of four words
        or more) is read as any paragraph is; a last cell after it holding only an owner is its
        Action column, as after a flattened "| DH" (A68)."""
        if "|" not in unit.text:
            return  # columns set out with spaces: an attendance list, a budget's figures
        cells = []
        for m in regex.finditer(r"[^|]+", unit.text):
            content = m.group()
            if content.strip():
                start = m.start() + len(content) - len(content.lstrip())
                cells.append((start, m.start() + len(content.rstrip())))
        minutes = [(s, e) for s, e in cells if len(unit.text[s:e].split()) >= 4]
        if not minutes:
            return
        start, end = max(minutes, key=lambda c: c[1] - c[0])
        after = [c for c in cells if c[0] > start]
        tag = self._owner_cell(unit.text[after[0][0] : after[0][1]]) if len(after) == 1 else None
        body = unit.slice(start, end)
        if tag and not regex.search(r"[.;]$|\b(?:to|will|would|agreed|asked)\b", body.text):
            tag = None  # "| Jo Bell | Director of Corporate Affairs | JB |": a post, not a minute
        count = len(self.ex.actions)
        self.visit_text(body, previous)
        if tag:
            self._tag_last_sentence(body, tag, count)

    def visit_decision_row(self, unit: Unit, cells: list[str]) -> None:
        """A row of a table of motions: "To approve the budget | A Lee | B Diaz | Carried"."""
        columns = self.decision_table or {}
        if set("".join(cells)) <= set("-:| "):
            return
        index = columns["what"]
        what = cells[index].strip() if index < len(cells) else ""
        if not what:
            return
        if (result := columns.get("result")) is not None:
            outcome = cells[result].strip() if result < len(cells) else ""
            if not _ROW_CARRIED.search(outcome) or _ROW_LOST.search(outcome):
                return  # "Lost", "Withdrawn", "Deferred", or no outcome recorded
        self.add_resolution(res.tidy(mo.clean(what).rstrip(".")), unit, 0)

    def visit_list_item(self, unit: Unit) -> None:
        text = unit.text
        due = find_due_phrase(text)
        if (
            due is None
            and (tail := act.trailing_due(text))
            and resolve_due(tail, self.today) != (None, None)
        ):
            due = tail
            text = text[: text.rfind(tail)].rstrip(" -–—")
        if not act.DONE.match(text):
            owner, text = act.owner_from_task(text) if "@" in text else (None, text)
            if owner is None and (m := act.SPEAKER.match(text)) and self.person_like(m["who"]):
                owner, text = m["who"], m["rest"]  # "Lena: move the flaky tests ..."
                first = act.FIRST_PERSON.match(text)
                text = text[first.start("verb") :] if first else text
            elif owner is None and ": " in text[:60] and (m := _NAME_COLON_TASK.match(text)):
                # "Dev Raman: draft the proposal ...", "Former user (Deleted): invite X ...",
                # "J. Okoro: to book the hall": in an action list the name before the colon is
                # the owner when a task follows it (A48)
                owner, text = m["who"], m["rest"]
            self.add_action(text, unit, owner=owner, due_text=due, listed=True)

    def visit_text(self, unit: Unit, previous: Unit | None) -> None:
        text = unit.text
        if " / " in text[-12:] and (m := _SLASH_TAG.search(text)):
            # "... to thank him for his service. / SE": an Action column flattened into the
            # line after " / " (A45); the paragraph is read as usual, then its last sentence is
            # the tag's action
            body = unit.slice(0, m.start())
            count = len(self.ex.actions)
            self.visit_text(body, previous)
            return self._tag_last_sentence(body, m["tag"], count)
        if (m := _DETAIL_LINE.match(text)) and self.ex.actions and previous is not None:
            # "Due: 30 September 2024" / "Owner: Kate" under an action line
            last = self.ex.actions[-1]
            if last.line >= previous.line:
                if m["key"].lower() in ("owner", "lead", "responsible", "who", "by whom"):
                    if last.owner is None:
                        last.owner = resolve_owner(m["value"], self.ex.attendees, self.known)
                elif last.due_date is None and last.due_rule is None:
                    last.due_date, last.due_rule = resolve_due(m["value"], self.today)
                    last.due_text = m["value"]
                    if last.due_date is None and (bad := impossible_date(m["value"])):
                        last.due_text = None
                        last.flags = [f for f in last.flags if f != "no due date"]
                        last.flags.append(not_a_real_date(bad))
                return None
        if (m := act.ACTION_START.match(text)) and not act.ADD_MARKER.match(text):
            rest = m["rest"].strip()
            if not rest or act.DONE.match(rest):
                return
            if act.is_owner_tag(rest) and previous is not None:
                last = self.ex.actions[-1] if self.ex.actions else None
                if last and last.resolution_ref and last.source == previous.source:
                    last.owner = last.owner or resolve_owner(rest, self.ex.attendees, self.known)
                    return None
                offset = _last_sentence_offset(previous)
                return self.add_action(_marked_request(previous.text), previous, offset, owner=rest)
            # "Action (Carla):", "ACTION BO:"
            owner = m["who"] or m["who2"]
            if owner is None and (lead := _MARKED_SUBJECT.match(rest)):
                owner = lead[
                    "who"
                ]  # "ACTION: Ingrid can draft the reply": the marker makes it hers
            named = m["who"] or m["who2"]
            parts = act.clauses(rest, self.person_like) if not named and ", " in rest else []
            if len(parts) > 1 and all(act.direct_shape(c) for _, c in parts):
                # "Action: Wendy and Maggie to organise, Stuart to do the flyer": one task each
                # (A76)
                for start, clause in parts:
                    who = act.direct_shape(clause)[0]
                    self.add_action(clause.rstrip(" ,;"), unit, m.start("rest") + start, owner=who)
                return None
            return self.add_action(rest, unit, m.start("rest"), owner=owner)
        if m := act.ADD_MARKER.search(text):
            before = text[: m.start()].strip()
            if before:
                sentence = act.last_request(before)
                return self.add_action(sentence, unit, text.rfind(sentence, 0, m.start()))
            if previous is not None:
                return self.add_action(
                    act.last_request(previous.text), previous, _last_sentence_offset(previous)
                )
            return
        if m := self._initials(text):
            owner = _split_initials(m["ini"])[0]
            body = regex.sub(r"(?i)\baction\s*[:–—-]?\s*$", "", text[: m.start()]).strip()
            if body:
                sentence = act.last_request(body)
                return self.add_action(sentence, unit, max(0, text.rfind(sentence)), owner=owner)
            if previous is not None:
                sentence = _marked_request(previous.text)
                return self.add_action(
                    sentence, previous, _last_sentence_offset(previous), owner=owner
                )
            return
        found_trigger = False
        sentences = res.join_inline_limbs(unit.sentences())
        tagged = self._tagged_sentences(unit, sentences)
        if len(sentences) > 1 and (
            m := act.ACTION_START.match(
                regex.sub(r"^\((.*)\)$", r"\1", sentences[-1][1].rstrip("."))
            )
        ):
            tag = m["rest"].strip()
            if tag and act.is_owner_tag(tag):
                # "... asking for a date for repairs. Action: JM": the tag names the owner of
                # the sentence before it.
                offset, before = sentences[-2]
                sentences = sentences[:-2]
                self._decision_before_tag(unit, offset, before)
                self.add_action(before, unit, offset, owner=tag)
        elif (
            len(sentences) > 1
            and " to action" in sentences[-1][1]
            and (m := _TO_ACTION_TAG.match(sentences[-1][1].strip()))
            and (
                act.role_like(m["tag"])
                or self.person_like(m["tag"])
                or act.TITLES.match(m["tag"] + " ")
            )
        ):
            # "Clerk to write to the Parochial Church Council. Clerk to action": a parish
            # council's owner tag closing the item (A63), the sentence before it the task
            offset, before = sentences[-2]
            sentences = sentences[:-2]
            self._decision_before_tag(unit, offset, before)
            self.add_action(before, unit, offset, owner=m["tag"])
        elif (
            len(sentences) > 1
            and sentences[-1][1][:7].lower() == "action "
            and (m := _BARE_ACTION_TAG.match(sentences[-1][1].strip()))
            and act.is_owner_tag(m["tag"])
            and (act.role_like(m["tag"]) or self.person_like(m["tag"]))
        ):
            # "It was agreed to put this item on the January agenda.  Action Clerk": the same
            # tag with no colon, a post or a person after it (A42)
            offset, before = sentences[-2]
            sentences = sentences[:-2]
            self._decision_before_tag(unit, offset, before)
            self.add_action(before, unit, offset, owner=m["tag"])
        speaker = None
        self.item_topic = None
        if (
            sentences
            and (m := act.LABEL_PREFIX.match(sentences[0][1]))
            and not res.find_trigger(sentences[0][1])
            and not regex.match(r"(?i)(?:action|actions|note|notes|update|status)\b", m["label"])
            # "Bo to fix the gate – ongoing": the task itself before a status, not a label
            and not (regex.search(r"\s[-–—]\s", sentences[0][1]) and act.direct_shape(m["label"]))
            # "The Group Manager - Open Spaces undertook to ...": a post and its service
            and not _POST_AND_SERVICE.match(sentences[0][1])
        ):
            # "Ana: I'll bisect ...", "AR: ..." (a speaker) or "Spring appeal: ..." (a label):
            # either way the clause starts after the colon.
            if self.person_like(m["label"]):
                speaker = m["label"]
            elif not m["label"].isupper():
                self.item_topic = m["label"]  # "Trophy engraving – No quote yet – Jo to chase it"
            cut = sentences[0][1].index(m["rest"])
            if sentences[0][0] in tagged:  # "RK – stated that he would ...     RK": the tag stays
                tagged[sentences[0][0] + cut] = tagged.pop(sentences[0][0])
            sentences[0] = (sentences[0][0] + cut, sentences[0][1][cut:])
        # "X to be invited to speak. Action Item – Nadia to invite X.": the marked sentence is
        # the action; what it marks up before it in the same item is its context
        marked = [o for o, s in sentences if (m := act.ACTION_START.match(s)) and m["rest"]]
        # "LH proposed a newsletter to members. Agreed.": the outcome alone after a proposal
        # decides it (R85); the two sentences are the decision
        outcome = {
            sentences[i - 1][0]: s
            for i, (_, s) in enumerate(sentences)
            if i and _AGREED_ALONE.fullmatch(s.strip()) and not _LABELLED.match(sentences[i - 1][1])
        }
        for offset, sentence in sentences:
            if outcome and _AGREED_ALONE.fullmatch(sentence.strip()):
                continue  # (read with the sentence before it)
            if offset in outcome and not res.find_trigger(sentence):
                found_trigger = True
                count = len(self.ex.actions)
                self.add_resolution(f"{sentence.rstrip()} {outcome[offset].strip()}", unit, offset)
                del self.ex.actions[count:]  # a proposal agreed is a decision, not a task
                continue
            if speaker and act.FIRST_PERSON.match(sentence):
                self.add_action(sentence, unit, offset, owner=speaker)  # "I'll send the draft"
                continue
            if speaker and regex.match(r"to\s+(?!be\b)[a-z]{2,}", sentence):
                self.add_action(sentence, unit, offset, owner=speaker)  # "Bo: to send the minutes"
                continue
            if (
                speaker
                and _SPEAKER_SELF.match(sentence)
                # (a person named in the attendance, not a label such as "Membership Chair
                # Vacancy: Owen can ... He will ask the club.")
                and (speaker in self.people or speaker.split()[0] in self.people)
            ):
                # "Nora Bell – Yes. She will prepare a table ...": reported speech, the speaker's
                # own promise (A67)
                self.add_action(sentence, unit, offset, owner=speaker)
                continue
            if offset in marked and not act.is_owner_tag(
                rest := act.ACTION_START.match(sentence)["rest"]
            ):
                self.add_action(rest, unit, offset + sentence.index(rest))
                continue
            if marked and offset < marked[-1] and (span := res.find_trigger(sentence)):
                # "Headers: agreed to replace them. **Action:** Andy to update the PR": the
                # decision before the marked task is still a decision
                found_trigger = True
                before = len(self.ex.actions)
                self.visit_resolution(unit, offset, sentence, span)
                if any(a.owner is None for a in self.ex.actions[before:]):
                    del self.ex.actions[before:]  # the marked task is the one to do
                continue
            if marked and offset < marked[-1]:
                before = len(self.ex.actions)
                self.visit_clauses(unit, offset, sentence, sentences)
                if any(a.owner is None for a in self.ex.actions[before:]):
                    del self.ex.actions[before:]
                continue
            span = res.find_trigger(sentence)
            if not span and not unit.source.rstrip().endswith("|"):
                # "That the minutes be approved as a true record." with no label above (R69);
                # a tracker's table cell "That ... be investigated. |" is a recommendation to act
                span = res.bare_that(sentence)
            if not span and "objection" in sentence:
                # "22/00123 – Ty Newydd, extension. No objection." (R71)
                span = (
                    (0, 0)
                    if res.planning_answer(
                        sentence,
                        # the heading, the application's lines above and the paragraph
                        f"{self.heading} {previous.text if previous else ''} {unit.text}",
                    )
                    else None
                )
            if span:
                found_trigger = True
                actions, decided = len(self.ex.actions), len(self.ex.resolutions)
                self.visit_resolution(unit, offset, sentence, span)
                if len(self.ex.actions) == actions and res.informal_decision(sentence):
                    # "It was agreed that Cllr A and Cllr B would arrange ...": the decision's
                    # task read as the narrative reads it, carrying out the decision (R84)
                    self.visit_clauses(unit, offset, sentence, sentences)
                    ref = (
                        self.ex.resolutions[-1].ref if len(self.ex.resolutions) > decided else None
                    )
                    for a in self.ex.actions[actions:]:
                        a.resolution_ref = a.resolution_ref or ref
            elif found_trigger and mo.THAT_START.match(
                limb := _INLINE_LABEL.sub("", sentence, count=1)
            ):
                # "RESOLVED that X be noted. That the Head of Climate bring ...": each "That"
                # sentence after the keyword is another limb of the same resolution, also when
                # the limbs are lettered inline ("RESOLVED: A. That ... B. That ...")
                cut = len(sentence) - len(limb)
                self.add_resolution(res.tidy(limb.rstrip(".")), unit, offset + cut)
            elif offset in tagged:
                self.add_action(sentence, unit, offset, owner=tagged[offset])
            else:
                self.visit_clauses(unit, offset, sentence, sentences)
        if not found_trigger and (motion := res.moved_motion(text)):
            self.add_resolution(motion, unit, 0)

    def _decision_before_tag(self, unit: Unit, offset: int, sentence: str) -> None:
        """ "The Committee approved X, and agreed that Y be circulated. ACTION: AJ": the tagged
        sentence is AJ's task, and still the meeting's decision (R48)."""
        if span := res.find_trigger(sentence):
            before = len(self.ex.actions)
            self.visit_resolution(unit, offset, sentence, span)
            del self.ex.actions[before:]  # the tag's own action is the one to do

    def _tag_last_sentence(self, unit: Unit, tag: str, count: int) -> None:
        """The owner tag closing a paragraph (A45): the actions found in its last sentence are
        the tag's; when there are none, the last sentence (with what it points back to, A43) is
        the tag's action."""
        sentences = unit.sentences()
        if not sentences:
            return
        offset = sentences[-1][0]
        line = unit.line_at(offset)
        found = [a for a in self.ex.actions[count:] if a.line == line]
        owner = resolve_owner(tag, self.ex.attendees, self.known)
        if not found:
            return self.add_action(_marked_request(unit.text), unit, offset, owner=tag)
        # the tag overrides an owner read from the words; with none read, it names the last
        # action's ("Members asked for X; RTO will add this ... / RTO": the request stays open
        # for the reply to take on, A25)
        targets = [a for a in found if a.owner] or found[-1:]
        for a in targets:
            if owner:
                a.owner = owner
                a.flags = [
                    f
                    for f in a.flags
                    if f != "no owner named" and not f.startswith("owner is a group")
                ]

    def visit_clauses(self, unit: Unit, offset: int, sentence: str, sentences) -> None:
        """Actions in the clauses of a sentence: "Tony to send the photos, and Lorraine will ..."."""
        parts = act.clauses(sentence, self.person_like)
        for index, (start, clause) in enumerate(parts):
            before_clause = parts[index - 1][1] if index else sentence[:start]
            if lead := _AGREED_FOR.match(clause):
                # "Consensus was reached by the board for A and B to work on X": A and B's task
                start, clause = start + lead.end(), clause[lead.end() :]
            if _tracker_status(unit, clause):
                continue  # "Completed – to be removed from the action sheet.", "To be renegotiated |" (A51)
            if act.holds_office(clause) or act.CORRECTION.search(clause):
                continue  # "X to serve another term": an election, not a task
            if _VIEW_OF_NEED.match(clause):
                continue  # "Members stressed the need to keep the two plans in step": a view
            if _AGENDA_PREVIEW.match(clause):
                continue  # "The Panel will be asked to note the letter": an agenda's wording (A74)
            if act.EVENT_FUTURE.match(clause) or act.ASKED_OF_US.search(clause):
                continue  # "riders will be asked for a donation", "X asked for leave": not ours
            verdict = self.clause_action(clause)
            if verdict is None and (colon := clause.rfind(": ")) > 0:
                # "Amanda motioned the usage policy: Betty and Amanda will meet ...": the
                # action is what follows the last colon
                after = clause[colon + 2 :]
                if (again := self.clause_action(after)) not in (None, False):
                    start, clause, verdict = start + colon + 2, after, again
            if verdict is False:
                continue
            if verdict is not None:
                owner, guess = verdict
                if owner and guess and (guessed := guess_owner(clause)) and guessed in owner:
                    owner = guessed  # "Cllr Jane Smith and the Clerk": the first named leads
                text = clause
                topic = act.dash_topic(sentence, start)
                if topic and self.item_topic and sentences and offset == sentences[0][0]:
                    topic = self.item_topic  # the item's label, cut off the sentence above
                if topic and topic not in clause:
                    text = f"{topic} – {clause}"  # "Annual Awards – secretary Jo to remind Al"
                text = _with_request(sentence, start, text)
                self.add_action(text, unit, offset + start, owner=owner, guess=guess)
                continue
            if (
                start == 0
                and (m := _POST_WOULD.match(clause))
                and self.person_like(m["who"])
                and not act.hedged(clause)
                and not act.reported_as_done(
                    regex.split(r"\b(?:once|when|after|until)\b", clause)[0]
                )
                and self.index not in self.near_marker
            ):
                # "The Clerk would advertise the vacancy for the next meeting": reported
                # speech for the post's or person's own undertaking, whatever the verb (A72)
                self.add_action(clause, unit, offset, owner=m["who"], guess=False)
                continue
            if _WHICH_WILL_BE.search(clause) and not act.hedged(clause):
                # "... Proposal 6-04, which will be considered at the next Senate meeting": a
                # commitment with no owner named
                self.add_action(clause, unit, offset + start, guess=False)
                continue
            if (m := _SAID_AMENDED.search(clause)) and not act.hedged(clause[m.start("who") :]):
                # "..., and the Director of Law said the wording would be adjusted": the
                # officer's undertaking to change it
                self.add_action(clause, unit, offset + start, owner=m["who"], guess=False)
                continue
            if (m := _TAKEN_FORWARD_BY.search(clause)) and not act.hedged(clause[: m.start()]):
                # "..., and this would be taken forward by the Academic Registrar": the post's
                self.add_action(clause, unit, offset + start, owner=m["who"], guess=False)
                continue
            if (
                act.PASSIVE_DELIVERY.search(clause)
                and not act.hedged(act.main_clause(clause))
                and not act.reported_as_done(act.main_clause(clause))
                and not act.EVENT_FUTURE.match(clause)
                and self.index not in self.near_marker
            ):
                # "a briefing note would be sent to all Councillors": a task, owner the officer
                # reporting it when one is named ("The Director said an update would be ...")
                owner = act.speaker(clause) if start == 0 else None
                self.add_action(clause, unit, offset + start, owner=owner, guess=False)
                continue
            if (
                _TO_BE.search(clause)  # (cheap: the pattern below tries every subject length)
                and (m := _SUBJECT_TO_BE.match(clause))
                and act.is_participle(m["verb"])
                and not act.not_an_action_participle(m["verb"])
                and not act.hedged(clause)
                and not act.reported_as_done(clause[m.start("verb") :])
                and self.index not in self.near_marker
                and not _tracker_status(unit, clause)
            ):
                # "Figures on how many members used the club to be worked out and sent to Jo",
                # "To be returned to later in the season", "The fee was to be clarified": a
                # task in the passive, whatever the participle, with no owner named
                self.add_action(clause, unit, offset + start, guess=False)
                continue
            if (
                _TO_BE_DONE.match(clause)
                and not act.hedged(clause)
                and not _tracker_status(unit, clause)
            ):
                # "What are the criteria? To be discussed on the list and settled next meeting."
                self.add_action(clause, unit, offset + start, guess=False)
                continue
            if offset == 0 and start == 0 and act.is_verb_first(clause) and find_due_phrase(clause):
                self.add_action(clause, unit, offset, guess=False)  # "Report back on X by 2 April."
                continue
            if not (
                act.is_direct_action(clause)
                or (
                    self.index not in self.near_marker
                    and (
                        act.is_narrative_commitment(clause)
                        or act.is_narrative_commitment(act.main_clause(clause))
                    )
                    and not act.undertaking_done(clause)
                    and not self._third_party_would(clause)
                    and not act.THIRD_PARTY_REQUEST.search(clause)
                )
            ):
                continue
            owner = None
            if (
                start > 0
                and sentence[:start].endswith("who ")
                and regex.match(r"(?:will|would)\s", clause)
            ):
                # "... to the Clerk, who will raise it with Highways": the Clerk's task (A41); a
                # third party's next step ("the developer, who will hold a drop-in") is theirs
                m = _WHO_BEFORE.search(sentence[:start])
                if not (m and self.person_like(m["o"])):
                    continue
                owner = m["o"]
                clause = f"{'the ' if act.role_like(owner) and not act.TITLES.match(owner + ' ') else ''}{owner} {clause}"
            elif start > 0 and regex.match(
                r"(?:also\s+)?(?:agreed|undertook|promised)\s+to\b"
                r"|(?:also\s+)?(?:said|stated|confirmed|added|indicated)\s+(?:that\s+)?(?:he|she)\s+would\b",
                clause,
            ):
                # "The Director said ..., and agreed to circulate ...": the subject of the clause
                # before it ("...; the DM Team Leader said ... and agreed to ..."), or else the
                # sentence's
                owner = (
                    act.speaker(before_clause)
                    or act.speaker(sentence[:start])
                    or guess_owner(sentence[:start])
                )
            if act.PRONOUN_START.match(clause) and not guess_owner(clause):
                if start > 0:  # "Ann reported that ... and she will confirm ...": Ann
                    owner = self.pronoun_owner(sentence[:start])
                else:
                    earlier = [s for o, s in sentences if o < offset]
                    owner = self.pronoun_owner(earlier[-1]) if earlier else None
            self.add_action(
                _with_request(sentence, start, clause), unit, offset + start, owner=owner
            )

    def pronoun_owner(self, before: str) -> str | None:
        """Who "He will ..." means: the speaker or owner of the sentence before, or the one
        person it names; None when it names none or several."""
        if who := act.speaker(before) or guess_owner(before):
            return who
        before = act.LABEL_PREFIX.sub(lambda m: m["rest"], before)  # "Membership: Owen can ..."
        names = {
            n
            for n in regex.findall(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)*", before)
            if not _NOT_A_PERSON_WORD.match(n)
        }
        known = {n for n in names if self.person_like(n)}
        if len(known) == 1:
            return known.pop()
        return names.pop() if len(names) == 1 and not known else None

    def clause_action(self, clause: str):
        """(owner, guess) when the clause has an action's shape, False when it is a non-action
        of that shape ("Call to order:"), None when the shape does not apply."""
        if (m := _TOPIC_OWNER.match(clause)) and self.person_like(m["who"]):
            return m["who"], True  # "Silent Auction, AB will finalize": a topic, then the owner
        if (
            (m := _TRAILING_OWNER.search(clause))
            and act.is_verb_first(clause)
            and self.person_like(m["who"])
        ):
            return m["who"], False  # "Follow up with the printer about the proofs (Carla)"
        if (m := regex.match(r"@([\w.-]+)\s+(?:will|to|shall)\s+[a-z]", clause)) and not act.hedged(
            clause
        ):
            return m.group(1), False  # "@alice will update the docs": a handle is a person
        if (
            (m := act.OBLIGATION.search(clause))
            and not act.NEED_NOUN.search(clause, m.start(), m.end())
            and not act.hedged(clause[: m.start("verb")])
            and not act.is_verb_first(m["subj"])
            and (not m["be"] or act.is_participle(m["verb"]))
        ):
            # "this fee needs to be added to the list", "we need to ask Bo if ...", "Each
            # steward will need to find two helpers": a task stated as a need
            who = m["subj"]
            named = who.lower() != "we" and all(w[:1].isupper() for w in who.split())
            if not m["be"] and (named or self.person_like(who) or act.INTERNAL_GROUPS.match(who)):
                return who, True
            return None, False
        shape = act.direct_shape(clause)
        if shape is None:
            return False if act.stop_subject(clause) else None
        subject, aux, passive, verb = shape
        if ", " in subject and self.person_like(tail := subject.rsplit(", ", 1)[1].strip()):
            subject = tail  # "Silent Auction, AB will finalize": a topic, then the owner
        if passive:
            if not act.is_participle(verb):
                # "pledges seem to be catching up", "found it to be in order": no task; "Jo will
                # be at the fair and will bring the float" is left to the narrative rules
                return False if aux in ("to", "is to", "are to") else None
            if aux in ("to", "is to", "are to"):
                return None, False  # "The trajectory to be circulated": no owner named
            # "Tom will be asked whether he wishes to serve": the question's "whether" is what to
            # ask, not a hedge on asking it (A46)
            asked = regex.search(r"\bbe\s+asked\s+(?:whether|if)\b", clause)
            if (
                act.hedged(clause[: asked.start()] if asked else clause)
                or act.not_an_action_participle(verb)
                or act.PAPERS_KEPT.search(clause)
            ):
                return None
            if regex.search(r"(?i)\bmeeting\b", subject):
                return None  # "The next meeting will be held on ..."
            if (
                verb == "asked"
                and self.person_like(subject)
                and regex.search(r"\basked\s+to\s", clause)
            ):
                return subject, True  # "The Clerk will be asked to write to the owner": hers
            return None, False  # "The lease terms will be considered at the next meeting"
        if "tasked" in aux:
            return (subject, True) if self.person_like(subject) else None
        if aux in ("to", "is to", "are to"):
            if self.person_like(subject) or act.INTERNAL_GROUPS.match(subject):
                return subject, True
            first, joint, _ = subject.partition(" and ")
            if joint and self.person_like(first):
                return subject, True  # "Ruth and Sam to run the tea tent": the first named leads
            if verb in act._VERB_SET and subject[:1].isupper() and not act.is_verb_first(subject):
                return subject, True
            return None
        if act.hedged(clause):
            return None
        if self.person_like(subject) or act.INTERNAL_GROUPS.match(subject):
            return subject, True
        first, joint, _ = subject.partition(" and ")
        if joint and self.person_like(first):
            return subject, True  # "Betty and Amanda will meet ...": the first named leads
        if aux in ("will", "shall") and self.proper_name(first):
            # "Haverland will use the comments ...", "VE7ABC and VE7XYZ will service the
            # repeater": a name the attendance did not list, never written in lower case
            return subject, True
        return None

    def proper_name(self, word: str) -> bool:
        """One capitalised word (or a call sign) that the document never writes in lower case
        and that is no body, group, plural, month or day: a person's name."""
        if not _PROPER_WORD.fullmatch(word) or _NOT_A_NAME.match(word):
            return False
        if act.INTERNAL_GROUPS.match(word) or regex.search(r"(?:s|ing|tion|ment|ness|ity)$", word):
            return word in self.people
        return word.lower() not in self.lower_words

    def _third_party_would(self, clause: str) -> bool:
        """ "nominations would open on 8 January", "the developer would hold ...": not ours."""
        m = regex.search(
            r"(?:^|\bthat\s+|,\s+|;\s+|\band\s+)(?:[Tt]he\s+)?(?P<subj>[A-Za-z][\w'’-]*"
            r"(?:\s+[\w'’-]+){0,5}?)\s+(?:would|will)\s+(?!be\b)[a-z]",
            clause,
        )
        if not m:
            return False
        # "he said that he would ask ...": the subject is the one after the last "that"
        subject = regex.split(r"\bthat\s+", m["subj"])[-1]
        # "said he would draft ...", split off "X advised that ... and": the speaker's promise
        subject = regex.sub(r"^(?:said|stated|confirmed|added|indicated)\s+", "", subject)
        if regex.fullmatch(r"(?i)he|she|they|we|i|officers?|staff|it", subject):
            return False
        if regex.fullmatch(r"[A-Z][a-z]+s", subject) and subject not in self.people:
            return m.start("subj") == 0 or clause[: m.start("subj")].strip().lower() in ("the", "")
        if any(w[:1].isupper() for w in subject.split()):
            return False
        return not (act.INTERNAL_GROUPS.match(subject) or act.role_like(subject))

    def _tagged_sentences(self, unit: Unit, sentences) -> dict[int, str]:
        """{sentence offset: owner} for sentences an Action-column tag sits beside."""
        out: dict[int, str] = {}
        for position, initials in unit.tags:
            owner = self._column_owner([(position, initials)])
            starts = [o for o, _ in sentences if o <= position]
            if owner and starts:
                out.setdefault(starts[-1], owner)
        return out

    def visit_resolution(self, unit: Unit, offset: int, sentence: str, span) -> None:
        decision = res.resolution_text(sentence, span)
        if (
            res.is_intro(decision)
            or res.RESOLVED_LABEL.match(sentence.strip())
            or regex.search(r"\bas\s+follows\s*:\s*[-–—]?$", sentence.strip())
            # "Council approved the following recommendations:" over its numbered limbs
            or regex.search(
                r"(?i)\bthe\s+following(?:\s+(?:[\w-]+\s+)?(?:recommendations?|resolutions?|motions?|proposals?))?\s*:\s*[-–—]?$",
                sentence.strip(),
            )
        ):  # ("RESOLVED that X be restructured as follows:-" / "(a) that ...": the limbs decide)
            self.limb_base = self.base_ref(unit)
            self.limb_count = 0
            self.elected_run = bool(_FOLLOWING_ELECTED.match(sentence.strip()))
            return
        limbs = res.split_inline_limbs(decision)
        if len(limbs) == 1 and len(elections := res.split_elections(decision)) > 1:
            for election in elections:  # "A was elected as Chair ...; B was elected as ..."
                self.add_resolution(election, unit, offset + max(0, sentence.find(election[:20])))
            return None
        if len(limbs) == 1 and len(verbs := res.split_caps_verbs(decision)) > 1:
            for part in verbs:  # "APPROVED the Plan and AGREED that reports be provided" (R70)
                self.add_resolution(part, unit, offset + max(0, sentence.find(part[:20])))
            return None
        if len(limbs) == 1:
            return self.add_resolution(decision, unit, offset)
        base = self.base_ref(unit)
        for label, limb in limbs:
            marks = [unit.text.find(m, offset) for m in (f"({label})", f" {label})")]
            at = min((m for m in marks if m >= 0), default=offset)
            self.add_resolution(limb, unit, at, limb=label, base=base)


_FOLLOWING_ELECTED = regex.compile(
    r"(?i)^(?:the\s+)?following\s+(?:\w+\s+){0,2}(?:were|was)\s+(?:duly\s+)?(?:re-?)?(?:elected|appointed)\b[^:]{0,40}:$"
)
_RESOLVED_REASON_HEAD = regex.compile(
    r"(?i)^resolved\s*:?\s*/\s*reasons?\s+for\s+(?:the\s+)?decisions?\s*:?$"
)
_REASON_ROW = regex.compile(r"^(?P<decision>(?:That|THAT)\s.{3,600}?)\s/\s+(?:(?!\s/\s).){1,300}$")
_LEAD_IN_LIMB = regex.compile(
    r"(?i)^(?:upon|on|following|with\s+effect\s+from|from|after|subject\s+to|in\s+respect\s+of)\b"
    r"[^.;]{0,120}:\s*[-–—]?$"
)
_LETTER_LIMB = regex.compile(
    r"^([A-H])\s+(?=(?:Note|Approve|Agree|Delegate|Endorse|Adopt|Authori[sz]e|Request|Recommend|"
    r"Receive|Confirm|Appoint|Instruct|Ask|Accept|Defer|Reject|Support|Refer|Establish|Grant|Agree)\b)"
)
# "... presented the following proposals (attachment h), which were approved:", "The following
# appointments were agreed:" (R53)
_FOLLOWING_APPROVED = regex.compile(
    r"(?i)\bthe\s+following\s+(?:[\w-]+\s+){0,2}(?:proposals?|recommendations?|resolutions?|motions?|"
    r"items?|changes|amendments|appointments|nominations|policies|courses|programmes|applications|grants)"
    r"\b[^.:]{0,80}?(?:,\s*which\s+were|\s+(?:were|was))\s+(?:all\s+)?(?:unanimously\s+)?"
    r"(?:approved|adopted|agreed|accepted|ratified|endorsed|granted)\s*:\s*$"
)
_BARE_OUTCOME = regex.compile(
    r"(?i)(?:approved|carried|adopted|agreed|passed)(?:\s+unanimously)?\.?"
)
# "Agreed." / "Approved unanimously." after a proposal (R85); not a vote's "Carried" after its
# tally, nor an outcome after a label ("Applicants: Mr A and Mrs B. APPROVED")
_AGREED_ALONE = regex.compile(r"(?i)(?:agreed|approved)(?:\s+(?:unanimously|by\s+all))?\.?")
_LABELLED = regex.compile(r"^[\w'’ &/-]{1,30}:\s")
_BARE_OUTCOME_END = regex.compile(
    r"(?i)\.\s+(?:approved|carried|adopted|agreed|passed)(?:\s+unanimously)?\.?$"
)
_ROMAN_LIMB = regex.compile(r"^(i{1,3}|iv|vi{0,3}|ix|x)\s+(?=(?:the|a|an)\s|[a-z]{3,}\s)")
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_DECISION_MAKER_LINE = regex.compile(r"(?i)^decision[\s-]+maker\s*:\s*\S")
_EFFECTIVE_FROM = regex.compile(r"(?i)^effective\s+from\s*:\s*\S[^.]{0,30}$")


_MOVER_NAME_LINE = regex.compile(
    r"(?:Cllr|Councillor|Cr)\.?\s+[A-Z][\w.'’-]*(?:\s+['‘’]?[A-Z][\w.'’-]*){0,3}\.?"
)
# a mover's or seconder's line inside a motion block, or a name alone under "Moved" (R73)
_PERSON_IN_CHAMBER = (
    r"(?:(?:His|Her)\s+Worship\s+the\s+Mayor|(?:Deputy\s+)?Mayor(?:\s+[A-Z][\w'’-]+)?|"
    r"(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)
_MOVER_BLOCK_LINE = regex.compile(
    rf"(?:(?i:moved|seconded|proposed)(?:\s+(?i:by))?\s*:?(?:\s+{_PERSON_IN_CHAMBER})?|{_PERSON_IN_CHAMBER})\.?"
)
_TO_VERB_LIMB = regex.compile(r"To\s+(?!be\b)[a-z]{3,}\s+\S")


# "That the Council:", "That the Audit Committee:" -- an opening that its limbs complete.
_BODY_INTRO = regex.compile(
    r"^(?:that\s+)?(?:the\s+)?[\w'’ -]{0,40}?(?:council|committee|board|panel|cabinet|trust|"
    r"trustees|governors|court|senate|meeting|commission|authority)\s*(?:resolves?|agrees?)?\s*:?$",
    re.I,
)


# "The Board:", "The Audit Committee:" on a line of its own, its decisions bulleted below; also
# at the end of a lead-in (R43): "On the recommendation of the Audit Committee, Council:"
_BOARD_COLON = regex.compile(
    r"(?:^|[,.)*]\s+)(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}(?:Board|Committee|Council|Panel|Cabinet|Trust|"
    r"Trustees|Governors|Court|Senate|Meeting|Commission|Authority|Group)\s*:$"
)
# (lower case too, R43: "The Committee:" / "a) noted the update; and" / "b) asked that ...")
_DECISION_LIMB = regex.compile(
    r"^(?:APPROVED|AGREED|ENDORSED|RATIFIED|ADOPTED|NOTED|RECEIVED|RESOLVED|DECIDED|CONFIRMED|"
    r"ACCEPTED|SUPPORTED|DELEGATED|REQUESTED|RECOMMENDED|Approved|Agreed|Endorsed|Ratified|Adopted|"
    r"Noted|Received|Confirmed|Accepted|Supported|Delegated|Requested|Recommended|"
    r"(?:approved|agreed|endorsed|ratified|adopted|noted|received|resolved|decided|confirmed|accepted|"
    r"supported|delegated|requested|recommended|authori[sz]ed|asked|instructed|appointed|elected|"
    r"deferred|welcomed)(?=\s+(?:that|to|the|a|an|its|all|[A-Z]|\w+ly\b)))\b"
)
_DETAIL_LINE = regex.compile(
    r"^(?P<key>due|due date|deadline|by when|target date|owner|lead|responsible|who|by whom)"
    r"\s*:\s*(?P<value>\S.{0,60}?)\.?$",
    re.I,
)


# Under an explicit action marker the subject owns the task, whatever the modal
_MARKED_SUBJECT = regex.compile(
    r"^(?P<who>[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,2})\s+"
    r"(?:can|could|may|might|should|must|will|would|shall|is\s+to|to)\s+(?!be\b)[a-z]"
)
# "<a subject of any length> (is/was) to be <participle>", or "To be <participle>" alone; not
# "X agreed to be ...", "X is likely to be ...", "X seems to be ..."
_SUBJECT_TO_BE = regex.compile(
    r"^(?:(?P<subj>(?:(?!\bto\b)[^,;:.()]){3,160}?)(?<!\bagreed)(?<!\brequired)(?<!\bneeded)(?<!\basked)(?<!\bwanted)(?<!\bexpected)"
    r"(?<!\blikely)(?<!\bdue)(?<!\bgoing)(?<!\bseems)(?<!\bseemed)(?<!\bappears)(?<!\bappeared)"
    r"(?<!\bneeds)(?<!\bused)(?<!\bhappy)(?<!\bwilling)(?<!\bready)(?<!\bable)(?<!\bwants)"
    r"(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bought)\s+(?:(?:is|are|was|were)\s+)?)?[Tt]o\s+be\s+"
    r"(?!(?:signed|deferred|postponed|left|kept|carried\s+(?:over|forward)|(?:placed|put)\s+on\s+hold)\b)"
    r"(?P<verb>[a-z]+)\b"
)
_TO_BE = regex.compile(r"[Tt]o\s+be\s")
# A tracker's recommendation cell (A52): "That X be investigated.", "An advert be placed ...",
# "That the Head of Housing report back ..."; its owner cell a post
_TRACKER_RECOMMENDATION = regex.compile(
    r"^(?:That\s+[^|]{3,300}?\s(?:be\s+[a-z]+|report|write|review|provide|consider|bring|submit)\b"
    r"|(?:An?|The)\s+[^|]{3,200}?\sbe\s+[a-z]+ed\b)[^|]*$"
)
_TRACKER_OWNER = regex.compile(
    r"^(?:The\s+)?(?:Portfolio\s+Holder|Cabinet\s+Member|Head\s+of|Director|Chief\s+Executive|"
    r"Executive\s+Member|Lead\s+Member|Leader)\b[^|]{0,120}$"
)
# A tracker's status, not a task (A51): a table cell holding only "To be renegotiated |", "To be
# incorporated in Q2. |" (a few words, no subject), or the log's own bookkeeping, "Completed –
# to be removed from the action sheet."
_STATUS_CELL = regex.compile(r"^To\s+be\s+[a-z]+(?:\s+[\w.-]+){0,3}\.?$")
_LOG_BOOKKEEPING = regex.compile(
    r"(?i)^(?:(?:completed?|done|closed|actioned|achieved)\s*[-–—:,]\s*)?(?:to\s+be\s+|will\s+be\s+)?"
    r"(?:removed|deleted|taken\s+off|struck\s+off|closed)\s+(?:from|on|off)?\s*(?:the\s+)?"
    r"(?:action|actions|matters\s+arising)\s+(?:sheet|log|list|tracker|schedule|register)\b"
)


def _tracker_status(unit: Unit, clause: str) -> bool:
    if "action" in clause.lower() and _LOG_BOOKKEEPING.match(clause.strip()):
        return True
    return unit.source.rstrip().endswith("|") and bool(_STATUS_CELL.match(clause.strip()))


_PROPER_WORD = regex.compile(r"[A-Z][a-z'’-]{2,}|[A-Z]{1,3}\d[A-Z]{1,4}")
_NOT_A_NAME = regex.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Council|Committee|"
    r"Board|Cabinet|Panel|Club|Society|Association|Authority|Trust|Group|Church|School|Parish|"
    r"Town|City|County|District|State|Government|Department|Service|Company|Everyone|Nobody|"
    r"Someone|Anyone|This|That|These|Those|There|It|We|They|He|She|Who|Which|What|All|Each|"
    r"Both|Some|None|Nothing|Next|Last|Further|Also|Then|Meanwhile)$"
)
# A limb's label inline, before its "That": "B. That ...", "(c) That ...", "2) That ..."
_INLINE_LABEL = regex.compile(
    r"^(?:[A-Z]|\d{1,2}|[ivx]{1,4})[.)]\s+|^\((?:[A-Za-z]|\d{1,2}|[ivx]{1,4})\)\s+"
)
# An agenda's or a report's wording for the meeting's own business: "The Panel will be asked to
# adopt its rules", "Members will be asked to note the update", "The Committee is asked to
# approve ..." (A74)
_AGENDA_PREVIEW = regex.compile(
    r"(?i)^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:panel|committee|sub-committee|council|board|cabinet|"
    r"forum|members|governors|trustees|meeting|executive)\s+(?:will|would|is|are)\s+(?:be\s+)?asked\s+"
    r"to\s+(?:note|approve|agree|adopt|consider|endorse|receive|comment|confirm|make|elect|appoint|"
    r"ratify|decide|determine|recommend|support|review)\b"
)
# "The Clerk would advertise ...", "Cllr Ames would also speak to ...": not "would be", "would
# like", "would welcome", "would not", nor a verb in the past or present tense
_POST_WOULD = regex.compile(
    r"^(?:The\s+|the\s+)?(?P<who>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?[A-Z][\w'’.-]*){0,4})\s+would\s+"
    r"(?:(?:also|then|now|personally)\s+)?"
    r"(?!(?:be|like|love|prefer|welcome|appreciate|hope|expect|rather|need|have|not|never|"
    r"normally|usually|probably|still|always|only|seem|appear|want|wish|mean|suggest|say|"
    r"think|support|agree|accept|consider|continue|remain|mind)\b)"
    r"(?P<verb>[a-z]{3,})\b(?<!ed)"
)
_WHICH_WILL_BE = regex.compile(
    r",\s+which\s+will\s+be\s+(?:considered|brought|presented|discussed|reviewed|taken|decided)\b"
    r"[^.;]{0,40}?\b(?:at|to)\s+(?:the|a)\s+(?:next|following|future)\s+(?:[\w-]+\s+){0,2}?meeting\b"
)
_TOPIC_OWNER = regex.compile(
    r"^(?![A-Z][a-z]+ly,)[A-Z][^,;:]{2,40},\s+(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:will|to|shall)\s+(?!the\b|an?\b)[a-z]"
)
# "Consensus was reached (by the board) for", "It was agreed for": the task's owners follow
_AGREED_FOR = regex.compile(
    r"(?i)^(?:(?:a\s+)?consensus\s+was\s+reached|it\s+was\s+(?:agreed|decided))"
    r"(?:\s+by\s+(?:the\s+)?\w+)?\s+for\s+(?=(?-i:[A-Z]))"
)
# A sentence that leads into a list of decisions: "we made the following decisions:", "the
# following was agreed:", "the Board decided the following:"
# A sentence announcing a list of tasks: "The Board agreed to take three actions:", "the
# following actions were agreed:", "Actions agreed:"
_ACTIONS_LEAD_IN = regex.compile(
    r"(?i)\b(?:(?:agreed|undertook|decided|resolved)\s+to\s+(?:take|carry\s+out|pursue)\s+"
    r"(?:the\s+following|(?:two|three|four|five|six|several|\d+)(?:\s+further)?)\s+(?:actions?|steps|tasks)"
    r"|following\s+(?:actions?|tasks|next\s+steps)(?:\s+(?:were|was)\s+(?:agreed|taken|set))?"
    r"|(?:actions?|tasks|next\s+steps)\s+(?:were\s+)?agreed)\s*:\s*$"
)
_FOLLOWING_DECISIONS = regex.compile(
    r"(?i)\b(?:following\s+decisions?(?:\s+(?:were|was)\s+(?:made|taken|reached))?|following\s+"
    r"(?:was|were|is|are)\s+(?:agreed|decided|resolved)|(?:agreed|decided|resolved)\s+(?:the\s+)?following)"
    r"\s*:\s*$"
)
# "2. MINUTES OF THE MEETING HELD ON 3RD DECEMBER 2012:": the next item, not a limb
# "Raj Patel (elected; unanimous)", "Ann Lee (elected)" under the post's label
_ELECTED_LINE = regex.compile(
    r"^[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4}\s*\((?:duly\s+|re-?)?(?:elected|appointed)\b[^()]{0,40}\)\.?$"
)
# "The Proposal was passed, on a show of hands", "The motion, as amended, was carried."
# "Bill passes, 24y", "Joint Resolution passes 20-1", "Ordinance failed": a named matter's outcome
_MATTER_PASSES = regex.compile(
    r"^(?:the\s+)?(?:bill|joint\s+resolution|ordinance|measure|by-?law)\s+"
    r"(?P<o>passes|passed|carried|adopted|fails|failed|defeated)\b[^.]{0,40}\.?$",
    re.I,
)
# a motion that only moves the matter along: "to pass by unanimous consent", "for direct vote"
_PROCEDURAL = regex.compile(
    r"(?i)^(?:to\s+|for\s+)?(?:pass(?:\s+(?:by\s+unanimous\s+consent|the\s+bill|it|(?:the\s+)?amendment))?|"
    r"(?:a\s+)?direct\s+vote|"
    r"(?:a\s+)?vote|consider|previous\s+question|call\s+the\s+question)\.?$"
)


def _procedural(words: str) -> bool:
    """Does a motion only move a matter along ("to consider by A, 2nd by B", "pass amendment")?"""
    return bool(_PROCEDURAL.match(regex.sub(r",?\s+(?:by|2nd|second)\b.*$", "", mo.clean(words))))


_PROPOSAL_PASSED = regex.compile(
    r"^(?:The|This)\s+(?:proposal|motion|amendment|recommendation)(?:,\s+as\s+amended,)?\s+"
    r"(?:was|were)\s+(?:unanimously\s+)?(?:passed|carried|agreed|approved|adopted)\b",
    re.I,
)
# capitalised words that open a sentence and name no one ("The decision was made to let Jo ...")
_SPEAKER_SELF = regex.compile(
    r"(?:He|She)\s+(?:will|would|is\s+to|agreed\s+to|undertook\s+to|offered\s+to)\s+(?!be\b)[a-z]"
)
_NOT_A_PERSON_WORD = regex.compile(
    r"^(?:The|A|An|It|This|That|These|Those|There|We|They|He|She|I|Our|Their|His|Her|In|On|At|"
    r"For|After|Before|If|When|As|All|Some|Motion|Minutes|Meeting|Board|Club|Committee|Council|"
    # an answer, not a name: "Yes. She will prepare ..." (A67)
    r"Yes|No|Thanks|Thank|Agreed|Okay|OK|Fine|Correct|Right|Indeed|Sure|Noted)\b"
)


def _decision_table_columns(cells: list[str]) -> dict[str, int] | None:
    """{"what": i, "result": j} for the header row of a table of motions or decisions."""
    names = [c.strip().lower().rstrip(":") for c in cells]
    found: dict[str, int] = {}
    for index, name in enumerate(names):
        if name in ("motion", "motions", "resolution", "resolutions", "decision", "decisions",
                    "proposal", "proposals", "motion/decision", "item decided"):  # fmt: skip
            found.setdefault("what", index)
        elif name in (
            "outcome",
            "result",
            "vote",
            "votes",
            "carried/lost",
            "status",
            "decision/vote",
        ):
            found.setdefault("result", index)
    movers = ("moved", "mover", "moved by", "proposer", "proposed", "proposed by")
    others = ("seconded", "seconder", "seconded by", "second", "item", "no", "no.", "#", "ref",
              "minute", "notes", "comments", "date", "")  # fmt: skip
    known = set(movers) | set(others)
    if any(i not in found.values() and n not in known for i, n in enumerate(names)):
        return None  # "Motion: | Moved: | Clr A | Seconded: | Clr B": a mover line, not a header
    if "what" in found and ("result" in found or any(n in movers for n in names)):
        return found
    return None


_ROW_CARRIED = regex.compile(
    r"(?i)\b(?:carried|passed|approved|agreed|adopted|unanimous(?:ly)?|accepted)\b|^\d+\s*[-–—]\s*\d+"
)
_ROW_LOST = regex.compile(
    r"(?i)\b(?:lost|defeated|failed|withdrawn|deferred|not\s+carried|rejected)\b"
)
# "Follow up with the printer (Carla)": an imperative, its owner in brackets at the end
_TRAILING_OWNER = regex.compile(r"\s\((?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\)\.?$")
# A subjectless task: "To be discussed at the next meeting", "To be followed up by email"
_TO_BE_DONE = regex.compile(
    r"^To\s+be\s+(?:discussed|considered|decided|reviewed|agreed|ratified|brought|circulated|"
    r"confirmed|arranged|investigated|followed\s+up|looked\s+(?:at|into)|revisited|raised|presented|"
    r"finalised|finalized|clarified|explored|checked|drafted|prepared|sent|shared)\b"
)
# A motion's words that name no object: "approve", "accept with changes", "adopt as amended"
_OBJECTLESS = regex.compile(
    r"(?i)^(?:approve|accept|adopt|ratify|confirm|receive|pass)(?:\s+(?:with\s+(?:the\s+)?changes|"
    r"as\s+(?:amended|presented|read|circulated|written|corrected|distributed)))?\.?$"
)
# "Meeting minutes approved", "Treasurer's report accepted.": what an objectless motion decided
_NOUN_APPROVED = regex.compile(
    r"^(?P<what>[A-Z][\w'’ /-]{2,50}?)\s+(?:approved|accepted|adopted|ratified|confirmed)\.?$"
)
_APPLICATION_LINE = regex.compile(
    r"^(?:(?:Section|Part|Item)\s+\d{1,2}[a-z]?\s*[:.–—-]\s*)?(?:(?:Planning|Licensing|Listed\s+Building)\s+)?"
    r"(?i:application)\s+(?:(?i:no|ref)\.?\s*:?\s*)?[A-Z]{0,4}[/ -]?\d{1,4}/[\w/.-]{2,20}\b"
)
_LETTER_THAT = regex.compile(r"^(?P<label>(?P<letter>[A-H])\)\s+)(?:That|THAT)\s")
_CAPS_HEADING = regex.compile(r"^[^a-z]{12,}:?$")


class _Motion:
    """A motion block being read: its label ref and its parts (unit, offset, limb, words)."""

    def __init__(self, ref: str | None, formal: bool):
        self.ref = ref
        self.formal = formal
        self.needs_outcome = False
        self.before: tuple[Unit, int, str] | None = None  # the matter, when the mover names none
        self.carried = False  # "... and carried with the following vote:" (the words follow)
        self.title: str | None = None  # "APPROVAL OF MINUTES" above the matter
        self.parts: list[tuple[Unit, int, str | None, str]] = []
        self.after_line: int | None = None  # the line of the unit before the motion
        self.names_column = False  # "Proposed by:" / "Seconded by:" / "And Resolved:" / names


def _sections(units: list[Unit]) -> list[int]:
    section, out = 0, []
    for unit in units:
        if unit.kind == "heading" or unit.label_kind == "ref":
            section += 1
        out.append(section)
    return out


def _split_initials(text: str) -> list[str]:
    return [p for p in regex.split(r"\s*[/,&]\s*", text) if p]


def _last_sentence_offset(unit: Unit) -> int:
    sentences = unit.sentences()
    return sentences[-1][0] if sentences else 0
