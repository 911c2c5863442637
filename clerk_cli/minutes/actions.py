"""Recognise actions in units and sentences, and de-duplicate them.

Explicit idioms (always on): "ACTION – add to action sheet", "Action:" lines,
owner initials closing an item, action tables, Markdown task lists, "Actions"
lists, "Clerk to write to ...", "X to be invited to ...".
Reported commitments ("agreed to", "undertook to", "would report back") are only
read in sections that have no explicit action markers: where the minute-taker
marks actions, the narrative around them is narrative.
"""

from __future__ import annotations

import difflib
import re

from . import regex
from .patterns import ACTION_VERBS, ASIDE, JOINT, NP, find_due_phrase

ADD_MARKER = regex.compile(
    r"\bACTION\s*[–—:-]+\s*add(?:ed)?\s+to\s+(?:the\s+)?action\s+(?:sheet|plan|log|list|tracker|register)\b\.?",
    re.I,
)
ACTION_START = regex.compile(
    r"^(?:ACTION|Action|Action [Pp]oint|Action [Ii]tem|AP|AI|TODO|To-?[Dd]o)\s*(?:#?\d+(?:\.\d+)*|[A-Z]{0,4}\s?\d+/\d+)?"
    r"\s*(?:\((?P<who>[A-Z@][^()]{0,40})\)|"
    # "ACTION BO: chase the insurers", "Action Jane Smith: ..." (not "Action Points:")
    r"\s(?!(?i:points?|items?|required|plan|log|list|taken|agreed|summary|update|tracker|arising)\b)"
    r"(?P<who2>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?))?\s*[:–—-]\s*(?P<rest>.*)$"
)
DONE = regex.compile(
    r"^(?:complete[d]?|closed|done|none|n/?a|no actions?|cancelled|superseded)\b", re.I
)
DONE_STATUS = regex.compile(
    r"^(?:complete[d]?|closed|done|cancelled|superseded|withdrawn|achieved)\b", re.I
)
ACTIONS_HEADING = regex.compile(
    r"^(?:summary of |schedule of |agreed |new |list of )?(?:actions?|action points|action items|"
    # (a heading written as a sentence, A58: "New actions from this meeting.")
    r"actions arising|action list|action log|action tracker|next steps)(?: arising)?(?: from (?:the|this) meeting)?\s*[:.]?$",
    re.I,
)
# A list of decisions: "Decisions", "Decisions made", "Decision log", "Agreed", "Outcomes".
DECISIONS_HEADING = regex.compile(
    r"^(?:key\s+|summary\s+of\s+)?(?:decisions?(?:\s+(?:made|taken|log|record|register))?|"
    r"agreed\s+decisions|resolutions?\s+(?:passed|adopted)|outcomes?)\s*:?$",
    re.I,
)
# "(complete)", "- done", "Action complete." closing an item: reported, not to do.
_DONE_SUFFIX = regex.compile(
    r"(?:\((?:action\s+)?(?:complete[d]?|done|closed|superseded)\)|[–—-]\s*(?:complete[d]?|done|closed)\b"
    r"|\baction (?:complete[d]?|closed)\b)[.\s]*$",
    re.I,
)
INITIALS_END = regex.compile(r"(?:^|\s)(?P<ini>[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*)\.?$")

_HEDGE = regex.compile(
    r"\b(?:could|might|(?-i:may)|hoped|hopes|expected|expects|aim|aims|intend|intends|intended|would like|"
    r"offered|offers|if(?!\s+(?:required|necessary|needed|appropriate|requested))|whether|possibly|"
    r"perhaps|had agreed|had undertaken)\b",
    re.I,
)
_NOT_ACTION_VERB = r"(?!(?:be|note|accept|receive|support|endorse|approve|adopt|welcome|defer|continue|disagree|the)\b)"
_AGREED = regex.compile(
    rf"(?<!had )(?<!It was )\b(?:agreed|undertook|promised|volunteered)\s+to\s+{_NOT_ACTION_VERB}[a-z]+"
)
_IT_WAS_AGREED = regex.compile(
    rf"\b[Ii]t was (?:also |further |then )?agreed\s+(?:that\s+.{{1,90}}?\s+(?:would|should|will|to|be asked to)\s+{_NOT_ACTION_VERB}[a-z]+|to\s+{_NOT_ACTION_VERB}[a-z]+)"
)
# "Members agreed that the Clerk should also write to the landowner" (A73): a post or a named
# person given the task by the meeting's agreement, whoever agreed it
_AGREED_THAT_POST = regex.compile(
    r"\b(?:agreed|decided|resolved)\s+that\s+(?:the\s+)?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’.-]*){0,4}\s+"
    r"(?:should|would|will|shall)\s+(?:(?:also|then|now)\s+)?(?!be\b|not\b)[a-z]{3,}"
)
_WOULD = regex.compile(
    rf"\b(?:would|will|is to|are to)\s+(?:(?:personally|also|then)\s+)?(?:{ACTION_VERBS})\b"
)
_WOULD_BE_DONE = regex.compile(
    r"\b(?:would|will) be (?:completed|finalised|finalized|delivered|submitted|produced|published|"
    r"circulated|presented|shared|ready|brought|distributed|sent|issued)\b"
)
# A passive future with a destination: "a briefing note would be sent to all Councillors",
# "This would be communicated to members by email", "X would be reviewed at a future committee
# meeting", "These dates would be put on the website": a task with no owner named.  "there will be
# a review of the lettings procedure" is one too.
_DELIVERY_PARTICIPLE = (
    r"sent|circulated|communicated|brought|presented|shared|distributed|issued|forwarded|"
    r"published|posted|put|placed|added|reviewed|revisited|prepared|provided|submitted|e-?mailed|"
    r"made\s+available|taken\s+back|fed\s+back|passed\s+on|ready"
)
PASSIVE_DELIVERY = regex.compile(
    rf"\b(?:would|will|shall)\s+(?:also\s+|then\s+)?be\s+(?:{_DELIVERY_PARTICIPLE})\b[^.;]{{0,80}}?"
    r"\b(?:to|at|on|onto|in|for|by|with)\s+(?:(?:the|all|a|an|its|their|each|every|our)\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:members|councillors|trustees|governors|directors|committee|"
    r"sub-committee|board|council|cabinet|panel|meeting|website|web\s+site|wiki|newsletter|e-?mail|"
    r"agenda|forum|partners|parish|group)\b"
    r"|^(?:[^.;]{0,60}?\b)?there\s+(?:will|would)\s+be\s+(?:a|an)\s+(?:(?:full|further|formal|new)\s+)?"
    r"(?:review|report|update|consultation|survey|audit)\s+(?:of|on|into)\b",
    re.I,
)


