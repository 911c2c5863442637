"""Motion blocks, recognised by their shape rather than by a keyword.

A motion block is a label, a mover, the motion's words and an outcome, in any of
the layouts councils, boards and committees use, on one line or several:

    Resolution number RDC/2024/033            Motion No. C240410-3
    MOVED by Cr A, seconded by Cr B:           Moved by Novak, Seconded by Fraser
    That the Council:                          Be it resolved that Report X be received.
    a) receives the report; b) approves ...    Carried.
    CARRIED

    Councilmember A moved, seconded by Councilmember B, to approve X. Motion carried 5-0.
    Motion: (Munro/Reid) THAT the minutes be approved. CARRIED.
    Resolution 1: THAT the Board adopt X.  /  Moved by A, seconded by B. Carried 5-0.
    It was proposed by Cllr A, seconded by Cllr B and agreed that X.
    On a motion by A, seconded by B, the Board voted 5-0 to approve X, including:
    RESOLUTION NO. 24-031 approving a services agreement with ... (a consent-agenda item)
    Resolution to approve X: Passed (A/B) - Unanimous.

A carried motion is a resolution; a lost, defeated or failed one is not.  An
"Officer Recommendation" is not a motion: only what is moved is.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import regex

# "Resolution number RDC/2024/031", "Council Resolution 2024/042", "Motion No. C240410-1",
# "Resolution 1:", "Motion:", "RESOLUTION NO. 24-031 approving ...", "Resolution to approve ..."
LABEL = regex.compile(
    r"^(?:(?:Council|Committee|Board|Cabinet)(?:['’]s)?\s+)?(?:Resolution|RESOLUTION|Motion|MOTION|Proposal(?=\s+to\s)|PROPOSAL(?=\s+TO\s)|"
    r"(?<=\s)resolution|(?<=\s)motion)\b"
    r"(?!s)\s*(?:(?:number|Number|NUMBER|No\.?|NO\.?|#)\s*)?"
    # "Motion No. C120627 -4" alone on its line: the number after the spaced dash is the ref's
    r"(?P<ref>(?=[\w/.-]*\d)[A-Z]{0,8}[\w/.-]*\w(?:\s+[-–]\s*\d{1,3}(?=\s*$))?)?\s*(?:[:.–—-]\s*)?(?P<rest>.*)$"
)
# A consent-agenda resolution titled by what it does: "RESOLUTION NO. 13-329 approving ..."
CONSENT_VERB = regex.compile(
    r"^(?:approving|authori[sz]ing|accepting|adopting|awarding|amending|appointing|confirming|"
    r"establishing|declaring|designating|ratifying|setting|proclaiming|rescinding|supporting|"
    r"directing|granting|endorsing|requesting|entering|allocating|renewing|extending)\b"
)
# "Moved by A, seconded by B", "MOVED Cr A / SECONDED Cr B", "A moved and B seconded",
# "It was proposed by Cllr A, seconded by Cllr B", "On a motion by A, seconded by B"
MOVER = regex.compile(
    r"\b(?:moved|MOVED|Moved|proposed|PROPOSED|Proposed|motioned|"
    r"(?:motion|Motion)\s+(?:was\s+)?(?:made\s+|duly\s+made\s+)?(?:by|and)|(?:motion|Motion)\s+was\s+(?:duly\s+)?made(?=,))\b"
    r".{0,160}?\b(?:seconded|SECONDED|Seconded|second\s+by)\b",
    re.S,
)
# "Commissioner Diaz moved approval of the consent agenda, seconded by Commissioner Hart."
MOVED_NOUN = regex.compile(
    r"\b(?:moved|MOVED|Moved)\s+(?:the\s+)?(?P<text>(?:approval|adoption|acceptance|ratification|"
    r"confirmation|endorsement|receipt|denial|rejection)\s+(?:of|for)\s+.+?)\s*,?\s*"
    r"(?:and\s+)?(?:was\s+)?(?:seconded|SECONDED|Seconded|second\s+by)\b",
    re.S,
)
# "Moved by: Councillor S. Martin" on a line of its own, the seconder on the next.
MOVER_ALONE = regex.compile(
    r"^(?:it\s+was\s+)?(?:moved|proposed)(?:\s+by)?\s*:?\s*(?:(?:Cllr|Councillor|Councilmember|Cr|Mr|"
    r"Mrs|Ms|Dr|Deputy|Mayor|Trustee|Director|Commissioner|Alderman|Supervisor|Governor|Member)\.?\s+)*"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[.:]?$",
    re.I,
)
# "Trustee Adler moved to approve X." / "Cllr A moved that X." (seconder in the next sentence)
# Present tense too, after an item's label: "B.4 Report: KM moves to adopt; SB seconds."
MOVED_TO = regex.compile(
    r"^(?:(?P<label>[A-Z][^:;]{1,60}):\s+)?(?:it\s+was\s+)?(?:[A-Z][\w.'’-]*,?\s+){0,5}"
    # a speaker in a transcript: "Madam Chair, I move that ..."
    r"(?:(?:Mr\.?|Madam|Madame|Madame\s+)\s*(?:President|Chair|Chairman|Chairwoman|Mayor|Speaker),\s+I\s+(?=move\s))?"
    r"(?i:moved|moves|move(?<=I\smove)|proposed|proposes)\s+(?:\([^()]{1,40}\)\s+)?(?:to|that|(?=(?i:for\s+(?:(?:its|the)\s+)?(?:approval|adoption|suspension|emergency|direct\s+vote|a\s+vote|consideration))\b)|(?=[a-z]{3,}ing\s))\s*(?P<text>.+)$",
    re.S,
)
# "; SB seconds", ", seconded by Jo" closing a mover's sentence: not the motion's words
_SECONDED_IN = regex.compile(
    r"(?:,\s*|\s+and\s+)(?:(?:[A-Z][\w.'’-]*\s+){1,3}seconded\b|seconded\s+by\s+[A-Z])"
)
_SECONDER_TAIL = regex.compile(
    r"\s*[;,.]\s*(?:(?:[A-Z][\w.'’-]*\s+){1,3}seconds?|seconded\s+by\s+[^;.]{2,60})\b.*$", re.S
)
# "KM nominated President." / "Jo nominated to chair the Finance Committee." (an election;
# only a stated outcome -- "Elected 8-0-1." -- makes it a decision)
NOMINATED = regex.compile(
    r"^(?:[A-Z][^:;]{1,60}:\s+)?(?P<text>(?:[A-Z][\w.'’-]*\s+){1,3}(?:was\s+)?nominated\s+(?:as\s+|to\s+(?:chair|serve\s+as|be)\s+|for\s+)?"
    r"(?:the\s+)?[A-Z][^.;]{1,80})$"
)
# Roll calls and tallies inside a motion block: "Roll call: Ayes: A, B. Nays: none.",
# "President Voss voted nay." -- skipped, the outcome line follows.
VOTE_LINE = regex.compile(
    r"^(?:roll\s*call|ayes?|nays?|noes|yeas?|abstain\w*|abstentions?|absent|voting|votes?|in\s+favou?r|against)\b"
    r"|\bvoted\s+[\"“‘']?(?:nay|aye|no|yes|against|in\s+favou?r|for)\b"
    # a tally: "4 yes, 2 abstain", "six in favour, one against"
    r"|^(?:\d{1,3}|no|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:yes|ayes?|yeas?|no|nays?|noes|abstain\w*|abstentions?|opposed|against|in\s+favou?r|for)\b"
    r"[^.]{0,60}\.?$",
    re.I,
)
# "Commissioner Okoro made a motion to approve X." (the seconder may follow in its own sentence)
MADE_A_MOTION = regex.compile(
    r"^(?:(?P<label>[A-Z][^:;]{1,60}):\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}"
    r"(?:(?:made|makes|offered|offers|put|puts|presented)\s+(?:a|the)\s+(?i:motion)|motioned|motions)"
    # ", seconded by Jo," or ", seconded by Jo to ..." (no comma before the words)
    r"(?:,\s*seconded\s+by\s+(?:[^,]{2,60},|(?:[A-Z][\w.'’-]*\s+){1,3}(?=(?:to|that)\s)))?\s+(?:(?:to|that)\s+|(?=(?:he|she|they|it|we)\s+be\b))"
    r"(?P<text>.+)$",
    re.S,
)
# "Moved by A that X." with no seconder: a motion its outcome decides
MOVED_BY_THAT = regex.compile(
    r"^(?:it\s+was\s+)?(?i:moved|proposed)\s+by\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:that|to)\s+(?P<text>.+)$",
    re.S,
)
_MOVED_TO_INSIDE = regex.compile(
    r"(?<=[a-z0-9,])\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:moved|moves)\s+"
    r"(?:(?:to|that)\s+|(?=for\s+(?:its|their|the)\s+(?:adoption|approval)\b))(?P<text>.+)$",
    re.S,
)
# "Hearing no insertions to the Order of Business, Hon. A moved for its adoption": what "its" is
_ITS_ANTECEDENT = regex.compile(r"\b(?:to|of|on)\s+(?P<what>the\s+[A-Z][\w'’ -]{2,60}?)\s*,\s*$")
# "This was agreed and noted." after a request: the request is granted
THIS_AGREED = regex.compile(
    r"^(?:(?:This|That|Which|The\s+request)\s+was\s+(?:unanimously\s+)?(?:agreed|approved|granted|accepted)"
    r"(?:\s+(?:and\s+noted|unanimously|by\s+all))?"
    # "Secretary: Cy Roe (proposed A, seconded B). Elected unopposed."
    r"|(?:All\s+(?:were\s+)?(?:duly\s+)?)?(?i:duly\s+)?(?:Elected|Re-elected|elected)(?:\s+(?:unopposed|unanimously|nem\.?\s*con\.?|by\s+acclamation))?)\.?$"
)
# Where the seconder takes over from the mover's words: ", second by B", "; Jo seconds",
# ". The motion was seconded and carried", ", Ann seconded-motion passed", ". After a second by"
_SECOND_CUT = regex.compile(
    r"(?:\s*[;,.]\s*|\s+)(?:and\s+)?(?:(?:was\s+)?(?:duly\s+)?(?:second(?:ed)?|2nd)\s+by\b|"
    # the seconder's name: capitalised words, a full stop only after an initial or a title
    # ("Dr.", "J."), so "... as Secretary. Jo Lee seconds" cuts at Jo, not at Secretary
    r"(?:(?-i:[A-Z])[\w'’-]*(?:(?:(?<=\b\w)|(?<=\b\w\w)|(?<=\b\w\w\w))\.)?\s+){1,3}second(?:s|ed)\b|"
    r"the\s+motion\s+was\s+(?:duly\s+)?seconded\b|"
    r"after\s+a\s+second\b|(?:duly\s+)?seconded\s*(?:[,.;-]|and\b|$)|"
    # "...; with a second from Board Member Lautz." (an Indiana board, R92)
    r"with\s+a\s+second\s+(?:from|by)\b)",
    re.I,
)
_TAIL_OUTCOME = regex.compile(
    r"\b(?P<o>MCU|carried|carries|passed|passes|approved|adopted|agreed|all\s+in\s+favou?r|"
    r"failed|fails|defeated|lost|withdrawn|died)\b",
    re.I,
)
# "Commissioner Tran seconded.", "Seconded by Cllr B.", "The motion was seconded by ..."
SECOND_ONLY = regex.compile(
    r"^(?:(?:[A-Z][\w.'’-]*\s+){1,4}(?:seconded|seconds)(?:\s+the\s+motion)?|"
    r"(?:seconded(?:\s+by)?|second(?:ed)?\s*(?:by|:)|2nd(?:\s+by|\s*:))\s*:?\s*.{2,60}|"
    r"the\s+motion\s+was\s+seconded(?:\s+by\s+.{2,60})?"
    # a transcript: "I second that.", "I'll second the motion."
    r"|I(?:\s+will|['’]ll)?\s+second(?:\s+(?:that|it|the\s+motion))?)\.?$",
    re.I,
)
# "The motion died for lack of a second." / "No second was received."
NO_SECOND = regex.compile(
    r"\b(?:died|failed|lapsed|fell)\s+for\s+(?:lack|want)\s+of\s+a\s+second|\bno\s+seconder\b", re.I
)
_AFTER_SECONDER = regex.compile(
    r"\b(?:seconded|SECONDED|Seconded|second\s+by)\b(?:\s+by)?\s*:?\s*"
    r"(?P<who>(?:(?:Cllr|Councillor|Councilmember|Cr|Mr|Mrs|Ms|Dr|Deputy|Mayor|Director|"
    r"Alderman|Trustee|Governor)\.?\s+)*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?"
    r"(?P<sep>\s*[,:;.]\s*|\s+)?"
    r"(?:(?:and|&)\s+(?P<kw>resolved|RESOLVED|agreed|AGREED|carried|CARRIED|approved|passed|"
    r"unanimously\s+(?:resolved|agreed|approved|carried|passed))\s*:?\s*)?"
    r"(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Board|Council|Committee|Commission|Court|Trustees)\s+"
    r"voted\s+(?P<vote>\d+\s*[-–—]\s*\d+|unanimously)?\s*)?"
    r"(?:that|THAT|That|to|TO)\b\s*:?\s*(?P<text>.*)$",
    re.S,
)
# A line that is only an outcome: "CARRIED", "Carried 5/0", "Motion carried unanimously",
# "Motion Carried Unanimously, By All Members Present", "Defeated.", "LOST 2-3".
OUTCOME_LINE = regex.compile(
    # "On being put to the meeting the motion was declared CARRIED."
    r"^(?:on\s+being\s+put\s+(?:to\s+(?:the\s+)?(?:meeting|vote)\s*)?,?\s*)?(?:the\s+)?(?:motion|resolution|amendment|this|which)?\s*(?:was\s+|has\s+(?:been\s+)?)?(?:duly\s+)?(?:seconded,?\s+and\s+(?:was\s+)?)?(?:declared\s+)?(?:unanimously\s+)?"
    r"(?P<o>carried|carries|passed|passes|adopted|lost|defeated|failed|fails|fell|not\s+carried|"
    r"withdrawn|elected(?=\s*(?:\d|unanimously|nem\b|by\s+acclamation|\.|$)))\b"
    r"(?P<tail>[^.]{0,80})\.?$",
    re.I,
)
# "Agreed." / "AGREED" standing alone after a proposal: the proposal is the decision.
# "Accepted by Consent", "Approved as presented" under an "Approval of X" heading: X is decided
AGREED_LINE = regex.compile(
    r"^(?:agreed|approved|accepted|adopted)(?:\s+unanimously|\s+by\s+all(?:\s+(?:parties|members|present))?"
    r"|\s+by\s+the\s+(?:board|committee|council|meeting)|\s+by\s+(?:general\s+)?"
    r"(?:consent|consensus)|\s+as\s+(?:presented|circulated|submitted|read|amended|distributed))?\.?$",
    re.I,
)
# A heading that names the matter an "Approved." line decides
APPROVAL_HEADING = regex.compile(
    r"^(?:approval|adoption|acceptance|ratification|confirmation)\s+of\s+\S", re.I
)
# "The Motion was APPROVED on a 5-2 vote", "The Minutes were APPROVED unanimously as AMENDED",
# "Passed: ..." (a roll call follows), "SO RESOLVED" (IRC minutes, after the +1 lines)
APPROVED_LINE = regex.compile(
    r"^(?:the\s+(?:motion|minutes|nomination|resolution|recommendation|proposal)s?\s+(?:was|were)\s+"
    r"(?:unanimously\s+|duly\s+)?(?:approved|adopted|accepted|agreed|ratified|confirmed)\b"
    r"|(?:passed|carried|approved)\s*:|so\s+resolved\b\.?$"
    # "The board VOTED unanimously to approve the motion.", "The Commission voted 4-1 in favor of
    # the motion." (a US board's vote on the motion above, R60)
    r"|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:board|council|committee|commission|trustees|members)\s+voted\s+"
    r"(?:unanimously\s+|\(?\d{1,2}\s*[-–—]\s*\d{1,2}\)?\s+)?(?:to\s+(?:approve|adopt|pass|accept)\s+the\s+motion"
    r"|in\s+favou?r\s+of\s+the\s+motion|(?:unanimously\s+)?in\s+favou?r)\b[^.]{0,40}\.?$)",
    re.I,
)
# "PROPOSED: Close issues 12 and 14" (IRC minutes): a motion its outcome line decides
# ("Proposed: Anne Cole; Seconded: ..." names the mover instead)
PROPOSED_LABEL = regex.compile(
    r"^(?:PROPOSED|Proposed|PROPOSAL|Proposal)\s*:\s*(?!.*\b(?i:second))(?P<text>\S.*)$"
)
# "+1", "<ana> +1", "-1", "0": votes in IRC minutes
PLUS_ONE = regex.compile(r"^(?:<[^>]{1,30}>\s*|[\w.-]{1,30}:\s*)?[+-]?[01]\b[^.]{0,60}$")
# the same run of votes on one line, closed by its outcome: "<ana> +1 <raj> +1 SO RESOLVED"
VOTES_THEN_RESOLVED = regex.compile(
    r"^(?:(?:<[^>]{1,30}>\s*)?[+-][01]\s*)+(?:so\s+)?(?:resolved|agreed|carried)\b\.?$", re.I
)
# "AND AGREED" / "and resolved:" on a line of its own between the seconder and the motion's words
AND_AGREED = regex.compile(
    r"^(?:and\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:agreed|resolved|carried)(?:\s+unanimously)?"
    r"|(?:agreed|resolved)\s*:)\s*[:.]?$",
    re.I,
)
# "The recommendation was agreed." under "Recommendation: That X.": X is the decision.
AGREED_BACK = regex.compile(
    r"^(?:the\s+)?(?:officers?['’]?\s+)?(?:recommendations?|proposals?)\s+(?:was|were)\s+"
    r"(?:unanimously\s+|duly\s+)?(?:agreed|approved|accepted|adopted|carried|endorsed)"
    r"(?:\s+unanimously)?\.?$",
    re.I,
)
RECOMMENDATION_LABEL = regex.compile(
    r"^(?:officers?['’]?\s+)?(?:recommendations?|proposals?)\s*[:–—-]\s*(?P<text>\S.*)$",
    re.I | re.S,
)
# An outcome closing a passage: "... be approved. CARRIED.", "...: Passed (A/B) - Unanimous."
OUTCOME_END = regex.compile(
    r"(?:(?<=[.:;/])|\s[-–—]|^)\s*(?:(?:the\s+)?motion\s+(?:was\s+)?)?"
    r"(?P<o>(?-i:CARRIED|Carried|carried|PASSED|Passed|passed|LOST|Lost|DEFEATED|Defeated|defeated|"
    r"FAILED|Failed|failed|ADOPTED|Adopted|FELL|Fell|WITHDRAWN|Withdrawn))\b(?P<tail>[^.]{0,80})\.?\s*$",
    re.I,
)
BE_IT_RESOLVED = regex.compile(
    r"^(?:(?:now\s+)?(?:therefore\s+)?)?be\s+it\s+(?:further\s+)?resolved\b\s*(?:that\b)?\s*:?\s*",
    re.I,
)
THAT_START = regex.compile(r"^[\"“‘']?(?:That|THAT)\b")
# "AND THAT staff be directed to ..." (an Ontario council's further limb after a first "THAT"):
# a limb of the motion above, and a decision of its own (R59)
AND_THAT = regex.compile(r"^[\"“‘']?(?:AND|And)\s+(?:FURTHER\s+|further\s+)?(?:THAT|That)\s")
# What may follow a mover line as the motion's own words: "That ...", "To approve ...",
# "Be it resolved ...", "(a) ...", or a line ending in the outcome.
MOTION_WORDS = regex.compile(
    r"^[\"“‘']?(?:that|to\s+[a-z]|be\s+it\b|resolved\b|resolve\s+(?:that|to)\b|\(?[a-z0-9]{1,3}[.)]\s)|.*\bcarried\.?$",
    re.I,
)
_MOVERS_INITIALS = regex.compile(
    r"^\(\s*[A-Z][\w.'’ -]{0,30}(?:/|,\s*)[A-Z][\w.'’ -]{0,30}\)\s*:?\s*"
)
_TRAILING = regex.compile(
    r"(?:,?\s*(?:including|as follows)\s*:?|\s*\((?:[A-Z][\w.' -]*/[A-Z][\w.' -]*)\))\s*$"
)
_LOST = regex.compile(r"^(?:lost|defeated|failed|fails|fell|not\s+carried|withdrawn|tabled)", re.I)


class Opening(NamedTuple):  # a NamedTuple: cheaper to define at start-up than a dataclass
    """The start of a motion found in a piece of text."""

    ref: str | None
    text: str  # the motion's own words so far (may be empty: they follow on the next lines)
    outcome: bool | None  # True carried, False lost, None not stated yet
    formal: bool  # labelled "Resolution ..." or "be it resolved": a decision even unstated
    consent: bool = False  # "RESOLUTION NO. X approving ...": adopted with the consent agenda
    needs_outcome: bool = False  # "A moved to X." alone: only a stated outcome makes it a decision


# "passed by consensus", "Consensus reached to plant a bed", "agreed by consensus"
CONSENSUS = regex.compile(
    r"^(?:(?:after|following)\s+discussion,?\s+)?(?:(?:lazy\s+|general\s+|broad\s+|unanimous\s+)?consensus\s+(?:was\s+)?"
    r"reached\s+(?:to|that|on)\s+(?P<to>.+)"
    r"|(?:general|broad|unanimous)\s+agreement\s+(?:was\s+reached\s+)?(?:to|that|on)\s+(?P<agreed>.+)"
    r"|(?P<what>.+?)\s+(?:was\s+)?(?:passed|agreed|adopted|approved|accepted)\s+by\s+(?:consensus|acclamation|"
    r"common\s+consent|general\s+agreement)\b.*)$",
    re.I | re.S,
)


_BARE_TALLY_OUTCOME = regex.compile(
    r"(?i)^(?:(?:approved|adopted|accepted)\s+(?:\d+\s*(?:[-–—]|to)\s*\d+|unanimously|by\s+(?:a\s+)?"
    r"(?:vote|majority|all))|all\s+(?:were\s+)?in\s+favou?r"
    # "Unanimous vote in favour.", "Unanimously." (the seconder's sentence before)
    r"|unanimous(?:ly)?(?:\s+vote)?(?:\s+in\s+favou?r)?(?=\s*\.?$)"
    # "Voice Vote: AYE Unanimously"
    r"|(?:voice\s+|roll\s+call\s+)?vote\s*:\s*(?:ayes?|yes|yeas?)(?:\s+unanimous(?:ly)?|\s+all)?"
    # "No objections; agreed.", "No objection was raised, so it carried."
    r"|no\s+objections?[^.]{0,40}?(?:agreed|approved|carried|passed))\b[^.]{0,60}\.?$"
)
# "Motion by A to approve X, seconded by B.", "A motion to close X was made by A and seconded
# by B.": the mover named after the word "motion"
MOTION_BY = regex.compile(
    r"^(?:(?i:a|the)\s+)?(?i:motion)\s+(?:was\s+)?(?:made\s+)?by\s+(?:[A-Z][\w.'’-]*\s+){1,4}"
    r"(?:to|that)\s+(?P<text>.+)$",
    re.S,
)
# "MSC (Lee/Diaz) to approve X", "M/S/C to approve X": moved, seconded and carried in one;
# "M/S (Lee/Diaz) to X" is moved and seconded only (an outcome must follow)
MSC = regex.compile(
    r"^(?P<c>MSC|M/S/C|MSP|M/S/P|MSU|M/S/U|M/S)\b\s*(?:\([^()]{1,40}\)|[A-Z][\w.'’-]*/[A-Z][\w.'’-]*)?"
    r"\s*[:,-]?\s*(?:to|that)\s+(?P<text>.+)$",
    re.S,
)
# "A motion was made to replace the gate." (no mover named; the seconder and outcome follow)
MOTION_MADE_TO = regex.compile(
    r"^(?:(?i:a|the)\s+)?(?i:motion)\s+was\s+(?:made|moved|offered|put\s+forward)\s+(?:to|that)\s+(?P<text>.+)$",
    re.S,
)
MOTION_TO_BY = regex.compile(
    r"^(?:(?i:a|the)\s+)?(?i:motion)\s+(?P<text>(?:to|that)\s+.+?)\s+was\s+(?:made|moved|proposed|offered)"
    r"\s+by\s+(?P<tail>.+)$",
    re.S | re.I,
)
# The seconder and the outcome in one sentence after the mover's: "Jo Kemp seconded, and the
# motion passed.", "After a second by Jo, the motion was approved.", "The motion was seconded
# and approved."
SECONDED_OUTCOME = regex.compile(
    r"^(?:(?:[A-Z][\w.'’-]*\s+){1,4}second(?:ed|s)(?:\s+the\s+motion)?|after\s+a\s+second\s+by\s+[^,]{2,60}|"
    r"(?:the\s+)?motion\s+was\s+(?:duly\s+)?seconded(?:\s+by\s+[^,.;]{2,60}?)?)\s*[,;]?\s*(?:and\s+)?(?:the\s+motion\s+)?"
    r"(?:was\s+)?(?:unanimously\s+)?(?P<o>carried|passed|approved|adopted|agreed|failed|defeated|lost)\b"
    r"[^.]{0,80}\.?$",
    re.I,
)


_YEA_TALLY = regex.compile(r"^(?P<y>\d{1,3})\s*y(?:\s+(?P<n>\d{1,3})\s*n)?(?:\s+\d{1,3}\s*a)?\.?$")
_UNANIMOUS_APPROVAL = regex.compile(
    r"(?i)^(?:vote\s*:\s*)?(?:unanimous\s+(?:approval|consent|agreement)|all\s+(?:approved|agreed|in\s+favou?r)"
    r"(?:\s+unanimously)?|(?:approved|agreed)\s+unanimously|unanimously\s+(?:approved|agreed)"
    # "The minutes passed unanimously.", "The report passed 4-0." after "A moved to accept the
    # minutes. B seconded." (a US library board, R77): what was moved, passed
    r"|the\s+(?:minutes|report|budget|agenda|warrants?|bills)\s+(?:passed|carried|(?:was|were)\s+(?:accepted|approved|adopted))"
    r"(?:\s+unanimously|\s+\d{1,2}\s*[-–]\s*\d{1,2})?)\.?$"
)
_DECLARED = regex.compile(
    r"(?i)^(?:[^.]{0,80},\s*)?the\s+(?:chair(?:man|person|woman)?|president|presiding\s+officer|mayor|speaker)\s+"
    r"declared\s+the\s+motion\s+(?P<o>approved|carried|adopted|passed|lost|defeated)\b[^.]{0,40}\.?$"
)
_DECIDED_LABEL = regex.compile(
    r"(?i)^(?:the\s+)?[\w'’ -]{2,40}?\s+(?:was|were)\s+(?:unanimously\s+)?(?:approved|adopted|accepted|agreed)$"
)
# "Mr. Kessel withdrew the motion.", "The mover withdrew her motion."
_WITHDREW = regex.compile(
    r"^(?:(?:the\s+)?[\w.'’-]+\s+){1,3}withdrew\s+(?:the|his|her|their|this)\s+motion\b", re.I
)


# "The vote was called and the motion was defeated.", "The question was put and it was carried."
# (R52): the vote taken, then the motion's outcome
VOTE_CALLED_OUTCOME = regex.compile(
    r"(?i)^(?:the\s+)?(?:vote|question)\s+was\s+(?:then\s+)?(?:called|put|taken)(?:\s+on\s+[^.;]{1,80}?)?"
    r",?\s+and\s+(?:the\s+(?:motion|amendment|proposal|resolution)|it)\s+(?:was\s+)?"
    r"(?P<o>carried|defeated|lost|approved|passed|failed|adopted|rejected)\.?$"
)


_FAVOR_OPPOSE = regex.compile(
    r"(?i)^(?:vote|voting|votes)\s*:?\s*(?:unanimous(?:ly)?\s*)?\(?\s*(?P<y>\d{1,2})\s*[–—-]?\s*"
    r"(?:in\s+)?(?:favou?r|for|yes|ayes?|yeas?)\w*\s*[,;]\s*(?P<n>\d{1,2})\s*[–—-]?\s*"
    r"(?:oppose\w*|against|no|nays?|noes)\b[^.]{0,60}\.?$"
)


def closing_outcome(text: str) -> bool | None:
    """True/False when ``text`` only records a motion's outcome ("Motion passed.", "The motion
    was seconded and carried.", "Died for lack of a second."); None when it is something else."""
    text = text.strip()
    if text[:4].lower() in ("the ", "vote", "ques") and (m := VOTE_CALLED_OUTCOME.match(text)):
        return m["o"].lower() in ("carried", "approved", "passed", "adopted")
    if NO_SECOND.search(text) or _WITHDREW.match(text):
        return False
    if m := OUTCOME_LINE.match(text):
        return outcome_of(m["o"])
    if m := SECONDED_OUTCOME.match(text):
        return outcome_of(m["o"])
    if m := _YEA_TALLY.match(text):
        return int(m["y"]) > int(m["n"] or 0)  # "23y 1n 0a"
    if regex.match(r"(?i)^\d{1,2}\s+objections?\.?$", text):
        return False  # a unanimous-consent motion met an objection
    if _BARE_TALLY_OUTCOME.match(text):
        return True  # "Approved 5-0.", "All in favor.", "All in favour; motion carries."
    if (second := _SECONDER_PART.match(text)) and (
        found := _OUTCOME_PART.match(", " + text[second.end() :].strip(" ,;"))
    ):
        # "This was seconded by B and the motion passed.", "B made the second; carried."
        return part_outcome(found["o"])
    if m := _FAVOR_OPPOSE.match(text):
        # "Vote: Unanimous (3 – Favor, 0 – Oppose)", "Vote: 2 – Favor, 1 – Oppose (A)." (R92)
        return int(m["y"]) > int(m["n"])
    if _UNANIMOUS_APPROVAL.match(text):
        return True  # "Unanimous approval.", "Vote: All approved unanimously."
    if m := _DECLARED.search(text):
        return outcome_of(m["o"])  # "Hearing no objection, the Chair declared the motion approved."
    if (found := MOVED_SECONDED_OUTCOME.match(text)) and found["o"]:
        return outcome_of(found["o"])  # "Moved A Seconded B. Carried." after "MOTION: X."
    if ROLL_CALL.match(text) and (found := ROLL_CALL_END.search(text)):
        return outcome_of(found["o"])  # "Ayes: A, B Opposed: None Motion carried."
    return None


