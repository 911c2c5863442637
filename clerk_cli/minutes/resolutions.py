"""Find resolutions: "RESOLVED that ...", numbered limbs, "The Committee APPROVED ...",
"proposed ..., seconded ... and RESOLVED", "MOVED ..., SECONDED ... Carried"."""

from __future__ import annotations

import re

from . import regex
from .motions import CONSENSUS, OFFICE_ELECTED, PROPOSED_SECONDED_ELECTED
from .patterns import ACTION_VERBS, ASIDE, NP, find_due_phrase

_BODIES = r"(?:Committee|Sub-Committee|Board|Council|Cabinet|Panel|Trustees|Governors|Governing Body|Group|Forum|Assembly|Executive|Meeting)"

# "RESOLVED", "Resolved –", "It was resolved that", "and RESOLVED"; not "had resolved", "as resolved".
_RESOLVED = regex.compile(r"\bresolved\b", re.I)
_NOT_NEW = regex.compile(
    r"\b(?:had|have|has|as|been|previously|was not|not|were|is|be)\s+(?:\w+\s+)?$", re.I
)
_INTRO_OK = regex.compile(
    r"(?:^|\bit was\s+|\band\s+|\bwas\s+|\bunanimously\s+|\bfurther\s+|[.:;]\s+)$", re.I
)
_FORMAL_VERB = regex.compile(
    rf"\b(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){{0,4}}{_BODIES}\s+(?:then\s+|unanimously\s+|formally\s+)?"
    r"(?P<verb>APPROVED|AGREED|ENDORSED|NOTED|DECIDED|RECOMMENDED|ADOPTED|RATIFIED|RESOLVED)\b"
)
# "Council agreed that ...", "The Board decided to ..." opening a sentence: a decision
# of the meeting in lower case (university courts, boards that do not write RESOLVED).
_BODY_AGREED = regex.compile(
    rf"^(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?i:{_BODIES})\s+(?:unanimously\s+|formally\s+)?"
    r"(?P<verb>agreed|decided|approved|resolved)\s+(?:that|to)\b"
)
# Any decision of the meeting, whatever the house style: a sentence whose subject is the body
# (or its members) and whose verb is a decision verb: "the Board approved ...", "By unanimous
# voice vote, the Board approved ...", "Court agreed that ...", "Governors agreed to ...".
_DECIDERS = (
    r"(?:Committee|Sub-Committee|Board|Council|Cabinet|Panel|Trustees|Governors|Governing Body|"
    r"Group|Forum|Assembly|Executive|Meeting|Court|Senate|Directors|Members|Councillors|"
    r"Association|Society|Foundation|Commission|Authority|Partnership|Steering Group|"
    r"Working Group|Team|Trust|Vestry|Synod|Chapter|PCC)"  # (a church council, R93)
)
_DECISION_VERBS = (
    r"approved|agreed|decided|ratified|adopted|endorsed|accepted|authori[sz]ed|confirmed|"
    r"awarded|appointed|elected|deferred|rejected|declined|voted|resolved|determined|granted|tabled|directed|instructed"
    # "The Board fully supported the proposal from X", "The board unanimously passed a vote of
    # thanks to ..." (R51): support for a proposal, a motion or vote passed
    r"|supported(?=\s+(?:the|this|these|a|an)\s+(?:[\w-]+\s+){0,2}(?:proposals?|recommendations?|motion|application|"
    r"request|bid|nomination)\b)"
    r"|passed(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:motion|resolution|vote|budget|by-?law|amendment|proposal)\b)"
)
_BODY_DECIDES = regex.compile(
    # (or after a paper's reference closing a heading the sentence is glued to, R56: "426 Revised
    # Scheme of Delegation (Doc No C/07/59)* Council approved the revised Scheme ...")
    rf"(?:^|[,;:]\s+(?:and\s+)?|\bthen\s+|\band\s+(?=[Tt]he\s)|(?<=\d\)\s)|(?<=\d\)\*\s)"
    # "After discussion the Council resolved to ...", "Following debate the Board agreed ..." (R79)
    rf"|(?:^|(?<=\.\s))(?i:after|following)\s+(?:\w+\s+){{0,2}}?(?i:discussion|debate|consideration|deliberation)s?,?\s+)"
    rf"(?:(?:(?:[Tt]he\s+|[Tt]his\s+)(?:[a-z]{{4,}}\s+)?)?(?:[A-Z][\w'’&-]*\s+){{0,4}}"
    rf"(?i:{_DECIDERS})|[Tt]he\s+[A-Z]{{2,5}}|(?:We|All|Everyone|Everybody|All\s+present|Those\s+present)(?=\s+(?:however\s+|finally\s+|then\s+|also\s+)?(?:unanimously\s+)?(?:agreed|decided|voted)\s+(?:not\s+to|to|that)\b))"
    rf"\s+(?:then\s+|unanimously\s+|formally\s+|duly\s+|also\s+|further\s+|fully\s+|however\s+|finally\s+|"
    rf"therefore\s+|(?:discussed|considered|debated|reviewed|received)\s+(?:and|the\s+matter\s+and)\s+)?"
    # ("Councillors then voted:-" over a tally names no decision, R71)
    # ("The board voted on the two proposals" says how, not what, R75)
    rf"(?P<verb>(?i:{_DECISION_VERBS}))\b(?!\s+with\b|\s+on\s+the\s+need|(?<=(?i:voted))\s*:|(?<=(?i:voted))\s+on\b)"
)
# The body does one thing and then decides, in one sentence (R46): "Council noted the report of
# X, and approved the amendments ...", "The committee discussed the deadline and agreed to
# approve it as stated", "Meeting put the list in order, and agreed to carry over ..."
_BODY_THEN_DECIDES = regex.compile(
    rf"^(?:[A-Z][\w ]{{2,30}},\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){{0,4}}(?i:{_DECIDERS})\s+"
    r"(?:[a-z]+ed|put|heard|read)\s+[^.;:]{2,200}?,?\s+and\s+(?:then\s+|unanimously\s+|also\s+|formally\s+)?"
    r"(?P<verb>agreed|approved|decided|resolved|adopted|endorsed|ratified|accepted|authori[sz]ed|appointed|"
    r"elected|APPROVED|AGREED|DECIDED|RESOLVED|ENDORSED|ADOPTED)\s+(?:not\s+)?(?:to|that|the|a|an)\b"
)
# "It was decided to ...", "It was agreed to defer ...", "It was unanimously agreed that ..."
_IT_WAS_DECIDED = regex.compile(
    r"\b(?:[Ii]t was (?:unanimously |also |further |then |therefore )?(?P<verb>decided|agreed|determined|DECIDED|AGREED|DETERMINED)"
    r"|^(?:[Tt]he|[Aa]) (?:unanimous )?decision (?:was|has been) (?P<made>made|taken|reached))"
    # (or the clause with no "that", R71: "It was decided the standing orders should stay")
    r"(?:\s+unanimously)?\s+(?:that|to|(?=(?:the|we|they|this|these|it|there|all|members|councillors)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:should|would|will|be|were|was|is|are|could|must)\b))\b"
)


def informal_decision(sentence: str) -> bool:
    """ "It was agreed that the Clerk would write ...", "It was agreed to invite X": the meeting's
    decision in narrative that gives someone a task (before R84, read as the task only)."""
    m = _IT_WAS_DECIDED.search(sentence)
    if not m:
        return False
    rest = sentence[m.end("verb") if m["verb"] else m.end("made") :]
    return bool(_PERSON_WOULD.match(rest) or regex.match(rf"\s+to\s+(?:{_OUTWARD})\b", rest))


