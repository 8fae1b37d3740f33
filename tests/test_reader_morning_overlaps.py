"""A 24-hour span that overlaps the one above it stays in the morning (`10:00-10:30 Intro`,
then `10:15-12:00 Talk`); only a time before the line above is read as the afternoon."""

from __future__ import annotations

from planexport.reader import parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import pinned


def test_a_span_overlapping_the_one_above_stays_in_the_morning() -> None:
    result = read_plan(DATA / "unseen" / "span-overlapping-morning.md")
    assert pinned(result.plan, 0) == [
        ("Intro", 30, "10:00"),
        ("Talk", 105, "10:15"),
        ("Questions", 30, "12:00"),
    ]
    assert [f"{w.line}: {w.message}" for w in result.warnings] == [
        '6: "Talk" (10:15–12:00) overlaps "Intro" (10:00–10:30): both kept as written'
    ]


def test_a_time_before_the_line_above_is_still_the_afternoon() -> None:
    plan = parse_markdown("# P\n\n## Day 1\n\n- 11:30 - 12:30 Reading\n- 1:00 - 2:00 Review\n")
    assert pinned(plan, 0) == [("Reading", 60, "11:30"), ("Review", 60, "13:00")]


def test_a_twelve_hour_run_after_noon_is_the_afternoon() -> None:
    plan = parse_markdown("# P\n\n## Day 1\n\n- 12:15 - 1:15 Lab\n- 1:15 - 2:00 Notes\n")
    assert pinned(plan, 0) == [("Lab", 60, "12:15"), ("Notes", 45, "13:15")]
