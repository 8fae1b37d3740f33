"""A day with no block whose timed lines were warned: the warning says what `show` shows, a rest
day when a line names the day off (`Domingo — descanso`, `Sunday: Rest`), else a day with no
timed blocks."""

from __future__ import annotations

from planexport.day_kinds import REST_LABEL, UNTIMED_LABEL, no_block_label
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "rest_day_labels"


def test_a_rest_line_under_the_day_makes_it_a_rest_day_as_warned() -> None:
    result = read_plan(PLANS / "es-rest-line-under-day.md")
    sunday = result.plan.days[1]
    assert (sunday.weekday, sunday.is_rest) == ("sun", True)
    assert no_block_label(sunday) == REST_LABEL
    assert warnings(result) == [
        '7: "Domingo" has no block: its breaks and meals are gaps and its other timed lines are '
        "warned, so it is shown as a rest day",
        '10: "10:00 paseo con la familia" has a start time but no length: kept as a note',
    ]


def test_a_label_line_naming_the_day_and_rest() -> None:
    result = read_plan(PLANS / "en-rest-label-line.md")
    sunday = result.plan.days[1]
    assert no_block_label(sunday) == REST_LABEL
    assert sunday.notes == ("Sunday: Rest", "11:00 brunch with friends")
    assert "so it is shown as a rest day" in warnings(result)[0]


def test_a_day_of_untimed_lines_is_warned_as_shown() -> None:
    result = read_plan(PLANS / "en-untimed-day-warned.md")
    tuesday = result.plan.days[1]
    assert no_block_label(tuesday) == UNTIMED_LABEL
    assert warnings(result) == [
        '7: "Tuesday" has no block: its breaks and meals are gaps and its other timed lines are '
        "warned, so it is shown as a day with no timed blocks",
        '9: "10:00 gym" has a start time but no length: kept as a note',
    ]
