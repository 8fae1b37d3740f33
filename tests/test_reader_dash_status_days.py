"""A status after a spaced dash in a day heading (`### Day 1: Bowline  - done`) is not its title."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.status_words import drop_status
from tests.paths import DATA
from tests.reader_support import warnings


def test_dash_status_leaves_day_and_block_titles() -> None:
    result = read_plan(DATA / "dash_status_days" / "day-headings-with-dash-status.md")
    days = result.plan.days
    assert [d.title for d in days] == [
        "Bowline and reef knot",
        "Cleat hitch",
        "Splices",
        "Review - the knots that slipped",
    ]
    blocks = [(b.title, b.min_minutes, b.max_minutes) for d in days for b in d.variants[0].blocks]
    assert blocks == [
        ("Bowline and reef knot", 60, 60),
        ("Cleat hitch", 45, 45),
        ("Splices", 60, 120),
        ("Review - the knots that slipped", 30, 30),
    ]
    assert [d.week for d in days] == [1, 1, 1, 1]
    assert warnings(result) == []


def test_a_dash_before_words_that_are_no_status_stays() -> None:
    assert drop_status("Todo app - build the list view") == "Todo app - build the list view"
    assert drop_status("Arrays – finished") == "Arrays"
    assert drop_status("Week 2 review (done)") == "Week 2 review"
