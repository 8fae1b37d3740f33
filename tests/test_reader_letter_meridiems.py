"""Clock times marked `a` or `p` alone (`8:30a - 9:00a`, `12:30p`), as US syllabi write them:
read as `8:30am`; a letter after a number that is no time (`Exercise 3a`) stays."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "letter_meridiems"


def _blocks(name: str) -> list[tuple[str, int, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


def test_spans_with_a_and_p_are_pinned() -> None:
    assert _blocks("en-workshop-a-p-times.md") == [
        ("Breakfast and sign-in", 30, "08:30"),
        ("Intro to R", 90, "09:00"),
        ("Data frames", 75, "10:45"),
        ("Plotting with ggplot", 90, "13:00"),
    ]
    assert read_plan(PLANS / "en-workshop-a-p-times.md").warnings == ()


def test_starts_with_a_and_p_last_until_the_next() -> None:
    assert _blocks("en-starts-with-a-p.md") == [
        ("Office hours", 75, "10:00"),
        ("Lecture 4: Recursion", 75, "11:15"),
        ("Lab 2", 90, "12:30"),
    ]


def test_a_letter_after_a_number_that_is_no_time_stays() -> None:
    assert _blocks("en-letters-after-numbers-stay.md") == [
        ("Exercise 3a", 30, None),
        ("Exercise 12p", 20, None),
    ]
