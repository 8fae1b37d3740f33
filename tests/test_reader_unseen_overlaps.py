"""A pinned row or line whose span starts inside the one before it and ends after it stays where
it is written (`9am - 10am Introduction`, `9am - 11am Phase 1`), with a warning (issue #12 §2:
a pinned block that overlaps another is kept and reported)."""

from __future__ import annotations

from planexport.reader import parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import pinned

PLANS = DATA / "unseen"


def test_a_row_covering_the_row_before_is_kept_and_reported() -> None:
    result = read_plan(PLANS / "span-covering-row-before.md")
    assert pinned(result.plan, 0) == [
        ("Introduction", 60, "09:00"),
        ("Phase 1", 120, "09:00"),
        ("Phase 2", 90, "11:30"),
    ]
    assert [f"{w.line}: {w.message}" for w in result.warnings] == [
        '8: "Phase 1" (09:00–11:00) overlaps "Introduction" (09:00–10:00): both kept as written'
    ]


def test_a_line_starting_inside_the_one_before_stays_and_so_does_a_parallel_one() -> None:
    result = read_plan(PLANS / "span-covering-line-before.md")
    assert pinned(result.plan, 0) == [
        ("Kick-off", 30, "13:00"),
        ("Team building", 105, "13:15"),
        ("Hacking", 240, "15:00"),
        # It starts before the line above it: written out of order, not inside it.
        ("Mentors' round", 60, "14:00"),
    ]
    assert len(result.warnings) == 1


def test_a_span_inside_the_one_before_is_left_as_written() -> None:
    plan = parse_markdown("# P\n\n## Day 1\n\n- 09:00 - 17:00 Conference\n- 13:00 - 14:00 Talk\n")
    assert pinned(plan, 0) == [("Conference", 480, "09:00"), ("Talk", 60, "13:00")]


def test_spans_in_order_are_left_as_written() -> None:
    plan = parse_markdown("# P\n\n## Day 1\n\n- 09:00 - 10:00 Intro\n- 10:00 - 11:00 Lab\n")
    assert pinned(plan, 0) == [("Intro", 60, "09:00"), ("Lab", 60, "10:00")]
