"""A title that ends in a range of numbers, then a spaced em dash and a length of hours and
minutes (`MBE set 11–20 — 1 hr, 8 mins.`): the length is the hours and minutes."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import pinned


def test_hours_and_minutes_after_a_spaced_dash_are_the_length() -> None:
    result = read_plan(DATA / "dash_lengths_on" / "range-title-hours-minutes.md")
    assert pinned(result.plan, 0) == [
        ("Evidence lecture chapters 5–9", 125, None),
        ("MBE set 11–20", 68, None),
        ("Essay roadmap", 15, None),
    ]
    found = find_duration("Chapters 1–4 — 1 hr, 8 mins.")
    assert found is not None
    assert (found.lo, found.hi, found.text) == (68, 68, "1 hr, 8 mins.")
