"""Day rows in a table of start times (`| **Day 1** | **2024-03-11** <br> The Unix shell |` over
`| 9:00 AM | Welcome |`): a day each, dated by the date beside the day's name."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

SMALL = DATA / "start_day_rows"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_dated_day_rows_split_a_table_of_starts_into_dated_days() -> None:
    result = read("dated-day-rows-over-starts.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            dt.date(2024, 3, 11),
            "Day 1",
            [
                ("Welcome and setup check", 30, "09:00"),
                ("Navigating files", 60, "09:30"),
                ("Pipes and filters", 75, "10:45"),
            ],
        ),
        (
            None,
            "tue",
            dt.date(2024, 3, 12),
            "Day 2",
            [
                ("Recap of day 1", 15, "09:00"),
                ("Committing changes", 75, "09:15"),
                ("Remotes on GitHub", 75, "10:45"),
            ],
        ),
    ]
    assert result.plan.days[0].notes == ("[The Unix shell](shell/README.md)",)
    assert result.plan.days[1].notes == ("Version control with Git",)
    assert warnings(result) == []


def test_bare_day_rows_split_a_table_of_starts() -> None:
    result = read("plain-day-rows-over-starts.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Day 1",
            [
                ("Tools and safety", 45, "18:00"),
                ("Fixing a puncture", 60, "18:45"),
                ("Brakes", 60, "20:00"),
            ],
        ),
        (
            None,
            None,
            None,
            "Day 2",
            [("Gears and chains", 90, "18:00"), ("Wheel truing", 60, "19:30")],
        ),
    ]
    assert warnings(result) == []


def test_a_date_that_is_not_the_rows_weekday_is_not_taken() -> None:
    result = read("weekday-row-with-other-date.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("mon", None),
        ("tue", dt.date(2024, 3, 12)),
    ]
    assert [b.title for v in result.plan.days[0].variants for b in v.blocks] == [
        "Breathing",
        "Scales",
    ]


def test_one_day_row_splits_nothing() -> None:
    result = read("one-day-row-is-no-split.md")
    assert dated_days(result.plan) == [
        (None, None, None, "Day 1", [("Welcome", 20, "10:00"), ("Building tour", 40, "10:20")])
    ]