# "... Secretary – Jo Bell. All elected unopposed." (glued in flattened copies: "BellAll elected")
# A parish council's payments in the passive (R79): "The schedule of payments for January 2008
# totalling £7,318.40 was approved.", "The accounts listed on the schedule, totalling £2,114.35,
# were approved for payment."
_PAYMENTS_PASSIVE = regex.compile(
    r"(?i)^(?:[a-z]\)\s*)?the\s+(?:[\w-]+\s+){0,3}(?:payments?|accounts?|invoices?|cheques?|bills)\b"
    r"(?:[^.]|\.(?=\d)){0,120}?\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:approved|agreed|authori[sz]ed|ratified)\b"
)
# Informal decisions with no keyword of their own (R78): "There was (a clear) consensus (of those
# present) that ...", "Agreed fees remain the same ...", "Agreed no more Friday games ..."
_INFORMAL_DECISION = regex.compile(
    r"^There\s+was\s+(?:an?\s+)?(?:(?:fairly\s+|very\s+)?(?:clear|general|broad|strong|unanimous)\s+)?"
    r"consensus\s+(?:(?:of|among|amongst)\s+(?:those\s+present|members|the\s+\w+)\s+)?(?:that|to|on)\b"
    # "Agreed Hector to contact ..." is a task: a name, then "to" or "will" and a verb but "be"
    r"|^Agreed\s+(?!(?:to|that|with|by|in|on|at|upon|and|unanimously|as|the\s+minutes?)\b|[,;:.])"
    r"(?![A-Z][\w'’-]*(?:\s+and\s+[A-Z][\w'’-]*)?\s+(?:to|will|would|should)\s+(?!be\b))(?=[\w£$])"
)
# "The Committee recommended that the Board renew ...", "recommended approval to the Board of
# a grant": a committee's decision is its recommendation to the body above it (R78)
_BODY_RECOMMENDED = regex.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}(?i:committee|panel|sub-committee|group|board)\s+"
    r"(?:unanimously\s+)?recommended\s+(?:that\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}(?i:board|council|cabinet|trustees|committee|executive)\b"
    r"|(?:the\s+)?approval\b)"
)
# "Request to archive nodejs/node-inspect: no objections." (R78): the matter, then its answer
_MATTER_NO_OBJECTION = regex.compile(
    r"^(?:Request|Proposal|Motion|Application)\s+(?:to|for|that)\b[^:]{3,120}:\s*no\s+objections?\b[^.]{0,40}\.?$"
)
_ALL_ELECTED = regex.compile(
    r"(?:^|(?<=[a-z.;:?])\s*)All\s+(?:were\s+)?(?:duly\s+)?(?:elected|appointed)\b(?:\s+and\s+appointed)?"
    r"(?=\W*(?:unopposed|unanimously|by\s+acclamation|nem\b|$))"
)
# "Accounts adopted – proposed Ann, seconded Bo, all in favour", "Annual report accepted.": a
# short subject and a decision verb, nothing else but who moved it or the outcome
# A Scottish council's decision: the verb in capitals with no subject, under a DECISION heading:
# "APPROVED the Minute.", "AGREED the proposed amendments ...", "NOTED the report.",
# "AGREED:" / "(a) the draft timeline; and" / "(b) that the Clerk report ..." (R62)
_CAPS_DECISION = regex.compile(
    r"^(?:(?:APPROVED|AGREED|DECIDED|ENDORSED|NOTED|RECOMMENDED|CONFIRMED|RATIFIED)\s+"
    r"(?:unanimously\s+)?(?:the|that|to|a|an|its|their|this|these)\b"
    # a decision log's verbs (R70): "DELEGATED to the CFO ...", "SUPPORTED the preferred option",
    # "APPROVED changes to the process" (any object in lower case, not a noun in capitals)
    r"|(?:APPROVED|AGREED|ENDORSED|RATIFIED|DELEGATED|SUPPORTED|AUTHORI[SZ]ED|ADOPTED|ACCEPTED)\s+"
    r"(?:unanimously\s+)?(?:[a-z][a-z-]+)\b(?<!\bwith)(?<!\bby)(?<!\bin)(?<!\bon)"
    r"|(?:AGREED|DECIDED|Agreed|Decided)\s*:\s*[-–—]?$)"
)
_NOUN_DECIDED = regex.compile(
    r"^(?!(?i:apolog|(?:the\s+)?minutes\b))(?:The\s+)?[A-Z][\w'’/-]*(?:\s+(?!(?i:was|were|is|are|has|have|had|been|not)\b)[\w'’/-]+){0,5}"
    r"\s+(?:approved|adopted|accepted|ratified)"
    r"(?:\s+(?:unanimously|as\s+(?:presented|circulated|amended|read|written|corrected)|nem\.?\s*con\.?))?"
    r"\s*(?:[-–—,(]\s*(?:(?:proposed|moved|seconded|all|carried|unanimous)\b.*)?)?\.?$"
)
# "Request for a grant of $500: approved by the board.", "Booking request approved by all
# members." -- a note whose subject is a request or proposal and whose agent is the body
_REQUEST_APPROVED = regex.compile(
    r"^(?!(?i:apolog))(?=[^.;:]{0,100}?\b(?i:requests?|proposals?|applications?|bids?)\b)"
    r"(?P<what>(?:The\s+|A\s+)?[A-Z][^;]{0,200}?)"
    r"\s*[:–—-]?\s+(?:unanimously\s+)?(?i:approved|agreed|accepted|granted)\s+by\s+"
    r"(?:the\s+)?(?i:board|committee|council|trustees|members|meeting|all(?:\s+(?:parties|members|present))?)\.?$"
)
_LABEL_AGREED = regex.compile(
    r"(?i)^[a-z][^:.]{2,60}:\s*(?:received\s+and\s+|read\s+and\s+|noted\s+and\s+)?(?:agreed|approved|accepted|adopted)"
    r"(?:\s+(?:by\s+all|unanimously|as\s+(?:an?\s+)?(?:true|correct|accurate)\s+record|as\s+(?:read|presented|circulated)))?\.?$"
)
# "Subscriptions to remain at £20 – agreed."
_DASH_AGREED = regex.compile(
    r"\S\s*[-–—]\s*(?:agreed|approved|carried|accepted)(?:\s+(?:unanimously|by\s+all|nem\.?\s*con\.?))?"
    r"(?:\s+as\s+(?:an?\s+)?(?:true|correct|accurate)(?:\s+and\s+(?:true|correct|accurate))?\s+record)?\.?$",
    re.I,
)
# "Agreed to keep rents at £38", "Decided that the hall be booked"
_AGREED_START = regex.compile(
    r"^(?:Agreed|AGREED|Decided|DECIDED)\s+(?:unanimously\s+)?(?:to|that)\b"
    # club and board notes with no subject: "Approved a grant of $300 to ...", "Voted unanimously
    # not to enter the parade", "Authorized the purchase of ...", "Denied the request for ..."
    r"|^(?:Unanimously\s+(?=[a-z])|(?=[A-Z][a-z]))(?i:approved|authori[sz]ed|adopted|ratified|endorsed|accepted|"
    r"awarded|denied|rejected|declined|tabled)"
    r"\s+(?:unanimously\s+)?(?:(?:a|an|the)\s|\$|£|€|\d(?!\d*\s*(?:[-–—]|to)\s*\d))"
    r"|^(?:Unanimously\s+(?=[a-z])|(?=[A-Z][a-z]))(?i:voted|agreed|decided)\s+(?:unanimously\s+|(?:by\s+)?\d+\s*(?:[-–—]|to)\s*\d+\s+)?(?:not\s+)?to\b"
    # "Were agreed as a true record and signed": the subject is the minute's heading
    r"|^(?:Were|Was|WERE|WAS)\s+(?:unanimously\s+)?(?:agreed|approved|adopted|accepted|confirmed)\b"
    # "- approved minutes of August 2 telechat": a note of the minutes approved (R54)
    # (in lower case: "Confirmed minutes of a meeting of ..." is a title)
    r"|^(?:approved|adopted|accepted)\s+(?:the\s+)?minutes\s+(?:of|from)\s"
)
# "The minutes of ... were approved as submitted", "By general consent, the report was accepted",
# "The work programme was agreed."
_PASSIVE_DECISION = regex.compile(
    r"(?:^|,\s+|(?<=[A-Z]{3}):\s+)(?P<what>(?:[Tt]he\s+|[Aa]ll\s+|[Bb]oth\s+)?[^,;:]{2,140}?)"
    r"(?:,\s+as\s+(?:amended|corrected|presented|circulated|revised),)?\s+(?:was|were)\s+"
    r"(?:unanimously\s+|duly\s+|formally\s+|then\s+|also\s+|subsequently\s+)?"
    r"(?:(?:nominated|proposed)(?:\s+and\s+seconded)?,?\s+and\s+(?:was\s+)?(?:unanimously\s+|duly\s+)?"
    r"(?=elected|re-elected|appointed|co-opted))?"
    # "were received and adopted", "was declared elected"
    r"(?:(?:received|considered|read|presented)\s+and\s+(?=adopted|accepted|approved)|declared\s+(?=elected)"
    # "was tabled by the Convenor and adopted by Council" (R45)
    r"|(?:tabled|presented|submitted|introduced|proposed|brought)\s+by\s+[^,;.]{2,60}?\s+and\s+"
    r"(?=adopted|accepted|approved|agreed|endorsed|ratified))?"
    r"(?P<seconded>seconded,?\s+and\s+(?:was\s+)?"
    r"(?:unanimously\s+|duly\s+)?)?(?P<verb>approved|agreed|adopted|accepted|"
    r"ratified|confirmed|endorsed|carried|elected|co-opted|re-elected|appointed|"
    # "The Leader was authorised to sign the minutes" (R45)
    r"authori[sz]ed(?=\s+to\s+[a-z]))\b"
    r"(?(seconded)|(?!\s+by\s+(?!general|unanimous|all\b|consent|acclamation|a\s+show|show|vote|those|members|"
    r"the\s+meeting|email|e-mail|the\s+chair"
    # "approved by the committee", "adopted by Council": the body's own kind, with no name (R45)
    r"|(?:the\s+)?(?i:committee|board|council|court|senate|cabinet|panel|trustees|governors)\b"
    r"(?!\s+(?:of|on|in|at)\b|\s+(?:had|has|have)\b))))"
)
_NOT_A_DECISION_SUBJECT = regex.compile(
    r"^(?:these|this)\s+minutes\b|"
    # "These minutes were approved at the May meeting": later
    r"\b(?:it|which|that|who|had|has|have|previously|already|earlier|this|these|those|plans?|"
    # ("A request to have the course for the day was agreed": an infinitive, not a perfect; R48)
    r"proposals? (?:that|which))$|(?<!\bto\s)\b(?:had|has|have)\b|\b(?:been|which|that|who)\b",
    re.I,
)
# "The motion was approved 9 ayes, 0 nays.": the tally of a motion already read
_MOTION_TALLY = regex.compile(
    r"(?i)(?:the\s+)?motion\s+(?:was|were)\s+(?:approved|carried|passed)\s+(?:by\s+)?(?:a\s+vote\s+of\s+)?"
    r"\d+\s*(?:ayes?|yeas?|votes?|in\s+favou?r|to\b|[-–—])"
)
_MOTION_SUBJECT = regex.compile(r"(?i)^(?:the\s+)?(?:motion|amendment)$")
_REPORTED = regex.compile(
    r"\b(?:reported|noted|advised|said|explained|confirmed|informed|told|stated|understood|"
    r"heard|announced|that)\b",
    re.I,
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# the institution the body governs, not a person: "agreed that the University should proceed" (R47)
_INSTITUTIONS = r"University|College|School|Academy|Institute|Company|Club|Charity|Church|Parish|Organi[sz]ation"
_PERSON_WOULD = regex.compile(
    rf"^\s+that\s+(?:the\s+)?(?!(?i:{_DECIDERS}|{_INSTITUTIONS})\b){_NAME}(?:\s+(?:and|&)\s+(?:the\s+)?{_NAME})?"
    r"\s+(?:would|will|should|was to|were to)\b"
    # "agreed that the Forum should be chaired by a student": a decision about it, not its task
    r"(?!\s+be\s+[a-z]+\s+by\b)"
)
# A standing arrangement changed from now on: "Meetings will be moved to Thursdays for all
# meetings until further notice", "... will be changed to 10:00 ... until changed"
_STANDING_CHANGE = regex.compile(
    r"\bwill\s+be\s+(?:changed|moved|switched|reduced|increased|set)\s+to\b[^.]{0,200}?"
    r"\buntil\s+(?:changed|further\s+notice|otherwise\s+(?:agreed|decided|changed))\b",
    re.I,
)
_STANDING_HEDGE = regex.compile(
    r"\b(?:could|might|if|whether|perhaps|possibly|proposed|suggested)\b", re.I
)
# "Chair's Action was taken to approve the minutes": the chair decided for the meeting
_CHAIRS_ACTION = regex.compile(
    r"^(?:The\s+)?(?:Chair|Chairman|Chairperson|Chairwoman|President)['’]s\s+[Aa]ction\s+"
    r"(?:was|has\s+been)\s+taken\s+to\s+[a-z]"
)


# "agreed that X was/were/is ..." with no "be"/"should"/"would" in it: a shared view.
_OPINION = regex.compile(
    r"^\s+that\s+(?!.*\b(?:be|should|would|will|shall|must|to)\b)[^.;]*\b(?:was|were|is|are|had|has|have)\b"
)


# "The Board noted the report.", "The Committee received and noted the update." (a sentence of
# its own: the body's formal decision on a paper, usual in NHS and council minutes)
_NOTED_REPORT = regex.compile(
    r"^(?:The\s+)?(?:Trust\s+)?(?:Board|Committee|Sub-Committee|Panel|Council|Authority|Cabinet|Governors|Trustees|"
    r"Governing\s+Body|Directors)\s+(?:formally\s+)?(?:received\s+and\s+)?(?:noted|NOTED)\s+the\s+"
    r"(?:report|update|paper|contents\s+of\s+the\s+report)\.?$"
)


# moderngov "Decision" blocks write the decision in the present: "The Committee approve the
# minutes of the meeting held on ...", "The Committee approves the work programme"
_PRESENT_DECISION = regex.compile(
    r"^The\s+(?:Committee|Sub-Committee|Board|Panel|Council|Authority|Cabinet|Executive)\s+"
    r"(?:approves?|agrees?|endorses?|adopts?)\s+the\s+(?:minutes|work\s+programme|forward\s+(?:work\s+)?plan|"
    r"report|recommendations?|terms\s+of\s+reference|revised|updated|draft|annual)\b"
)


_WITH_POINTS_NOTED = regex.compile(
    r"(?i)^\s*with\s+(?:these|those|the(?:se)?\s+above)\s+(?:points|amendments|corrections|changes|comments)\s+"
    r"(?:noted|made|recorded|agreed)\s*,?\s*(?=\S)"
)


# "The minutes of the meeting held on ... were taken as read and signed as a correct record",
# "... be confirmed and signed", "... were agreed and signed as a true and accurate record":
# the confirmation of the last minutes, whatever the layout around it
MINUTES_CONFIRMED = regex.compile(
    r"(?i)(?:^|^[\d./()]+\s+|\bminutes:\s+|^that\s+)(?:the\s+)?(?:unconfirmed\s+|draft\s+)?minutes?\s+(?:of|from)\s+"
    r"[^;]{3,220}?\s(?:were|was|be)\s+(?:taken\s+as\s+read\s+and\s+signed\b|"
    # "... were taken as read, confirmed and signed" (R68)
    r"taken\s+as\s+read,?\s+(?:and\s+)?(?:confirmed|approved|agreed|adopted)\b|"
    r"(?:agreed|approved|confirmed|accepted|signed)(?:\s+and\s+signed)?\s+as\s+(?:an?\s+)?"
    r"(?:true|correct|accurate)\b|confirmed\s+and\s+signed\b|submitted\s+and\s+approved\b|"
    # "..., copies of which had been distributed, were confirmed, subject to an amendment"
    r"(?:confirmed|approved|adopted)(?=\s*[,.]|\s*$|\s+subject\b"
    # "... was approved by A and second by B" (R88)
    r"|\s+by\s+[^.;]{2,60}?\s+and\s+second(?:ed)?\s+by\b))"
    # "Minutes formally agreed as a true record and signed", "took the Committee through the
    # Minutes, which were approved as a correct record"
    r"|(?:(?:^|:\s+)(?:the\s+)?minutes\s+(?:were\s+)?|\bminutes,?\s+which\s+were\s+)(?:formally\s+|duly\s+|"
    # "The minutes were read, approved and signed as a true record" (R68)
    r"unanimously\s+)?(?:read,?\s+(?:and\s+)?)?(?:agreed|approved|confirmed|accepted|adopted)(?:,?\s+and\s+signed)?\s+as\s+"
    r"(?:an?\s+)?(?:true|correct|accurate)\b"
    # "Minutes of the May 4 meeting approved as distributed", "Minutes of the Annual Meeting
    # accepted as previously published" (a US board's note, the verb with no "were"; R61)
    r"|(?:^|\bminutes:\s+)minutes\s+of\s+[^;.]{3,120}?(?<!\bbe)(?<!\bbeen)(?<!\bnot)(?<!\bto)(?<!\bwill)\s+"
    r"(?:(?:were|was)\s+)?(?:unanimously\s+)?(?:approved|accepted|adopted)\s+as\s+(?:previously\s+|originally\s+)?"
    r"(?:published|distributed|circulated|presented|read|submitted|written|amended|corrected|mailed|posted|e-?mailed|sent)\b"
    # (R94) "Minutes of 20th May 2019 agreed (Proposer – SK, Seconder – ED)": the verb with its
    # mover and seconder in brackets, or alone at the end
    r"|^minutes\s+of\s+[^;.()]{3,80}?(?<!\bbe)(?<!\bbeen)(?<!\bnot)(?<!\bto)\s+(?:(?:were|was)\s+)?"
    r"(?:agreed|approved|accepted|confirmed|adopted)\s*(?:\(|\.?$)"
    # (R94) "The minutes were proposed as a true reflection by KU and seconded by AG."
    r"|^(?:the\s+)?minutes\s+(?:were|was)\s+proposed\s+as\s+(?:an?\s+)?(?:true|correct|accurate|fair)\s+"
    r"(?:record|reflection|account)\b"
)


# Decisions recorded in the passive or by their vote (set 15): "There was submitted for
# confirmation as a correct record the minute of ...", "it was approved by acclaim", "Vote on
# adding X as a committer: approved (6 yes, 0 no)", "Minutes of last AGM: these were accepted",
# "Item: agreed to replace the headers", "Approval was proposed by A and seconded by B",
# "X was confirmed as a Trustee", "authority is delegated to the Head of Planning ... to ..."
_RECORDED_DECISION = regex.compile(
    r"(?i)^there\s+(?:was|were)\s+submitted\s+for\s+(?:confirmation|approval)\s+as\s+(?:a\s+)?"
    r"(?:correct|true|accurate)\s+record\s+the\s+minutes?\s+of\b"
    r"|\b(?:it|this|they|these|the\s+\w+)\s+(?:was|were)\s+(?:unanimously\s+)?(?:approved|adopted|"
    r"accepted|agreed|endorsed|passed)\s+by\s+(?:acclaim|acclamation|consensus|general\s+consent)\b"
    r"|^(?:vote|voting|ballot)\s+on\s+[^:]{3,160}:\s*(?:approved|passed|carried|adopted|agreed|accepted)\b"
    r"|^(?-i:[A-Z])[^:]{2,80}:\s+(?:these|they|this|it)\s+(?:was|were)\s+(?:duly\s+)?(?:accepted|approved|"
    r"adopted|agreed|confirmed)\b"
    r"|^(?-i:[A-Z])[^:]{2,80}:\s+(?:(?:it\s+)?(?:was\s+|has\s+been\s+)?(?:unanimously\s+)?agreed)\s+(?:to|that)\s+\S"
    # "Agreed by the TSC members present; to be confirmed by a vote ..."
    r"|^agreed\s+by\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}(?:members|trustees|directors|governors|present)\b"
    # (R94) "Unanimous consent on minutes from the last meeting." (a standards group's note)
    r"|^unanimous\s+consent\s+(?:on|to|for)\s+\S"
    r"|^(?:its\s+|their\s+)?(?:approval|adoption|acceptance|election)\s+was\s+proposed\s+by\s+[^.;]{2,60}?"
    r"\s+and\s+seconded\s+by\b"
    r"|^(?-i:(?:[A-Z][\w.'’-]*\s+){1,4})(?:was|were)\s+(?:duly\s+)?(?:confirmed|co-opted|re-elected)\s+as\s+"
    r"(?:an?\s+|the\s+)?(?-i:[A-Z])"
    # "MH said that he would accept the nomination and was duly appointed as Vice Chair" (R58)
    r"|\band\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:appointed|elected|re-elected|co-opted)\s+as\s+"
    r"(?:an?\s+|the\s+)?(?-i:[A-Z])"
    r"|\bauthority\s+(?:is|be|is\s+hereby|be\s+hereby)\s+delegated\s+to\s+(?:the\s+)?(?-i:[A-Z])"
    # "The vote was then called on the proposal as presented and it was approved." (R52)
    r"|^(?:the\s+)?(?:vote|question)\s+was\s+(?:then\s+)?(?:called|put|taken)\s+on\s+(?:the\s+)?[^.;]{1,80}?"
    r",?\s+and\s+(?:it|this)\s+was\s+(?:unanimously\s+)?(?:approved|carried|adopted|passed)\b"
)


# A parish council's passive record (R67): "With these amendments the minutes were passed by
# resolution of the council", "All payments approved by resolution of the council", "The plan
# was confirmed by resolution of the Committee". Not "... to be approved by resolution of the
# council at its next meeting" (later)
_BY_RESOLUTION_OF = regex.compile(
    r"(?i)\b(?:passed|approved|confirmed|adopted|agreed|accepted|ratified|endorsed)\s+by\s+(?:a\s+|formal\s+)?"
    r"resolution\s+of\s+(?:the\s+)?(?:full\s+|parish\s+|town\s+)?(?:council|committee|board|meeting|members)\b"
)

_LATER_BY_RESOLUTION = regex.compile(
    r"(?i)\b(?:be|to|will|would|shall|should|not|been|being|must|can|could|may)\s+"
    r"(?:(?:be|unanimously|duly|formally)\s+)?$"
)

# A board's decisions as bare "That ..." sentences with no label above them (R69): "That the
# minutes be approved as a true record.", "That as no other nominations had been received X be
# elected unopposed ...", "That a special meeting be held on ...": a sentence opening "That" whose
# verb is the subjunctive "be" + participle. Not "That would be welcomed" (a modal before "be")
_BARE_THAT = regex.compile(
    r"^That\s+(?P<what>[^;:]{2,220}?)(?<!\bto)(?<!\bnot)(?<!\bwould)(?<!\bwill)(?<!\bcould)(?<!\bshould)"
    r"(?<!\bmight)(?<!\bmay)(?<!\bmust)(?<!\bcan)(?<!\bshall)(?<!\bwas)(?<!\bis)\s+be\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{2,}ed|held|made|given|taken|set|written|drawn|sent|paid|put|kept|brought|sought|"
    r"undertaken|withdrawn|shown|chosen|retained|re-elected|co-opted)\b"
)


def bare_that(sentence: str) -> tuple[int, int] | None:
    """(0, 0) when ``sentence`` is a bare "That ... be <participle>" decision (R69)."""
    if sentence.startswith("That ") and " be " in sentence and _BARE_THAT.match(sentence):
        return 0, 0
    return None


# The last minutes read and signed (R71): "The minutes of the last AGM were read, approved and
# signed.", "The minutes of the previous meeting were read and signed as a correct record."
_MINUTES_SIGNED = regex.compile(
    r"(?i)^(?:\d{1,2}\.?\s+)?(?:the\s+)?minutes\s+of\s+[^.;]{3,160}?\s(?:were|was)\s+"
    r"(?:read|agreed|approved|confirmed|accepted|adopted)"
    r"(?:,?\s+(?:and\s+)?(?:read|agreed|approved|confirmed|accepted|adopted)){0,2},?\s+and\s+signed\b"
)
# The last minutes agreed, in a note's words (R72): "The minutes were APPROVED.", "The minutes of
# the last meeting agreed as a true record, subject to ..." (no "were")
_MINUTES_AGREED = regex.compile(
    r"(?i)^(?:the\s+)?minutes\s+(?:of\s+[^.;]{3,120}?\s+)?(?:(?:were|was)\s+(?:duly\s+|unanimously\s+)?"
    r"(?:approved|agreed|confirmed|accepted|adopted)\s*\.?$"
    r"|(?:were\s+|was\s+)?(?:agreed|approved|confirmed|accepted)\s+as\s+(?:an?\s+)?(?:true|correct|accurate)\b)"
)
# A consultee's answer to a planning application, the body's decision on it (R71): "The Council
# had no objection.", "The Committee raised no objections to the application."; with no subject
# ("No objection.", "No objection was raised") only beside an application (planning_answer).
# Not "There was no objection to deferring the item" (consent to the meeting's own procedure).
_NO_OBJECTION = regex.compile(
    r"^(?:The\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Council|Committee|Board|Meeting|Members|Councillors|(?<=[Tt]he\s)(?:council|committee|board|meeting))\s+"
    r"(?:had|has|raised|made|have)\s+no\s+objections?"
    r"(?:\s+(?:to|on)\s+(?:the|this)\s+(?:application|proposal|proposals|plans?|scheme))?\s*[.;]?$"
)
_BARE_NO_OBJECTION = regex.compile(
    r"^No\s+objections?(?:\s+(?:was|were)\s+(?:raised|made|received))?\s*(?:[.;]|$)"
)
# what says a planning application is being answered: the heading, or an application's number
# ("22/00123", "0/44654", "16/02231/HH") in the same paragraph
# a planning application's number: "22/00123", "0/44654", "16/02231/HH"
_APP_NUMBER = r"(?:^|[\s(])(?:[A-Z]{1,5}/)?\d{1,4}/\d{2,6}(?:/[A-Z0-9]{1,5})?\b"
_PLANNING = regex.compile(rf"(?i)\bplanning\b|\bapplications?\b|{_APP_NUMBER}")


_TRAILING_NO_OBJECTION = regex.compile(r"(?:\s|[–—-])\s*No\s+objections?\s*\.?$")
_APPLICATION_NUMBER = regex.compile(rf"{_APP_NUMBER}|\b[A-Z]\d{{5,7}}/[A-Z]{{1,3}}\b")


def planning_answer(sentence: str, context: str) -> bool:
    """ "No objection." answering a planning application named in ``context`` (R71), also at
    the end of the application's own lines ("19/01131/FUL ... 12 Talbot Court ... No objection",
    "P201877/F Land at X – proposed barn – No objection", R74)."""
    if _BARE_NO_OBJECTION.match(sentence.strip()):
        return bool(_PLANNING.search(context))
    return bool(
        _TRAILING_NO_OBJECTION.search(sentence)
        and _APPLICATION_NUMBER.search(f"{sentence} {context}")
    )


def decision_span(sentence: str) -> tuple[int, int] | None:
    """(0, 0) when ``sentence`` records a decision without a RESOLVED keyword."""
    if (
        MINUTES_CONFIRMED.search(sentence)
        or _MINUTES_SIGNED.match(sentence.strip())
        or _MINUTES_AGREED.match(sentence.strip())
    ):
        return 0, 0
    if "objection" in sentence and _NO_OBJECTION.match(sentence.strip()):
        return 0, 0
    if payments_decided(sentence):
        return 0, 0  # "The following payments were approved: Clerk's salary £612; ..." (R74)
    if "resolution of" in sentence.lower() and (m := _BY_RESOLUTION_OF.search(sentence)):
        if not _LATER_BY_RESOLUTION.search(sentence[: m.start()]):
            return 0, 0
    if _RECORDED_DECISION.search(sentence.strip().lstrip("*•- ")):
        return 0, 0
    if (lead := _WITH_POINTS_NOTED.match(sentence)) and decision_span(sentence[lead.end() :]):
        return 0, 0  # "With these points noted the minutes were agreed as a correct record"
    for m in _BODY_DECIDES.finditer(sentence):
        if _NOT_NEW.search(sentence[: m.start("verb")]):
            continue
        verb = m["verb"].lower()
        if verb in ("agreed", "resolved") and _PERSON_WOULD.match(sentence[m.end("verb") :]):
            continue  # "the Committee agreed that the Clerk would write": a commitment
        if verb == "agreed" and not regex.match(
            # "The Board agreed the extension." (a thing agreed, British usage)
            r"\s+(?:to|that|unanimously)\b|\s*(?::\s*[-–—]?|[-–—])\s*$"
            r"|\s+the\s+(?!need\b|importance\b|view\b|points?\b|comments?\b|concerns?\b)[a-z]",
            sentence[m.end() :],
        ):  # ("The Board agreed:-" over its limbs is a label: the limbs decide)
            continue  # "Members agreed with the assessment"
        if verb == "agreed" and _OPINION.match(sentence[m.end() :]):
            continue  # "Members agreed that the challenges were longstanding": an opinion
        return 0, 0
    if " and " in sentence and (m := _BODY_THEN_DECIDES.match(sentence)):
        rest = sentence[m.end("verb") :]
        if not (m["verb"].lower() in ("agreed", "resolved") and _PERSON_WOULD.match(rest)) and not (
            m["verb"].lower() == "agreed" and _OPINION.match(rest)
        ):
            return 0, 0
    if _IT_WAS_DECIDED.search(sentence):
        # "It was agreed that the Clerk would write ...", "It was agreed to invite X": the
        # meeting's decision as well as the task it gives (R84; before round 23 only the task)
        return 0, 0
    if _PRESENT_DECISION.match(sentence.strip()):
        return 0, 0  # "The Committee approve the minutes of ...": a Decision block's present tense
    if _NOTED_REPORT.match(sentence.strip()):
        return 0, 0  # "The Board noted the report.": the whole of the decision on a report
    if _AGREED_START.match(sentence) or _CHAIRS_ACTION.match(sentence):
        return 0, 0
    if sentence[:1].isupper() and _CAPS_DECISION.match(sentence.strip()):
        return 0, 0  # "APPROVED the Minute.", "AGREED:" over its limbs (a Scottish council, R62)
    if _NOTE_DECISION.search(sentence) or _NOTE_PARTICIPLE.search(sentence.strip()):
        return 0, 0  # "Decided there should be a summer fair", "Office of archivist created"
    if (
        "ayment" in sentence or "ccount" in sentence or "nvoice" in sentence
    ) and _PAYMENTS_PASSIVE.match(sentence.strip()):
        return (
            0,
            0,
        )  # "The schedule of payments for January totalling £7,318.40 was approved." (R79)
    if ("elected" in sentence or "appointed" in sentence or "co-opted" in sentence) and (
        PROPOSED_SECONDED_ELECTED.match(sentence.strip())
    ):
        return 0, 0  # "Cllr A was proposed by B, seconded by C, and elected Chairman" (R79)
    if OFFICE_ELECTED.match(sentence.strip()):
        return (
            0,
            0,
        )  # "Chairman - Malcolm Ross elected unopposed", "Treasurer - A Proposed B Seconded C" (R78)
    if ("onsensus" in sentence or "Agreed" in sentence[:7]) and _INFORMAL_DECISION.match(
        sentence.strip()
    ):
        return 0, 0  # "There was consensus that ...", "Agreed fees remain the same ..." (R78)
    if "recommended" in sentence and _BODY_RECOMMENDED.match(sentence.strip()):
        return 0, 0  # "The Committee recommended that the Board renew ..." (R78)
    if "objection" in sentence and _MATTER_NO_OBJECTION.match(sentence.strip()):
        return 0, 0  # "Request to archive the old repository: no objections." (R78)
    if _ALL_ELECTED.search(sentence):
        return 0, 0  # "Nominations were received: Chair – A, Treasurer – B. All elected unopposed."
    if _LABEL_AGREED.match(sentence.strip()):
        return 0, 0  # "Minutes of the last meeting: received and agreed by all."
    if _REQUEST_APPROVED.match(sentence.strip()):
        return 0, 0  # "Request for a grant: approved by the board."
    if _NOUN_DECIDED.match(sentence) or _DASH_AGREED.search(sentence):
        return 0, 0  # "Accounts adopted – proposed A, seconded B.", "Subs to stay at £20 – agreed."
    if _STANDING_CHANGE.search(sentence) and not _STANDING_HEDGE.search(sentence):
        return 0, 0  # "The slot will be changed to 10:00 for all meetings until changed."
    if CONSENSUS.match(sentence.strip()):
        return 0, 0  # "passed by consensus", "Consensus reached to ..."
    if m := _PASSIVE_DECISION.search(sentence):
        what = m["what"].strip()
        if (
            not _NOT_A_DECISION_SUBJECT.search(what)
            and not _REPORTED.search(sentence[: m.start("verb")])
            and not regex.match(r"(?i)(?:the\s+)?apolog", what)
            and not _MOTION_TALLY.match(sentence[m.start("what") :])
            # "The motion was unanimously approved." closes the motion read before it; "The
            # motion was seconded, and approved" still joins the sentence before (set 9)
            and not (_MOTION_SUBJECT.match(what) and not m["seconded"])
        ):
            return 0, 0
    return None


# Decisions as short notes, with no subject: "Decided there should be ...", "Settled on one
# supplier", "Agreed a true and accurate record", "Elected unopposed Treasurer – Jo Lee",
# "Decision was to buy ...", "...discussed; decided these were separate matters"
_NOTE_DECISION = regex.compile(
    r"(?:^|;\s*)(?:(?i:settled\s+on)\s+\w|(?i:decided|resolved)\s+(?!by\b|with\b)(?:that\s+|to\s+|there\s+|these\s+|this\s+|on\s+|an?\s+|the\s+|not\s+)"
    r"|(?:Agreed|AGREED)\s+(?:as\s+)?(?:an?\s+)?(?:true|correct|accurate)\b"
    r"|(?:Elected|Re-elected|ELECTED)\s+(?:unopposed|unanimously|by\s+acclamation)\b"
    # a summary's past tense with no subject: "Elected Jo Bell as Chair of X", "Tasked the
    # Finance Group with drafting a policy"
    r"|(?:Elected|Re-elected|Appointed)\s+[A-Z][\w.'’-]*(?:\s+(?:(?:de|van|von|der|den|da|di|du|le|la)\s+)?[A-Z][\w.'’-]*){0,3}\s+(?:as|to)\s+\S"
    r"|Tasked\s+(?:the\s+)?[A-Z][^.;]{1,60}?\s+with\s+[a-z]+ing\b"
    r"|(?:The\s+)?[Dd]ecision\s+was\s+(?:to|that)\s"
    # a synopsis's decisions (R75): "Voted that X be the designated party ...", "Voted to
    # change the assumption rate ..."
    r"|^(?:Voted|VOTED)\s+(?:unanimously\s+)?(?:to|that)\s"
    # a US housing authority's numbered votes (R79): "02-343  VOTED: To accept the minutes ..."
    r"|^(?:\d{1,4}[-/]\d{1,4}\s+)?(?:Voted|VOTED)\s*:\s*(?:To|to|That|that)\s)"
)
# A note that ends with what was done to its subject: "Office of archivist created", "Ann
# Fox (afox) appointed to office", "Members agreed minutes accepted"
_NOTE_PARTICIPLE = regex.compile(
    r"(?:^|[,;]\s+)(?![^,;]*\b(?:was|were|is|are|been|quorum)\b)[A-Z][\w()'’ -]{2,60}?\s+(?:created|established|set\s+up|formed|abolished|dissolved|"
    r"appointed(?:\s+(?:to|as)\s+[\w ]{2,30})?|co-opted|accepted|ratified)\.?$"
)
_DECISION_START = regex.compile(
    r"^(?:(?:Decision|DECISION|Decided|DECIDED|Agreed|AGREED|Resolution|RESOLUTION|Resolved|Outcome|"
    r"Consensus|CONSENSUS|Approved|APPROVED)"
    r"\s*[:–—-]\s*(?=\S)"
    # "VOTE: Adopt the draft as ..." (R86): a vote's label over the words it decided
    r"|(?:VOTE|Vote)\s*:\s*(?=[A-Z][a-z]+\s))"
)
_MOVED = regex.compile(
    r"\b(?:MOVED|[Mm]oved|PROPOSED|[Pp]roposed)\b.{0,120}?\b(?:SECONDED|[Ss]econded)\b[^.]*?\bthat\s+(?P<text>.+)"
)
_CARRIED = regex.compile(r"\b(?:[Cc]arried|CARRIED|agreed unanimously|all (?:were )?in favour)\b")
_LEAD_IN = regex.compile(
    r"^\s*(?:unanimously|accordingly|further)?\s*[:–—-]*\s*"
    # "RESOLVED [42/22] (Lang/Sutton) that Council:" (an Australian county council, R79): the
    # resolution's number and its mover and seconder between the keyword and the words
    r"(?:\[\d{1,4}/\d{2,4}\]\s*)?(?:\(\s*[A-Z][\w'’-]+\s*/\s*[A-Z][\w'’-]+\s*\)\s*)?"
    # "RESOLVED (five in favour, one against) that ...", "RESOLVED (nem con) that ..." (R79)
    r"(?:\((?:[^()]{0,60}?\b(?:favour|favor|against|abstain\w*|unanimous\w*|nem\.?\s*con\.?|majority)\b[^()]{0,40})\)\s*)?"
    r"(?:that|THAT)?\s*[:–—-]?\s*",
    re.I,
)
_INLINE_LIMB = regex.compile(
    r"(?:^|\s|;)\(\s*(\d{1,2}|[a-z]|[ivx]{1,4})\s*\)\s+|(?:^|\s|;)([a-z]|\d{1,2})\)\s+"
    r"|(?:^|(?<=[:;])\s+)(\d{1,2})\.\s+(?=[A-Za-z])"  # "That the Committee: 1. Notes ...; 2. ..."
)
_INTRO_ONLY = regex.compile(rf"^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?(?:{NP})?\s*(?::\s*[-–—]?|[–—-])?$")

# Limbs that ask for something to be done become actions linked to the resolution.
_REQUEST = regex.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\bany )(?<!\bno )"
    # "requests the Clerk to", "request that": a verb; "pull request 1047", "the request,": a noun
    r"\b(?:requests?|asks?)\b(?=\s+(?:that|the|a|an|all|officers|staff|members|to|(?-i:[A-Z])))"
    # "requested by Members" is a participle, and authorising a thing ("authorise the contract")
    # or the signing of the minutes decides, it asks nobody to act
    r"|\brequested\b(?!\s+by\b)|\b(?:instructs?|directs?|invites?|delegates?|commissions?)\b"
    # "The Board directed the Treasurer to obtain quotes": the body's direction to a post
    # ("directed Ms. Foss to advertise ...": a title's full stop, R87)
    r"|\b(?:directed|instructed)\s+(?:the\s+)?(?:(?-i:Mr|Mrs|Ms|Miss|Dr|Cllr|Prof)\.\s+)?(?-i:[A-Z])[\w'’ ]{1,60}?\s+to\s+[a-z]"
    # "The Council agreed to object and asked the Clerk to send its comments" (R83)
    r"|\basked\s+(?:the\s+)?(?:(?-i:Mr|Mrs|Ms|Miss|Dr|Cllr|Prof)\.\s+)?(?-i:[A-Z])[\w'’ ]{1,60}?\s+to\s+(?!be\b)[a-z]"
    r"|\bauthori[sz]es?\b(?=[^.;]{0,80}?\bto\s+(?!sign\b)[a-z])"
    r"|\bremit\s+to\s+the\s+(?-i:[A-Z])"  # Scottish "to remit to the Chief Officer to submit ..."
    r"|\bagrees?\s+to\s+(?!note\b|the\b|receive\b|accept\b)[a-z]+"
    rf"|\bagreed\s+that\s+(?:the\s+)?(?!(?:{_INSTITUTIONS})\b)(?-i:[A-Z])[\w ]{{0,60}}?\s+(?:would|will|should)\s+"
    r"(?!be\s+[a-z]+\s+by\b)[a-z]+"
    r"|\bbe\s+authori[sz]ed\s+to\s+(?!sign\b)[a-z]"
    r"|\bbe\s+(?:asked|requested|instructed|directed|invited|submitted|shared|circulated|provided|"
    r"sent|brought|presented|reported|prepared|published|arranged|written(?!\s+off)|investigated|commissioned|"
    r"forwarded)\b",
    re.I,
)
# "the CFO submit ...", "The Treasurer prepares ...", "the Clerk would write ..."
# The body itself does something outward: "the Committee writes to ...", "AGREED to invite ...".
_OUTWARD = (
    r"write|invite|contact|send|respond|reply|seek|request|ask|inform|notify|email|approach|"
    r"commission|publish|circulate|share|lobby|obtain|chase"
)
_BODY_DOES = regex.compile(
    rf"^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?i:{_BODIES})\s+"
    rf"(?:(?:will|should|shall|to)\s+)?(?:{_OUTWARD})(?:s|es)?\b"
    rf"|\b(?i:agreed)\s+to\s+(?:{_OUTWARD})\b"
)
_SUBJUNCTIVE = regex.compile(
    rf"^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?(?P<who>{NP}){ASIDE}\s+"
    rf"(?:(?:should|would|will|shall|is to|to)\s+)?(?:{ACTION_VERBS})(?:s|es)?\b"
)
_BODY_SUBJECT = regex.compile(
    rf"\b{_BODIES}$|^(?:It|This|They|We|Members)$|^(?:{_INSTITUTIONS})$",
    re.I,  # (R47)
)


