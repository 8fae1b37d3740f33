"""HTML tables whose first row is one cell across the table: a caption naming the day."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

CAPTIONS = DATA / "html_captions"


def test_a_caption_row_names_and_dates_the_day_of_its_table() -> None:
    result = read_plan(CAPTIONS / "caption-row-per-day.md")
    plan = result.plan
    assert days(plan) == [
        ("sat", dt.date(2026, 3, 14), "Samstag, 14. März 2026"),
        ("sun", dt.date(2026, 3, 15), "Sonntag, 15. März 2026"),
    ]
    assert pinned(plan, 0) == [("Motoren bauen", 180, "09:00"), ("Sensoren testen", 210, "13:00")]
    # One row under its caption is still a table.
    assert pinned(plan, 1) == [("Wettkampf", 180, "10:00")]
    assert result.warnings == ()


def test_a_cell_joined_inside_the_rows_is_no_caption() -> None:
    result = read_plan(CAPTIONS / "colspan-inside-rows.md")
    assert pinned(result.plan, 0) == [
        ("Keynote", 60, "09:00"),
        ("Talk one / Talk two", 60, "10:00"),
    ]
    assert [w.line for w in result.warnings] == [3]
