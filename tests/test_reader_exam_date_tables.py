"""Tables of exams by date (`| Paper | Date | Time | Room |`, dates in any order): one dated
day per date, each exam pinned at its time, and never lasting until the next row's start. With
no length written anywhere the plan is refused, saying so; a Duration column or an end time
gives the length; a dated agenda (the rows of each date in time order) still runs each row
until the next."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, day_blocks, warnings

PLANS = DATA / "exam_date_tables"


@pytest.mark.parametrize(
    ("name", "line", "said"),
    [
        ("start-only-out-of-order.md", 9, "4 exams on 3 dates"),
        ("start-only-fr.md", 5, "3 exams on 3 dates"),
    ],
)
def test_exams_with_only_a_start_are_refused_with_how_to_give_their_length(
    name: str, line: int, said: str
) -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    assert raised.value.line == line
    message = str(raised.value)
    assert f"no timed blocks found ({said} found, each with a start time and no length" in message
    assert "not until the next one starts" in message
    assert "or add a Duration column" in message


def test_a_duration_column_gives_each_exam_its_length_on_its_date() -> None:
    result = read_plan(PLANS / "duration-column-de.md")
    assert dated_days(result.plan) == [
        (None, "mon", dt.date(2027, 2, 8), "08.02.2027", [("Analysis", 120, "08:30")]),
        (None, "fri", dt.date(2027, 2, 12), "12.02.2027", [("Statistik", 90, "10:00")]),
        (None, "mon", dt.date(2027, 2, 15), "15.02.2027", [("Programmieren", 60, "14:00")]),
    ]
    assert warnings(result) == []


def test_end_times_give_the_length_and_the_days_go_in_date_order() -> None:
    result = read_plan(PLANS / "end-times-es.md")
    assert [(d[2], d[4]) for d in dated_days(result.plan)] == [
        (dt.date(2027, 6, 19), [("Genética", 150, "16:00")]),
        (dt.date(2027, 6, 22), [("Biología celular", 120, "09:00")]),
        (dt.date(2027, 6, 24), [("Bioquímica", 120, "10:00")]),
    ]


def test_two_exams_on_one_date_do_not_run_into_each_other() -> None:
    result = read_plan(PLANS / "two-exams-one-day.md")
    assert [(d[2], d[4]) for d in dated_days(result.plan)] == [
        (dt.date(2027, 6, 3), [("Thermodynamics", 120, "09:00")]),
        (dt.date(2027, 6, 4), []),
        (dt.date(2027, 6, 5), [("Materials", 90, "13:00")]),
    ]
    tail = "with no length written: kept as a note of its day (write its end, or a Duration column)"
    assert warnings(result) == [
        f'8: exam "Fluid Mechanics" starts at 11:30 {tail}',
        f'9: exam "Control Theory" starts at 09:00 {tail}',
        f'10: exam "Signals" starts at 10:30 {tail}',
    ]
    assert "Control Theory" in result.plan.days[1].notes


def test_exam_dates_beside_study_days_are_not_stretched_across_dates() -> None:
    result = read_plan(PLANS / "beside-study-days.md")
    assert day_blocks(result.plan)[:2] == [
        ("mon", [("Past paper, Algebra", 90, None), ("Flashcards", 30, None)]),
        ("tue", [("Essay outline, History", 60, None)]),
    ]
    assert day_blocks(result.plan)[2] == (None, [])
    assert warnings(result)[1:] == [
        '14: row "Algebra" has a start time but no length',
        '15: row "History" has a start time but no length',
    ]


def test_a_dated_agenda_runs_each_row_until_the_next_as_before() -> None:
    result = read_plan(PLANS / "dated-agenda-near-miss.md")
    assert [(d[2], d[4]) for d in dated_days(result.plan)] == [
        (
            dt.date(2027, 5, 12),
            [
                ("Welcome and clay prep", 30, "09:00"),
                ("Wheel basics", 90, "09:30"),
                ("Trimming", 90, "11:00"),
            ],
        ),
        (dt.date(2027, 5, 13), [("Glazing", 90, "09:00"), ("Firing the kiln", 90, "10:30")]),
    ]
    assert warnings(result) == [
        '11: row "Closing circle" has a start time but no length: kept as a note'
    ]