_CLERK_TO = regex.compile(rf"^(?:The\s+)?(?:{NP}){JOINT}{ASIDE}\s+to\s+(?:{ACTION_VERBS})\b")
_TO_BE_INVITED = regex.compile(r"^\S.{2,100}?\bto be (?:invited|asked) to\b")
_REQUESTED = regex.compile(
    # "asked for" with no object after it ("the actions the funder asked for after the review")
    # closes a relative clause: somebody else's request described, not one made at the meeting
    rf"(?<!\bbeen\s)(?<!\bbe\s)\b(?:requested|asked for(?!\s+(?:after|before|at|in|on|during|when|by|since|earlier)\b|\s*[.,;]|$)|asked that|requested that|asked (?:the\s+)?{NP} to|asked officers to|"
    r"asked (?:all\s+)?(?:members|everyone|colleagues|staff|(?:council\s+)?officers) to|"
    rf"requests that|asks that|asks (?:the\s+)?{NP} to|"
    rf"(?:was|were) (?:asked|requested|instructed|directed) to (?:{ACTION_VERBS})|"
    r"(?:has|have)\s+been\s+(?:asked|requested|instructed|tasked)\s+to\s+(?!be\b)[a-z]{2,})\b"
)
_STOP = {
    "the", "a", "an", "to", "of", "and", "for", "with", "on", "in", "at", "by", "be", "that", "this",
    "it", "was", "is", "are", "were", "would", "will", "from", "as", "all", "any",
}  # fmt: skip


# What a person or group asks the meeting for, or asks of everyone: a request made, not a task.
# "X asked for a leave of absence", "The Fair asked for $3 a member", "The chair asked for
# nominations", "The chaplain asked that the whole parish keep them in mind".
ASKED_OF_US = regex.compile(
    r"\b(?:asked|asks|requested|requests)\s+for\s+(?:a\s+|an\s+|the\s+|some\s+|further\s+|more\s+)?"
    r"(?:(?:medical|short|temporary|extended)\s+)?(?:\$|£|€|\d|money|funds?|funding|donations?|"
    r"support|sponsorship|grants?|contributions?|help|assistance|permission|leave|volunteers|"
    # (A39) "We asked for approval on the expense of $200", "asked for the Board's agreement"
    r"approval|authori[sz]ation|endorsement|agreement|"
    r"nominations|questions|comments|feedback|a\s+show\s+of\s+hands|votes?|a\s+second|motions?)"
    r"|\b(?:asked|asks)\s+that\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:faculty|everyone|everybody|"
    r"all\b|members|parishioners|parish|congregation|community|people|residents|public)",
    re.I,
)
# Not ours to do: a future event described ("riders will be asked for a donation",
# "Volunteers will be accepted for another week", "It will pay for the shirts")
EVENT_FUTURE = regex.compile(
    r"^(?:[\w'’-]+\s+){0,6}?(?i:riders|participants|attendees|guests|visitors|volunteers|entrants|"
    r"players|children|students|customers|spectators|runners|walkers|donors|parents|families|"
    r"pupils|residents|the\s+public|sponsors|vendors|stallholders|exhibitors|applicants|"
    r"those\s+who[^.]{0,60}?)"
    r"(?:\s+[\w'’-]+){0,4}?\s+will\s+be\s+[a-z]+ed\b"
    r"|^(?:[\w'’-]+\s+){0,4}?(?:will|would)\s+be\s+(?:asked(?!\s+(?:to|whether|if)\b)|accepted|welcomed|encouraged|allowed|"
    r"permitted|given|offered|charged|served|shown|expected|entitled|told)\b"
    # "Interpreting will be provided on request": a standing service offered, not a task
    r"|^[^.;]{0,80}?\b(?:will|would|can)\s+be\s+(?:provided|made\s+available|available|arranged)\s+"
    r"(?:if|on|upon|when)\s+(?:requested|request|asked|required)\b"
    # "It will pay for the shirts" (not "This will be followed up by the Clerk", a passive task)
    r"|^(?:It|This|That|These|Those|There|Which)\s+(?:will|would)\s+(?!be\s+[a-z]+(?:ed|en|wn|ught|nt)\b)",
)


_EVERYONE_SHOULD = regex.compile(
    rf"^(?i:everyone|everybody|all\s+members|each\s+member)\s+(?:should|must|needs\s+to)\s+(?:{ACTION_VERBS})\b"
)


def is_narrative_commitment(sentence: str) -> bool:
    """A reported commitment: "X agreed to ...", "It was agreed to ...", "she would report back"."""
    if _EVERYONE_SHOULD.match(sentence):
        return True  # "everyone should send their sizes to Jo"
    if _IT_WAS_AGREED.search(sentence) or _AGREED_THAT_POST.search(sentence):
        return True
    hedged = bool(_HEDGE.search(sentence))
    if _AGREED.search(sentence) and not hedged:
        return True
    if (m := _REQUESTED.search(sentence)) and not _HEDGE.search(sentence[: m.end()]):
        # "A requested the Manager to discuss with IT if the data is backed up": the "if"
        # is what to discuss, not a hedge on the request
        return True
    if _WOULD.search(sentence) and not hedged and not regex.search(r"\bhad\b", sentence):
        return True
    return bool(_WOULD_BE_DONE.search(sentence) and not hedged and find_due_phrase(sentence))


# The main clause of a commitment: up to the first subordinate clause after its verb.  A hedge
# or a past perfect inside that subordinate clause ("once the lists had been confirmed", "how the
# papers could be raised", "as requested by Members") qualifies the task, not the undertaking.
_COMMITMENT_VERB = regex.compile(
    r"\b(?:agreed|undertook|promised|volunteered)\s+to\s+[a-z]+"
    # "Council asked the Secretary to pass on ...", "X has been asked to obtain quotes"
    r"|\b(?:asked|requested|instructed)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}?to\s+(?!be\b)[a-z]+"
    r"|\b(?:has|have)\s+been\s+(?:asked|requested|instructed|tasked)\s+to\s+(?!be\b)[a-z]+"
    r"|\b(?:would|will|shall|is\s+to|are\s+to)\s+(?:also\s+|then\s+)?(?!be\b|have\s+been\b)[a-z]{2,}"
)
_SUBORDINATE = regex.compile(
    r",?\s+(?:once|when|after|before|until|since|as|how|whether|which|who|where|what|because|"
    r"while|so\s+that|following|provided|subject\s+to)\b"
)


