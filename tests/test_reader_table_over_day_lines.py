"""Bold day lines in a how-to section (`1. **Day 5**: Read the whole draft aloud`) beside day
tables that time more days (`| Day | Focus | Output | Hours |`): the tables are the plan, the
lines only mention some of their days; day lines with lengths of their own stay the plan."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

FOLDER = DATA / "table_over_day_lines"


def test_day_tables_take_the_place_of_untimed_day_lines_in_a_how_to() -> None:
    result = read_plan(FOLDER / "how-to-day-lines-beside-day-table.md")
    assert dated_days(result.plan) == [
        (1, None, None, "Research questions", [("Research questions", 180, None)]),
        (1, None, None, "Method chapter", [("Method chapter", 240, None)]),
        (1, None, None, "Results tables", [("Results tables", 150, None)]),
        (2, None, None, "Discussion", [("Discussion", 180, None)]),
        (2, None, None, "Read-through", [("Read-through", 120, None)]),
        (2, None, None, "Final fixes", [("Final fixes", 90, None)]),
    ]
    assert [d.number for d in result.plan.days] == [1, 2, 3, 4, 5, 6]
    # the evening steps are no day's blocks; the week's total row is no day
    assert warnings(result) == [
        '7: "**Save a copy** (2 minutes)" is in no day: not read',
        '8: "**Note where you stopped** (5 minutes)" is in no day: not read',
        '24: row "**9.5 hours**" skipped: no time',
    ]


def test_day_lines_with_their_own_lengths_stay_the_plan() -> None:
    result = read_plan(FOLDER / "timed-day-lines-stay.md")
    assert dated_days(result.plan) == [
        (None, None, None, "Collect the measurements", [("Collect the measurements", 120, None)]),
        (None, None, None, "Plot the curves", [("Plot the curves", 90, None)]),
        (None, None, None, "Write the report", [("Write the report", 180, None)]),
    ]
    assert warnings(result) == [
        '11: table "Day | Task | Hours" (4 rows timed by its "Hours" column) is in no day: not read'
    ]
