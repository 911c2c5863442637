"""Hand-built exports for the JSON tests: the shape export_json gives, at any size."""

from __future__ import annotations

from clerk_cli.db import HEAD_REVISION

STAMP = "2022-06-14T10:00:00+00:00"


def big_export(n_actions: int) -> dict:
    """An export of n actions, each with a note and some history, as export_json gives it."""
    audit = iter(range(1, 10 * n_actions))

    def history(i):
        return [
            {
                "id": next(audit),
                "at": STAMP,
                "by": "clerk",
                "entity": "action",
                "entity_id": i,
                "label": f"BIG-{i}",
                "committee_id": 1,
                "field": field,
                "old": None,
                "new": f"value {i} of {field}",
                "effective_at": None,
            }
            for field in ("created", "due_date", "status")
        ]

    return {
        "clerk_export_version": 1,
        "schema_revision": HEAD_REVISION,
        "complete": True,
        "filters": None,
        "committees": [
            {
                "id": 1,
                "name": "Big Committee",
                "code": "BIG",
                "clerk_name": None,
                "clerk_email": None,
                "next_action_number": n_actions + 1,
                "created_at": STAMP,
                "closure_needs_agreement": False,
            }
        ],
        "owners": [
            {
                "id": 1,
                "name": "Officer",
                "created_at": STAMP,
                "holders": [
                    {
                        "id": 1,
                        "name": "A Person",
                        "email": None,
                        "started_at": STAMP,
                        "ended_at": None,
                    }
                ],
            }
        ],
        "meetings": [
            {
                "id": 1,
                "committee_id": 1,
                "date": "2022-06-14",
                "time": None,
                "title": None,
                "status": "held",
                "created_at": STAMP,
            }
        ],
        "minutes_imports": [],
        "resolutions": [],
        "actions": [
            {
                "id": i,
                "ref": f"BIG-{i}",
                "number": i,
                "committee_id": 1,
                "meeting_id": 1,
                "resolution_id": None,
                "owner_id": 1,
                "text": f"Action number {i}: report back to the committee on ‘progress’",
                "status": "open",
                "due_date": "2022-09-20",
                "due_rule": None,
                "due_text": None,
                "original_due_date": "2022-09-20",
                "slip_count": 0,
                "confidential": False,
                "source": None,
                "import_id": None,
                "created_at": STAMP,
                "updated_at": f"2022-06-15T10:00:00.{i % 1_000_000:06d}+00:00",
                "completed_at": None,
                "minute_ref": None,
                "evidence": None,
                "outcome": None,
                "closed_meeting_id": None,
                "closed_minute": None,
                "notes": [
                    {"id": i, "text": f"Note on {i}", "author": "clerk", "created_at": STAMP}
                ],
                "history": history(i),
            }
            for i in range(1, n_actions + 1)
        ],
        "closure_proposals": [],
        "action_links": [],
        "audit": [],
        "digests_sent": [],
    }
