"""import-minutes proposes a link when an imported action nearly repeats an open one of
the same owner from an earlier meeting; it records nothing more."""

from __future__ import annotations

import json

from importer.conftest import HIGHWAYS, minutes_file  # noqa: F401  (the importer's fixture)

APRIL = """\
MINUTES of a meeting of the Highways and Transport Committee held on Tuesday 11 April 2023 at 10.00 am

24/040  Winter Maintenance

The Director of Highways and Transport agreed to provide ward Members with maps of the secondary
gritting routes by 30 April 2023.
"""


def test_an_imported_repeat_is_proposed_for_linking(cli, minutes_file):  # noqa: F811
    assert cli("import-minutes", str(minutes_file()), "--yes").exit_code == 0
    result = cli("import-minutes", str(minutes_file(APRIL, "april.txt")), "--yes")
    assert result.exit_code == 0, result.output
    assert "HTC-4 looks like HTC-1 (meeting of 2023-03-14): link it with: " in result.output
    assert "clerk link HTC-4 --duplicate-of HTC-1" in result.output
    shown = json.loads(cli("show", "HTC-4", "--format", "json").output)
    assert shown["status"] == "open" and shown["links"] == []
    assert HIGHWAYS  # the March minutes the fixture writes by default