# "2.9 The Court approved the forecasts": a paragraph number left over from a minute reference
# ("00/01.2.9") before the sentence (R44)
_PARA_NUMBER = regex.compile(
    # "2.3 The Committee ...", "QS14/81.1 The Committee approved ..." (a health board's minute
    # number, R80)
    r"^(?:[A-Z]{1,4}\d{1,3}/)?\d{1,3}[A-Z]?(?:\.\d{1,3}){1,3}\s+(?=(?:The\s+)?[A-Z][a-z])"
)


# "The Trustees, unanimously, decided ...", "Minutes were, unanimously, approved ...": a
# manner adverb between commas; read as if the commas were spaces (R76)
_COMMA_ADVERB = regex.compile(r",(\s*(?:unanimously|formally|duly|therefore|again)\s*),", re.I)


def find_trigger(sentence: str) -> tuple[int, int] | None:
    """(start, end) of a resolution marker in ``sentence`` if it records a new decision."""
    if "," in sentence and _COMMA_ADVERB.search(sentence):
        sentence = _COMMA_ADVERB.sub(lambda m: f" {m[1]} ", sentence)  # (the same length)
    if (sentence[:1].isdigit() or sentence[:1].isupper()) and (
        number := _PARA_NUMBER.match(sentence)
    ):
        span = _find_trigger(sentence[number.end() :])
        return span and (span[0] + number.end(), span[1] + number.end())
    return _find_trigger(sentence)


