"""Addresses are checked the same way wherever they are typed (attack report F3, F1;
findings bug 2): a comma, a missing domain or a line break is refused, nothing stored."""

from __future__ import annotations

import json

import pytest

BAD = [
    "Lucy Butler <lucy,butler@example.org>",
    "x,evil1@z.com",
    "Name <x,evil2@z.com>",
    "Sam <sam@example>",
    "garbage",
]


@pytest.mark.parametrize("person", BAD)
def test_holder_addresses(cli, person):
    r = cli("owner", "add", "Head of Audit", "--holder", person)
    if "@" not in person:
        return  # a bare name is a holder with no address (a warning, not an error)
    assert r.exit_code == 1, r.output
    assert "not a valid" in r.output
    assert "Head of Audit" not in cli("owner", "list", "--format", "plain").output


@pytest.mark.parametrize("person", BAD[:4])
def test_clerk_addresses(cli, person):
    r = cli("committee", "add", "Audit Committee", "--code", "AC", "--clerk", person)
    assert r.exit_code == 1, r.output
    assert json.loads(cli("committee", "list", "--format", "json").output) == []


def test_a_bad_email_never_erases_a_good_one(seeded):
    post = "Director of Children, Young People and Learning"
    r = seeded("owner", "edit", post, "--email", "qclerk,evilq@z.com")
    assert r.exit_code == 1
    shown = seeded("owner", "show", post, "--format", "json").output
    assert "lucy.butler@example.gov.uk" in shown


@pytest.mark.parametrize("sender", ["ds,evil@z.com", "Democratic Services <ds@example>"])
def test_the_from_address_is_checked_the_same_way(seeded, sender):
    r = seeded("digest", "--dry-run", env={"CLERK_FROM": sender})
    assert r.exit_code == 1, r.output
    assert "is not an email address" in r.output


def _clerk(cli, code="AC"):
    rows = json.loads(cli("committee", "list", "--format", "json").output)
    c = next(c for c in rows if c["code"] == code)
    return c["clerk_name"], c["clerk_email"]


@pytest.mark.parametrize("command", ["add", "edit"])
@pytest.mark.parametrize(
    "given, name, email",
    [
        ("Jane Smith <jane@example.gov.uk>", "Jane Smith", "jane@example.gov.uk"),
        ('"Smith, Jane" <jane@example.gov.uk>', "Smith, Jane", "jane@example.gov.uk"),
        ("  jane@example.gov.uk ", "jane@example.gov.uk", "jane@example.gov.uk"),
        ("<jane@example.gov.uk>", "jane@example.gov.uk", "jane@example.gov.uk"),
    ],
)
def test_a_clerk_keeps_name_and_address(cli, command, given, name, email):
    """Fresh-user test, owners bug 4: --clerk keeps what it is given, and says so."""
    args = ("--clerk", given)
    if command == "add":
        r = cli("committee", "add", "Audit Committee", "--code", "AC", *args)
    else:
        assert cli("committee", "add", "Audit Committee", "--code", "AC").exit_code == 0
        r = cli("committee", "edit", "AC", *args)
    assert r.exit_code == 0, r.output
    assert _clerk(cli) == (name, email)
    shown = f"{name} <{email}>" if name != email else email
    assert f"(clerk: {shown})" in r.stdout
    assert "Warning" not in r.stderr


@pytest.mark.parametrize("command", ["add", "edit"])
def test_a_clerk_without_an_address_is_kept_with_a_warning(cli, command):
    if command == "add":
        r = cli("committee", "add", "Audit Committee", "--code", "AC", "--clerk", "Jane Smith")
    else:
        assert cli("committee", "add", "Audit Committee", "--code", "AC").exit_code == 0
        r = cli("committee", "edit", "AC", "--clerk", "Jane Smith")
    assert r.exit_code == 0, r.output
    assert _clerk(cli) == ("Jane Smith", None)
    warning = r.stderr.strip()
    assert warning.startswith("Warning: Jane Smith has no email address") and "summary" in warning
    assert 'clerk committee edit AC --clerk "Jane Smith <' in warning
    assert len(warning.splitlines()) == 1


@pytest.mark.parametrize(
    "given, says",
    [
        ("<>", "no email address between"),
        ("Jane <>", "no email address between"),
        ("jane@", "not a valid"),
        ("Jane <jane@>", "not a valid"),
        ("Jane <jane@example.gov.uk>, Bob <bob@example.gov.uk>", "one person"),
        ("J <a@example.gov.uk> <b@example.gov.uk>", "one person"),
        ("Jane Smith jane@example.gov.uk", "a name and an address"),
        ("Jane Smith <jane@example.gov.uk", "Cannot read"),
    ],
)
def test_a_clerk_that_cannot_be_read_is_refused_and_the_old_one_kept(cli, given, says):
    assert (
        cli(
            "committee",
            "add",
            "Audit Committee",
            "--code",
            "AC",
            "--clerk",
            "Dee <dee@example.gov.uk>",
        ).exit_code
        == 0
    )
    r = cli("committee", "edit", "AC", "--clerk", given)
    assert r.exit_code == 1, r.output
    line = r.stderr.strip()
    assert len(line.splitlines()) == 1 and says in line, line
    assert 'Write it as "' in line
    assert _clerk(cli) == ("Dee", "dee@example.gov.uk")
    r = cli("committee", "add", "Other Committee", "--code", "OC", "--clerk", given)
    assert r.exit_code == 1 and says in r.stderr


def test_an_empty_clerk_clears_it(cli):
    assert (
        cli(
            "committee", "add", "Audit Committee", "--code", "AC", "--clerk", "dee@example.gov.uk"
        ).exit_code
        == 0
    )
    r = cli("committee", "edit", "AC", "--clerk", "")
    assert r.exit_code == 0 and "Warning" not in r.stderr
    assert _clerk(cli) == (None, None)
