"""Session headings with a clock span over lines with lengths only (`### Morning Session (6:30
AM - 9:00 AM)` over `#### Round 1 (45 min)`): the blocks run from the session's start, one
after another, a break line between them a gap; an overrun said."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "session_starts"


def _blocks(name: str) -> list[tuple[str, int, str | None, str | None]]:
    (day,) = read_plan(PLANS / name).plan.days
    (variant,) = day.variants
    return [(b.title, b.min_minutes, b.at, b.session) for b in variant.blocks]


def _warnings(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_blocks_run_from_their_session_start_with_break_lines_as_gaps() -> None:
    assert _blocks("session-spans-over-lengths.md") == [
        ("Round 1: Past paper, section A", 45, "06:30", "Morning Session"),
        # "**Short Break (15 min):**" between the rounds: 07:15 + 15 min
        ("Round 2: Marking and corrections", 60, "07:30", "Morning Session"),
        ("Reading: chapter 7", 45, "18:00", "Evening Session"),
        ("Flashcards", 30, "18:45", "Evening Session"),
    ]
    assert _warnings("session-spans-over-lengths.md") == []


def test_blocks_longer_than_their_session_span_run_from_its_start_and_are_said() -> None:
    # 120 minutes of work in a one-hour morning: the writer's start, the overrun said
    assert _blocks("session-span-too-short.md") == [
        ("Essay outline", 45, "09:00", "Morning"),
        ("Essay draft", 45, "09:45", "Morning"),
        ("Proofreading", 30, "10:30", "Morning"),
    ]
    assert _warnings("session-span-too-short.md") == [
        '5: "Morning (9:00 - 10:00)" holds 120 min of blocks, more than its span "9:00 - 10:00":'
        " read one after the other from its start"
    ]


def test_a_session_with_a_timed_line_keeps_its_lines_as_written() -> None:
    assert _blocks("session-span-with-a-timed-line.md") == [
        ("Tutor call", 60, "14:00", "Afternoon"),
        ("Problem sheet", 60, "15:00", "Afternoon"),
    ]
