"""--db values a clerk can get wrong give one line and exit 1 (attack report F5, notes)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from clerk_cli.cli import main


@pytest.mark.parametrize("value", ["", "   ", "/proc/self/environ", "/dev/null"])
def test_bad_db_values(value):
    result = CliRunner().invoke(main, ["--db", value, "committee", "list"])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
