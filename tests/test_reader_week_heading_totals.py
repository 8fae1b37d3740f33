"""A week's hours in its heading's bracket (`## Week 1: Materials (10 hours)`) over day ranges
with lengths (`### Day 1-2: Clay bodies (4 hours)`): the week's time says whether each range's
length is its total or each day's, as a `**Time allocation:**` line does."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

FOLDER = DATA / "week_heading_totals"


def test_ranges_that_add_up_to_the_weeks_hours_are_shared() -> None:
    result = read_plan(FOLDER / "ranges-share-the-weeks-hours.md")
    assert [(d[0], d[3], d[4]) for d in dated_days(result.plan)] == [
        (1, "Clay bodies", [("Clay bodies", 120, None)]),
        (1, "Clay bodies", [("Clay bodies", 120, None)]),
        (1, "Glaze recipes", [("Glaze recipes", 120, None)]),
        (1, "Glaze recipes", [("Glaze recipes", 120, None)]),
        (1, "Kiln safety", [("Kiln safety", 120, None)]),
    ]
    items = [i.text for i in result.plan.days[0].variants[0].blocks[0].items]
    assert items == ["Read about stoneware and porcelain", "Wedging practice"]
    assert warnings(result) == []


def test_ranges_that_fit_the_week_per_day_keep_their_length_each_day() -> None:
    result = read_plan(FOLDER / "ranges-read-per-day.md")
    assert [b[1] for d in dated_days(result.plan) for b in d[4]] == [180, 180, 180, 180, 120]
    assert warnings(result) == []


def test_a_week_that_fits_neither_reading_leaves_the_range_unsplit_and_said() -> None:
    result = read_plan(FOLDER / "week-hours-fitting-neither.md")
    assert [d[4] for d in dated_days(result.plan)] == [[], [], [("Glaze recipes", 120, None)]]
    assert warnings(result) == [
        '5: days 1–2 "Clay bodies (4 hours)": 4 hours is not split over the 2 days (write it '
        "per day, such as '(2h/day)', or as '(6h total)')"
    ]
