"""A heading of two weekdays each with its date (`## Saturday, May 9 - Sunday, May 10`,
`## Sat 16 May – Sun 17 May`): a range of days, as `## Saturday - Sunday` is, never one day
titled by the second date."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "dated_weekday_ranges"


def _days(name: str) -> list[tuple[str | None, str, list[tuple[str, int]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (d.weekday, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_a_dated_weekend_heading_over_its_own_days_is_no_day() -> None:
    assert _days("dated-weekend-over-its-days.md") == [
        (
            "thu",
            "Thursday, May 7",
            [("Organic chemistry flash cards", 40), ("Mechanics problems", 60)],
        ),
        ("fri", "Friday, May 8", [("Essay plan", 45)]),
        ("sat", "Mock paper", [("Mock paper", 180)]),  # the next day, not a week later
        ("sun", "Corrections", [("Corrections", 90)]),
    ]


def test_a_dated_weekend_heading_over_blocks_gives_them_to_both_days() -> None:
    both = [("Long run", 90), ("Stretching", 15)]
    assert _days("dated-weekend-as-one-template.md") == [
        ("fri", "Fri 15 May", [("Easy run", 30)]),
        ("sat", "Sat 16 May – Sun 17 May", both),
        ("sun", "Sat 16 May – Sun 17 May", both),
    ]