def main_clause(clause: str) -> str:
    """The clause cut before the first subordinate clause that follows its commitment verb."""
    m = _COMMITMENT_VERB.search(clause)
    if not m:
        return clause
    cut = _SUBORDINATE.search(clause, m.end())
    return clause[: cut.start()] if cut else clause


def undertaking_done(clause: str) -> bool:
    """Reported as done, judged up to the commitment verb: a past perfect in the task's object
    ("... its thanks for the way the caterer had coped") says nothing about the task; a live
    request in the perfect ("has been asked to obtain quotes") is not done either."""
    head = main_clause(clause)
    m = _COMMITMENT_VERB.search(head)
    if m and m.group(0).startswith(("has", "have")):
        return False
    return reported_as_done(head[: m.end()] if m and m.start() > 0 else head)


# Where one sentence holds two people's actions: "; PH confirmed ...", ", and Lorraine will ...".
_CLAUSE_BREAK = regex.compile(
    r";\s+(?=(?:the\s+|The\s+)?[A-Z])"
    # "specs to be released 1 May; a shortlist to be published 1 June": a series of passive tasks
    r"|;\s+(?=(?:an?\s+|the\s+)?[a-z][\w'’ -]{1,40}?\s+to\s+be\s+[a-z]+(?:ed|en|wn|ne|t)\b)"
    # "... is nearly cleared; we need to ask Bo if ...": the need is a clause of its own
    r"|;\s+(?=we\s+(?:need|will\s+need|must|will)\s)"
    rf"|(?P<comma>,)?\s+and\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:will|would|is to|agreed to|to\s+(?:{ACTION_VERBS})\b)\s)"
    # "..., and the Town Centre Manager undertook to email them": a second person's undertaking
    # (A34), a post of up to five words
    r"|,\s+and\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,4}\s+(?:undertook|promised)\s+to\s)"
    # "Ann reported that the permit was granted and she will confirm the route": her task
    r"|,?\s+and\s+(?=(?:he|she)\s+(?:will|would)\s+(?!be\b)[a-z])"
    # "she would add a paragraph ..., and would bring a report ...": a second undertaking
    r"|,\s+and\s+(?=would\s+(?!be\b)[a-z]{2,})"
    # "... would be circulated, and that the Head of Finance would bring ...": a second officer
    r"|,\s+and\s+that\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,5}\s+(?:will|would)\s)"
    # "... said the note would be revised, and that she would send it to members": her own task
    r"|,?\s+and\s+that\s+(?=(?:he|she|they)\s+(?:will|would)\s+(?!be\b)[a-z])"
    # "X advised that the law allowed it and said he would draft Y": the speaker's own task
    r"|,?\s+and\s+(?=(?:also\s+)?(?:said|stated|confirmed|added|indicated)\s+(?:that\s+)?(?:he|she)\s+would\s+(?!be\b)[a-z])"
    # "X said an update would be brought to Y, and agreed to circulate Z": the speaker's own task
    r"|,?\s+and\s+(?=(?:also\s+)?(?:agreed|undertook|promised)\s+to\s+(?!be\b)[a-z])"
    # "X undertook to write to Y, and asked the Manager to add a note ...": a second person's task
    r"|,?\s+and\s+(?=(?:asked|instructed|requested)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,6}?\s+to\s+(?!be\b)[a-z])"
    # "... send photographs to the Clerk, who will raise it with Highways": the one named takes
    # the next step, a clause of its own (A41)
    r"|,\s+who\s+(?=(?:will|would)\s+(?!be\b)[a-z]{2,})"
    # "The group noted that X had missed four meetings and Hazel was asked to write to him": a
    # second clause handing a named person or post a task (A50)
    r"|,?\s+and\s+(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,4}\s+(?:was|were)\s+"
    r"(?:asked|requested|instructed|tasked)\s+to\s+(?!be\b)[a-z])"
    # "... and everyone should send their size to him": a second task, for all
    r"|,?\s+and\s+(?=(?:everyone|everybody|all\s+members|each\s+member)\s+(?:should|must|will|is\s+to|are\s+to)\s)"
)
_HAS_VERB = regex.compile(
    r"\b(?:to|will|would)\s+[a-z]{2,}"
    # "The roller needs servicing and Bo will arrange it": a clause of its own before "and"
    r"|\b(?:is|are|was|were|has|have|had|needs|needed|remains|seems)\b"
)
PRONOUN_START = regex.compile(r"^(?:He|She|he|she)\s+(?:would|will|agreed|undertook|promised)\b")
_SPEAKER = regex.compile(
    rf"^(?:[Tt]he\s+)?(?P<o>{NP}),?\s+(?:reported|said|explained|confirmed|advised|stated|noted|"
    r"informed|presented|introduced|agreed|updated|gave|asked)\b"
)


# A task starting inside a run-on line with no full stops, or after a dash: "... the litter
# Trevor to conduct a clean up ...", "No report yet – secretary Craig to contact Doug".
_RUN_ON_TASK = regex.compile(
    r"(?:(?<=[a-z)])\s+|\s+[–—-]+\s*|\s*[–—]\s*|(?P<comma>,)\s+)"
    r"(?=(?:(?:the\s+)?[a-z]+\s+)?(?:[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?|[A-Z](?:[A-Z]|Ma?c){1,3})"
    r"(?:\s+and\s+[A-Z][a-z'’]+)?\s+(?:to|agreed\s+to|will)\s+(?!be\b)[a-z]{2,})"
)
# the word before such a name: "asked Jo to", "for Jo to", "invited Jo to" keep Jo in the clause
_RUN_ON_BEFORE = regex.compile(
    r"(?:\b(?:to|asked|asks|ask|requested|invited|invites|invite|remind|reminds|reminded|tell|"
    r"persuade|help|encourage|advise|instruct|direct|authorise|authorize|get|for|the|and|or|by|of|that|told|allow|"
    r"allowed|enable|wanted|wants|want|urged|encouraged|required|expected|let|with|from|in|on|at|"
    r"if|whether|when|where|who|which|re|as|than|said|says|reported|noted|a|an|would|will)|[,;:])$",
    re.I,
)


# a task for a named person at the start of the text or after a comma, "Wendy and Maggie to
# organise": the first of a series
_TASK_BEFORE = regex.compile(
    r"(?:^|[,;:]\s+)[A-Z][\w'’.]*(?:\s+(?:and|&)\s+[A-Z][\w'’.]*)?\s+to\s+(?!be\b)[a-z]{2,}"
)
_BODY_WORD = regex.compile(
    r"^(?:Council|Committee|Board|Cabinet|Panel|Members|Trustees|Governors|Directors|Group|Club|"
    r"Society|Association|Authority|Commission|Senate|Court|Government|Department|Officers|Staff)$"
)


