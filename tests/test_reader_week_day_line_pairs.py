"""A plan written without Markdown whose week line has the next day's label right below it, with
no blank line between (`Week 2 – Radio and rules` / `Day 3 – Channel sixteen`): the week's line,
then a day of its own, where the paragraph used to swallow the day and its lengths."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

FOLDER = DATA / "week_day_line_pairs"


def test_a_day_label_under_its_week_line_is_a_day() -> None:
    result = read_plan(FOLDER / "day-label-under-its-week-line.md")
    assert [(d[0], d[3], d[4]) for d in dated_days(result.plan)] == [
        (1, "Bowline", [("Practice: tie it ten times", 15, None)]),
        (1, "Cleat hitch", [("Drill", 20, None)]),
        (2, "Channel sixteen", [("Mock call", 25, None)]),
        (2, "Right of way", [("Quiz", 30, None)]),
    ]
    assert [d.number for d in result.plan.days] == [1, 2, 3, 4]
    assert warnings(result) == []


def test_a_label_that_counts_back_stays_joined_to_its_week_line() -> None:
    result = read_plan(FOLDER / "week-line-over-a-day-that-counts-back.md")
    assert [d[3] for d in dated_days(result.plan)] == ["Bowline", "Cleat hitch", "Figure eight"]
    assert warnings(result) == ['18: "Mock call: 25 minutes." is in no day: not read']
