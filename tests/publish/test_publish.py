"""clerk publish writes the public register: the pages, open data and feed, never a
confidential action or note, and only what changed when it runs again."""

from __future__ import annotations

import json
import os
import stat
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest
from actionlog.dataset import NASTY, on

from .conftest import SECRETS, publish, snapshot

ATOM = "{http://www.w3.org/2005/Atom}"


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag in ("a", "link") and a.get("href"):
            self.hrefs.append(a["href"])


def _parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_the_site_has_every_public_page_and_no_confidential_one(site, register):
    pages = {str(p.relative_to(site)) for p in site.rglob("*.html")}
    assert {"index.html", "CSSC/index.html", "AUD/index.html"} <= pages
    assert "CSSC/meetings/2022-06-14.html" in pages
    assert "CSSC/meetings/2022-07-19.html" in pages  # a cancelled meeting has its page
    for label in ("slipped", "nasty", "formula", "done", "dropped", "no_meeting", "aud_soon"):
        assert f"CSSC/actions/{register[label]}.html" in pages or (
            f"AUD/actions/{register[label]}.html" in pages
        )
    for label in ("secret_open", "secret_done", "secret_noted"):
        assert not any(p.endswith(f"/{register[label]}.html") for p in pages)
    assert (site / "style.css").is_file() and (site / "feed.xml").is_file()
    assert (site / "data" / "CSSC.json").is_file() and (site / "data" / "schema.json").is_file()