def _run_on_breaks(sentence: str, person) -> list[int]:
    """Where a named person's task starts inside a sentence (not at its start): after a dash,
    or, in a long run-on passage with no full stops, after any lower-case word."""
    cuts = []
    run_on = len(sentence.split()) >= 40
    for m in _RUN_ON_TASK.finditer(sentence):
        before = sentence[: m.start()].rstrip()
        dash = bool(regex.search(r"[–—-]\s*$", sentence[: m.end()]))
        comma = bool(m["comma"])
        if len(before.split()) < (2 if dash else 3):
            continue  # ("Book Sale, TR will finalize": a topic before a comma stays with the task)
        if not comma and _RUN_ON_BEFORE.search(before):
            continue
        if before.split()[-1].lower() in ROLE_WORDS:
            continue  # "secretary Craig to": the post belongs to the name
        last = before.split()[-1]
        month_or_day = regex.fullmatch(
            r"(?:January|February|March|April|May|June|July|August|September|October|November|"
            r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[.,]?",
            last,
        )
        if not (dash or comma) and not (last[:1].islower() or before.endswith(")") or month_or_day):
            continue  # "The Chief Business Officer will": a name goes on, it does not start
        name = regex.match(
            r"(?:(?:the\s+)?([a-z]+)\s+)?([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)", sentence[m.end() :]
        )
        if not name or _STOP_SUBJECT.match(name.group(2)) or _BODY_WORD.match(name.group(2)):
            continue
        if comma or (dash and name.group(1) == "the"):
            # "... over the pathway, Clerk to write to the owner", "Bonfires – the Clerk to
            # remind holders of the rules": a post or one of the meeting's people after a comma
            # or a dash starts a task (A70)
            if name.group(1) not in (None, "the"):
                continue
            series = comma and _TASK_BEFORE.search(before)
            if person(name.group(2)) or name.group(2).lower() in ROLE_WORDS or series:
                # ("Brenda and Hazel to organise the food, Eric to arrange the raffle": a series
                # of tasks, each name its own, A76)
                cuts.append(m.end())
            continue
        if name.group(1):
            if name.group(1).lower() not in ROLE_WORDS:
                continue  # "... the letters Jane to" is not "secretary Jane to"
        elif not (person(name.group(2)) or (run_on and " " not in name.group(2))):
            continue
        cuts.append(m.end())
    return cuts


def clauses(sentence: str, person=None) -> list[tuple[int, str]]:
    """(offset, clause) pairs: a sentence split where a new subject takes over.

    ``person`` tells whether a name is one of the meeting's people (it lets a task that
    starts mid-sentence, "... the litter Trevor to conduct a survey", be split off).
    """
    out, start = [], 0
    cuts = _run_on_breaks(sentence, person or (lambda _name: False))
    for cut in cuts:
        part = sentence[start:cut].strip(" –—-")
        if part:
            out.extend((start + o, c) for o, c in _clause_split(part))
        start = cut
    out.extend((start + o, c) for o, c in _clause_split(sentence[start:]))
    return [(o, c) for o, c in out if c]


def dash_topic(sentence: str, start: int) -> str | None:
    """ "Annual Awards" for a task cut after a dash from "Annual Awards – No report yet –
    secretary Jo to remind Al": the item's topic, which the task needs to be understood."""
    if start <= 0 or not regex.search(r"[–—-]\s*$", sentence[:start]):
        return None
    topic = regex.match(r"^([^–—]{3,80}?)\s+[–—-]\s", sentence)
    return topic.group(1) if topic and len(topic.group(1).split()) <= 8 else None


