"""Days a plan only sums up (`**Day 3:** G major`, `## Week 2` over focus bullets, `**Day 15-17:**`)
in a plan that gives each day's length (`(1-2 Hours/Day)`): one block of that length per day."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import parse_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "unseen"


def days(plan: Plan) -> list[tuple[int, int | None, str, list[tuple[str, int, int]]]]:
    return [
        (
            d.number,
            d.week,
            d.title,
            [(b.title, b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks],
        )
        for d in plan.days
    ]


def test_summed_up_days_take_the_plans_daily_length() -> None:
    result = read_plan(PLANS / "summed-up-days.md")
    read = days(result.plan)
    assert [d[0] for d in read] == list(range(1, 22))
    assert read[:3] == [
        (1, 1, "Posture", [("Posture drills", 30, 30), ("Finger exercises", 30, 30)]),
        (2, 1, "Scales", [("C major scale", 60, 60)]),
        (3, 1, "G major scale", [("G major scale", 60, 120)]),
    ]
    assert read[6] == (7, 1, "Play it to a friend", [("Play it to a friend", 60, 120)])
    # "## Week 2: Reading Music" right after day 7: days 8 to 14, its bullets as items.
    assert [d[1:] for d in read[7:14]] == [(2, "Reading Music", [("Reading Music", 60, 120)])] * 7
    items = [i.text for i in result.plan.days[7].variants[0].blocks[0].items]
    assert items == ["Treble clef", "Bass clef", "Daily: 2 pages of sight reading"]
    # "**Day 18-19:** Record yourself (3 takes of 10 min)": each day of the range.
    assert [d[2] for d in read[14:]] == [
        "Learn a new piece",
        "Learn a new piece",
        "Learn a new piece",
        "Record yourself (3 takes of 10 min)",
        "Record yourself (3 takes of 10 min)",
        "Final recital",
        "Final recital",
    ]
    assert {d[1] for d in read[14:]} == {3}
    assert result.warnings == ()


def test_without_a_daily_length_a_summary_is_left_as_before() -> None:
    plan = parse_markdown(
        "# Plan\n\n## Week 1\n\n### Day 1\n\n- Scales (1 h)\n\n## Week 2\n\n- Reading\n- Writing\n"
    )
    assert [(d.number, d.week) for d in plan.days] == [(1, 1)]


def test_a_week_that_does_not_follow_the_last_day_is_not_filled_in() -> None:
    plan = parse_markdown(
        "# Plan (2h/day)\n\n## Week 1\n\n### Day 1\n\n- Scales (1 h)\n\n## Week 3\n\n- Reading\n"
    )
    assert [(d.number, d.week) for d in plan.days] == [(1, 1)]
