"""The public register as files: HTML pages, one style sheet, open data and an Atom feed.

render_site turns a SiteData into {relative path: bytes}; files.write_site puts them in
the directory, writing only what changed.  Layout of the site:

    index.html                      every committee, with counts and recent changes
    style.css  feed.xml             one small style sheet; the Atom feed of changes
    data/index.json                 organisations (committees) and posts (Popolo)
    data/CODE.json                  a committee's events, motions and actions
    data/schema.json                the JSON Schema both follow
    CODE/index.html                 a committee: open actions, meetings
    CODE/meetings/YYYY-MM-DD.html   a meeting: resolutions and actions
    CODE/actions/CODE-N.html        an action: details and public history

Pages never show the clock's time: only dates and times the data holds, so the same
data gives the same bytes.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import cache
from urllib.parse import quote

from clerk_cli.dates import MONTH_NAMES
from clerk_cli.views.publish import FeedEntry, HistoryEntry, SiteData

# The directory's manifest (render.publish.files) and the file of the site's schema.
STATIC = ("style.css",)


def long(value) -> str:
    """14 June 2022 (a time is shown as its local day)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def local_day(value: datetime) -> str:
    return value.astimezone().date().isoformat()


def iso(value: datetime) -> str:
    """RFC 3339 in UTC, to the second (Atom)."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def name(text: str) -> str:
    """A code, date or reference as a file name and link ("&" may stay: it is allowed in
    a URL's path, and autoescaping writes it as &amp; in the HTML)."""
    return quote(text, safe="&")


def committee_dir(code: str) -> str:
    return name(code)


def committee_href(code: str) -> str:
    return f"{committee_dir(code)}/index.html"


def meeting_href(code: str, page: str) -> str:
    return f"{committee_dir(code)}/meetings/{name(page)}.html"


def action_href_of(ref: str, code: str) -> str:
    return f"{committee_dir(code)}/actions/{name(ref)}.html"


def action_href(a) -> str:
    return action_href_of(a.ref, a.committee)


def due(a) -> str:
    """The due date as the register shows it: a long date, or the words it was given."""
    if a.due_date is not None:
        return long(a.due_date)
    return a.due_display or "none given"


def marker(a) -> str:
    """OVERDUE or DUE SOON beside an open action's status (rules.status decides)."""
    from clerk_cli.render.actionlog import paper_marker

    return paper_marker(a)


def _date_text(value: str | None) -> str:
    if not value:
        return ""
    try:
        return long(date.fromisoformat(value[:10]))
    except ValueError:
        return value


def history_words(h: HistoryEntry) -> str:
    """One line of an action's history, in words."""
    from clerk_cli.rules.status import status_words

    if h.kind == "created":
        return "Recorded."
    if h.kind == "note":
        return f"Note: {h.text}"
    if h.kind == "status":
        return f"Status changed from {status_words(h.old or '')} to {status_words(h.new or '')}."
    if h.kind == "due_date":
        old, new = _date_text(h.old), _date_text(h.new)
        if h.moved_with_meeting:
            return f"Due date moved with its meeting from {old or 'none'} to {new or 'none'}."
        if not old:
            return f"Due date set to {new}."
        if not new:
            return f"Due date removed (was {old})."
        return f"Due date changed from {old} to {new}."
    return h.kind


def change_words(e: FeedEntry) -> str:
    """A feed entry in words (its action's reference is shown beside it)."""
    from clerk_cli.rules.status import status_words

    if e.field == "created":
        return f"recorded: {e.new}" if e.new else "recorded"
    if e.field == "note":
        return f"note: {e.new}"
    if e.field == "status":
        return f"status changed from {status_words(e.old or '')} to {status_words(e.new or '')}"
    if e.field == "due_date":
        old, new = _date_text(e.old), _date_text(e.new)
        return f"due date changed from {old or 'none'} to {new or 'none'}"
    return e.field


def feed_namespace(site: SiteData) -> uuid.UUID:
    return uuid.uuid5(
        uuid.NAMESPACE_URL, site.base_url or "clerk-publish:" + ",".join(site.selection)
    )


@cache
def _environment():
    from clerk_cli.render.html import html_environment
    from clerk_cli.rules.rag import MARKS
    from clerk_cli.rules.status import status_words

    env = html_environment()
    env.filters.update(
        long=long,
        local_day=local_day,
        iso=iso,
        quote=name,
        committee_href=committee_href,
        meeting_href=meeting_href,
        action_href=action_href,
        action_href_of=action_href_of,
        due=due,
        marker=marker,
        status_words=status_words,
        rag_mark=lambda rag: MARKS.get(rag, ""),
        history_words=history_words,
        change_words=change_words,
    )
    # The macros as a global, built once (an {% import %} in each page would rebuild
    # them for every one of a hundred thousand pages).
    env.globals["m"] = env.get_template("publish/_macros.html.j2").module
    return env


def site_title(site: SiteData) -> str:
    return f"{site.organisation}: committee actions" if site.organisation else "Committee actions"


def render_site(site: SiteData) -> Iterator[tuple[str, bytes, str]]:
    """Every file of this run, one at a time (a site of 100,000 pages is never held in
    memory at once): (path, bytes, part).  part is the committee code a file belongs
    to, or '' for the files of the whole site (rebuilt on every run), which come last:
    the pages they link to are written before them."""
    from importlib.resources import files as package_files

    from clerk_cli.render.publish import opendata

    env = _environment()
    common = {"site_title": site_title(site), "as_of": site.as_of}

    def page(template: str, **context) -> bytes:
        return env.get_template(f"publish/{template}").render(**common, **context).encode("utf-8")

    action_template = env.get_template("publish/action.html.j2")
    meeting_template = env.get_template("publish/meeting.html.j2")
    for c in site.committees:
        code = c.summary.code
        home = committee_dir(code)
        crumb_c = (c.summary.name, "../index.html")
        resolution_ids = {r.id for mt in c.meetings for r in mt.resolutions}
        for p in c.actions:
            a = p.action
            crumbs = [("Committees", "../../index.html"), crumb_c]
            if p.meeting_page:
                crumbs.append((long(a.meeting_date), f"../meetings/{name(p.meeting_page)}.html"))
            crumbs.append((a.ref, None))
            text = action_template.render(
                **common, root="../../", crumbs=crumbs, p=p, resolution_ids=resolution_ids
            )
            yield f"{home}/actions/{name(a.ref)}.html", text.encode("utf-8"), code
        for mt in c.meetings:
            text = meeting_template.render(
                **common,
                root="../../",
                crumbs=[("Committees", "../../index.html"), crumb_c, (long(mt.date), None)],
                c=c,
                mt=mt,
            )
            yield f"{home}/meetings/{name(mt.page)}.html", text.encode("utf-8"), code
        yield f"data/{name(code)}.json", opendata.committee_json(site, c), code
        crumbs = [("Committees", "../index.html"), (c.summary.name, None)]
        yield f"{home}/index.html", page("committee.html.j2", root="../", crumbs=crumbs, c=c), code

    templates = package_files("clerk_cli") / "templates" / "publish"
    for static in STATIC:
        yield static, (templates / static).read_bytes(), ""
    yield "data/schema.json", (templates / "schema.json").read_bytes(), ""
    yield "data/index.json", opendata.index_json(site), ""
    ns = feed_namespace(site)
    feed = env.get_template("publish/feed.xml.j2").render(
        **common,
        feed=site.feed,
        base=site.base_url or "",
        feed_id=f"urn:uuid:{uuid.uuid5(ns, 'feed')}",
        updated_iso=iso(site.updated) if site.updated else f"{site.as_of.isoformat()}T00:00:00Z",
        entry_id=lambda e: f"urn:uuid:{uuid.uuid5(ns, f'change-{e.audit_id}')}",
    )
    yield "feed.xml", feed.encode("utf-8"), ""
    index = page(
        "index.html.j2",
        root="",
        crumbs=[],
        summaries=site.summaries,
        updated=site.updated,
        feed=site.feed[:10],
    )
    yield "index.html", index, ""
