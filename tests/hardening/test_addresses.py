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
