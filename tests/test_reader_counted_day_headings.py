"""A dated weekday heading that ends with a count in brackets, as a board's lanes show how many
cards they hold (`## **Monday** 2027-02-01 (4)`): the count is no title of the day."""

from __future__ import annotations

import datetime

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "counted_day_headings"


def test_a_count_after_the_date_is_not_the_days_title() -> None:
    result = read_plan(PLANS / "board-lanes-dated-with-counts.md")
    days = [(d.date, d.weekday, d.title) for d in result.plan.days]
    assert days == [
        (datetime.date(2027, 2, 1), "mon", "Monday 2027-02-01 (4)"),
        (datetime.date(2027, 2, 2), "tue", "Tuesday 2027-02-02 (2)"),
    ]
    monday = [
        (b.title, b.min_minutes, b.done) for v in result.plan.days[0].variants for b in v.blocks
    ]
    assert monday == [
        ("Rewrite the lab notes", 90, False),
        ("Reply to the study group", 30, True),
    ]
    assert result.plan.days[0].notes == ("[ ] Buy printer paper",)
    assert not result.warnings
