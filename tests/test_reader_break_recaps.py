"""Bold break headings are gaps, and a recap list of blocks read above adds nothing."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "break_recaps"


def _blocks(name: str) -> list[tuple[str | None, str, int]]:
    plan = read_plan(PLANS / name).plan
    return [
        (b.label, b.title, b.min_minutes) for d in plan.days for v in d.variants for b in v.blocks
    ]


def test_bold_break_headings_under_a_plan_of_hours_are_gaps_and_the_recap_adds_nothing() -> None:
    result = read_plan(PLANS / "plan-of-hours.md")
    assert _blocks("plan-of-hours.md") == [
        (None, "🧭 Übung 1: Grundlagen", 30),
        (None, "🧭 Übung 2: Branches", 45),
        (None, "🧭 Übung 3: Remote", 30),
    ]
    assert [v.hours for v in result.plan.days[0].variants] == [2]
    assert warnings(result) == [
        '21: "Übung 1" and 2 more restate blocks read above: not added again'
    ]


def test_a_recap_list_under_a_day_adds_nothing_but_repeated_plain_names_stay() -> None:
    result = read_plan(PLANS / "loose-day.md")
    # "🍕 **Lunch** (45 min)" is a gap; the two "Review" blocks are two blocks.
    assert _blocks("loose-day.md") == [
        ("Exercise 1", "Setup", 20),
        ("Exercise 2", "Tests", 40),
        (None, "Review", 15),
        (None, "Review", 15),
    ]
    assert warnings(result) == [
        '17: "Exercise 1" and 1 more restate blocks read above: not added again'
    ]
