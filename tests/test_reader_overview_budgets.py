"""An overview of hours by weekday (`| Monday - Friday | New topic | 1-2 hrs/day |`) above days
that time their own tasks (`**Reading (25 mins):**`, problem rows with a Time column): those days
keep their own blocks; a day with nothing timed, or one stray length, takes the overview's hours."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

OVERVIEW = DATA / "overview_budgets"


def read(name: str) -> ReadResult:
    return read_plan(OVERVIEW / name)


def test_days_with_their_own_timed_tasks_keep_them_under_an_hours_overview() -> None:
    result = read("en-own-tasks-under-an-hours-overview.md")
    slot = [("One new topic + exercises", 60, None)]
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Reading", 25, None),
                ("Customers without orders", 15, None),
                ("Second highest salary", 20, None),
            ],
        ),
        ("tue", [("Duplicate emails", 10, None), ("Departments above average pay", 25, None)]),
        ("wed", slot),  # nothing timed of its own: the overview's 1-2 hours
        ("thu", [("Rank scores", 20, None), ("Running totals", 25, None)]),
        ("fri", slot),
        ("sat", [("Longer mixed set", 180, None)]),
        ("sun", [("Recap of the week", 120, None)]),
    ]
    monday = result.plan.days[0].variants[0].blocks[0]
    assert [i.text for i in monday.items] == ["Join types side by side", "Where NULLs come from"]
    assert result.plan.days[0].title == "Inner and Outer Joins"
    assert warnings(result) == []


def test_one_short_length_of_a_day_stays_inside_the_overview_hours() -> None:
    result = read("en-one-stray-length-keeps-the-overview.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Indexing drills", 60, None)]),
        ("thu", [("Reshaping drills", 60, None)]),
    ]
    monday = result.plan.days[0].variants[0].blocks[0]
    assert [i.text for i in monday.items] == [
        "Select rows by label and by position",
        "Redo the last drill in under 10 minutes",
    ]
    assert warnings(result) == []


def test_numbered_days_fewer_than_the_overview_rows_are_the_plan() -> None:
    result = read("en-overview-over-fewer-numbered-days.md")
    assert [(d.number, d.title) for d in result.plan.days] == [
        (1, "Character Classes"),
        (2, "Anchors"),
    ]
    assert day_blocks(result.plan) == [
        (
            "mon",
            [("Reading", 15, None), ("Match hex colours", 10, None), ("Match dates", 20, None)],
        ),
        ("tue", [("Whole-line matches", 15, None), ("Word boundaries", 15, None)]),
    ]
    assert warnings(result) == [
        '7: "Patterns and drills" is for a weekday that is no day of the plan: not read',
        '8: "Puzzle set" is for a weekday that is no day of the plan: not read',
    ]