# A roll call that ends with the outcome: "Affirmative: A, B, C Opposed: None Motion carried."
ROLL_CALL = regex.compile(
    r"^(?i:affirmative|ayes?|yeas?|in\s+favou?r|for|voting\s+(?:yes|aye))\s*:\s*[^.]{0,160}?"
    r"(?i:opposed|nays?|noes|negative|against|abstain\w*|absent)\s*:"
)
ROLL_CALL_END = regex.compile(
    r"(?i)\b(?:(?:the\s+)?motion\s+)?(?P<o>carried|passed|failed|defeated|lost)\b[^.:]{0,40}\.?$"
)


def _mover_words(text: str) -> tuple[str, bool | None]:
    """The mover's words and the outcome after the seconder: "to give $500, second by B, MCU"
    -> ("to give $500", True)."""
    if cut := _SECOND_CUT.search(text):
        tail = text[cut.end() :]
        found = _TAIL_OUTCOME.search(tail)
        words, outcome = split_outcome(text[: cut.start()])
        if found:
            outcome = outcome_of(found["o"]) if found["o"].upper() != "MCU" else True
        return words, outcome
    words, outcome = split_outcome(text)
    if outcome is None and (
        m := regex.search(
            r"(?i),\s*(?:the\s+)?motion\s+(?:was\s+)?(?P<o>carried|passed|failed|lost|defeated)\b[^.]{0,60}\.?$|,\s*MCU\.?$",
            words,
        )
    ):
        words, outcome = words[: m.start()], (outcome_of(m["o"]) if m["o"] else True)
    return words, outcome


