"""`12:00 noon` written with its minutes: the word is the time's, never the title's (`- 12:00 noon
Lunch` is a lunch gap, `10:00 a.m. - 12:00 noon Math` a block titled `Math`)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "twelve_noon"


def test_a_span_that_ends_or_starts_at_twelve_noon() -> None:
    result = read_plan(PLANS / "en-span-to-twelve-noon.md")
    assert pinned(result.plan, 0) == [
        ("Morning basket", 60, "09:00"),
        ("Math and science", 120, "10:00"),
        ("Quiet time reading", 90, "13:00"),  # lunch, 12:00 noon - 1:00 p.m., is a gap
    ]
    assert warnings(result) == []


def test_lunch_at_twelve_noon_is_a_gap_not_a_block() -> None:
    result = read_plan(PLANS / "en-start-at-twelve-noon.md")
    plan = result.plan
    assert pinned(plan, 0) == [
        ("Piano practice", 30, "09:00"),
        ("Copywork", 20, "10:00"),
        ("Quiet time", 60, "13:00"),
    ]
    assert plan.days[0].notes == ("12:00 noon Lunch",)
    assert warnings(result) == []


def test_a_start_at_twelve_noon_with_its_length() -> None:
    plan = read_plan(PLANS / "en-start-at-twelve-noon-with-length.md").plan
    assert pinned(plan, 0) == [("Nature journal", 40, "11:00"), ("Read-aloud", 25, "12:00")]


def test_noon_words_in_a_title_stay_there() -> None:
    plan = read_plan(PLANS / "en-noon-in-a-title.md").plan
    assert pinned(plan, 0) == [("Noontime nature walk", 60, "11:00"), ("Noon prayer", 30, "12:00")]
