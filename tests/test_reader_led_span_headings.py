"""A weekday or a date heading with a clock span over untimed bullets: the day's one block."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days

FOLDER = DATA / "led_span_headings"


def test_a_date_heading_with_a_span_is_a_dated_day_of_one_block() -> None:
    result = read_plan(FOLDER / "one-edge-case.md")
    assert days(result.plan) == [
        ("thu", dt.date(2026, 5, 14), "14 May"),
        ("fri", dt.date(2026, 5, 15), "Friday, 15 May"),
    ]
    assert blocks_with_items(result.plan) == [
        ("Boats at anchor", 150, "16:00", ["Boats at anchor", "Gulls in flight"]),
        ("Review", 90, "10:00", ["Pin up the week's sheets"]),
    ]
    assert not result.warnings


def test_a_span_in_brackets_after_the_weekday_is_read_as_one_written_bare() -> None:
    result = read_plan(FOLDER / "weekday-brackets.md")
    assert days(result.plan) == [("tue", None, "Tuesday"), ("thu", None, "Thursday")]
    assert blocks_with_items(result.plan) == [
        ("Centre the clay", 90, "18:30", ["Centre the clay", "Pull two cylinders"]),
        ("Trim last week's bowls", 75, "18:00", []),
    ]
    assert not result.warnings