def outcome_of(word: str) -> bool:
    return not _LOST.match(word.strip())


def part_outcome(word: str) -> bool:
    """The outcome part's words: "unanimously carried" True; "failed", "tabled" False."""
    return outcome_of(regex.sub(r"(?i)^unanimously\s+", "", word.strip()))


def split_outcome(text: str) -> tuple[str, bool | None]:
    """("the minutes be approved", True) for "THAT the minutes be approved. CARRIED."."""
    if NO_SECOND.search(text):
        return "", False
    if m := OUTCOME_LINE.match(text.strip()):
        return "", outcome_of(m["o"])
    if m := OUTCOME_END.search(text):
        return text[: m.start()].strip().rstrip(";,").strip(), outcome_of(m["o"])
    return text.strip(), None


def clean(text: str) -> str:
    """The motion's words: no "That", no (Mover/Seconder), no "including:"."""
    text = BE_IT_RESOLVED.sub("", text.strip().strip("\"“”‘’'"))
    text = regex.sub(r"^(?:RESOLVED|Resolved)\s*[:–—-]\s*", "", text)  # the outcome's label (R64)
    text = _MOVERS_INITIALS.sub("", text)
    text = regex.sub(
        r"^(?:(?:AND|And)\s+(?:FURTHER\s+|further\s+)?)?(?:that|THAT|That|to|To|TO)\b\s*:?\s*",
        "",
        text,
    )
    text = _MOVERS_INITIALS.sub("", text)
    text = _TRAILING.sub("", text.strip(" |")).strip(" .;,|")
    return text


