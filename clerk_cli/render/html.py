"""The action log as a standalone, printable HTML page (Jinja2, every value autoescaped)."""

from __future__ import annotations

import base64
from types import SimpleNamespace

from clerk_cli.rules.rag import MARKS
from clerk_cli.rules.status import status_words
from clerk_cli.views.papers import ActionLog


def html_environment():
    """Jinja2 for clerk's HTML: the package's templates, autoescaped, strict, cached."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    from clerk_cli.paths import template_cache

    # autoescape=True, not select_autoescape: the template's name ends in .j2.
    return Environment(
        loader=PackageLoader("clerk_cli", "templates"),
        bytecode_cache=template_cache(),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def logo_data_uri(settings) -> str:
    """The configured logo inlined (the page stays one self-contained file), or ''."""
    if settings is None or settings.logo is None:
        return ""
    kind = "png" if settings.logo.suffix.lower() == ".png" else "jpeg"
    data = base64.b64encode(settings.logo.read_bytes()).decode("ascii")
    return f"data:image/{kind};base64,{data}"


def css_string(text: str):
    """Text as a CSS string literal for the <style> element (raw text: not HTML-escaped)."""
    from markupsafe import Markup

    out = []
    for ch in text:
        if ch in '\\"<>&' or ord(ch) < 0x20:
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    return Markup('"' + "".join(out) + '"')


def action_log_html(log: ActionLog, settings=None) -> str:
    """A complete HTML5 document: lang, charset, title, captioned tables with scoped headers,
    a legend for the overdue and due-soon markers, print CSS with page X of Y, and a stacked
    card layout on narrow screens."""
    from clerk_cli.render import actionlog as paper
    from clerk_cli.render import owner_text

    style = settings.date_style if settings is not None else "long"
    cells = SimpleNamespace(
        minute_ref=paper.minute_ref,
        action_cell=paper.action_cell,
        owner_text=owner_text,
        original_due=lambda a: paper.paper_original_due(a, style),
        current_due=lambda a: paper.paper_current_due(a, style),
        completed=lambda a: paper.paper_completed(a, style),
        meeting=lambda a: paper.paper_meeting(a, style),
        group_heading=lambda g: paper.paper_group_heading(g, style),
        slips=paper.slips,
        status_cell=paper.status_cell,
        rating_mark=lambda a: MARKS.get(a.rag, ""),
        status_text=status_words,
        closed_status=paper.closed_status,
        marker=paper.paper_marker,
        row_class=paper.paper_class,
    )
    template = html_environment().get_template("action_log.html.j2")
    return template.render(
        log=log,
        cells=cells,
        context=paper.paper_context(log, style),
        legend=paper.LEGEND,
        rating_key=paper.rating_key(log),
        organisation=(settings.organisation if settings else None) or "",
        labels=paper.pack_labels(settings),
        prepared_by=(settings.prepared_by if settings else None) or "",
        logo=logo_data_uri(settings),
        restricted_css=css_string(log.restricted_mark),
    )
