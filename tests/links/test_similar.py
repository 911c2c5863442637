"""rules.similar: when two action texts say nearly the same thing."""

from __future__ import annotations

from clerk_cli.rules.similar import likeness, meaning_words, most_like, near_identical


def test_little_words_case_punctuation_and_plurals_do_not_count():
    assert meaning_words("Share the Reports, with all members!") == {"share", "report", "member"}
    assert near_identical(
        "Share the staff survey questions with members",
        "Share the staff-survey questions with the Members",
    )


def test_different_work_is_not_near_identical():
    assert not near_identical("Share the report", "Share the minutes")
    assert not near_identical("", "Share the report")
    assert likeness("Visit Rowan House", "Visit Rowan House") == 1.0


def test_the_closest_candidate_wins():
    candidates = [("CSSC-1", "Share the report with members"), ("CSSC-2", "Share the report")]
    assert most_like("Share the report", candidates)[0] == "CSSC-2"
    assert most_like("Arrange a visit", candidates) is None


def test_a_new_date_does_not_make_it_different_work():
    assert near_identical(
        "Provide ward members with a map of the gritting routes by 31 March 2023.",
        "Provide ward Members with maps of the gritting routes by 30th April 2023.",
    )