def _find_trigger(sentence: str) -> tuple[int, int] | None:
    if m := _DECISION_START.match(sentence):
        return m.start(), m.end()
    for m in _RESOLVED.finditer(sentence):
        before = sentence[: m.start()]
        if _NOT_NEW.search(before):
            continue
        if m.group(0) == "RESOLVED" or m.group(0) == "Resolved" and not before.strip():
            return m.start(), m.end()
        if _INTRO_OK.search(before) and (
            not before.strip() or "it was" in before.lower()[-12:] or "seconded" in before.lower()
        ):
            return m.start(), m.end()
        if regex.fullmatch(r"\s*(?i:further|also|finally|additionally)\s*,\s*", before):
            # "Further, Resolved that ..." (R51): an adverb alone before the keyword
            return m.start(), m.end()
    if m := _BODY_AGREED.match(sentence):
        return m.start("verb"), m.start("verb")
    if m := _FORMAL_VERB.search(sentence):
        if not _NOT_NEW.search(sentence[: m.start("verb")]):
            return m.start("verb"), m.start("verb")
    return decision_span(sentence)


def resolution_text(sentence: str, span: tuple[int, int]) -> str:
    """The decision words after the marker; the whole sentence when nothing useful follows."""
    rest = _LEAD_IN.sub("", sentence[span[1] :], count=1).strip(" :–—-")
    if not rest and span[1] > span[0]:
        return ""  # "RESOLVED: That –" with the limbs below
    if len(rest.split()) < 3 and not rest.endswith(":"):
        rest = sentence.strip()
    return tidy(rest)


