"""What the review proposes for each action found: a short instruction for its text,
and one action where the minutes ask for the same thing twice.

Pure: no database.  The extractor gives each action a ``draft`` (the sentence turned
into an instruction); this module picks between it and the sentence, tidies the
reported speech the draft keeps ("... and confirmed that ..."), and finds the
narrative commitment and the resolution limb that ask for the same thing (minute 7.4
"It was agreed to invite John Coughlin ..." and resolution 7.15(2) "... agrees to
invite him ..."): the limb's item is proposed as merged into the narrative one,
which is linked to the resolution.  The clerk can undo either in the review.
"""

from __future__ import annotations

import re

from clerk_cli.minutes import regex
from clerk_cli.minutes.resolutions import informal_decision
from clerk_cli.views.importer import ProposedAction

# A draft that still starts like this is reported speech, not an instruction.
_NOT_AN_INSTRUCTION = frozenset(
    "the a an it this that there these those we they he she members member committee".split()
)

# A second reported clause tacked onto an instruction: cut it off.
_SECOND_CLAUSE = regex.compile(
    r",?\s+and\s+(?:confirmed|advised|explained|noted|reported|said|stated|added|wanted|"
    r"assured|agreed\s+that|informed)\b.*$",
    re.IGNORECASE | re.DOTALL,
)

# Reported speech the extractor leaves as a sentence, rewritten as an instruction.
_GERUNDS = {
    "sharing": "Share",
    "inviting": "Invite",
    "writing": "Write",
    "circulating": "Circulate",
    "providing": "Provide",
    "arranging": "Arrange",
    "preparing": "Prepare",
    "scheduling": "Schedule",
    "updating": "Update",
    "sending": "Send",
    "bringing": "Bring",
    "producing": "Produce",
}
_REWRITES: list[tuple[re.Pattern, object]] = [
    # "... considered by the Corporate Parenting Board and suggested sharing a report for
    # information ..." -> "Share a report with the Corporate Parenting Board for information"
    (
        regex.compile(
            r"\bby\s+(the\s+[A-Z][\w' ]+?)\s+and\s+suggested\s+sharing\s+(.+?)"
            r"(\s+for\s+information)?(?:\s+to\s+ensure\b.*)?$",
            re.S,
        ),
        lambda m: f"Share {m[2]} with {m[1]}{m[3] or ''}",
    ),
    # "... suggested sharing a report for information ..." -> "Share a report for information ..."
    (
        regex.compile(r"\bsuggested\s+(" + "|".join(_GERUNDS) + r")\s+(.+)$", re.I | re.S),
        lambda m: f"{_GERUNDS[m[1].lower()]} {m[2]}",
    ),
    # "an update on this could come back to the Committee at a future date"
    (
        regex.compile(
            r"\b(an?\s+\w+)(?:\s+on\s+this)?\s+(?:could|would|will|should)\s+come\s+back\s+to\s+"
            r"(.+)$",
            re.I | re.S,
        ),
        lambda m: f"Bring {m[1].lower()} back to {m[2]}",
    ),
    # "... to develop a recruitment and retention strategy which would be completed by November"
    (
        regex.compile(
            r"\b(?:develop|prepare|produce|draft)\s+(an?\s+.+?)\s+which\s+would\s+be\s+completed\b",
            re.I | re.S,
        ),
        lambda m: f"Complete {m[1]}",
    ),
    # "Requests to have a copy of the Action Plan from ..., once complete, to help ..."
    (
        regex.compile(
            r"^requests?\s+(?:to\s+have|that\s+it\s+receives?)\s+(a\s+copy\s+of\s+.+)$", re.I | re.S
        ),
        lambda m: f"Send the Committee {m[1]}",
    ),
]

# Trailing purpose or condition clauses a short instruction does without.
_TAIL = regex.compile(
    r",?\s+(?:once complete|to (?:help|ensure|gain)\b).*$",
    re.IGNORECASE | re.DOTALL,
)


def instruction(text: str, draft: str | None) -> str:
    """The action as the clerk would write it: an instruction, one clause."""
    for candidate in (draft, text):
        if not candidate:
            continue
        for pattern, rewrite in _REWRITES:
            m = pattern.search(candidate)
            if m:
                return _finish(rewrite(m))
    if draft and draft != text and _instruction_like(draft):
        return _finish(draft)
    return text


# An instruction that says little on its own: "Chase.", "Order them.", "Attend.", "Write to
# both.": the item it came under says what it is about.
_PRONOUN_OBJECT = regex.compile(
    r"\b(?:it|them|this|these|those|both|so|the\s+same)\b|\bto\s+that\s+effect\b|\baccordingly\b",
    re.IGNORECASE,
)
# Headings that say nothing about the matter: "Matters arising", "Any other business", "Actions"
_GENERIC_ITEM = regex.compile(
    r"(?i)^(?:matters?\s+arising.*|any\s+other\s+business|a\.?o\.?b\.?|other\s+business|actions?"
    r"(?:\s+(?:points?|log|list|arising|from\s+(?:the\s+)?(?:last|previous)\s+meeting))?|"
    r"correspondence|reports?|(?:chair(?:man|person)?|clerk|mayor|president)['’]?s?\s+reports?|"
    r"minutes.*|apologies.*|declarations?.*|public\s+(?:participation|forum|questions|session)|"
    r"items?\s+for\s+information|updates?|general|discussion|notes?|business)(?:\s*\(.*\))?\W*$"
)


