"""The data the extractor returns: plain dataclasses, no behaviour beyond to_json."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Meeting:
    """What the minutes say about the meeting itself."""

    body: str | None = None
    date: date | None = None
    time: str | None = None  # "HH:MM", 24-hour
    title: str | None = None
    item: str | None = None


@dataclass
class FoundResolution:
    """A decision of the meeting: one per numbered limb."""

    ref: str
    text: str
    line: int
    source: str
    minute_ref: str | None = None  # the minute (agenda item) it was taken under, when numbered


@dataclass
class FoundAction:
    """Something somebody has to do, as found in the minutes."""

    text: str
    owner: str | None
    due_date: date | None
    due_text: str | None
    due_rule: str | None
    resolution_ref: str | None
    line: int
    source: str
    status: str = "open"
    # Added by issue 12 (evidence and review aids; the importer may ignore them):
    minute_ref: str | None = None  # the minute (agenda item) it was found under
    draft: str | None = None  # the action as an instruction: "Order the pads ..."
    flags: list[str] = field(default_factory=list)  # "no owner named", "no due date", ...


@dataclass
class Extraction:
    """Everything found in one set of minutes."""

    meeting: Meeting = field(default_factory=Meeting)
    resolutions: list[FoundResolution] = field(default_factory=list)
    actions: list[FoundAction] = field(default_factory=list)
    attendees: dict[str, str] = field(default_factory=dict)

    def to_json(self, *, evidence: bool = False) -> dict:
        """The stable JSON shape used by the importer and the expected files.

        ``evidence=True`` adds the review aids of issue 12 (``minute_ref`` on resolutions
        and actions, ``draft`` and ``flags`` on actions); the default shape is unchanged.
        """
        return {
            "meeting": {
                "body": self.meeting.body,
                "date": _iso(self.meeting.date),
            },
            "resolutions": [
                {"ref": r.ref, "text": r.text, "line": r.line}
                | ({"minute_ref": r.minute_ref} if evidence else {})
                for r in self.resolutions
            ],
            "actions": [
                {
                    "text": a.text,
                    "owner": a.owner,
                    "due_date": _iso(a.due_date),
                    "due_text": a.due_text,
                    "resolution_ref": a.resolution_ref,
                    "line": a.line,
                    "status": a.status,
                }
                | (
                    {"minute_ref": a.minute_ref, "draft": a.draft, "flags": list(a.flags)}
                    if evidence
                    else {}
                )
                for a in self.actions
            ],
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