# "Approval was proposed by A and seconded by B", "X was confirmed as Treasurer, proposed by
# A and seconded by B": the sentence records the decision (resolutions.decision_span)
_PROPOSED_PASSIVE = regex.compile(
    r"(?i)^(?:its\s+|their\s+)?(?:approval|adoption|acceptance|election)\s+was\s+proposed\s+by\b"
    r"|^(?-i:(?:[A-Z][\w.'’-]*\s+){1,4})(?:was|were)\s+(?:duly\s+)?(?:confirmed|co-opted|re-elected|"
    r"elected|appointed)\s+as\s+[^.;]{2,80}?,\s+proposed\s+by\b"
)


# "Councillor A proposed the following motion:" (an Irish notice of motion): its words follow
_FOLLOWING_MOTION = regex.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,5}(?:proposed|moved|put\s+forward|submitted|tabled)\s+the\s+following\s+"
    r"(?:motion|resolution|amendment)\s*:?\s*$"
)


# "Meeting of X held on 10 February 2021: It was proposed by Cllr A that ..." (R55): a label
# before the motion told in the passive
_LABEL_BEFORE_PROPOSED = regex.compile(
    r"^[A-Z][^:.;]{2,90}:\s+(?=It\s+was\s+(?:proposed|moved|PROPOSED|MOVED)\s+by\b)"
)