def moved_motion(sentence: str) -> str | None:
    """The motion text of "MOVED by ..., SECONDED by ... that X. Carried", or None."""
    m = _MOVED.search(sentence)
    if m and _CARRIED.search(sentence):
        text = _CARRIED.split(m["text"])[0]
        return tidy(text.rstrip(" .,;"))
    return None


# "The Board resolved :-", "The Committee resolved:-", "RESOLVED -": a label; its limbs decide
RESOLVED_LABEL = regex.compile(
    r"(?i)^(?:(?:the\s+)?(?:[a-z&'’-]+\s+){0,5}?)?(?:resolved|agreed|decided)\s*(?::\s*[-–—]?|[-–—])\s*$"
    # "2.6 The Court approved:" over its limbs "i ...", "ii ..." (R44): the body, a verb, a colon
    rf"|^(?:\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){{0,4}}(?i:{_DECIDERS})\s+"
    r"(?:unanimously\s+|formally\s+)?(?i:approved|endorsed|adopted|noted|agreed|ratified)\s*:\s*[-–—]?$"
    # "Resolved CL/2019/143" over "That the Council" / "1. Confirms ...": the label and the
    # resolution's number, its words below (R76)
    # "DECISION: The Cabinet agreed" over "1. To approve ..." / "2. To delegate ..." (R80)
    r"|^(?i:decisions?)\s*:\s*(?:The\s+)?[A-Z][\w'’ ]{2,40}?\s+(?i:agreed|resolved|decided)\s*:?$"
    # "The following were elected unopposed:" over "Chairman - A" / "Secretary - B" (R78)
    r"|^(?:The\s+)?(?i:following)\s+(?:\w+\s+){0,2}(?:were|was)\s+(?:duly\s+)?(?:re-?)?(?i:elected|appointed)\b[^:]{0,40}:$"
    r"|^(?i:resolved|resolution)\s+(?i:no\.?\s*)?\(?[A-Z]{0,4}[/-]?\d{2,4}(?:[/.-]\d{1,4}){1,2}\)?\s*:?$"
)


