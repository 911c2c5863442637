"""An action's confidential past: what public outputs may show of an action that was
confidential for a while and is public now.  Pure: the times are given.

Made public again (clerk edit --not-confidential), an action is public from then on,
but what was written while it was confidential stays confidential: the notes written
then (about a named child, say) and the changes recorded then (its first wording, a
due date it was given).  The clerk still sees them (show, history, the outputs that
include confidential material on purpose); every public output leaves them out
(store.confidential asks these rules for each note and each audit row).

The spells come from the audit trail: each change of an action's confidentiality is
an audit row (field 'confidential', old and new 'yes' or 'no'), so nothing else is
stored and databases made before this rule are judged the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

# (start, end) of a time an action was confidential: start None when it was so from
# the first (recorded confidential), end None while it still is.
Spell = tuple[datetime | None, datetime | None]

# The audit field of a change of confidentiality.
CONFIDENTIALITY = "confidential"


def confidential_spells(changes: Sequence[tuple[datetime, str | None, str | None]]) -> list[Spell]:
    """The spells an action was confidential, from the changes of its confidentiality
    (when recorded, old, new), oldest first.  An action whose confidentiality never
    changed has none: it is wholly public or wholly confidential."""
    spells: list[Spell] = []
    if not changes:
        return spells
    secret = changes[0][1] == "yes"  # as it was recorded
    start: datetime | None = None
    for at, _old, new in changes:
        now_secret = new == "yes"
        if now_secret and not secret:
            start = at
        elif secret and not now_secret:
            spells.append((start, at))
        secret = now_secret
    if secret:
        spells.append((start, None))
    return spells


def in_confidence(spells: Sequence[Spell], *moments: datetime | None) -> bool:
    """Was something at these moments (when a note was written, or the day it is dated
    when it was recorded later; when a change was recorded, or took effect) said while
    the action was confidential?  Any moment in a spell counts, its ends included:
    what was recorded together with a change of confidentiality belongs to the spell
    (an edit that made an action public and reworded it recorded the confidential
    wording as the old value)."""
    for moment in moments:
        if moment is None:
            continue
        for start, end in spells:
            if (start is None or start <= moment) and (end is None or moment <= end):
                return True
    return False


def change_in_confidence(field: str, spells: Sequence[Spell], *moments: datetime | None) -> bool:
    """Is this audited change of an action withheld from public outputs?  Those recorded
    (or taking effect) in a spell are, except the changes of confidentiality themselves:
    they say only when it was confidential, and making it public is when it entered
    the public outputs."""
    return field != CONFIDENTIALITY and in_confidence(spells, *moments)