# An AGM's elections, one office a line (R78): "Chairman - Malcolm Ross elected unopposed",
# "Captain: Jez re-elected by acclamation.", "Treasurer - Dan Fenn Proposed LM Seconded NB"
_OFFICE = (
    r"(?:[1-9](?:st|nd|rd|th)\s+(?:XI|XV)\s+)?(?:[A-Z][\w'’&.]*(?:\s*/\s*|\s+)){0,3}"
    r"(?i:chair(?:man|woman|person)?|president|vice[- ](?:chair(?:man)?|president|captain)|secretary|"
    r"treasurer|captain|officer|rep(?:resentative)?|organiser|organizer|coordinator|co-ordinator|"
    r"trustee|auditor|examiner|member|manager|steward|warden|clerk|editor|director|governor)s?"
)
# "Chairman - Malcolm Ross" under "The following were elected unopposed:" (R78)
OFFICE_HOLDER = regex.compile(
    rf"^{_OFFICE}\s*[-–—:]\s*(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*\.?$"
)
OFFICE_ELECTED = regex.compile(
    rf"^{_OFFICE}\s*[-–—:]\s*(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*,?\s+"
    r"(?:(?:was\s+)?(?:re-?)?elected\b[^.]{0,120}|(?i:proposed)\s+(?:by\s+)?[A-Z][\w.'’ -]{0,30}?,?\s+"
    r"(?i:seconded)\s+(?:by\s+)?[A-Z][\w.'’ -]{0,30})\.?$"
)
# "Election of Chairman: Cllr. R. Ashby was proposed by Cllr. Mrs. Vowles, seconded by Cllr.
# Pelham, and elected Chairman for 2019/20." (R79)
PROPOSED_SECONDED_ELECTED = regex.compile(
    r"^(?:[^:]{0,40}:\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}(?:was\s+|[-–—]\s+)proposed\s+by\s+[^,;]{2,60}?,?\s+"
    r"(?:and\s+)?seconded\s+by\s+[^,;]{2,60}?,?\s+and\s+(?:duly\s+|unanimously\s+)?(?:re-?)?"
    # "Christine Tam – proposed by Cllr A seconded by Cllr B and unanimously appointed." (R81)
    r"(?:elected|appointed|co-opted)\b"
)
# "Res. #24-142 Lang – That the minutes ... be adopted. Carried.", "GRAVEL VAN DYK – That the
# Public Works Supervisor obtain quotes ... CARRIED.": a Saskatchewan council's motion, its
# number or topic and its mover before a dash, its words and outcome after (R77)
_MOVER_DASH_THAT = regex.compile(
    # the resolution's number and the mover: "Res. #24-142 Lang – That"
    r"^(?:Res(?:olution)?\.?\s*(?:No\.?\s*)?#?\s*(?P<ref>\d[\w/-]*\d)\s+(?P<mover>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    # or the topic and the mover in capitals: "ACCTS. SAWCHUK – That", "GRAVEL VAN DYK – That"
    r"|(?P<caps>(?:[A-Z][A-Z.&'’/-]*\s+){0,3}[A-Z][A-Z'’-]+))"
    r"\s+[–—-]\s+(?P<text>(?:That|THAT)\s.+)$",
    re.S,
)
# (not a decision's own label in capitals: "RESOLVED – That ...", "AGREED BY ALL – That ...")
_NOT_A_MOVER = regex.compile(
    r"(?i)\b(?:resolved|resolution|agreed|decided|decision|recommend\w*|motion|noted|approved|"
    r"carried|action|proposed|proposal|amendment|moved|seconded|item|minute|minutes|all|council|"
    r"committee|board|note|notes|update)\b"
)


_MOVED_SECONDED_VOTED = regex.compile(
    r"^(?i:moved|proposed)\s+by\s+[^,;]{2,60},\s+(?i:seconded)\s+by\s+[^,;]{2,60}?,?\s+and\s+"
    r"(?:(?:was\s+)?unanimously\s+)?voted\s+(?P<text>(?:not\s+)?to\s+\S.*)$",
    re.S,
)
_IT_WAS_THEN = regex.compile(
    r"(?i)it\s+was\s+(?:then|also|subsequently|therefore|thereupon)\s+(?=(?:proposed|moved)\b)"
)


