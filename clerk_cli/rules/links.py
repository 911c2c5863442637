"""The words for links between actions (a duplicate, a successor, a referral), shown in
`show`, the action log and the notes clerk writes itself.  Pure: no I/O."""

from __future__ import annotations

from datetime import date

from clerk_cli.rules.status import CLOSED_STATUSES, outcome_words

# What each link says, seen from the action it starts from ('out') and from the other
# ('in'); {ref} is the other action, {name} its committee's name.
_WORDS = {
    ("duplicate_of", "out"): "duplicate of {ref}",
    ("duplicate_of", "in"): "duplicated by {ref}",
    ("supersedes", "out"): "supersedes {ref}",
    ("supersedes", "in"): "superseded by {ref}",
    ("referred_to", "in"): "referred by {name} ({ref})",
}


def link_words(
    kind: str, direction: str, *, ref: str, committee_name: str, other_status: str
) -> str:
    """'duplicate of CSSC-3', 'referred to Cabinet (CAB-7)', 'returned from Cabinet
    (CAB-7)', 'referred by Children's Services Scrutiny Committee (CSSC-4)'."""
    if (kind, direction) == ("referred_to", "out"):
        if other_status in CLOSED_STATUSES:
            return f"returned from {committee_name} ({ref})"
        return f"referred to {committee_name} ({ref})"
    return _WORDS[(kind, direction)].format(ref=ref, name=committee_name)


def referred_note(committee_name: str, ref: str, note: str | None) -> str:
    """The note on an action referred to another committee."""
    return f"Referred to {committee_name} as {ref}" + (f": {note}" if note else ".")


def referred_from_note(committee_name: str, ref: str, note: str | None) -> str:
    """The note on the action a referral creates."""
    return f"Referred by {committee_name} ({ref})" + (f": {note}" if note else ".")


def returned_note(
    committee_name: str, ref: str | None, outcome: str, on: date, note: str | None
) -> str:
    """The note a referral's outcome leaves on the action it came from (ref None: the
    referred action is not named)."""
    what = ref or "the action referred to it"
    words = f"{committee_name} closed {what} as {outcome_words(outcome)} on {on.isoformat()}"
    return words + (f": {note}" if note else ".")
