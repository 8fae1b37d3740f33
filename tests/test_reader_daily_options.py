"""Lengths per day written with a slash (`- 30 min/day: flashcard reviews`): the rate goes
with the length, so the block is titled by what is done, not `/day`. Three or more such lines
that rise (`10 Minutes/Day: …`, `30 Minutes/Day: …`, `1-2 Hours/Day: …`) are daily amounts to
choose from: not blocks, said once; the session below them is read."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings


def _read(name: str) -> tuple[list[tuple[str, int, str | None]], list[str]]:
    result = read_plan(DATA / "daily_options" / name)
    blocks = [(title, minutes, at) for title, minutes, at, _ in blocks_with_items(result.plan)]
    return blocks, warnings(result)


def test_rising_daily_amounts_are_not_blocks() -> None:
    blocks, said = _read("options-then-session.md")
    assert blocks == [("Single notes", 10, None), ("Bends", 15, None), ("A blues in A", 20, None)]
    assert said == [
        '5: "10 Minutes/Day: enough to keep the li…" and the 2 lines below are daily amounts '
        "to choose from, not blocks: not read"
    ]


def test_two_activities_a_day_are_blocks_titled_by_what_is_done() -> None:
    assert _read("two-daily-activities.md") == (
        [("flashcard reviews", 30, None), ("a podcast episode", 20, None)],
        [],
    )


def test_falling_amounts_are_a_routine_not_a_choice() -> None:
    assert _read("falling-amounts.md") == (
        [
            ("tactics puzzles", 40, None),
            ("an endgame study", 20, None),
            ("opening notes", 10, None),
        ],
        [],
    )


def test_a_rate_after_the_title_leaves_the_title() -> None:
    assert _read("rate-after-the-title.md") == (
        [("vocabulary cards", 30, None), ("a page of Caesar", 20, None)],
        [],
    )