def opening(sentence: str) -> Opening | None:
    """A motion starting at the start of ``sentence`` (and perhaps running to its end)."""
    if ": It was " in sentence and (label := _LABEL_BEFORE_PROPOSED.match(sentence.strip())):
        return opening(sentence.strip()[label.end() :])
    s = sentence.strip().strip("|").strip()  # "Council resolution |" (a flattened table cell)
    if s[:7].lower() == "it was " and (then := _IT_WAS_THEN.match(s)):
        s = "It was " + s[then.end() :]  # "It was then proposed by A, seconded by B and ..." (R79)
    if _FOLLOWING_MOTION.match(s):
        return Opening(None, "", None, False, needs_outcome=True)  # the words come below
    if " voted " in s and (voted := _MOVED_SECONDED_VOTED.match(s)):
        # "MOVED by A, seconded by B, and unanimously voted to approve the minutes ..." (R80)
        words, outcome = split_outcome(voted["text"])
        return Opening(None, words, True if outcome is None else outcome, False)
    if ("elected" in s or "appointed" in s or "co-opted" in s) and PROPOSED_SECONDED_ELECTED.match(
        s
    ):
        return None  # the sentence records the election itself (resolutions.decision_span, R79)
    if ("econded" in s or "ECONDED" in s) and OFFICE_ELECTED.match(s):
        return Opening(
            None, s.rstrip("."), True, False
        )  # "Treasurer - A Proposed B Seconded C" (R78)
    if " That " in s[:60] or " THAT " in s[:60]:
        if (m := _MOVER_DASH_THAT.match(s)) and not _NOT_A_MOVER.search(m["mover"] or m["caps"]):
            words, outcome = split_outcome(m["text"])
            return Opening(m["ref"], words, outcome, bool(m["ref"]), needs_outcome=not m["ref"])
    if " seconded " in s[:120] and (m := _PROPOSED_AND_SECONDED_WHAT.match(s)):
        # "Proposal: Mr A proposed and Mrs B seconded Mr C as Chairman of the Parish Council.
        # The meeting unanimously agreed." (R75): what was seconded is the decision
        text = m["text"]
        agreed = _AND_MEETING_AGREED.search(text)
        words, outcome = split_outcome(text[: agreed.start()] if agreed else text)
        return Opening(None, words, True if agreed else outcome, False)
    if ", seconded by " in s[:80] and (m := _SECONDED_THEN_MOVED.match(s)):
        # "Member Olivera, seconded by Secretary Gratton, moved to approve the minutes of March
        # 21, 1994. Motion carried 3-0." (a US board, R75): seconded in the sentence
        words, outcome = _mover_words(m["text"])
        return Opening(None, words, outcome, False)
    if s[:5].lower() == "moved" and _MOVED_PAIR_IN_BRACKETS.fullmatch(s):
        return Opening(
            None, "", None, False
        )  # "Moved (Stolzenberg / Crawley)" over the words (R75)
    if (m := _MOVED_SECONDED_PAIR.match(s)) is not None:
        # "14/175 - Moved, seconded by Councillors Lightbody/MacIver that the Minutes ... be
        # adopted." (a British Columbia council, R75): the resolution number, then the words
        words, outcome = split_outcome(m["text"])
        return Opening(m["ref"], words, outcome, bool(m["ref"]), needs_outcome=not m["ref"])
    if regex.match(r"(?i)motion\s+to\s", s) and (composed := compose(s)) is not None:
        return composed  # "Motion to table was made by A and seconded by B"
    if (m := LABEL.match(s)) and (found := _labelled(s, m)) is not None:
        return found
    if (
        "/" in s
        and (m := _TOPIC_THEN_MOTION.match(s))
        and (label := LABEL.match(m["motion"]))
        and _MOVER_PAIR.fullmatch(label["rest"].strip())
    ):
        return Opening(None, "", None, False)  # "Roads: Motion-0807-21-Cllr A/Cllr B"
    if "/" in s[:40] and (pair := _CAPS_PAIR_THEN.match(s)):
        words, outcome = split_outcome(pair["text"])
        return Opening(None, words, outcome, False, needs_outcome=True)  # (R73)
    if "/" in s[:80] and (pair := _MOVER_PAIR_THEN.match(s)):
        # "Councillor Galbraith/Councillor Pritchett" over the motion's words, or with them on
        # the same line: "Cr A/Cr B That the minutes ... be confirmed." (New Zealand, R63)
        words = pair["text"] or ""
        return Opening(None, words, None, False, needs_outcome=True)
    if s.startswith("(") or regex.search(r"\((?i:moved|proposed)\b", s):
        return None  # "The minutes were approved (moved A, seconded B)": the decision is before
    if (composed := compose(s)) is not None:
        return composed
    if (m := MOVED_TO.match(s)) and not (MOVER.search(s) and _AFTER_SECONDER.search(s)):
        if m["label"] and _DECIDED_LABEL.match(m["label"]):
            # "The minutes were approved: moved to approve- Kelly, 2nd -Sandra.": the label is
            # the decision, the mover and seconder its record
            return Opening(None, m["label"], True, False)
        words, outcome = _mover_words(m["text"])
        if m["label"] and len(words.split()) <= 2:
            words = f"{words.rstrip('.')} {m['label']}"  # "B.4 Report: KM moves to adopt."
        # "A proposed that the minutes be accepted as a true record and B seconded.": seconded
        # in the same sentence, a decision unless an outcome below says otherwise, as compose()
        # reads a seconded motion (R66)
        seconded = bool(_SECONDED_IN.search(m["text"]))
        return Opening(None, words, outcome, False, needs_outcome=not seconded)
    if m := PROPOSED_LABEL.match(s):
        return Opening(None, m["text"].strip(), None, False, needs_outcome=True)
    if m := NOMINATED.match(s.rstrip(".")):
        return Opening(None, m["text"], None, False, needs_outcome=True)
    if m := MADE_A_MOTION.match(s):
        words, outcome = _mover_words(m["text"])
        if NO_SECOND.search(s):
            outcome = False
        if m["label"] and len(words.split()) <= 2:
            words = f"{words.rstrip('.')} {m['label']}"
        return Opening(None, words, outcome, False, needs_outcome=True)
    if (
        (m := _MOVED_TO_INSIDE.search(s))
        and m.start() > 0
        and not (MOVER.search(s) and _AFTER_SECONDER.search(s))
    ):
        # "Jo read the minutes from May Sue moved to approve, Al seconded-motion passed." (a
        # line run on from the one before): the mover starts mid-sentence
        words, outcome = _mover_words(m["text"])
        if (its := regex.match(r"for\s+(?:its|their)\s+(\w+)", words)) and (
            what := _ITS_ANTECEDENT.search(s[: m.start()])
        ):
            words = f"{its.group(1)} of {what['what']}{words[its.end() :]}"
        return Opening(None, words, outcome, False, needs_outcome=True)
    if m := MSC.match(s):
        words, outcome = split_outcome(m["text"])
        if m["c"] != "M/S":
            outcome = True if outcome is None else outcome
        return Opening(None, words, outcome, False, needs_outcome=True)
    if m := MOTION_MADE_TO.match(s):
        words, outcome = _mover_words(m["text"])
        return Opening(None, words, outcome, False, needs_outcome=True)
    if m := MOTION_BY.match(s):
        words, outcome = _mover_words(m["text"])
        return Opening(None, words, outcome, False, needs_outcome=True)
    if m := MOTION_TO_BY.match(s):
        words, _ = split_outcome(m["text"])
        found = _TAIL_OUTCOME.search(m["tail"])
        outcome = (
            (outcome_of(found["o"]) if found["o"].upper() != "MCU" else True) if found else None
        )
        return Opening(None, words, outcome, False, needs_outcome=True)
    if THIS_AGREED.match(s):
        return Opening(None, "", True, False)  # the request in the sentence before is granted
    if m := MOVED_BY_THAT.match(s):
        words, outcome = _mover_words(m["text"])
        return Opening(None, words, outcome, False, needs_outcome=True)
    if m := BE_IT_RESOLVED.match(s):
        words, outcome = split_outcome(s[m.end() :])
        return Opening(None, words, outcome, True)
    if m := MOVER_ALONE.match(s):
        return Opening(None, "", None, False)  # "Moved by: Councillor S. Martin" (seconder below)
    if _PROPOSED_PASSIVE.search(s):
        return None  # "Approval was proposed by A and seconded by B": decided in its sentence
    if mover := MOVER.search(s):
        if regex.search(
            r"\b(?:approved|adopted|accepted|agreed|carried|elected|ratified)\s*[-–—(,]\s*$",
            s[: mover.start()],
        ):
            return None  # "Accounts adopted – proposed A, seconded B": the decision comes first
        if mover.start() > 80 and not regex.search(
            # "... Jo Kemp Approval of minutes: Motion was made by ...": a label before the mover
            r"(?i)\bit\s+was\s+$|:\s+(?:a\s+)?$",
            s[max(0, mover.start() - 10) : mover.start()],
        ):
            return None
        after = _AFTER_SECONDER.search(s, mover.start())
        if not after and _ELECTED_AFTER.search(s, mover.end()):
            return None  # "X was duly proposed and seconded and ... was duly elected": a passive
        words = after["text"] if after else ""
        if not after and (body := _BODY_DECIDED_AFTER.search(s, mover.start())):
            # "Upon a motion by A, seconded by B, the board approved the reserve study."
            return Opening(None, f"{body['verb']} {body['text']}".strip(" ."), True, False)
        if not after and (noun := MOVED_NOUN.search(s, mover.start())):
            words = noun["text"]  # "moved approval of X, seconded by B": the motion is X's approval
        words, outcome = split_outcome(words)
        if after and after["kw"]:
            outcome = True  # "... seconded by B and agreed that ..."
        if not after and regex.search(r"(?i)\band\s+(?:resolved|agreed|carried)\s*:?\s*$", s):
            return Opening(
                None, "", None, True
            )  # "..., seconded by B, and resolved:" + words below
        if after and after["vote"]:
            outcome = _vote_carried(after["vote"])
        if outcome is None and not after:
            _, outcome = split_outcome(s)
        return Opening(None, words, outcome, bool(after and after["kw"]))
    return None


# "A. Lee/Deputy Mayor Diaz", "Councillor B. Ng / Councillor C. Roy": a mover and seconder
_MOVER_PAIR = regex.compile(
    r"(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Dr|Deputy|Mayor|Trustee|Director)\.?\s+)*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"\s*/\s*(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Dr|Deputy|Mayor|Trustee|Director)\.?\s+)*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\.?"
)


_MOVER_PAIR_THEN = regex.compile(
    r"^(?:(?:Cllr|Councillor|Cr|Mayor|Deputy\s+Mayor|Mr|Mrs|Ms|Dr)\.?\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"\s*/\s*(?:(?:Cllr|Councillor|Cr|Mayor|Deputy\s+Mayor|Mr|Mrs|Ms|Dr)\.?\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}?"
    r"(?:\s*$|\s+(?P<text>(?:That|THAT)\s.+)$)",
    re.S,
)
# "Proposal: Mr T. Voysey proposed and Mrs Clapp seconded Mr R. Penney as Chairman ...",
# "... proposed and Mr S. Voysey seconded agreement to this application" (R75); not "... seconded
# that ..." (read as R66 reads it)
_PROPOSED_AND_SECONDED_WHAT = regex.compile(
    r"^(?:(?:Proposal|Motion)\s*:\s*)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z]\.\s*){0,2}[A-Z][\w'’-]+"
    r"\s+proposed\s+and\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?(?:[A-Z]\.\s*){0,2}[A-Z][\w'’-]+\s+"
    r"seconded\s+(?P<text>(?!(?i:that|the\s+motion|this|it)\b)(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+"
    r"(?:[A-Z]\.\s*){0,2}[A-Z][\w'’-]+\s+as\s+\S.*|(?:agreement|approval|acceptance|adoption|support)\s+(?:to|of|for)\s+\S.*))$",
    re.S,
)
_AND_MEETING_AGREED = regex.compile(
    r",?\s+and\s+(?:the\s+meeting|members|councillors|the\s+council|all)\s+(?:unanimously\s+)?agreed\.?$"
)
# "Member A, seconded by Secretary B, moved to approve ..." (R75): the seconder in apposition
_SECONDED_THEN_MOVED = regex.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w'’-]+,\s+seconded\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w'’-]+,\s+"
    r"moved\s+(?P<text>(?:to|that)\s+\S.*)$",
    re.S,
)
# "Moved (Stolzenberg / Crawley)": a New Zealand council's mover and seconder in brackets (R75)
_MOVED_PAIR_IN_BRACKETS = regex.compile(
    r"(?i:moved|proposed)\s*\(\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*\)\s*:?"
)
# "14/175 - Moved, seconded by Councillors Lightbody/MacIver that ..." (R75)
_MOVED_SECONDED_PAIR = regex.compile(
    r"^(?:(?P<ref>\d{1,4}/\d{1,4})\s*)?[-–—]?\s*(?i:moved),?\s+(?i:and\s+)?(?i:seconded)\s+(?i:by)\s+"
    r"(?:Councillors?|Cllrs?\.?|Crs?\.?|Directors?|Trustees?|Commissioners?)\s+[A-Z][\w'’-]*\s*/\s*[A-Z][\w'’-]*"
    r"\s*,?\s+(?i:that)\s+(?P<text>\S.*)$",
    re.S,
)
# "NOBLE/LIEVENS: That Council approve ...": a university council's mover and seconder, their
# surnames in capitals before a colon (R73)
_CAPS_PAIR_THEN = regex.compile(
    r"^[A-Z][A-Z'’-]{1,30}\s*/\s*[A-Z][A-Z'’-]{1,30}\s*:\s*(?P<text>(?:That|THAT|To|TO)\s.+)$", re.S
)
_TOPIC_THEN_MOTION = regex.compile(r"[A-Z][\w ]{1,40}:\s+(?P<motion>(?:Motion|MOTION)\b.*)$")


