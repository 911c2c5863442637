"""Which actions an export covers: the filters of `clerk list`, by name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clerk_cli.errors import InvalidInput
from clerk_cli.rules.as_of import open_as_of
from clerk_cli.rules.status import ACTION_STATUSES
from clerk_cli.store import lookup
from clerk_cli.store.queries import ActionFilter
from clerk_cli.store.sql import Sql


@dataclass
class ExportFilter:
    """The filters of `clerk list`, by name (looked up inside the transaction)."""

    statuses: tuple[str, ...] | None = None  # None: every status
    committees: tuple[str, ...] | None = None
    owners: tuple[str, ...] | None = None
    meeting: str | None = None
    due_from: date | None = None
    due_to: date | None = None
    search: str | None = None
    include_confidential: bool = False

    @property
    def complete(self) -> bool:
        """No filter at all: the export is a full backup."""
        return self.include_confidential and not any(
            (
                self.statuses,
                self.committees,
                self.owners,
                self.meeting,
                self.due_from,
                self.due_to,
                self.search,
            )
        )

    def describe(self) -> dict:
        """The filters as the JSON export's header records them."""
        return {
            "statuses": list(self.statuses) if self.statuses else None,
            "committees": list(self.committees) if self.committees else None,
            "owners": list(self.owners) if self.owners else None,
            "meeting": self.meeting,
            "due_from": self.due_from.isoformat() if self.due_from else None,
            "due_to": self.due_to.isoformat() if self.due_to else None,
            "search": self.search,
            "include_confidential": self.include_confidential,
        }

    def resolve(self, q: Sql, *, statuses=None, as_of: date | None = None) -> ActionFilter:
        """The store's ActionFilter: names looked up (one-line errors for unknown ones).
        as_of: a past day gives the actions as they stood at its end (what list --as-of
        asks for: store.queries.ActionFilter.stood_on); today or none, as they are."""
        chosen = statuses if statuses is not None else self.statuses
        if chosen:
            bad = [x for x in chosen if x not in ACTION_STATUSES]
            if bad:
                raise InvalidInput(
                    f"'{bad[0]}' is not a status.",
                    hint=f"Use one of: {', '.join(ACTION_STATUSES)}.",
                )
        return ActionFilter(
            statuses=tuple(chosen) if chosen else None,
            committee_ids=[lookup.committee(q, c).id for c in self.committees]
            if self.committees
            else None,
            owner_ids=[lookup.owner(q, o).id for o in self.owners] if self.owners else None,
            meeting_id=lookup.meeting(q, self.meeting).id if self.meeting else None,
            due_from=self.due_from,
            due_on_or_before=self.due_to,
            include_confidential=self.include_confidential,
            text_contains=self.search,
            stood_on=open_as_of(as_of, date.today()) if as_of is not None else None,
        )
