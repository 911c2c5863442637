"""The action log as a standalone, printable HTML page (Jinja2, every value autoescaped)."""

from __future__ import annotations

from types import SimpleNamespace

from clerk_cli.rules.status import status_words
from clerk_cli.views import ActionLog


def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    # autoescape=True, not select_autoescape: the template's name ends in .j2.
    return Environment(
        loader=PackageLoader("clerk_cli", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def action_log_html(log: ActionLog) -> str:
    """A complete HTML5 document: lang, charset, title, captioned tables with scoped headers, print CSS."""
    from clerk_cli.render import actionlog as cells_module
    from clerk_cli.render import owner_text

    cells = SimpleNamespace(
        minute_ref=cells_module.minute_ref,
        action_cell=cells_module.action_cell,
        owner_text=owner_text,
        original_due=cells_module.original_due,
        current_due=cells_module.current_due,
        slips=cells_module.slips,
        status_cell=cells_module.status_cell,
        status_text=status_words,
        completed_cell=cells_module.completed_cell,
    )
    template = _environment().get_template("action_log.html.j2")
    return template.render(log=log, cells=cells, context=cells_module.context_line(log))
