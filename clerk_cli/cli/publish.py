"""clerk publish: the public register, as a static website with open data."""

from __future__ import annotations

import click

from clerk_cli.cli.options import PAST_DATE, complete_committee, complete_file


@click.command("publish")
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    metavar="DIR",
    shell_complete=complete_file,
    help="The directory to write the site into (new, empty, or written by clerk publish before).",
)
@click.option(
    "--committee",
    "committees",
    multiple=True,
    metavar="CODE",
    shell_complete=complete_committee,
    help="Publish only this committee (repeat for more; default: every committee not archived).",
)
@click.option(
    "--as-of",
    type=PAST_DATE,
    default=None,
    help="Rate open actions as at this day (default: the day of the newest public change, "
    "so publishing the same data again changes nothing).",
)
@click.option(
    "--organisation",
    metavar="NAME",
    default=None,
    help="The council's name for the pages' titles (default: [action_log] organisation).",
)
@click.option(
    "--base-url",
    metavar="URL",
    default=None,
    help="Where the site will be hosted, e.g. https://example.gov.uk/actions/ (for the feed).",
)
@click.pass_obj
def publish(app, output, committees, as_of, organisation, base_url):
    """A public register of what was promised: a static website, open data and a feed.

    Writes an index of committees, a page per committee, per meeting (its
    resolutions and actions) and per action (its public notes, statuses and due
    dates), with JSON in the Popolo / Open Civic Data vocabulary and an Atom feed of
    changes.  Confidential actions and their notes are never published, nor the notes
    and changes of an action from while it was confidential.  Running it again
    rewrites only the pages whose content changed and removes those of deleted
    actions.  The files are public (readable by everyone): host the directory as it is.

    \b
    Examples:
      clerk publish -o site
      clerk publish -o site --committee CSSC --committee CAB
      clerk publish -o /var/www/actions --organisation "Example Borough Council" \\
            --base-url https://example.gov.uk/actions/
    """
    from clerk_cli.render.publish import render_site
    from clerk_cli.render.publish.files import check_directory, read_manifest, site_key, write_site
    from clerk_cli.services.publish import gather_site

    if organisation is None:
        from clerk_cli.config import load_settings

        organisation = load_settings().action_log.organisation
    if base_url and not base_url.endswith("/"):
        base_url += "/"
    directory = check_directory(output)
    key = site_key({"organisation": organisation, "base_url": base_url})
    previous, old_files = read_manifest(directory, key)
    site = gather_site(
        app.db,
        committees=committees,
        as_of=as_of,
        previous=previous,
        organisation=organisation,
        base_url=base_url,
    )
    result = write_site(directory, site, render_site(site), old_files, key)
    scope = "every committee" if result.full else (", ".join(result.rebuilt) or "no committee")
    click.echo(
        f"Published to {result.directory} (public: readable by everyone), as at "
        f"{result.as_of.isoformat()}: {result.written} file(s) written, {result.unchanged} "
        f"unchanged, {result.removed} removed; rebuilt {scope}.",
        err=True,
    )
