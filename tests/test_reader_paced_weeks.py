"""Paces of one week offered side by side (`### Short on time (1-2 hours/week)` over `-
**Monday**: 30 min - gesture sketches`): after the plan's own week they are choices beside it,
said and not read; with no week before them they read as the weeks after one another, said."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "paced_weeks"


def test_paces_after_the_plans_week_are_choices_not_more_days() -> None:
    result = read_plan(PLANS / "paces-after-the-week.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Gesture sketches", 30, None)]),
        ("wed", [("Perspective boxes", 45, None)]),
        ("sat", [("One finished piece", 90, None)]),
    ]
    assert warnings(result) == [
        '16: "Short on time (1-2 hours/week)" gives the week again at another pace, beside the '
        "week read above (from line 5): a choice, not more days; its days are not read",
        '20: "Plenty of time (5 hrs per week)" gives the week again at another pace, beside the '
        "week read above (from line 5): a choice, not more days; its days are not read",
    ]


def test_a_pace_that_only_goes_back_in_the_week_is_a_choice_too() -> None:
    # "Ritmo suave" gives Tuesday and Friday, after a week of Monday and Thursday: no weekday
    # twice, but Tuesday comes before Thursday, so the week starts again.
    result = read_plan(PLANS / "paces-in-spanish.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Táctica", 40, None)]),
        ("thu", [("Finales", 50, None)]),
    ]
    assert [w.split(":", 1)[0] for w in warnings(result)] == ["13", "17"]
    assert '"Ritmo fuerte (6 horas/semana)" gives the week again' in warnings(result)[1]


def test_paces_with_no_week_before_them_read_as_weeks_after_one_another() -> None:
    result = read_plan(PLANS / "paces-without-a-week.md")
    assert day_blocks(result.plan) == [
        ("tue", [("home row drills", 60, None)]),
        ("sat", [("timed passages", 60, None)]),
        ("mon", [("home row drills", 60, None)]),
        ("wed", [("number row", 60, None)]),
        ("fri", [("timed passages", 120, None)]),
    ]
    assert warnings(result) == [
        '7: "Brisk (4 hours/week)" starts the week again: read as the week after "Gentle (2 '
        'hours/week)" (line 3), not as a choice between them'
    ]


def test_sections_of_one_week_whose_weekdays_do_not_come_again_are_all_read() -> None:
    result = read_plan(PLANS / "parts-of-one-week.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "wed", "fri", "sat", "sun"]
    assert sum(b.min_minutes for d in result.plan.days for v in d.variants for b in v.blocks) == 480
    assert warnings(result) == []


def test_templates_in_code_blocks_are_said_once() -> None:
    # The code-block pass already says the second template starts the week again.
    result = read_plan(DATA / "code_weekdays" / "two-templates.md")
    assert len([w for w in warnings(result) if "starts the week again" in w]) == 1