def _labelled(s: str, m: re.Match) -> Opening | None:
    """ "Resolution number X", "Motion: (A/B) THAT ...", "RESOLUTION NO. 13-329 approving ..."."""
    rest = m["rest"].strip()
    if regex.match(r"^(?:s\b|of\b|on\b|from\b|was\b|were\b|is\b|had\b|has\b)", rest):
        return None  # "Resolution of the dispute ...", "Motion was ..." in prose
    if CONSENT_VERB.match(rest) and m["ref"]:
        return Opening(m["ref"], f"{s.split(rest, 1)[0].strip()} {rest}".strip(), True, True, True)
    if (
        not m["ref"]
        and regex.fullmatch(
            r"(?:(?:Cllr|Cr|Mr|Mrs|Ms|Dr|Trustee|Director)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\.?",
            rest,
        )
        # "Motion | Moved | Seconded | Outcome": a table's header, not a mover
        and not regex.search(r"(?i)\b(?:moved|seconded|second|outcome|result|vote|carried)\b", rest)
    ):
        return Opening(None, "", None, False)  # "Motion: Ann Lee. Second: Bo Diaz. To adopt X."
    if "/" in rest and _MOVER_PAIR.fullmatch(rest):
        # "Motion-0412-19-Councillor A. Lee/Deputy Mayor Diaz": the mover and seconder, the
        # words ("Resolve that ...") on the next line
        return Opening(None, "", None, False)
    if regex.match(r"(?i)motion\s*:", s) and not m["ref"]:
        rest = regex.sub(r"^[-–—]\s*(?=(?i:that)\b)", "", rest)  # "MOTION: -That ..."
        if not regex.match(r"(?i)(?:\(|that\b|to\b|be\s+it\b)", rest) and (
            found := _imperative_motion(rest)
        ):
            return found
    if not m["ref"] and rest and not regex.match(r"^(?:\(|that\b|to\b|be\s+it\b)", rest, re.I):
        return None  # "Motion to adjourn" is still a motion; "Resolution tracker" is not
    words, outcome = split_outcome(rest)
    if by := _BY_SECONDED.search(words):
        # "Motion to approve by Warden, seconded Hastings, approved unanimously."
        words = words[: by.start()]
        outcome = outcome if outcome is not None else (True if by["o"] else None)
    if (mover := MOVER.search(words)) and (after := _AFTER_SECONDER.search(words, mover.start())):
        words = after["text"]
    elif mover:
        words = ""
    if (
        not m["ref"]
        and outcome is None
        and not mover
        and regex.match(r"to\s", rest)
        and not regex.search(r"(?i)\bsecond", rest)
    ):
        # "Motion to discuss request, amendment." with no seconder and no outcome: a motion
        # made, not a decision, unless an outcome follows
        return Opening(None, words, None, False, needs_outcome=True)
    ref = regex.sub(r"\s+(?=[-–])|(?<=[-–])\s+", "", m["ref"]) if m["ref"] else None
    return Opening(ref, words, outcome, True)


# "Moved VE7ABC Seconded VE7XYZ. Carried.", "M: JB, S: KL, Carried": mover, seconder, outcome
# after a labelled motion's words (call signs or initials as names), on its line or the next
MOVED_SECONDED_OUTCOME = regex.compile(
    r"(?:^|(?<=[\s.,;]))(?:moved(?:\s+by)?\s*:?|m\s*:)\s*(?P<m>[^\s.,;]+(?:\s+[^\s.,;]+){0,2}?)[\s.,;]+"
    r"(?:seconded(?:\s+by)?\s*:?|second(?:ed)?\s*:|2nd\s*:?|s\s*:)\s*[^\s.,;]+(?:\s+[^\s.,;]+){0,2}?[\s.,;]*"
    r"(?:and\s+)?(?P<o>carried|passed|lost|defeated|failed|withdrawn)?\b[^.]{0,40}?\.?$",
    re.I,
)


def _imperative_motion(rest: str) -> Opening | None:
    """ "MOTION: Adopt the minutes as circulated. Moved A Seconded B Carried." -- the words in
    the imperative, the mover, seconder and outcome after them (or on the next line)."""
    if not regex.match(
        r"[A-Z][a-z]+\s+(?!(?:moved|moves|motioned|made|proposed|seconded)\b)[a-z]+", rest
    ) or _LOST.match(rest):
        return None
    words, outcome = rest, None
    if (tail := MOVED_SECONDED_OUTCOME.search(rest)) and tail.start() > 0:
        words = rest[: tail.start()]
        outcome = outcome_of(tail["o"]) if tail["o"] else None
    words = words.strip(" .,;")
    if not words:
        return None
    return Opening(None, words, outcome, False, needs_outcome=outcome is None)


# " by A, seconded B, approved unanimously" after a motion's words: who moved it, and the outcome
_BY_SECONDED = regex.compile(
    r"(?:\s+(?:was|were)\s+(?:duly\s+)?(?:moved|made|proposed))?\s+by\s+(?:[A-Z][\w.'’-]*\s*){1,4},?\s*(?:and\s+)?seconded\b[^,.;]{0,60}"
    r"(?:[,;]\s*(?P<o>(?:unanimously\s+)?(?:approved|carried|passed|agreed)\b).*)?\.?$"
)


# "A motion was made by A, seconded by B and carried with the following vote:"
CARRIED_WITH_VOTE = regex.compile(
    r"\b(?:carried|passed|approved)\s+(?:with|by)\s+the\s+following\s+(?:roll\s+call\s+)?vote\b",
    re.I,
)
# "Absent: None to approve the agenda." -- the last line of a roll call, then the motion's words
VOTES_THEN_WORDS = regex.compile(
    r"^(?i:ayes?|nays?|noes|yeas?|abstain\w*|abstentions?|absent)\s*:\s*[^.]{0,120}?\s"
    r"(?P<words>to\s+[a-z]+\b.*)$"
)
_BODY_DECIDED_AFTER = regex.compile(
    r"\b(?:seconded|second)\s+by\s+[^,]{2,60},\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?i:board|council|committee|commission|trustees|members|directors|authority|vestry|senate|"
    r"association|group|meeting)\s+(?:unanimously\s+)?"
    r"(?P<verb>approved|adopted|accepted|authori[sz]ed|ratified|endorsed|agreed\s+to|resolved\s+to)\s+"
    r"(?P<text>.+)$",
    re.S,
)
_ELECTED_AFTER = regex.compile(
    r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:elected|co-opted|re-elected|appointed)\b"
)


def _vote_carried(vote: str) -> bool:
    numbers = [int(n) for n in regex.findall(r"\d+", vote)]
    return len(numbers) < 2 or numbers[0] > numbers[1]


