"""A table whose header row is a time line: each task runs from its column's time to the next."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "time_header"


def test_a_time_line_header_pins_each_task_and_prime_minutes_are_lengths() -> None:
    result = read_plan(PLANS / "de-pinned.md")
    # "**Pause 15'**" is a gap; "Abschluss 15'" has only a start, and its own 15' ends it.
    assert pinned(result.plan, 0) == [
        ("Einheit", 45, "09:00"),
        ("Übung", 45, "10:00"),
        ("Abschluss", 15, "10:45"),
    ]
    assert warnings(result) == []


def test_a_time_line_from_zero_is_a_session_of_lengths() -> None:
    result = read_plan(PLANS / "from-zero.md")
    assert pinned(result.plan, 0) == [("Theory", 40, None), ("Practice", 50, None)]
    assert warnings(result) == [
        "3: times counted from 00:00 are read as lengths from the session's start, "
        "not pinned at midnight",
        '5: row "Wrap-up" skipped: no time',
    ]