def _clause_split(sentence: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        bare_and = m.group(0).strip() == "and"
        pronoun = regex.match(
            r"(?:he|she)\s|(?:also\s+)?(?:said|stated|confirmed|added|indicated)\s",
            sentence[m.end() :],
        )
        before = sentence[start : m.start()]
        joint = regex.search(
            r"\b(?:that|for|asked|requested|invited)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$",
            before,
        )
        if bare_and and not pronoun and (joint or not _HAS_VERB.search(before)):
            continue  # "The Clerk and Mike will ..." is one joint action
        out.append((start, sentence[start : m.start()].strip()))
        start = m.end()
    out.append((start, sentence[start:].strip()))
    return [(o, c) for o, c in out if c]


def speaker(sentence: str) -> str | None:
    """Who a sentence reports: "Cllr Griffiths reported that ..." -> "Cllr Griffiths"."""
    m = _SPEAKER.match(sentence)
    return m["o"] if m else None


def is_done(text: str) -> bool:
    """An item the minutes mark as already done: "circulate the draft (complete)", "look at
    the cost of flagpoles – completed, options circulated", "map to be obtained – not
    necessary as ..." (A57)."""
    return bool(_DONE_SUFFIX.search(text) or _DONE_DASH_STATUS.search(text))


# a matters-arising line's status after a dash, and its reason (A57)
_DONE_DASH_STATUS = regex.compile(
    r"\s[–—-]\s*(?:(?i:complete[d]?|done|closed|actioned)(?=\s*[,;:]|\s+as\b)"
    r"|(?i:not\s+(?:necessary|needed|required)|no\s+longer\s+(?:necessary|needed|required))\b)"
)


def is_direct_action(sentence: str) -> bool:
    """ "Clerk to write to ...", "JB to circulate ...", "The Legion to be invited to ..."."""
    return bool(_CLERK_TO.match(sentence) or _TO_BE_INVITED.match(sentence))


def is_owner_tag(rest: str) -> bool:
    """ "Action: Democratic Services" names an owner for the item above it."""
    words = rest.rstrip(".").split()
    if not words or len(words) > 6 or " to " in f" {rest} ":
        return False
    if regex.fullmatch(
        r"(?i)all\s+(?:governors|members|trustees|councillors|directors|staff)", rest.strip(" .")
    ):
        return True  # "ACTION: All governors" (A61): every member of the body
    return all(w[0].isupper() or w.lower() in ("of", "and", "&", "/", "the", "for") for w in words)


def owner_from_task(text: str) -> tuple[str | None, str]:
    """ "@jonas bisect ..." -> ("jonas", "bisect ...")."""
    m = regex.match(r"^@([\w.-]+)[:,]?\s+(.*)$", text)
    if m:
        return m.group(1), m.group(2)
    m = regex.search(r"\s@([\w.-]+)\b", text)
    return (m.group(1), text) if m else (None, text)


def trailing_due(text: str) -> str | None:
    """The part after a final dash in "CY to book places – end of March"."""
    parts = regex.split(r"\s+[–—-]\s+", text)
    return parts[-1].strip(" .") if len(parts) > 1 else None


def last_request(text: str) -> str:
    """The last sentence of a passage: the one an end-of-item marker closes."""
    from .units import Unit

    sentences = Unit(line=1, text=text, source=text).sentences()
    if not sentences:
        return text.strip()
    return sentences[-1][1]


def action_table_columns(cells: list[str]) -> dict[str, int] | None:
    """Column positions when ``cells`` is the header row of an action table."""
    names = [c.strip().lower().rstrip(":") for c in cells]
    columns: dict[str, int] = {}
    if "by" in names and any(
        n in ("when", "by when", "date", "due", "due date", "deadline") for n in names
    ):
        # "Action | By | When": "By" is who, "When" the date (A60)
        columns["owner"] = names.index("by")
    for index, name in enumerate(names):
        if name == "by" and columns.get("owner") == index:
            continue
        if name in (
            "action", "actions", "action required", "task", "tasks", "description",
            "action agreed", "what", "action item", "action items", "next step",
        ):  # fmt: skip
            columns.setdefault("action", index)
        elif name in (
            "owner",
            "lead",
            "who",
            "by whom",
            "responsible",
            "assigned to",
            "action by",
            "officer",
            "owner(s)",
            "person",
            "name",
            "assignee",
            "actionee",
        ):
            columns.setdefault("owner", index)
        elif name in (
            "due",
            "due date",
            "by when",
            "deadline",
            "date due",
            "target date",
            "when",
            "timescale",
            "date",
            "by",
            "target",
            "due by",
            "complete by",
        ):
            columns.setdefault("due", index)
        elif name in ("status", "progress", "rag"):
            columns.setdefault("status", index)
        elif _OWNER_HEADER.search(name):  # "Responsible person", "Lead officer"
            columns.setdefault("owner", index)
        elif _DUE_HEADER.search(name):  # "Target date", "Deadline (agreed)"
            columns.setdefault("due", index)
        elif _STATUS_HEADER.search(name):
            columns.setdefault("status", index)
        elif _ACTION_HEADER.search(name):  # "Notes / Action Items", "Actions: responsible"
            columns.setdefault("action", index)
    return columns if "action" in columns and ("owner" in columns or "due" in columns) else None


# Header words in any wording, checked after the exact names above.
_OWNER_HEADER = regex.compile(r"\b(?:owners?|lead|responsib\w*|assigned|who|actionee|person)\b")
_DUE_HEADER = regex.compile(r"\b(?:due|deadline|target|when|timescale|date)\b")
_STATUS_HEADER = regex.compile(r"\b(?:status|progress|rag|comments?|update)\b")
_ACTION_HEADER = regex.compile(r"\b(?:actions?|tasks?|next\s+steps?|to\s+do)\b")


def header_continuation(cells: list[str]) -> bool:
    """ "DATE | DATE | COMMENT": the second line of a header wrapped in a plain-text table."""
    words = [c for c in cells if c.strip()]
    return bool(words) and all(c.isupper() and len(c.split()) <= 2 for c in words)


# --- de-duplication ---------------------------------------------------------------------


def _stems(text: str) -> list[str]:
    words = regex.findall(r"[a-z0-9]+", text.lower())
    return [regex.sub(r"(?:ing|ed|es|s|e|d)$", "", w)[:5] or w for w in words if w not in _STOP]


def similarity(a: str, b: str) -> float:
    """Max of sequence ratio and how much of the shorter text's words the longer one has."""
    sa, sb = _stems(a), _stems(b)
    if not sa or not sb:
        return 0.0
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    contained = sum(1 for w in short if w in set(long_)) / len(short)
    ratio = difflib.SequenceMatcher(None, " ".join(sa), " ".join(sb)).ratio()
    return max(ratio, contained if len(short) >= 3 else 0.0)


def deduplicate(actions: list, listed: set[int] = frozenset()) -> list:
    """Drop later actions that repeat an earlier one (body and summary table), merging details.

    ``listed`` holds the id() of actions from summary tables and lists: a summary row
    is a shortened copy of a minute, so the same owner and half the words make a
    duplicate; two actions in the prose must use the same words.

    Linear: an action is compared only with earlier ones that share one of its rarer
    words (at most ``_CANDIDATES`` of them), found through an index of words.
    """
    kept: list = []
    by_words: dict[frozenset, list] = {}
    index: dict[str, list[int]] = {}
    for action in actions:
        stems = _stems(action.text)
        words = frozenset(stems)
        summary_row = id(action) in listed
        candidates = list(by_words.get(words, ()))
        if summary_row or any(id(kept[i]) in listed for i in _candidates(stems, index)):
            candidates += [kept[i] for i in _candidates(stems, index)]
        duplicate = None
        for earlier in candidates:
            same_owner = action.owner and earlier.owner and action.owner == earlier.owner
            if action.owner and earlier.owner and not same_owner:
                continue
            if bool(action.resolution_ref) != bool(earlier.resolution_ref):
                continue  # a resolution limb and a reported commitment stay separate for review
            summary = summary_row or id(earlier) in listed
            if not summary:
                # Two actions in the prose are one only when they say the same words:
                # "a briefing on roads" and "a briefing on parks" are two actions.
                if words == frozenset(_stems(earlier.text)):
                    duplicate = earlier
                    break
                continue
            score = similarity(action.text, earlier.text)
            if score >= 0.8 or (same_owner and score >= 0.5):
                duplicate = earlier
                break
        if duplicate is None:
            position = len(kept)
            kept.append(action)
            by_words.setdefault(words, []).append(action)
            for stem in words:
                index.setdefault(stem, []).append(position)
            continue
        duplicate.owner = duplicate.owner or action.owner
        if (
            duplicate.due_date is None
            and duplicate.due_rule is None
            and (action.due_date or action.due_rule)
        ):
            duplicate.due_date, duplicate.due_rule, duplicate.due_text = (
                action.due_date,
                action.due_rule,
                action.due_text,
            )
        duplicate.resolution_ref = duplicate.resolution_ref or action.resolution_ref
    return kept


_CANDIDATES = 64


def _candidates(stems: list[str], index: dict[str, list[int]]) -> list[int]:
    """Positions of earlier actions sharing a word, rarest words first, in order, capped."""
    found: set[int] = set()
    for stem in sorted(set(stems), key=lambda s: len(index.get(s, ()))):
        for position in index.get(stem, ())[:_CANDIDATES]:
            found.add(position)
        if len(found) >= _CANDIDATES:
            break
    return sorted(found)[:_CANDIDATES]


# --- general clause shapes (issue 12) ---------------------------------------------------
#
# "SUBJECT to VERB ..." and "SUBJECT will VERB ..." are actions whatever the verb when the
# subject is a person or a post; "SUBJECT to be VERBed" / "will be VERBed" are actions with
# no owner named.  The verb list (ACTION_VERBS) is only needed when the subject might not be
# a person ("The Legion to send ...").

# Words that make a subject a person or a post: "Town Clerk", "City Manager Atwood",
# "the contract manager", "Director of Operations".
ROLE_WORDS = frozenset(
    "clerk chair chairman chairwoman chairperson vice-chair mayor president vice-president "
    "secretary treasurer director manager officer head headteacher principal superintendent "
    "administrator coordinator co-ordinator lead leader engineer solicitor counsel attorney "
    "auditor warden ranger controller executive ceo cfo coo cio cto accountant adviser advisor "
    "planner inspector editor maintainer facilitator convenor convener organiser organizer "
    "steward caretaker bursar registrar governor trustee councillor councilmember commissioner "
    "representative rep liaison champion sponsor chief deputy minister archivist librarian "
    "agent consultant surveyor architect verger vicar rector curate matron nurse doctor "
    "webmaster captain supervisor dean provost pastor chaplain".split()
)
TITLES = regex.compile(
    r"^(?:Cllr|Councillor|Councilmember|Cr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Revd|Rev|Sir|"
    r"Dame|Alderman|Supervisor|Trustee|Governor|Commissioner|Deputy|Lion|Rotarian)\.?\s"
)
# Subjects inside the organisation that are not owners but whose commitments are actions.
INTERNAL_GROUPS = regex.compile(
    r"^(?:the\s+)?(?:staff|officers?|the\s+officers|council\s+officers|the\s+team|team|"
    r"leadership\s+team|senior\s+leadership\s+team|management(?:\s+team)?|the\s+executive|"
    r"executive\s+team|secretariat|administration|governance\s+team|working\s+group|"
    r"sub-?group|task\s+group|committee|board|council|panel|trustees|governors|directors|"
    r"members|we|faculties|departments|directorates|services|schools|teams|colleagues|"
    r"councillors|managers|partners|practices)$",
    re.I,
)
_STOP_SUBJECT = regex.compile(
    r"^(?:it|this|there|that|these|those|call|welcome|motion|reference|response|changes?|"
    r"additions?|payments?|grants?|visits?|letter|reports?|items?|matters?|return|introduction|"
    r"apologies|move|access|amendments?|contributions?|donations?|thanks|tribute|transfer|"
    r"approval|agreement|application|request|proposal|invitation|note|nominations?|need|"
    r"questions?|answers?|responses?|comments?|points?|route|road|path|trip|journey|"
    r"subscriptions?|links?|copies|copy|welcome|response|referral|submission|date|time|"
    r"deadline|plan|decision|vote|votes|recommendation)\b",
    re.I,
)
_NOT_SUBJECT_WORDS = regex.compile(
    r"\b(?:was|were|is|are|has|have|had|been|agreed|decided|asked|said|noted|would|could|"
    r"should|not|also|then|who|which|that|if|when|whether|reported|explained|confirmed|"
    r"resolved|requested|needs?|wants?|wishes|hopes?|plans?\s+to|due|likely|able|going|"
    r"yet|still|expected|intends?)\b",
    re.I,
)
_DIRECT_SHAPE = regex.compile(
    r"^(?:(?:[Tt]he|THE)\s+)?(?P<subj>[@A-Za-z][\w'’.&@-]*(?:/[A-Z][\w'’.&-]*)?(?:\s+(?:of|and|for|&)?\s*[\w'’.&@-]+){0,5}?)"
    r"\s+(?P<aux>to|will|shall|is\s+to|are\s+to|was\s+tasked\s+with|were\s+tasked\s+with)"
    # (not "the": "The Clerk to the Authority will write ..." is the Clerk to the Authority's)
    r"\s+(?P<be>be\s+)?(?P<verb>(?!(?:the|a|an)\b)[a-z][a-z'’-]*)\b(?P<rest>.*)$",
    re.S,
)
_PARTICIPLE = regex.compile(r"(?:ed|en|wn|ne|ught|lt|pt|de|id|un|ung|ade|one|ken|ten|ld|nt|st|ft)$")
_NOT_ACTION_PARTICIPLE = regex.compile(
    r"^(?:held|open|opened|closed|required|needed|affected|available|expected|able|made\s+aware|"
    r"aware|noted|welcomed|pleased|happy|sorry|concerned|present|absent|done|completed|"
    r"finished|cancelled|postponed|based|located|known|used|paid|due|unable|responsible|"
    r"subject|liable|eligible|entitled|involved|interested|informed|filed|archived|retained|recorded|"
    # who sits on a committee: "The events group will be chaired by Jo and will include Al"
    r"chaired|co-chaired|convened|comprised|composed|made\s+up|staffed)$",
    re.I,
)
# A task stated as a need: "this fee needs to be added to ...", "we need to ask X if ...",
# "Each Room Steward will need to secure ...", "the missing pages need to be attached"
OBLIGATION = regex.compile(
    r"(?:^|\bthat\s+|[,;]\s+)(?:(?:the|this|these|each|all)\s+)?(?P<subj>we|[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s+"
    r"(?:needs?\s+to|will\s+need\s+to)\s+(?P<be>be\s+)?"
    r"(?!(?:think|consider|discuss|remember|know|understand|decide|look\s+at|be\s+aware|have\s+a\s+think)\b)"
    r"(?P<verb>[a-z]{3,})\b"
)
# "The need to increase X was discussed", "an urgent need to recruit": "need" a noun, no task
NEED_NOUN = regex.compile(
    r"(?i)\b(?:the|a|an|this|that|their|our|its|his|her|any|no|same)\s+(?:(?:urgent|real|clear|"
    r"pressing|ongoing|continued|continuing|identified|possible|potential|obvious|growing|"
    r"immediate|particular|wider|further|future|general|overall)\s+)?need\s+to\b"
)
# What will happen to papers is no task: "Both reports will be placed on file for audit"
PAPERS_KEPT = regex.compile(
    r"(?i)\bbe\s+(?:placed|kept|put|held|left)\s+on\s+(?:file|record|the\s+table)\b"
)
_HEDGED = regex.compile(
    r"\b(?:could|might|(?-i:may)|if|whether|perhaps|possibly|hoped|hopes|would\s+like|"
    r"offered|offers|unless|probably)\b",
    re.I,
)
FIRST_PERSON = regex.compile(
    r"^(?:I|We)(?:['’]ll|\s+will|\s+shall|\s+can|\s+am\s+going\s+to|\s+are\s+going\s+to|"
    r"\s+plan\s+to|['’]m\s+going\s+to)\s+(?P<verb>[a-z][a-z'’-]*)\b"
)
# "Spring appeal: Lena Park was tasked ...": an inline heading before the first sentence.
# "Minute 585 (scheme for financing schools): Jan Wolski would ...": a minute reference with its
# title in brackets is a label too, however long the title (A33)
LABEL_PREFIX = regex.compile(
    r"^(?P<label>[A-Z][\w'’.&-]*(?:\s+[\w'’.&()]+){0,4}|[A-Z][\w'’.&-]*(?:\s+[\w'’./&-]+){0,2}\s+\([^()]{1,80}\))"
    r"(?:\s*:|\s+[-–—])\s+(?P<rest>\S.*)$",
    re.S,
)
SPEAKER = regex.compile(
    r"^(?P<who>@?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?|@[\w.-]+)\s*:\s+(?P<rest>\S.*)$", re.S
)
_VERB_SET = frozenset(v.split()[0] for v in ACTION_VERBS.split("|"))


def is_verb_first(text: str) -> bool:
    """ "Invite Tim to the next meeting": an imperative, whose first word is no owner."""
    first = text.split(maxsplit=1)[0].lower().strip(",.:;") if text.split() else ""
    return first in _VERB_SET


def direct_shape(clause: str) -> tuple[str, str, bool, str] | None:
    """(subject, aux, passive, verb) for "X to VERB", "X will VERB", "X to be VERBed"; else None."""
    m = _DIRECT_SHAPE.match(clause.strip())
    if not m:
        return None
    subject = m["subj"].strip()
    if not m["be"] and not _subject_tokens_ok(subject):
        return None
    if _NOT_SUBJECT_WORDS.search(subject) or _STOP_SUBJECT.match(subject):
        if not (m["be"] and m["aux"] == "to" and not _NOT_SUBJECT_WORDS.search(subject)):
            return None
    if regex.match(r"^\s*:", m["rest"]):
        return None  # "Call to order:" is a heading
    aux = " ".join(m["aux"].split())
    if "tasked" in aux and not m["verb"].endswith("ing"):
        return None
    return subject, aux, bool(m["be"]), m["verb"]


_CONNECTORS = frozenset({"of", "and", "for", "&", "the"})
_LEADING_NOT_SUBJECT = regex.compile(
    r"^(?:in|on|at|by|for|from|after|before|during|following|until|since|once|when|where|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|last|each|every|all|both|"
    r"some|any|no|one|two|three)\b",
    re.I,
)


def _subject_tokens_ok(subject: str) -> bool:
    """A name or post ("Cllr Jane Smith and the Clerk", "Director of Operations", "@ana"), or
    a lower-case post ("contract manager") or group ("staff"): never a phrase with a verb in it."""
    if _LEADING_NOT_SUBJECT.match(subject):
        return False
    # (A78) "the Clerk to the Authority", "the Secretary to the Board": a post's own "to the"
    subject = regex.sub(
        r"\b(Clerk|Secretary|Adviser|Advisor|Solicitor)\s+to\s+the\s+(?=[A-Z])", r"\1 of ", subject
    )
    words = subject.split()
    if len(words) > 1 and words[0] in ROLE_WORDS and all(w[:1].isupper() for w in words[1:]):
        return True  # "secretary Craig", "treasurer Ann Lowe": a post in lower case, then the name
    if all(w[:1].isupper() or w[:1] in "@&" or w.lower() in _CONNECTORS for w in words):
        return words[-1].lower() not in _CONNECTORS
    if len(words) <= 4 and all(w[:1].islower() for w in words):
        return words[-1].lower() in ROLE_WORDS or bool(INTERNAL_GROUPS.match(subject))
    return False


def role_like(subject: str) -> bool:
    """A post or a titled person: "Town Clerk", "Cllr Finch", "the contract manager".

    In a capitalised name any word may be the post ("City Manager Atwood"); in a lower-case
    phrase only its last word ("the contract manager", not "nominations for the awards").
    """
    words = [w.lower().strip(".,'’") for w in subject.split()]
    if not words:
        return False
    if TITLES.match(subject + " "):
        return True
    if any(w[:1].isupper() for w in subject.split()):
        return any(w in ROLE_WORDS for w in words)
    return words[-1] in ROLE_WORDS


def hedged(clause: str) -> bool:
    return bool(_HEDGED.search(clause))


_SHORT_PARTICIPLES = frozenset("put set read cut shut let run hit spread bid".split())


def is_participle(verb: str) -> bool:
    """ "sent", "circulated", "brought", "put": a passive's verb; "catching", "in": not."""
    if verb in _SHORT_PARTICIPLES:
        return True
    return not verb.endswith("ing") and bool(_PARTICIPLE.search(verb))


def not_an_action_participle(verb: str) -> bool:
    return bool(_NOT_ACTION_PARTICIPLE.match(verb)) or not _PARTICIPLE.search(verb)


# Reported in the past perfect: done, or somebody else's request ("had asked for").
_DONE_TENSE = regex.compile(
    r"\b(?:had|has|have)\s+(?:already\s+|now\s+|since\s+|also\s+|previously\s+)?(?:been\s+)?"
    r"(?!agreed|undertaken|promised|volunteered|offered)[a-z]+(?:ed|en|wn|ne|ught|lt|pt|de|id|itten|ung)\b"
    r"|\bas\s+(?:previously\s+)?(?:requested|agreed|asked)\b"
)


def reported_as_done(sentence: str) -> bool:
    """ "The Clerk had written ...", "several parishes had asked for ...", "as requested"."""
    return bool(_DONE_TENSE.search(sentence))


# Holding an office is not a task: "President Shuman to serve another term", "X and Y to serve
# 3-year terms", "volunteered to remain in the office of Secretary", "to continue as Chair".
_OFFICE = regex.compile(
    r"\b(?:to|will|would|shall)\s+(?:serve|remain|continue|stay|stand|sit)\s+(?:(?:another|a|an|one|two|three|their|"
    r"his|her|a\s+further|\d[\w-]*)\s+(?:[\w-]+\s+)?terms?\b|as\s+(?:the\s+)?[A-Z]|"
    r"in\s+(?:the\s+|that\s+|this\s+)?(?:office|post|role|position)\b|on\s+the\s+(?:board|committee|council)\b)"
    # "X will stay on as treasurer for now": an office kept
    r"|\b(?:to|will|would|shall)\s+(?:stay|carry|continue|remain)\s+on\s+as\b"
    # "volunteered to come back on the board", "agreed to rejoin the committee": a seat taken
    r"|\b(?:to|will|would)\s+(?:come\s+back|return|rejoin|join)\s+(?:on\s+|to\s+)?the\s+(?:board|committee|council)\b"
    # a committee's make-up: "The events group will be chaired by Jo and will include Al and Bo"
    r"|\b(?:will|would|is\s+to|are\s+to)\s+be\s+(?:chaired|co-chaired|convened|led)\s+by\s+[^.;]{1,60}?"
    r"\band\s+(?:will\s+)?(?:include|comprise|consist)\b",
    re.I,
)


# A correction to the minutes, made as they were approved: "X asked that the 5th line on page 7
# be changed from ... to ...", "requested that the word 'all' be deleted from minute 4".
CORRECTION = regex.compile(
    r"\b(?:line|page|paragraph|sentence|word|wording|spelling|minute\s+\d)\b[^.]{0,80}?\bbe\s+"
    r"(?:changed|amended|corrected|deleted|removed|replaced|inserted|added|reworded|read)\b"
    # (A37) 'at 9.3, "community teams" should read "community mental health teams"': quoted words
    # that should read otherwise
    r"|[\"”’']\s+should\s+(?:read|say|have\s+read|have\s+said)\s+[\"“‘']",
    re.I,
)


def holds_office(clause: str) -> bool:
    """An election or a term of office, read in the shape of an action: not a task."""
    return bool(_OFFICE.search(clause))


def stop_subject(clause: str) -> bool:
    """ "Call to order", "Welcome to new members": a heading word before "to", not an owner."""
    m = regex.match(r"^(?:[Tt]he\s+)?(\w+)\s+to\s", clause.strip())
    return bool(m and _STOP_SUBJECT.match(m.group(1)))


_DRAFT_LEAD = regex.compile(
    r"^(?:(?:it\s+was\s+agreed\s+that|agreed\s+that)\s+)?(?:the\s+)?(?P<who>.{1,80}?)\s+"
    r"(?:is\s+to|are\s+to|to|will|shall|would|agreed\s+to|undertook\s+to|promised\s+to|"
    r"volunteered\s+to|has\s+agreed\s+to|was\s+asked\s+to|were\s+asked\s+to|"
    r"was\s+tasked\s+with|were\s+tasked\s+with|be\s+asked\s+to)\s+(?P<rest>(?!be\b)[a-z].*)$",
    re.I | re.S,
)
_FIRST_PERSON_LEAD = regex.compile(
    r"^(?:I|We)(?:['’]ll|\s+will|\s+shall|\s+can)\s+(?P<rest>[a-z].*)$", re.S
)


# The owner's tag at the end of an action, which the owner field already carries:
# "RK will contact Alan. [Action RK]", "... (Action: WH).", "... - Action BK", "... ACTION: Clerk"
_OWNER_TAG = regex.compile(
    r"(?:\s*[\[(]\s*(?i:actions?)\s*[:–—-]?\s*(?!(?i:complete|completed|done|closed|ongoing|items?)\b)"
    r"[^\])\d]{1,40}[\])]"
    r"|\s+[-–—]\s*(?i:action)\s*[:–—-]?\s*[A-Z][\w/&,.' ]{0,30}"
    r"|(?<=[.;])\s+(?:ACTION|Action)\s*[:–—-]\s*[A-Z][\w/&,.' ]{0,30})\s*[.;]?\s*$"
)


def draft(text: str, owner: str | None = None) -> str:
    """The action as an instruction to its owner: "Clerk to order the pads." -> "Order the pads."

    Only the common shapes are rewritten ("X to VERB", "X will VERB", "X agreed to VERB",
    "X was tasked with VERBing", "I'll VERB"); anything else comes back as written.  An
    owner's tag at the end ("[Action RK]") is left out: the owner field carries it.
    """
    text = " ".join(text.split())
    untagged = _OWNER_TAG.sub("", text)
    if len(untagged.split()) >= 2:
        text = untagged
    m = _FIRST_PERSON_LEAD.match(text) or _DRAFT_LEAD.match(text)
    if not m or (m.re is _DRAFT_LEAD and _already_an_instruction(text, m["who"], m["rest"], owner)):
        return text[:1].upper() + text[1:]
    rest = m["rest"]
    first, _, tail = rest.partition(" ")
    if first.endswith("ing") and len(first) > 5:
        stem = first[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            stem = stem[:-1]  # "setting" -> "set"
        elif regex.search(r"(?:[^aeiou][vcgz]|at|ut|iv|ur|as)$", stem):
            stem += "e"  # "arranging" -> "arrange", "updating" -> "update"
        rest = f"{stem} {tail}".strip()
    return rest[:1].upper() + rest[1:]


def _already_an_instruction(text: str, who: str, rest: str, owner: str | None) -> bool:
    """ "Write to the landowner about the hedge", "Report to Cabinet on costs", "Invite Tim to
    attend": an instruction already (an action table's cell), whose "VERB to" is no owner
    followed by the task; the draft keeps its verb.  A one-word name that is also a verb,
    before the task's own verb ("Chase to write to ..."), is the owner all the same."""
    if not is_verb_first(text):
        return False
    if owner and " ".join(who.split()).casefold() == " ".join(owner.split()).casefold():
        return False
    return not (len(who.split()) == 1 and is_verb_first(rest))


# Requests made by people outside the meeting: "Residents asked for a dog park", "several
# parishes had asked for ...", "members of the public requested ...": reported, not actions.
THIRD_PARTY_REQUEST = regex.compile(
    r"^(?:(?:a|an|the)\s+(?:letter|e-?mail|petition|message|note|request)\s+from\s+[^.]{2,80}?"
    r"\b(?:asked|requested|called|urged)\b)"
    r"|^(?:(?:several|some|many|a\s+number\s+of|two|three|local|the)\s+)?(?:residents?|"
    r"parishioners|members\s+of\s+the\s+public|the\s+public|public|people|villagers|"
    r"businesses|traders|parishes|councils|groups|organisations|organizations|speakers?|"
    r"visitors|applicants?|objectors?|neighbours?|neighbors?|tenants|families|parents|pupils|"
    r"students|users|customers|callers|petitioners|delegations?|deputations?)\b[^.;]{0,40}?"
    r"\b(?:asked|requested|called|wanted|wished|pressed|urged)\b",
    re.I,
)