# --- One motion recogniser composed of parts -------------------------------------------------
# A motion is a clause with a mover, an optional seconder anywhere, the decision's words and an
# optional outcome, in any order: "A motion was made by X to approve Y, seconded by Z.",
# "X made a motion Y; Z made the second and motion passed", "Motion to table was made by Com. X
# and seconded by Com. Y", "X MOVED APPROVAL of Y. Z seconded.", "X moved, Z seconded the motion
# to Y.", "On motion of X, with a second by Z, to Y". Each part is one pattern; compose() finds
# the mover at the start of the clause, cuts the seconder and the outcome out wherever they are,
# and what is left is the decision's words.
_TITLE = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Com|Comm|Commissioner|Cllr|Councillor|Cr|Director|Lion|Trustee|"
    r"Bro|Sis|Rev|Prof|Alderman|Supervisor|Member|Chair|Chairman|Vice[- ]Chair)\s*\.?\s+)"
)
_PERSON = (
    # initials without full stops after a title: "Councillor D Vanderveen" (R59), "Councillor
    # Mrs P M O'Neill" (R64)
    rf"(?:(?:(?:{_TITLE}){{1,2}}(?:[A-Z]\s){{0,2}}(?=[A-Z][a-z'’]|[A-Z]\s?\.))?(?:[A-Z]\s?\.\s*){{0,2}}[A-Z][\w'’-]+(?:\s+(?!(?i:moved|made|seconded|"
    rf"motioned|moves|and|to|that)\b)[A-Z][\w'’-]+){{0,2}}|[A-Z]{{2,4}})"
)
_CLAUSE_PREFIX = r"^[^\w(]{0,6}(?:(?P<head>[A-Z][\w ]{1,50}?)\s+(?=(?i:moved\s+by)\b)|\d{1,2}\s*[.)]\s*|(?P<label>[A-Z][\w .,&'’/-]{1,50}?)\s*(?::|\s[–—-])\s+)?"
_MOVER_PART = regex.compile(
    _CLAUSE_PREFIX + r"(?:"
    # "A motion was made by X", "Motion made by X", "Motion to table was made by X"
    rf"(?:(?i:a|the)\s+)?(?i:motion)\s+(?:(?P<pre>to\s+[^,]{{1,60}}?)\s+)?(?:was\s+)?"
    rf"(?i:made|moved|offered|put)\s+by\s+(?P<m1>{_PERSON})"
    # "On motion of X", "Upon a motion by X"
    rf"|(?i:(?:up)?on\s+(?:a\s+)?motion\s+(?:of|by|from))\s+(?P<m2>{_PERSON})"
    # "Moved by X", "Proposed by X"
    rf"|(?i:it\s+was\s+)?(?i:moved|proposed)\s+(?i:by)\s*[-:–]?\s*(?P<m3>{_PERSON})"
    # "Moved (Haverkamp), seconded (Olander) that ..." (the names in brackets, R60)
    # (or "Proposed (EG) & Seconded (CB) that ...", R71)
    r"|(?i:moved|proposed)\s*\((?P<m5>[A-Z][\w.'’ -]{1,40})\)\s*(?:,|&|(?i:and))?\s*(?=(?i:seconded|second)\s*\()"
    # "X made a motion", "X made the motion stating", "X moved", "X MOVED", "X motioned"
    rf"|(?P<m4>{_PERSON})\s+(?:(?i:made|makes|offered|put)\s+(?:a|the)\s+(?i:motion)(?:\s+stating)?"
    r"|(?:moved|MOVED|Moved|moves|motioned)(?=\s*[,;]|\s+(?:and|&)\s|\s+(?i:to|that)\b|\s+(?:we|they|he|she|it)\s"
    r"|\s+(?i:for\s+)?(?i:approval|denial|adoption|acceptance|rejection)\s+(?i:of|for)\b|\s*\.?$))"
    r")\b\s*",
)
_SECONDER_PART = regex.compile(
    r"(?:\s*[,;.]\s*|\s+|^)(?:(?:and|while|with|&)\s+)?(?:"
    rf"(?:(?i:this|it|the\s+motion|this\s+motion)\s+was\s+)?(?i:duly\s+)?(?i:seconded|second(?:ed)?|2nd)\s+(?i:by)\s*[-:–]?\s*{_PERSON}"
    rf"|(?i:a\s+second\s+(?:by|from))\s+{_PERSON}"  # ("with a second from A", R92)
    r"|(?i:seconded|second)\s*\([A-Z][\w.'’ -]{1,40}\)\s*(?=\w)"
    # "MOVED by Cr A, seconded Cr B:" (no "by" before a titled seconder)
    rf"|(?i:seconded)\s+(?=(?:Cr|Cllr|Councillor|Mayor|Deputy|Mr|Mrs|Ms|Dr|Commissioner|Trustee|Alderman|Director)\.?\s){_PERSON}"
    rf"|{_PERSON}\s+(?:seconded|seconds|SECONDED)(?:\s+(?:the|a)\s+motion)?"
    rf"|{_PERSON}\s+made\s+the\s+second"
    r"|(?i:the\s+motion\s+was\s+(?:duly\s+)?seconded)"
    r")\b,?"
)
_OUTCOME_PART = regex.compile(
    r"(?:(?:\s*[,;.–—-])+\s*(?:and\s+)?|\s+and\s+)(?i:the\s+)?(?i:motion\s+)?(?:was\s+)?"
    # ("This was seconded by B and agreed by all present", R55)
    r"(?P<o>(?i:unanimously\s+)?(?i:carried|passed|approved|adopted|agreed|failed|defeated|lost|withdrawn|tabled)"
    r"|(?i:unanimous(?:ly)?(?:\s+vote)?(?:\s+in\s+favou?r)?|all\s+in\s+favou?r)|MCU)\b[^.]{0,60}\.?\s*$"
)
_DECISION_START = regex.compile(
    r"^(?:(?:a|the)\s+motion\s+(?:stating\s+)?)?(?i:(?:proposed\s+)?resolution\s*(?:#|no\.?)?\s*[\w-]*\s*[:.]?\s*)?"
    r"(?:(?i:to|that)\b\s*:?\s*)?"
)


_AND_RESOLVED_THAT = regex.compile(
    r"(?i)^(?:and\s+)?(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed)\s+(?:unanimously\s+)?"
    # "... and RESOLVED (five in favour, one against) that ..." (R79): the tally in brackets
    r"(?:\([^()]{0,60}?\b(?:favour|favor|against|abstain\w*|unanimous\w*|nem\.?\s*con\.?|majority)\b[^()]{0,40}\)\s*)?"
    r"(?:that\s+)?(?=\S)"
)


def compose(sentence: str) -> Opening | None:
    """A motion read by its parts (mover, seconder, decision words, outcome), in any order.

    Policy: a carried or unanimous outcome makes it a decision; a failed, withdrawn or tabled one
    does not; with no outcome recorded, a seconded motion is a decision (minutes that record
    the seconder and nothing after it record a motion that went through), an unseconded one
    only if an outcome follows on a later line."""
    s = sentence.strip()
    mover = _MOVER_PART.match(s)
    if mover is None or CARRIED_WITH_VOTE.search(s) or _BODY_DECIDED_AFTER.search(s):
        # "... and carried with the following vote:", "..., the board approved X": read elsewhere
        return None
    rest = s[mover.end() :]
    pre = mover["pre"] or ""
    seconded = False
    while cut := _SECONDER_PART.search(rest):
        rest = f"{rest[: cut.start()]}, {rest[cut.end() :]}"
        seconded = True
    outcome: bool | None = None
    if found := _OUTCOME_PART.search(" " + rest):
        rest = (" " + rest)[: found.start()]
        word = found["o"].lower()
        outcome = part_outcome(word)
    words = _DECISION_START.sub("", rest.strip(" ,;:")).strip(" ,;.:")
    if decided := _AND_RESOLVED_THAT.match(words):
        # "It was proposed by A, seconded by B and RESOLVED that X be approved": decided
        words, outcome = words[decided.end() :], True if outcome is None else outcome
    if pre:
        words = f"{pre} {words}".strip() if words else pre
    if regex.fullmatch(r"(?i)(?:and|&)\s*[:;,]?\s*[-–—]*", words):
        # "PROPOSED by Cllr A Seconded by Cllr B, and" / "RESOLVED: that ..." (R64), also
        # "..., seconded by Cllr B and:-" (R72)
        words = ""
    if not words:
        return None  # "MOVED by A, seconded by B:" -- the words follow: the block reader's
    if regex.match(r"(?i)(?:to\s+)?adjourn\b", words):
        return None
    if mover["label"] and len(words.split()) <= 2 and not pre:
        words = f"{words} {mover['label'].strip()}"  # "Audit report: Jo moves to accept."
    return Opening(None, words, outcome, False, needs_outcome=not seconded)


def starts_motion(line: str) -> bool:
    """Does ``line`` open with a motion's mover ("A motion was made by A", "Bo made a motion",
    "NOBLE/LIEVENS: That ...")?"""
    if "/" in line[:40] and _CAPS_PAIR_THEN.match(line.strip()):
        return True
    return bool(_MOVER_PART.match(line)) and not line[:1].islower()
