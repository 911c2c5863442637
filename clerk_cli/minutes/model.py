"""The data the extractor returns: plain records, no behaviour beyond to_json.

They are written out rather than declared with ``@dataclass``: a dataclass generates and
compiles its methods when the module is imported, about 0.3 ms each, and
``clerk import-minutes`` pays every one of them at each start.  ``Record`` gives them
what the dataclasses gave (a repr, equality by fields); the fields are the ``__slots__``.
"""

from __future__ import annotations

from datetime import date


class Record:
    """Base of the extractor's records: repr and equality from ``__slots__``."""

    __slots__ = ()
    __hash__ = None  # mutable, as the dataclasses were

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)


class Meeting(Record):
    """What the minutes say about the meeting itself."""

    __slots__ = ("body", "date", "time", "title", "item")

    def __init__(
        self,
        body: str | None = None,
        date: date | None = None,
        time: str | None = None,  # "HH:MM", 24-hour
        title: str | None = None,
        item: str | None = None,
    ):
        self.body = body
        self.date = date
        self.time = time
        self.title = title
        self.item = item


class FoundResolution(Record):
    """A decision of the meeting: one per numbered limb."""

    __slots__ = ("ref", "text", "line", "source", "minute_ref")

    def __init__(
        self,
        ref: str,
        text: str,
        line: int,
        source: str,
        minute_ref: str | None = None,  # the minute (agenda item) it was taken under
    ):
        self.ref = ref
        self.text = text
        self.line = line
        self.source = source
        self.minute_ref = minute_ref


class FoundAction(Record):
    """Something somebody has to do, as found in the minutes."""

    __slots__ = (
        "text",
        "owner",
        "due_date",
        "due_text",
        "due_rule",
        "resolution_ref",
        "line",
        "source",
        "status",
        "minute_ref",
        "draft",
        "flags",
        "item",
        "before",
    )

    def __init__(
        self,
        text: str,
        owner: str | None,
        due_date: date | None,
        due_text: str | None,
        due_rule: str | None,
        resolution_ref: str | None,
        line: int,
        source: str,
        status: str = "open",
        # Added by issue 12 (evidence and review aids; the importer may ignore them):
        minute_ref: str | None = None,  # the minute (agenda item) it was found under
        draft: str | None = None,  # the action as an instruction: "Order the pads ..."
        flags: list[str] | None = None,  # "no owner named", "no due date", ...
        item: str | None = None,  # the heading of the item it was found under
        # the sentence before it in its paragraph, kept for a short action ("EL to order."
        # after "The Harbour Master asked for a second lifebuoy.")
        before: str | None = None,
    ):
        self.text = text
        self.owner = owner
        self.due_date = due_date
        self.due_text = due_text
        self.due_rule = due_rule
        self.resolution_ref = resolution_ref
        self.line = line
        self.source = source
        self.status = status
        self.minute_ref = minute_ref
        self.draft = draft
        self.flags = [] if flags is None else flags
        self.item = item
        self.before = before


class Extraction(Record):
    """Everything found in one set of minutes."""

    __slots__ = ("meeting", "resolutions", "actions", "attendees")

    def __init__(
        self,
        meeting: Meeting | None = None,
        resolutions: list[FoundResolution] | None = None,
        actions: list[FoundAction] | None = None,
        attendees: dict[str, str] | None = None,
    ):
        self.meeting = Meeting() if meeting is None else meeting
        self.resolutions = [] if resolutions is None else resolutions
        self.actions = [] if actions is None else actions
        self.attendees = {} if attendees is None else attendees

    def to_json(self, *, evidence: bool = False) -> dict:
        """The stable JSON shape used by the importer and the expected files.

        ``evidence=True`` adds the review aids of issue 12 (``minute_ref`` on resolutions
        and actions, ``draft``, ``flags`` ``item``, the heading above, and ``before``, the sentence before a short action, on
        actions); the
        default shape is unchanged.
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
                    {
                        "minute_ref": a.minute_ref,
                        "draft": a.draft,
                        "flags": list(a.flags),
                        "item": a.item,
                        "before": a.before,
                    }
                    if evidence
                    else {}
                )
                for a in self.actions
            ],
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
