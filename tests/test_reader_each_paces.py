"""A length closing a count of things (`2 problems in 40 min each`) is the pace of each of them,
not a block: a day with no other time takes the plan's daily length, as its untimed days do."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.pace_lengths import is_pace
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PACES = DATA / "each_paces"


def test_a_pace_for_each_of_a_count_leaves_the_daily_length() -> None:
    result = read_plan(PACES / "one-edge-case.md")
    assert blocks_with_items(result.plan) == [
        ("BFS", 90, None, ["Shortest path in a grid"]),
        ("DFS", 90, None, ["Count connected parts"]),
        (
            "Mock",
            90,
            None,
            ["Timed mock: 2 problems in 40 min each", "Read both editorials afterwards"],
        ),
    ]


def test_each_day_and_an_uncounted_each_stay_blocks() -> None:
    result = read_plan(PACES / "each-day-stays.md")
    assert [(t, m) for t, m, _, _ in blocks_with_items(result.plan)] == [
        ("Read", 30),
        ("Flashcards", 15),
        ("Two katas", 20),
        ("Review", 10),
    ]


def test_the_pace_needs_a_count_before_and_each_closing_the_phrase() -> None:
    text = "2 sessions of 45 min each."
    start = text.index("45")
    assert is_pace(text, start + len("45 min"), start)
    assert not is_pace(text, start + len("45 min"))  # where it starts is not said
    day = "Read 30 min each day"
    assert not is_pace(day, day.index(" each"), day.index("30"))
