"""A committee or meeting named by a "number" that int() cannot read is not found, with one
line; found by the hypothesis test of tests/robustness/test_bad_input.py ("²")."""

import pytest


@pytest.mark.parametrize("code", ["²", "٣", "99999999999999999999999"])
def test_a_committee_named_by_an_odd_number(cli, code):
    result = cli("add-action", "Report back", "--committee", code, "--owner", "Clerk")
    assert result.exit_code == 1, result.output
    assert f"No committee '{code}'" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("ref", ["²", "99999999999999999999999"])
def test_a_meeting_named_by_an_odd_number(cli, ref):
    result = cli("meeting", "show", ref)
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output and "Unexpected" not in result.output
