"""Four-digit clock spans with an hours word (`0900-1030 hrs`, `1300hrs - 1430hrs`): spans of the
day on a 24-hour clock, as military and railway timetables write them, not 900 to 1030 hours."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import pinned, warnings


def test_four_digit_spans_with_hrs_are_times_of_day() -> None:
    result = read_plan(DATA / "military_spans" / "hrs-spans.md")
    assert pinned(result.plan, 0) == [
        ("Map reading", 90, "08:00"),
        ("Navigation drill", 135, "09:45"),
        ("Radio procedure", 90, "13:00"),
        ("Night navigation", 150, "22:00"),  # past midnight
    ]
    assert pinned(result.plan, 1)[0] == ("First aid", 90, "08:30")
    assert warnings(result) == []


def test_only_valid_four_digit_times_with_an_hours_word_are_spans() -> None:
    found = find_duration("0900 to 1030 hrs lecture")
    assert found is not None
    assert (found.at, found.lo) == (540, 90)
    assert find_duration("0900-1030 Chemistry") is None  # no hours word: not read as a span
    assert find_duration("Read 1000-1500 words") is None
    # "2575" is no time of day: the range stays the lengths it says
    still = find_duration("1200-2575 hrs")
    assert still is not None
    assert still.at is None