_MOVER_RECORD = regex.compile(
    r"(?i)(?:on\s+the\s+motion\s+of|moved\s+by|proposed\s+by)\s+(?:(?!\bthat\b)[^.;:]){2,80}?"
    r"(?:,?\s+(?:and\s+)?seconded\s+by\s+(?:(?!\bthat\b)[^.;:]){2,80}?)?\s*[,:;.]?\s*[-–—]?"
)


_MOVER_PAIR = regex.compile(
    r"\((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*/\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\)"
    r"(?:\s*(?i:minute|resolution)\s+(?i:no\.?|number)?\s*[A-Z]{0,3}\s*\d[\w/().-]*)?\s*[:.]?"
)


def is_intro(text: str) -> bool:
    """True for "That the Committee:" and similar openings that numbered limbs follow."""
    stripped = text.strip().lstrip("\"“'‘ ")  # ('"That Council:' quoted, as NZ minutes do, R89)
    return (
        stripped == ""
        or bool(RESOLVED_LABEL.match(stripped))
        # "RESOLVED ON THE MOTION OF COUNCILLOR A, seconded by COUNCILLOR B," over the words
        # (R73): who moved it, not what was decided
        or bool(_MOVER_RECORD.fullmatch(stripped))
        # "Resolved: (Acting Mayor A/Cr B) Minute No. C 18302" over the quoted words (R89):
        # the mover and seconder and the minute's number, not what was decided
        or bool(_MOVER_PAIR.fullmatch(stripped))
        # "That the Committee:-": the colon and dash of a lead-in
        or (stripped.rstrip("-–— ").endswith(":") and len(stripped.split()) <= 8)
        or bool(_INTRO_ONLY.match(stripped) and len(stripped.split()) <= 4)
    )


