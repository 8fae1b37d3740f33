"""Plans of weeks that name no day: each week, as a heading or as one list item, is a day."""

from __future__ import annotations

import datetime as dt

from planexport.model import Plan
from planexport.reader import parse_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "unseen"


def days(plan: Plan) -> list[tuple[int, int | None, str | None, dt.date | None, str]]:
    return [(d.number, d.week, d.weekday, d.date, d.title) for d in plan.days]


def blocks(plan: Plan, index: int) -> list[tuple[str, int]]:
    return [(b.title, b.min_minutes) for v in plan.days[index].variants for b in v.blocks]


def test_one_item_per_week_is_one_day_per_week_dated_when_written() -> None:
    result = read_plan(PLANS / "weekly-items-with-lengths.md")
    plan = result.plan
    assert days(plan) == [
        (1, 1, "mon", dt.date(2025, 9, 8), "Week 1"),
        (2, 2, "mon", dt.date(2025, 9, 15), "Week 2"),
        (3, 4, "mon", dt.date(2025, 9, 29), "Week 4"),
    ]
    assert blocks(plan, 0) == [("Videos of week 1 to watch by Monday 8 September 2025", 236)]
    assert blocks(plan, 1) == [("Videos of week 2 to watch by Monday 15 September 2025", 125)]
    assert blocks(plan, 2) == [("Videos of week 4 to watch by Monday 29 September 2025", 100)]
    # The item that names no week stays with the week before it, as a note.
    assert plan.days[1].notes == ("Mid-term week: no videos, revise!",)
    # The empty week is skipped with a warning, not fatal.
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            5,
            '"Videos of week 0 to watch by Monday 1 September 2025" has a zero duration '
            '("0 minutes"): skipped',
        )
    ]


def test_week_headings_with_no_days_are_one_day_each() -> None:
    result = read_plan(PLANS / "week-headings-no-days.md")
    assert days(result.plan) == [
        (1, 1, None, None, "Week 1"),
        (2, 2, None, None, "Week 2"),
        (3, 4, None, None, "Week 4"),
    ]
    assert blocks(result.plan, 0) == [("Chords", 180), ("Scales", 60)]
    assert blocks(result.plan, 2) == [("First song", 240)]
    assert result.warnings == ()


def test_a_list_of_weeks_beside_real_days_is_no_plan_of_weeks() -> None:
    plan = read_plan(PLANS / "week-list-no-lengths.md").plan
    assert days(plan) == [(1, None, None, None, "Day 1")]
    assert blocks(plan, 0) == [("Chapter 1", 45)]


def test_weeks_inside_days_stay_as_they_were() -> None:
    plan = parse_markdown(
        "# P\n\n## Week 1\n\n### Day 1\n\n- Chords (1 h)\n\n"
        "## Week 2\n\n### Day 2\n\n- Song (2 h)\n"
    )
    assert [(d.number, d.week, d.title) for d in plan.days] == [(1, 1, "Day 1"), (2, 2, "Day 2")]


def test_one_week_alone_is_a_plan_of_one_day() -> None:
    plan = parse_markdown("# P\n\n## Week 1\n\n- Chords (1 h)\n- Scales (30 min)\n")
    assert len(plan.days) == 1
    assert blocks(plan, 0) == [("Chords", 60), ("Scales", 30)]
