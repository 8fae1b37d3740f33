"""A day's length stated in each week (`## Week 2` over `**Daily Schedule: 2 hours**` over
untimed weekday lines): the week's days take that week's length, not the first week's, and a
`### Daily Schedule: 90 min` heading over the days states it as the label does."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

FOLDER = DATA / "week_daily_labels"


def test_each_week_gives_its_days_its_own_length() -> None:
    result = read_plan(FOLDER / "each-week-its-daily-schedule.md")
    assert [(d[0], d[1], d[4]) for d in dated_days(result.plan)] == [
        (1, "mon", [("Garden songs", 60, None)]),
        (1, "tue", [("Garden songs", 60, None)]),
        (1, "wed", [("Garden songs", 60, None)]),
        (1, "thu", [("Flight calls", 60, None)]),
        (2, "mon", [("Warblers", 120, None)]),
        (2, "tue", [("Waders", 120, None)]),
        (2, "wed", [("Waders", 120, None)]),
        (3, "mon", [("Timed identification test", 180, None)]),
    ]
    first = result.plan.days[0].variants[0].blocks[0]
    assert first.max_minutes == 120
    assert [i.text for i in first.items] == [
        "Blackbird and robin recordings",
        "Write down three call types",
    ]
    assert warnings(result) == [
        '5: "1-2 hours" a day: no day gives a time of its own, so each of the 4 days is one '
        "block that long, titled by the day",
        '18: "2 hours" a day: no day gives a time of its own, so each of the 3 days is one '
        "block that long, titled by the day",
        '30: "3 hours" a day: no day gives a time of its own, so each of the 1 day is one '
        "block that long, titled by the day",
    ]


def test_a_daily_schedule_heading_states_the_weeks_length() -> None:
    result = read_plan(FOLDER / "daily-schedule-heading-in-week.md")
    assert [(d[0], d[1], d[4]) for d in dated_days(result.plan)] == [
        (1, "mon", [("Fluxes and silica", 90, None)]),
        (1, "tue", [("Colourants", 90, None)]),
        (2, "mon", [("Kiln programs", 120, None)]),
    ]
    assert [w.line for w in result.warnings] == [5, 17]


def test_a_week_without_its_own_takes_the_plans_length() -> None:
    result = read_plan(FOLDER / "plan-length-and-a-weeks-own.md")
    assert [(d[0], d[1], d[4]) for d in dated_days(result.plan)] == [
        (1, "mon", [("Fingerspelling", 60, None)]),
        (1, "tue", [("Numbers", 60, None)]),
        (2, "mon", [("Greetings", 120, None)]),
    ]


def test_a_daily_label_under_a_section_of_notes_times_no_day() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(FOLDER / "daily-label-after-the-days-is-a-note.md")