def with_context(instruction: str, item: str | None, before: str | None = None) -> str:
    """ "Order them." under "Waymark discs and posts" -> "Order them (item: Waymark discs and
    posts)."; an instruction that stands on its own, or an item that says nothing, is kept.
    With the sentence before it in the minutes (``before``), a short instruction also says
    what it is about in the minutes' own words: "KH to order." after "Agreed to buy 4 mats."
    under "Equipment" -> "KH to order (item: Equipment; re: Agreed to buy 4 mats)." (A79)."""
    words = instruction.rstrip(" .").split()
    if len(words) > 8 or not (len(words) <= 3 or _PRONOUN_OBJECT.search(instruction)):
        return instruction  # it stands on its own
    parts = []
    if item := _item_words(item):
        if item.casefold() not in instruction.casefold():
            parts.append(f"item: {item}")
    if before:
        before = " ".join(before.split()).rstrip(" .;:")
        if 3 <= len(before.split()) <= 25 and not regex.match(_OWNER_ONLY, before):
            parts.append(f"re: {before}")
    if not parts:
        return instruction
    return f"{instruction.rstrip(' .')} ({'; '.join(parts)})."


def _item_words(item: str | None) -> str | None:
    """An item's heading as context, or None when it says nothing ("Matters arising", "7")."""
    if not item:
        return None
    item = " ".join(item.split()).strip(" .:;-–—")
    item = regex.sub(r"^(?:item\s+)?[\dA-Za-z]{0,3}\d[\w./]*[.):]?\s+", "", item)  # "5.3", "DCC39"
    item = regex.sub(
        r"(?i)\s*(?:[-–—]\s*to\s+follow\b.*|pdf\s+icon\b.*)$", "", item
    )  # a web page's links
    if item.isupper():
        item = item.capitalize()
    if not regex.search(r"[A-Za-z]{3}", item) or len(item) > 80 or _GENERIC_ITEM.match(item):
        return None
    return item


# a sentence before that says nothing of the matter: "Action: KH", "Proposed by AB"
_OWNER_ONLY = r"(?i)(?:action|owner|proposed|seconded|moved|agreed|carried|noted)\b[^.]{0,30}$"


def _instruction_like(draft: str) -> bool:
    words = draft.split()
    return len(words) >= 3 and words[0].casefold() not in _NOT_AN_INSTRUCTION


def _finish(s: str) -> str:
    s = " ".join(s.split())
    s = _SECOND_CLAUSE.sub("", s)
    s = _TAIL.sub("", s)
    s = s.rstrip(" .,;:")
    return s[:1].upper() + s[1:] + "."


def reads_as_narrative(a: ProposedAction) -> bool:
    """True when the proposed text is still a statement, not an instruction."""
    first = (a.text.split() or [""])[0].casefold()
    return first in _NOT_AN_INSTRUCTION


# ---- one action where the minutes ask twice --------------------------------------------

_STOP = frozenset(
    "the a an of to and or for with on in at by is are be was were that this it its their "
    "them him her his has have had will would could should shall may from as into made "
    "committee scrutiny meeting agreed agrees requests request asked welcomes raises".split()
)

# How much of the shorter item's words the other must share to be the same request.
SAME_REQUEST = 0.5


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.casefold())
    return {w[:5] for w in words if w not in _STOP and len(w) > 2}


# And at least this many content words in common.
SAME_WORDS = 3


def likeness(a: str, b: str, *, besides: str = "") -> float:
    """Share of the smaller set of content words (first five letters) found in both,
    leaving out the words of ``besides`` (the owners' names: the same Director may be
    asked for two different things)."""
    ignore = _stems(besides)
    x, y = _stems(a) - ignore, _stems(b) - ignore
    if not x or not y or len(x & y) < SAME_WORDS:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def _names(*actions: ProposedAction) -> str:
    return " ".join(a.owner.found for a in actions if a.owner is not None)


def propose_merges(actions: list[ProposedAction]) -> None:
    """Each resolution limb's action that asks for what a narrative action of the same
    minutes already records becomes "merge:N" into that one; recording links that one
    to the resolution (decisions.settle), keeping its own instruction-like text."""
    # ("It was agreed to invite X" is a decision in the narrative and a task of its own, which
    # a formal limb may ask for again, R84)
    narrative = [
        i
        for i, a in enumerate(actions)
        if not a.resolution_ref or informal_decision(a.found_text or a.text)
    ]
    told = set(narrative)
    taken: set[int] = set()
    for index, limb in enumerate(actions):
        if not limb.resolution_ref or index in told:
            continue
        scored = [
            (
                likeness(
                    actions[i].found_text or actions[i].text,
                    limb.found_text or limb.text,
                    besides=_names(actions[i], limb),
                ),
                i,
            )
            for i in narrative
            if i not in taken
        ]
        best = max(scored, default=(0.0, -1))
        if best[0] < SAME_REQUEST:
            continue
        i = best[1]
        taken.add(i)
        # the formal limb's resolution is the one the merged task carries out ("It was agreed to
        # invite X" in the discussion, "agrees to invite X" in the resolution)
        actions[i].resolution_ref = None
        limb.decision = f"merge:{i + 1}"
        limb.flags.append(f"asks for the same as item {i + 1}: merged into it")
