"""Resolution mechanisms, general rules by clause shape (not per-document patches).

Each example is written in our own words; the held-out sets only told us which shapes exist.
"""

from __future__ import annotations

from clerk_cli.minutes import extract

HEAD = "Minutes of the Roads Board held on 4 April 2025\n\n"


def decisions(body: str) -> list[str]:
    return [r.text for r in extract(HEAD + body).resolutions]


def tasks(body: str) -> list[str]:
    return [a.text for a in extract(HEAD + body).actions]


# -- 1. US county boards: a motion told in sentences, a quoted "aye", "has passed" ----------


def test_motion_then_seconder_then_quoted_aye_then_has_passed():
    body = (
        "The Chairman said the road salt invoices were due. Commissioner Abel made a motion to "
        'pay the salt invoices as listed. Commissioner Brant seconded the motion. All voted "aye". '
        "The motion has passed.\n"
    )
    found = decisions(body)
    assert len(found) == 1 and "salt invoices" in found[0], found


def test_motion_that_has_failed_is_no_decision():
    body = (
        "Commissioner Abel made a motion to close the depot. Commissioner Brant seconded the "
        'motion. Two voted "nay". The motion has failed.\n'
    )
    assert decisions(body) == []


def test_roll_call_requests_are_procedure_not_tasks():
    body = (
        "The Chairman asked Deputy Clerk Moss to conduct the roll call.\n\n"
        "Moss asked for roll call as follows: Commissioner Abel present, Commissioner Brant "
        "present.\n"
    )
    assert tasks(body) == []
