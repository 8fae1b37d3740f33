"""A challenge's pledge of a least time every day, said once before its days (`I will write Go
for at least an hour every day for the next 100 days.`): each day that gives no time of its own
is one block that long, titled by what the day says was done, else by the day."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

FOLDER = DATA / "daily_pledges"


def test_an_hour_every_day_gives_each_logged_day_an_hour() -> None:
    result = read_plan(FOLDER / "at-least-an-hour-every-day.md")
    assert [(d.date.isoformat() if d.date else None) for d in result.plan.days] == [
        "2026-03-02",
        "2026-03-03",
        "2026-03-04",
    ]
    assert [(b[0], b[1], b[2]) for b in blocks_with_items(result.plan)] == [
        ("Installed the toolchain and finished the tour's first part", 60, None),
        ("Slices and maps", 60, None),
        # no progress written: the day's own title, not the label "Thoughts"
        ("March 4, 2026", 60, None),
    ]
    assert warnings(result) == [
        '3: "an hour" a day: no day gives a time of its own, so each of the 3 days is one '
        "block that long, titled by the day"
    ]


def test_a_minimum_each_day_times_untimed_topic_days() -> None:
    result = read_plan(FOLDER / "minimum-each-day-over-topics.md")
    assert blocks_with_items(result.plan) == [
        ("C major", 20, None, ["Hands separately", "Hands together, slow"]),
        ("G major", 20, None, ["Hands separately"]),
    ]


def test_an_hour_every_day_with_no_floor_is_no_pledge() -> None:
    # "try to spend an hour every day": a wish, not the challenge's rule
    with pytest.raises(PlanError) as raised:
        read_plan(FOLDER / "no-floor-no-pledge.md")
    assert "no timed blocks found (2 days found" in str(raised.value)
