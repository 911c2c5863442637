"""The register as open data: JSON in the Popolo / Open Civic Data vocabulary.

Committees are Popolo organizations, owners are posts, meetings are events and
resolutions are motions.  No standard has a type for an action a meeting asked for
and its status history yet, so clerk adds one under the key "x_clerk_actions"
(documented in docs/open-data.md; the JSON Schema is data/schema.json).
"""

from __future__ import annotations

import json

from clerk_cli.views.publish import CommitteeSite, PublicAction, SiteData

# Meeting statuses as Open Civic Data's event statuses.
EVENT_STATUS = {"scheduled": "confirmed", "held": "passed", "cancelled": "cancelled"}
COUNCIL_ID = "council"


def _dump(data: dict) -> bytes:
    # Compact, without indent: the standard library's C encoder (indent makes it use the
    # pure-Python one, several times slower on a committee of thousands of actions).
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def _day(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "astimezone"):
        value = value.astimezone().date()
    return value.isoformat()


def organization_id(code: str) -> str:
    return f"committee/{code}"


def post_id(owner_id: int | None) -> str | None:
    return f"post/{owner_id}" if owner_id is not None else None


def _organization(site: SiteData, code: str, name: str) -> dict:
    org = {
        "id": organization_id(code),
        "name": name,
        "classification": "committee",
        "identifiers": [{"scheme": "clerk", "identifier": code}],
    }
    if site.organisation:
        org["parent_id"] = COUNCIL_ID
    return org


def index_json(site: SiteData) -> bytes:
    """data/index.json: every committee (organizations) and post, and where the rest is."""
    from clerk_cli.render.publish import committee_href, name

    organizations = []
    if site.organisation:
        organizations.append(
            {"id": COUNCIL_ID, "name": site.organisation, "classification": "council"}
        )
    organizations += [_organization(site, s.code, s.name) for s in site.summaries]
    posts = []
    for owner_id, label in site.posts:
        post = {"id": post_id(owner_id), "label": label}
        if site.organisation:
            post["organization_id"] = COUNCIL_ID
        posts.append(post)
    return _dump(
        {
            "$schema": "schema.json",
            "meta": {
                "generator": "clerk",
                "as_of": site.as_of.isoformat(),
                "updated": site.updated.isoformat(timespec="seconds") if site.updated else None,
                "extension": "x_clerk_actions",
                "committees": [
                    {
                        "organization_id": organization_id(s.code),
                        "data": f"{name(s.code)}.json",
                        "page": f"../{committee_href(s.code)}",
                    }
                    for s in site.summaries
                ],
            },
            "organizations": organizations,
            "posts": posts,
        }
    )


def _action(p: PublicAction, code: str, motions: dict[int, str], events: dict[str, str]) -> dict:
    from clerk_cli.render.publish import name

    a = p.action
    history = []
    notes = []
    for h in p.history:
        if h.kind == "note":
            notes.append({"date": _day(h.at), "text": h.text})
            continue
        entry = {"date": _day(h.at), "change": h.kind}
        if h.kind != "created":
            entry["from"], entry["to"] = h.old, h.new
        if h.moved_with_meeting:
            entry["moved_with_meeting"] = True
        history.append(entry)
    return {
        "id": f"action/{a.ref}",
        "identifier": a.ref,
        "text": a.text,
        "organization_id": organization_id(code),
        "post_id": post_id(a.owner_id) if a.owner else None,
        "post_label": a.owner,
        "event_id": events.get(p.meeting_page) if p.meeting_page else None,
        "motion_id": motions.get(p.resolution_id) if p.resolution_id else None,
        "resolution_identifier": a.resolution_ref,
        "minute": a.minute,
        "status": a.status,
        "due_date": _day(a.due_date),
        "due_text": a.due_display or None,
        "original_due_date": _day(a.original_due_date),
        "slip_count": a.slip_count,
        "rag": a.rag,
        "rag_reason": a.rag_reason,
        "created_date": _day(a.created_at),
        "closed_date": _day(a.completed_at),
        "url": f"../{name(code)}/actions/{name(a.ref)}.html",
        "notes": notes,
        "status_history": history,
    }


def committee_json(site: SiteData, c: CommitteeSite) -> bytes:
    """data/CODE.json: a committee with its events, motions and actions."""
    from clerk_cli.render.publish import name

    code = c.summary.code
    events, motions = {}, {}
    event_list, motion_list = [], []
    for mt in c.meetings:
        event_id = f"event/{code}/{mt.page}"
        events[mt.page] = event_id
        start = mt.date.isoformat() + (f"T{mt.time}" if mt.time else "")
        event = {
            "id": event_id,
            "name": mt.title or f"{c.summary.name}, {mt.date.isoformat()}",
            "classification": "committee-meeting",
            "start_date": start,
            "status": EVENT_STATUS.get(mt.status, mt.status),
            "organization_id": organization_id(code),
            "url": f"../{name(code)}/meetings/{name(mt.page)}.html",
        }
        event_list.append(event)
        for r in mt.resolutions:
            motions[r.id] = f"motion/{r.id}"
            motion_list.append(
                {
                    "id": motions[r.id],
                    "organization_id": organization_id(code),
                    "legislative_session_id": event_id,
                    "identifier": r.ref,
                    "text": r.text,
                    "date": mt.date.isoformat(),
                    "result": "pass",
                }
            )
    return _dump(
        {
            "$schema": "schema.json",
            "meta": {
                "generator": "clerk",
                "as_of": site.as_of.isoformat(),
                "extension": "x_clerk_actions",
            },
            "organizations": [_organization(site, code, c.summary.name)],
            "events": event_list,
            "motions": motion_list,
            "x_clerk_actions": [_action(p, code, motions, events) for p in c.actions],
        }
    )
