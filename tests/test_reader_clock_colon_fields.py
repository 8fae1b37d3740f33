"""A block line whose fields end in a clock time (`Legs + core | 1h | 06:00`) is a block, never
an "Add:" intro: the colon inside 06:00 is the clock's, not one that ends an intro."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.add_intros import add_end
from tests.paths import DATA
from tests.reader_support import days, pinned

FIELDS = DATA / "clock_colon_fields"


def test_a_plus_and_an_hour_before_a_clock_time_are_a_block_not_an_add_line() -> None:
    result = read_plan(FIELDS / "one-edge-case.md")
    assert [(w, t) for w, _, t in days(result.plan)] == [("mon", "Monday"), ("tue", "Tuesday")]
    assert pinned(result.plan, 0) == [("Legs + core", 60, None), ("Evening reading", 30, None)]
    assert pinned(result.plan, 1) == [("Back + biceps", 60, None), ("Evening reading", 30, None)]
    assert not result.warnings


def test_the_colon_of_a_clock_time_never_ends_an_intro() -> None:
    assert add_end("Legs + core | 1h | 06:00") is None
    assert add_end("Extra + stretch (plan) at **7**:30") is None
    assert add_end("Everything from the 4-hour plan, plus:") is not None
    assert add_end("Add: 30 min review") == len("Add: ")