# "A was elected as Chair (proposed B, seconded C); D was elected as Secretary ..., and E was
# elected as Treasurer ...": one election a decision
_NEXT_ELECTION = regex.compile(
    r"(?:;\s+|,\s+and\s+|,\s+)(?=(?:[A-Z][\w.'’-]*\s+){1,4}(?:was|were)\s+(?:duly\s+)?(?:elected|"
    r"re-elected|appointed|confirmed|co-opted)\s+(?:as\s+)?(?:an?\s+|the\s+)?[A-Z])"
)
_ELECTION_LABEL = regex.compile(r"^(?:[A-Z][\w ]{2,40}):\s+(?=\S)")


def split_elections(text: str) -> list[str]:
    """The elections of one sentence, each alone; [text] when it holds one or none."""
    parts = _NEXT_ELECTION.split(text)
    verb = r"\b(?:elected|re-elected|appointed|confirmed|co-opted)\b"
    if len(parts) < 2 or not all(regex.search(verb, p) for p in parts):
        return [text]  # "There being no other nominations, A was elected": one election
    parts[0] = _ELECTION_LABEL.sub("", parts[0], count=1)
    return [tidy(p.strip(" ;,.")) for p in parts if p.strip(" ;,.")]


_NEXT_CAPS_VERB = regex.compile(
    r",?\s+and\s+(?=(?:APPROVED|AGREED|ENDORSED|RATIFIED|DELEGATED|SUPPORTED|AUTHORI[SZ]ED|ADOPTED|"
    r"ACCEPTED|RESOLVED|DECIDED)\s+[a-z])"
)


def split_caps_verbs(text: str) -> list[str]:
    """ "APPROVED the Plan and AGREED that X be reviewed" -> both decisions (a decision log, R70);
    [text] when the sentence does not open with a capitalised decision verb."""
    if " and " not in text or text.startswith("NOTED") or not _CAPS_DECISION.match(text):
        return [text]  # ("NOTED the report and AGREED that ...": one decision, the noting its lead)
    parts = [p.strip(" ;,.") for p in _NEXT_CAPS_VERB.split(text)]
    return [tidy(p) for p in parts if p] if len(parts) > 1 else [text]


def split_inline_limbs(text: str) -> list[tuple[str | None, str]]:
    """ "(1) that ...; (2) that ..." -> [("1", "..."), ("2", "...")]; one unlabelled limb otherwise."""
    marks = list(_INLINE_LIMB.finditer(text))
    intro = text[: marks[0].start()].strip() if marks else ""
    if len(marks) < 2 or (marks[0].start() > 2 and not is_intro(intro)):
        return [(None, text)]
    limbs = []
    for index, m in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        limbs.append(
            (
                m.group(1) or m.group(2) or m.group(3),
                tidy(_LEAD_IN.sub("", text[m.end() : end], count=1)),
            )
        )
    return limbs


_LIMB_OPENING = regex.compile(r"^(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|(?:[a-z]|\d{1,2})\))\s+")


