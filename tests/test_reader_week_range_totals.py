"""Day ranges with a length under a week's stated time (`**Time allocation:** 6-8 hours` over
`### Day 1-2: Washes (2-3 hours)`): the reading that fits the week's time decides whether the
length is the range's total or each day's."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings


def _lengths(name: str) -> list[tuple[int, str, int, int]]:
    result = read_plan(DATA / "week_range_totals" / name)
    return [
        (d.number, b.title, b.min_minutes, b.max_minutes)
        for d in result.plan.days
        for b in d.variants[0].blocks
    ]


def test_range_lengths_that_add_up_to_the_weeks_time_are_shared_by_their_days() -> None:
    assert _lengths("week-time-over-range-totals.md") == [
        (1, "Flat and graded washes", 60, 90),
        (2, "Flat and graded washes", 60, 90),
        (3, "Layering", 60, 60),
        (4, "Layering", 60, 60),
        (5, "Layering", 60, 60),
        (6, "Review", 60, 120),
    ]
    result = read_plan(DATA / "week_range_totals" / "week-time-over-range-totals.md")
    assert not any("is not split" in w for w in warnings(result))
    assert [d.week for d in result.plan.days] == [1] * 6


def test_range_lengths_that_fit_the_weeks_time_per_day_are_each_days() -> None:
    assert _lengths("week-time-that-fits-per-day-lengths.md") == [
        (1, "Flat washes", 180, 180),
        (2, "Flat washes", 180, 180),
        (3, "Graded washes", 180, 180),
        (4, "Graded washes", 180, 180),
        (5, "Review", 60, 60),
    ]
