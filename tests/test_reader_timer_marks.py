"""A timer emoji before a length (`Flashcards ⏱️ 45 min`, `Mind map (⏱ 20 min)`): it marks the
length, as a clock emoji marks a time of day, and is no part of the title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings


def test_a_timer_before_a_length_is_not_kept_in_the_title() -> None:
    result = read_plan(DATA / "timer_marks" / "timer-before-length.md")
    assert pinned(result.plan, 0) == [
        ("Flashcards", 45, None),
        ("Past paper", 90, None),
        ("Mind map", 20, None),
        ("Summary", 15, None),
    ]
    assert warnings(result) == []


def test_marks_before_a_bold_length_go_with_the_length() -> None:
    # "⏰ **1h** — Topic" reads as "⏰ 1h — Topic" does; a bold title keeps its marks.
    result = read_plan(DATA / "timer_marks" / "marks-before-bold-length.md")
    assert pinned(result.plan, 0) == [
        ("BFS and DFS by hand", 60, None),
        ("Shortest paths, three problems", 45, None),
        ("Read the chapter summary", 30, None),
    ]
    assert pinned(result.plan, 1) == [
        ("📚 Tree traversals", 50, None),
        ("Mock interview", 90, None),
    ]
    assert warnings(result) == []
