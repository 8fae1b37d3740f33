"""Grid columns headed by a weekday and its day of the month (`| | Mon 30 | Tue 1 |`): a day
per column, as `| | Mon | Tue |` gives; columns named otherwise with a number stay as before."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "grid_day_numbers"


def test_weekday_and_day_number_columns_are_the_weeks_days() -> None:
    plan = read_plan(PLANS / "en-weekday-and-day-number-columns.md").plan
    assert [
        (d.weekday, d.title, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in plan.days
    ] == [
        ("mon", "Mon 30", [("Swim", 60, "07:00"), ("Piano", 90, "18:00")]),
        ("tue", "Tue 1", [("Chess club", 90, "18:00")]),
        ("wed", "Wed 2", [("Swim", 60, "07:00"), ("Piano", 90, "18:00")]),
    ]


def test_numbered_rooms_are_no_weekdays() -> None:
    plan = read_plan(PLANS / "en-numbers-beside-subjects-stay.md").plan
    assert [
        (d.weekday, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in plan.days
    ] == [(None, [("Algebra", 60, "09:00")])]
