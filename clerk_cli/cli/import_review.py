"""The interactive import review: one proposed action at a time, single keys.

Keys work over SSH with no mouse (Click's getchar and prompts; owner names complete
with Tab through readline when Python has it).  Nothing is written here: the
decisions go back to the caller, who has the whole set checked and confirmed before
one transaction records it.  Ctrl-C anywhere aborts with nothing recorded.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date

import click

from clerk_cli.errors import ClerkError

KEYS = (
    "Enter/a accept   s skip   e edit text   o owner   d due   m merge with item   "
    "r resolution only   n minute   A accept all the rest   b back   ? help"
)


@contextmanager
def _completing(names: list[str]):
    """Tab completes over names in the next prompts (readline, when present)."""
    try:
        import readline
    except ImportError:  # no readline (Windows): the prompt still works, without Tab
        yield
        return
    old_completer, old_delims = readline.get_completer(), readline.get_completer_delims()

    def complete(text: str, state: int):
        typed = readline.get_line_buffer().casefold()
        hits = [n for n in names if n.casefold().startswith(typed)]
        hits += [n for n in names if typed in n.casefold() and n not in hits]
        return hits[state] if state < len(hits) else None

    readline.set_completer(complete)
    readline.set_completer_delims("")
    readline.parse_and_bind("tab: complete")
    try:
        yield
    finally:
        readline.set_completer(old_completer)
        readline.set_completer_delims(old_delims)


def _key(prompt: str) -> str:
    click.echo(prompt, nl=False)
    ch = click.getchar()
    if not ch:  # end of input: nobody is there to answer, so nothing is recorded
        click.echo("")
        raise click.Abort()
    click.echo(ch if ch.isprintable() else "")
    return ch


def review_items(plan, decisions, *, owners: list[str], meeting_date: date, show_item):
    """Step through the items, changing ``decisions`` (ItemDecision, one per item) in
    place.  ``show_item(n, total, decision, action, answered)`` gives the lines
    describing an item (``answered``: what the clerk has changed of the proposal).
    Returns the number of keys pressed (for the measure in docs/import.md)."""
    from clerk_cli.services.importer.decisions import NEW_PREFIX, due_field, owner_field

    known = {o.casefold(): o for o in owners}
    keys = 0
    i = 0
    total = len(decisions)
    while i < total:
        d, a = decisions[i], plan.actions[i]
        click.echo("")
        answered = frozenset(
            name
            for name, changed in (
                ("due", d.due != due_field(a)),
                ("owner", d.owner != owner_field(a.owner)),
                ("decision", d.decision != getattr(a, "decision", "accept")),
            )
            if changed
        )
        for line in show_item(i + 1, total, d, a, answered):
            click.echo(line)
        ch = _key("> ")
        keys += 1
        if ch in ("\r", "\n", "a", "y"):
            if ch == "a":
                d.decision = "accept"
            i += 1
        elif ch == "s":
            d.decision = "skip"
            i += 1
        elif ch == "A":
            return keys
        elif ch == "b":
            i = max(0, i - 1)
        elif ch == "e":
            d.text = click.prompt("Text", default=d.text)
        elif ch == "n":
            d.minute = click.prompt("Minute", default=d.minute or "", show_default=bool(d.minute))
        elif ch == "r":
            if d.resolution:
                d.decision = "resolution-only"
                i += 1
            else:
                click.echo("Not from a resolution: skip it with s instead.")
        elif ch == "m":
            n = click.prompt("Merge into item", type=click.IntRange(1, total))
            if n == i + 1:
                click.echo("That is this item.")
            else:
                d.decision = f"merge:{n}"
                i += 1
        elif ch == "o":
            d.owner = _ask_owner(d.owner, known, NEW_PREFIX)
        elif ch == "d":
            d.due = _ask_due(d.due, meeting_date)
        else:
            click.echo(KEYS)
    return keys


def _ask_owner(current: str, known: dict[str, str], new_prefix: str) -> str:
    """An owner: a recorded post (Tab completes), a new one only after a yes, or none."""
    while True:
        with _completing(sorted(known.values())):
            name = click.prompt(
                "Owner (Tab completes; '-' for nobody)",
                default=current.removeprefix(new_prefix).strip() or "-",
                show_default=True,
            ).strip()
        if name in ("-", ""):
            return ""
        if name.casefold() in known:
            return known[name.casefold()]
        if click.confirm(f"'{name}' is not a recorded post. Create it?", default=False):
            return f"{new_prefix} {name}"


def _ask_due(current: str, meeting_date: date) -> str:
    """A due date in the due-date grammar, counted from the meeting; '-' for none."""
    from clerk_cli.dates import parse_due

    while True:
        words = click.prompt(
            "Due (e.g. 31/03/2023, next meeting, +6w; '-' for none)",
            default=current or "-",
        ).strip()
        if words in ("-", ""):
            return ""
        try:
            due = parse_due(words, today=meeting_date)
        except ClerkError as exc:
            click.echo(exc.message)
            continue
        click.echo(f"Due: {due.date.isoformat() if due.date else words}")
        return words
