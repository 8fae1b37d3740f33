"""Numbered sessions on a date (`## Session 1 (2h Thursday 04/09/25)`): a dated day each."""

from __future__ import annotations

import datetime as dt

from planexport.reader import parse_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "unseen"


def test_numbered_sessions_on_dates_are_dated_days_of_their_length() -> None:
    result = read_plan(PLANS / "numbered-sessions-dated.md")
    plan = result.plan
    assert [(d.number, d.title, d.weekday, d.date) for d in plan.days] == [
        (1, "Session 1", "thu", dt.date(2025, 9, 4)),
        (2, "Session 2", "fri", None),
        (3, "Session 3", "mon", dt.date(2025, 9, 15)),
    ]
    first = plan.days[0].variants[0].blocks[0]
    assert (first.title, first.min_minutes) == ("Session 1", 120)
    assert [i.text for i in first.items] == ["Classes and objects", "First lab"]
    assert [(b.title, b.min_minutes, b.at) for b in plan.days[2].variants[0].blocks] == [
        ("Quiz", 60, "10:00"),
        ("Review", 60, "11:00"),
    ]
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            8,
            "2024-09-12 is a Thursday, not the Friday the heading names: "
            "the day keeps its weekday and has no date",
        )
    ]


def test_two_digit_years_are_this_century() -> None:
    plan = parse_markdown("# P\n\n## Montag 02/03/26\n\n- Mathe (1 h)\n")
    assert [(d.weekday, d.date) for d in plan.days] == [("mon", dt.date(2026, 3, 2))]


def test_one_session_alone_is_no_plan_of_sessions() -> None:
    plan = parse_markdown("# P\n\n## Session 1 (Thursday 04/09/25)\n\n- Reading (1 h)\n")
    assert len(plan.days) == 1
    assert [b.title for b in plan.days[0].variants[0].blocks] == ["Reading"]