def test_no_confidential_action_note_or_resolution_in_any_file(site, register):
    """Pages, JSON, feed and manifest alike."""
    files = [p for p in site.rglob("*") if p.is_file()]
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} published in {path.relative_to(site)}"
        for label in ("secret_open", "secret_done", "secret_noted"):
            assert f"{register[label]}." not in text and f'"{register[label]}"' not in text
        # People's addresses are not published either (posts are, people are not).
        assert "@example.gov.uk" not in text, path
    # ...while what is public is there, escaped.
    nasty = (site / "CSSC" / "actions" / f"{register['nasty']}.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in nasty and "<script>" not in nasty
    assert NASTY in json.loads((site / "data" / "CSSC.json").read_text(encoding="utf-8")).__repr__()


def test_an_action_page_shows_its_public_history_rating_and_status_in_words(site, register):
    page = (site / "CSSC" / "actions" / f"{register['slipped']}.html").read_text(encoding="utf-8")
    assert "Due date changed from 30 April 2022 to 30 June 2022." in page
    assert "Status changed from open to in progress." in page
    assert "Note: Draft with legal" in page
    assert "[R] Red</span>: overdue by 21 days" in page  # as at 21 September 2022
    assert '<span class="status">in progress</span>' in page and "OVERDUE" in page
    # Posts, not people: no holder's name, no note's author, no email address.
    assert "Lucy Butler" not in page and "test-clerk" not in page and "@" not in page
    closed = (site / "CSSC" / "actions" / f"{register['done']}.html").read_text(encoding="utf-8")
    assert "none (closed)" in closed and "Status changed from open to done." in closed


def test_pages_are_accessible_by_construction(site):
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert '<html lang="en-GB">' in text
        assert '<a class="skip" href="#main">' in text and '<main id="main">' in text
        assert text.count("<h1>") == 1
        assert text.count("<table>") == text.count("<caption>")
        assert "<script" not in text  # works without JavaScript


def test_every_internal_link_resolves(site):
    for page in site.rglob("*.html"):
        for href in _parse(page).hrefs:
            if urlsplit(href).scheme:
                continue
            target, fragment = urldefrag(href)
            dest = (page.parent / target).resolve() if target else page
            assert dest.is_file(), f"{page.relative_to(site)} links to missing {href}"
            if fragment and dest.suffix == ".html":
                assert fragment in _parse(dest).ids, f"{page.relative_to(site)}: no #{fragment}"


def test_open_data_follows_its_schema(site, register):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((site / "data" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for name in ("index.json", "CSSC.json", "AUD.json"):
        data = json.loads((site / "data" / name).read_text(encoding="utf-8"))
        errors = [e.message for e in validator.iter_errors(data)]
        assert not errors, (name, errors[:3])
    index = json.loads((site / "data" / "index.json").read_text(encoding="utf-8"))
    assert {o["id"] for o in index["organizations"]} == {"committee/CSSC", "committee/AUD"}
    assert "Director of Children's Services" in {p["label"] for p in index["posts"]}
    cssc = json.loads((site / "data" / "CSSC.json").read_text(encoding="utf-8"))
    actions = {a["identifier"]: a for a in cssc["x_clerk_actions"]}
    slipped = actions[register["slipped"]]
    assert slipped["rag"] == "red" and slipped["rag_reason"] == "overdue by 21 days"
    assert slipped["event_id"] == "event/CSSC/2022-03-15"
    assert slipped["motion_id"] in {m["id"] for m in cssc["motions"]}
    assert [h["change"] for h in slipped["status_history"]] == [
        "created",
        "due_date",
        "due_date",
        "status",
    ]
    assert {e["status"] for e in cssc["events"]} == {"passed", "cancelled", "confirmed"}
    # A schema that rejects what it should: a confidential flag is not in the vocabulary.
    bad = dict(cssc, x_clerk_actions=[dict(slipped, confidential=False)])
    assert list(validator.iter_errors(bad))


def test_the_feed_is_atom_with_public_changes_only(site, register):
    root = ET.parse(site / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}updated").text == "2022-09-21T10:00:00Z"  # the newest change
    entries = root.findall(f"{ATOM}entry")
    titles = [e.find(f"{ATOM}title").text for e in entries]
    # Newest recorded first (the note was recorded after the dataset, backdated).
    assert titles[0] == f"{register['formula']} note: Chased the finance team"
    assert f"{register['later']} recorded: Review the action log format" in titles
    assert len({e.find(f"{ATOM}id").text for e in entries}) == len(entries)
    for e in entries:
        assert e.find(f"{ATOM}updated").text.endswith("Z")
        href = e.find(f"{ATOM}link").get("href")
        assert (site / href).is_file()
    text = (site / "feed.xml").read_text(encoding="utf-8")
    for label in ("secret_open", "secret_done", "secret_noted"):
        assert register[label] not in text


def test_the_feed_shows_an_action_as_its_text_is_now(site, register, cli):
    """A text corrected since it was recorded (a name taken out) stays corrected."""
    ref = register["later"]
    r = cli("edit", ref, "--text", "Review the action log's format")
    assert r.exit_code == 0, r.output
    publish(cli, site, "--as-of", "2022-09-21")
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert f"{ref} recorded: Review the action log&#39;s format" in feed
    assert "Review the action log format" not in feed


def test_publishing_again_changes_nothing(site, cli):
    before = snapshot(site)
    result = publish(cli, site)
    assert "0 file(s) written" in result.output
    assert snapshot(site) == before  # the same bytes and the same mtimes


def test_one_new_note_rewrites_only_the_pages_it_affects(site, register, db, cli):
    from clerk_cli.services.actions import add_note

    before = snapshot(site)
    with on("2022-09-21", 12):  # the same as-at day
        add_note(db, register["nasty"], "Results published")
    publish(cli, site)
    after = snapshot(site)
    changed = {p for p in after if after[p] != before.get(p)}
    ref = register["nasty"]
    assert f"CSSC/actions/{ref}.html" in changed
    assert "Results published" in after[f"CSSC/actions/{ref}.html"][0].decode()
    allowed = {
        f"CSSC/actions/{ref}.html",
        "CSSC/meetings/2022-06-14.html",  # its rating's reason may change
        "CSSC/index.html",
        "data/CSSC.json",
        "data/index.json",
        "index.html",
        "feed.xml",
        ".clerk-publish.json",
    }
    assert changed <= allowed, changed - allowed
    assert not any(p.startswith("AUD/") for p in changed)
    assert set(after) == set(before)
    # What the incremental run left is what a whole new publish writes.
    fresh = site.parent / "fresh"
    publish(cli, fresh)
    again = snapshot(fresh)
    assert set(again) == set(after)
    for path, (data, _mtime) in again.items():
        if path != ".clerk-publish.json":
            assert data == after[path][0], path


def test_a_new_holder_rebuilds_nothing_and_a_renamed_post_everything(site, cli):
    """Holders are not published; a post's name is on every committee's pages."""
    before = snapshot(site)
    r = cli("owner", "handover", "Chief Finance Officer", "--to", "Ada Lovelace <ada@example.org>")
    assert r.exit_code == 0, r.output
    result = publish(cli, site, "--as-of", "2022-09-21")
    assert "rebuilt no committee" in result.output
    assert {p for p, v in snapshot(site).items() if v != before.get(p)} <= {
        "index.html",
        "feed.xml",
        "data/index.json",
        ".clerk-publish.json",
    }
    r = cli("owner", "edit", "Chief Finance Officer", "--rename", "Director of Finance")
    assert r.exit_code == 0, r.output
    result = publish(cli, site, "--as-of", "2022-09-21")
    assert "rebuilt every committee" in result.output
    page = (site / "AUD" / "index.html").read_text(encoding="utf-8")
    assert "Director of Finance" in page and "Chief Finance Officer" not in page


def test_a_deleted_action_and_one_made_confidential_lose_their_pages(site, register, cli):
    gone, hidden = register["formula"], register["dropped"]
    assert cli("delete", gone, "--yes").exit_code == 0
    assert cli("edit", hidden, "--confidential").exit_code == 0
    publish(cli, site, "--as-of", "2022-09-21")
    for ref in (gone, hidden):
        assert not (site / "CSSC" / "actions" / f"{ref}.html").exists()
        for path in site.rglob("*"):
            if path.is_file():
                assert f"{ref}." not in path.read_text(encoding="utf-8"), path


def test_committee_choice_and_files_readable_by_everyone(register, cli, tmp_path):
    out = tmp_path / "aud"
    publish(cli, out, "--committee", "aud")
    assert (out / "AUD" / "index.html").is_file() and not (out / "CSSC").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Audit &amp; Governance Committee" in index and "Children" not in index
    for path in out.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o755 if path.is_dir() else 0o644), (path, oct(mode))
    # Choosing CSSC as well rebuilds everything and keeps AUD's pages.
    publish(cli, out, "--committee", "AUD", "--committee", "CSSC")
    assert (out / "CSSC" / "index.html").is_file() and (out / "AUD" / "index.html").is_file()
    # Leaving AUD out again removes its pages, and only clerk's files.
    (out / "README.txt").write_text("the council's own file", encoding="utf-8")
    publish(cli, out, "--committee", "CSSC")
    assert not (out / "AUD").exists() and (out / "README.txt").is_file()
    assert not (out / "data" / "AUD.json").exists()


def test_another_database_into_the_same_directory_rebuilds_everything(
    site, register, db_factory, tmp_path
):
    from actionlog.dataset import build
    from click.testing import CliRunner

    from clerk_cli.cli import main
    from clerk_cli.services.committees import add_committee

    other = db_factory()
    with on("2021-01-04"):
        add_committee(other, name="Licensing Committee", code="LIC", clerk=None)
    build(other)  # the same records, in a database of its own
    url = other.url if not other.is_sqlite else str(other.path)
    other.dispose()
    result = CliRunner().invoke(main, ["--db", url, "publish", "-o", str(site)])
    assert result.exit_code == 0, result.output
    assert "rebuilt every committee" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--committee", "NOPE"), "No committee 'NOPE'."),
        (("--as-of", "31/02/2022"), "Invalid value"),
        (("--base-url", "example.gov.uk/actions"), "--base-url must be a web address"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(register, cli, tmp_path, args, message):
    out = tmp_path / "site"
    result = cli("publish", "-o", str(out), *args)
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_refuses_a_file_or_a_directory_it_did_not_write(register, cli, tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = cli("publish", "-o", str(tmp_path / "notes.txt"))
    assert result.exit_code == 1 and "is a file, not a directory" in result.output
    home = tmp_path / "documents"
    home.mkdir()
    (home / "index.html").write_text("my own page", encoding="utf-8")
    result = cli("publish", "-o", str(home))
    assert result.exit_code == 1 and "was not written by clerk publish" in result.output
    assert (home / "index.html").read_text(encoding="utf-8") == "my own page"
    assert os.listdir(home) == ["index.html"]


def test_organisation_and_base_url(register, cli, tmp_path):
    out = tmp_path / "site"
    args = ("--organisation", "Example & Co Council", "--base-url", "https://example.org/a")
    publish(cli, out, *args)
    root = ET.parse(out / "feed.xml").getroot()
    assert root.get("{http://www.w3.org/XML/1998/namespace}base") == "https://example.org/a/"
    assert root.find(f"{ATOM}title").text == "Example & Co Council: committee actions: changes"
    index = json.loads((out / "data" / "index.json").read_text(encoding="utf-8"))
    assert index["organizations"][0] == {
        "id": "council",
        "name": "Example & Co Council",
        "classification": "council",
    }
    assert all(o.get("parent_id") == "council" for o in index["organizations"][1:])
    assert "<title>Committees | Example &amp; Co Council: committee actions</title>" in (
        out / "index.html"
    ).read_text(encoding="utf-8")
    # Other options rebuild every page (the titles change).
    result = publish(cli, out)
    assert "rebuilt every committee" in result.output


def test_an_action_page_shows_its_links_but_never_a_confidential_one(register, cli, tmp_path):
    """Links between actions were in show, history and every action log, not on the site."""
    with on("2022-09-20"):
        assert cli("link", register["formula"], "--supersedes", register["slipped"]).exit_code == 0
        secret = register["secret_noted"]
        assert cli("link", register["dropped"], "--duplicate-of", secret).exit_code != 0  # closed
    site = tmp_path / "site"
    publish(cli, site)
    old = (site / "CSSC" / "actions" / f"{register['slipped']}.html").read_text(encoding="utf-8")
    new = (site / "CSSC" / "actions" / f"{register['formula']}.html").read_text(encoding="utf-8")
    assert f"<dt>Linked</dt><dd>superseded by {register['formula']}</dd>" in old
    assert f"<dt>Linked</dt><dd>supersedes {register['slipped']}</dd>" in new
    with on("2022-09-21"):
        assert cli("link", secret, "--supersedes", register["formula"]).exit_code == 0
    publish(cli, site)
    page = (site / "CSSC" / "actions" / f"{register['formula']}.html").read_text(encoding="utf-8")
    # Neither the link nor the closing note names the confidential successor.
    assert secret not in page and "<dd>superseded by" not in page
    assert "Closed: superseded by a confidential action." in page