def join_inline_limbs(sentences: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "RESOLVED (1) That X be approved. (2) That ..." : limbs the full stops split, joined again."""
    out: list[tuple[int, str]] = []
    for offset, sentence in sentences:
        if (
            out
            and _LIMB_OPENING.match(sentence)
            and find_trigger(out[-1][1])
            and _INLINE_LIMB.search(out[-1][1])
        ):
            out[-1] = (out[-1][0], f"{out[-1][1]} {sentence}")
        else:
            out.append((offset, sentence))
    return out


def asks_for_action(text: str) -> bool:
    """Does a resolution limb ask somebody to do something (not only note or approve)?"""
    if _REQUEST.search(text) or _BODY_DOES.search(text):
        return True
    from .actions import _STOP_SUBJECT, is_verb_first

    if regex.match(
        rf"^(?i:that\s+)?(?:(?i:the)\s+)?[A-Z]{{2,5}}\s+will\s+(?:{ACTION_VERBS})\b", text
    ):
        return True  # "The TSC will develop a charter": the body's own future task
    if regex.match(r"^(?i:that\s+)?(?i:the)\s+[A-Z]{2,5}\b", text):
        return False  # "The TC appoints ...": an acronym after "the" is the body itself
    m = _SUBJUNCTIVE.match(text)
    return bool(
        m
        and not _BODY_SUBJECT.search(m["who"])
        and not _STOP_SUBJECT.match(m["who"])
        # "Accept the Treasurer's report": an imperative, not the Treasurer asked to report
        and not is_verb_first(m["who"])
        and not regex.match(r"(?:Accept|Approve|Adopt|Receive|Note|Endorse|Ratify)\b", m["who"])
        # "the Chairperson's and Chief Executive's reports be received": a possessive before a
        # noun, not a post asked to report (R77)
        and not m["who"].endswith(("'s", "’s", "s'"))
    )


def tidy(text: str) -> str:
    text = text.strip().rstrip(";,").strip()
    text = regex.sub(r"[;,]?\s+and$", "", text).strip()
    text = regex.sub(r"^that\s+", "", text, flags=re.I).strip()
    if (text.endswith('"') and text.count('"') == 1) or (text.endswith("”") and "“" not in text):
        text = text[
            :-1
        ].rstrip()  # a quoted resolution's closing quote ('(iii) asks ... 2018."', R89)
    if text and text[0].islower() and not regex.match(r"^[a-z]\)", text):  # keep "a) ... b) ..."
        text = text[0].upper() + text[1:]
    return text


_CLAUSE_SPLIT = regex.compile(r";\s*(?:and\s+)?(?:that\s+)?|,?\s+and\s+that\s+", re.I)
_NOT_BASE_VERB = regex.compile(
    r"^(?:be|is|are|was|were|has|have|had|will|would|shall|should|may|can|could|must|might|"
    r"notes?|receives?|welcomes?|thanks?|approves?|agrees?|endorses?|supports?|accepts?|adopts?|"
    r"confirms?|recognises?|recognizes?|acknowledges?|the|a|an|of|and|to|in|on|for|with|from)$",
    re.I,
)
_SUBJECT_VERB = regex.compile(
    rf"^(?:[Tt]hat\s+)?(?:[Tt]he\s+)?(?P<who>{NP}(?:\s+and\s+the\s+{NP})?|staff|officers|"
    r"the\s+officers|council\s+officers)\s+(?P<verb>[a-z]+)\b"
)  # "the Democratic Services Manager and the Senior Scrutiny Officer draft ..." (R82): both


def clause_owner(clause: str) -> str | None:
    """The post or person a decision's clause asks to act ("the Director of Operations proceed")."""
    m = _SUBJECT_VERB.match(clause.strip())
    if m and regex.match(
        r"be\s+(?:directed|instructed)\s+to\s+[a-z]", clause.strip()[m.start("verb") :]
    ):
        return m["who"]  # "That the Chief Executive be directed to prepare a report": hers
    return m["who"] if m and _asks(clause) and not asks_for_action(clause) else None


def action_clauses(text: str) -> list[str]:
    """The parts of a decision that ask someone to act.

    "that Report X be received; and that the Director of Operations proceed with Y" gives
    ["the Director of Operations proceed with Y"]: a subject that is a post or a person (or
    staff) followed by a verb in its base form, whatever the verb.  A decision that asks as a
    whole ("requests the Clerk to ...") comes back whole; one that asks nothing gives [].
    """
    if "ayment" in text and _PAYMENTS_APPROVED.search(text):
        return []  # "that the following payments be approved: Salary £612; Repair £200" (R71)
    parts = [p.strip(" .;,") for p in _CLAUSE_SPLIT.split(text) if p and p.strip(" .;,")]
    if len(parts) > 1:
        asking = [p for p in parts if _asks(p)]
        if asking:
            return asking
    if _HOLDS_OFFICE.search(text):
        return []  # "That Council appoint Councillor A as the Alternate Director": a seat filled
    if "inutes" in text and MINUTES_CONFIRMED.search(text):
        return []  # "The Chair took the Committee through the Minutes, which were approved ..."
    return [text] if asks_for_action(text) or _asks(text) else []


# A schedule of payments approved, as a parish council minutes it (R74): "The following payments
# were approved: ...", "The following payments were proposed by Cllr A, seconded by Cllr B and
# approved: ...", "... and the following payments were approved:" over a list
_PAYMENTS_DECIDED = regex.compile(
    r"(?i)\b(?:the\s+)?following\s+(?:[\w-]+\s+){0,2}payments?\s+(?:were|was)\s+"
    r"(?:[^.:;]{0,100}?\band\s+)?(?:duly\s+)?(?:approved|agreed|authori[sz]ed|ratified|resolved)\b\s*:"
)


def payments_decided(sentence: str) -> bool:
    """ "The following payments were approved: ..." (R74)."""
    return "ayment" in sentence and bool(_PAYMENTS_DECIDED.search(sentence))


# A schedule of payments approved (R71): its lines ("Flower tub repair £200.00") are what is
# paid, not tasks
_PAYMENTS_APPROVED = regex.compile(
    r"(?i)\b(?:payments?|accounts?|invoices?|cheques?)\b[^.;:]{0,40}?\b(?:be|were|was)\s+(?:duly\s+)?"
    r"(?:approved|agreed|authori[sz]ed|paid|made|ratified)\s*:"
)


# An election in the subjunctive: "that Mr Lee take the chair as Warden", "Ms Ode continue as
# Treasurer": who holds an office, not a task
_HOLDS_OFFICE = regex.compile(
    r"\s(?:take|took|assume|resume)\s+(?:the\s+)?(?:chair|position|post|office|role)\b"
    r"|\s(?:continue|serve|act|remain|stand|be\s+appointed|be\s+elected)\s+as\s"
    # "That Council appoint Councillor Neault as the Alternate Director": a seat filled
    r"|\s(?:appoints?|elects?|nominates?)\s+(?:(?:Councillor|Cllr|Cr|Mayor|Mr|Mrs|Ms|Dr|Trustee|Commissioner|"
    r"Alderman|Governor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+as\s+(?:the\s+|an?\s+|its\s+)?[A-Z]"
)


# A limb in the passive that sends something somewhere or has it looked at again: "that the
# arrangements be reviewed again by the Committee in October", "that a review of the fees be
# reported to Cabinet in a year", "that a marked-up copy be made publicly available on the
# website".  Not "be approved", "be noted", "be received": those decide, they ask nothing.
_PASSIVE_LIMB = regex.compile(
    r"^(?:[Tt]hat\s+)?(?!(?:[Tt]he\s+)?(?:minutes|report|recommendations?)\s+be\b)"
    r"[^,;:]{2,100}?\s+be\s+(?:again\s+|\w+ly\s+)?(?:reviewed|reported|brought|presented|"
    r"circulated|published|made\s+(?:\w+ly\s+)?available|sent|shared|distributed|forwarded|"
    r"submitted|issued|posted|communicated|revisited|re-?examined|re-?considered)\b"
)
_DESTINATION = regex.compile(
    r"\b(?:to|by|at|on)\s+(?:the\s+|a\s+|all\s+)?(?:next\s+|future\s+|following\s+)?(?:[A-Z][\w&'’-]*|"
    r"(?:[a-z]+\s+)?(?:meeting|committee|board|council|cabinet|panel|members|websites?|web\s*sites?|wiki)\b)"
)
_POST_OF_BODY = regex.compile(r"(?i)^(?:the\s+)?(?:chief|deputy|interim|acting|assistant)\s+\w+$")


def _asks(clause: str) -> bool:
    if _HOLDS_OFFICE.search(clause):
        return False
    if asks_for_action(clause):
        return True
    from .actions import INTERNAL_GROUPS, role_like

    if _PASSIVE_LIMB.match(clause.strip()) and (
        _DESTINATION.search(clause) or find_due_phrase(clause)
    ):
        return True  # "that the arrangements be reviewed by the Committee in October"
    m = _SUBJECT_VERB.match(clause.strip())
    if not m or _NOT_BASE_VERB.match(m["verb"]):
        return False
    if _BODY_SUBJECT.search(m["who"]) and not _POST_OF_BODY.match(m["who"]):
        return False  # "the Executive consider ..." is the body; "the Chief Executive" a post
    who, verb = m["who"], m["verb"]
    if not (role_like(who) or INTERNAL_GROUPS.match(who)):
        return False
    past = verb.endswith("ed") and not verb.endswith("eed")
    third_person = verb.endswith("s") and not verb.endswith("ss")
    return not (past or third_person)


# A clause in the subjunctive with no "That": "the presentation be noted", "outcomes of the work
# be reported to the Board", "the Chair discuss the project with the Director" (R50); not
# "the grass would be cut" (a modal) nor "the Clerk reported ..." (the past)
_BARE_BE = regex.compile(
    r"^(?:[Tt]hat\s+)?(?!(?:it|this|there|he|she|they|we)\b)[\w'’(][^.;:]{1,150}?"
    r"(?<!\bwould)(?<!\bwill)(?<!\bshould)(?<!\bshall)(?<!\bto)(?<!\bmust)(?<!\bcan)(?<!\bcould)"
    r"(?<!\bmay)(?<!\bmight)(?<!\bnot)\s+be\s+(?:[a-z]+(?:ed|en|wn)|made|sent|put|set|kept|held|brought|sought)\b"
)


def subjunctive_limb(text: str) -> bool:
    """Is ``text`` a decision's clause in the subjunctive, with no "That" (R50)?"""
    if " be " in text and _BARE_BE.match(text):
        return True
    return _asks(text) and not regex.match(r"(?i)(?:he|she|they|we|it)\b", text)
