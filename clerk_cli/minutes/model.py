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


@dataclass
class Extraction:
    """Everything found in one set of minutes."""

    meeting: Meeting = field(default_factory=Meeting)
    resolutions: list[FoundResolution] = field(default_factory=list)
    actions: list[FoundAction] = field(default_factory=list)
    attendees: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        """The stable JSON shape used by the importer and the expected files."""
        return {
            "meeting": {
                "body": self.meeting.body,
                "date": _iso(self.meeting.date),
            },
            "resolutions": [
                {"ref": r.ref, "text": r.text, "line": r.line} for r in self.resolutions
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
                for a in self.actions
            ],
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
