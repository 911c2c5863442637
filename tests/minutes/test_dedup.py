"""Similar actions under different items are different actions; a summary row repeating a minute is not."""

from clerk_cli.minutes import extract

HEADER = "Minutes of the Finance Committee held on 3 March 2020\n\n"


def test_similar_actions_in_separate_items_are_kept():
    body = "".join(
        f"{i}. Report {i}\nThe Head of Finance agreed to circulate the revised forecast for fund {i} by 4 May 2020.\n\n"
        for i in range(1, 11)
    )
    actions = extract(HEADER + body).actions
    assert len(actions) == 10
    assert {a.owner for a in actions} == {"Head of Finance"}


def test_same_owner_different_subjects_are_kept():
    topics = ["budget", "roads", "parks", "libraries", "schools", "waste"]
    body = "".join(
        f"{i + 1}. {t.title()}\nThe Clerk agreed to send members a briefing on {t} by 4 May 2020.\n\n"
        for i, t in enumerate(topics)
    )
    texts = [a.text for a in extract(HEADER + body).actions]
    assert len(texts) == len(topics)
    for t in topics:
        assert any(t in x for x in texts)


def test_a_summary_table_row_repeating_a_minute_is_one_action():
    text = HEADER + (
        "4. Budget\nThe Head of Finance agreed to circulate the revised forecast to members by 4 May 2020.\n\n"
        "Summary of actions\n"
        "Action | Owner | Due\n"
        "Circulate revised forecast | Head of Finance | 04/05/2020\n"
    )
    actions = extract(text).actions
    assert len(actions) == 1
    assert actions[0].owner == "Head of Finance"
    assert actions[0].due_date.isoformat() == "2020-05-04"
