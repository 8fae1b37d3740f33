"""Sessions as people write them: minute offsets inside a lesson, a part of the day with a topic."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "heldout3"


def _blocks(name: str) -> list[tuple[str, int, int, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.min_minutes, b.max_minutes, b.session) for _, b in blocks_of(plan)]


def test_minute_offsets_inside_a_lesson_are_the_lengths_of_its_parts() -> None:
    result = read_plan(PLANS / "minute-offsets-in-lesson.md")
    assert _blocks("minute-offsets-in-lesson.md") == [
        ("Begrüßung und Fragen", 10, 10, "Lektion 1"),
        ("Theorie", 20, 20, "Lektion 1"),
        ("Erste Übung", 20, 20, "Lektion 1"),
        ("Live-Demo", 15, 15, "Lektion 2"),
        ("Pair Programming", 30, 30, "Lektion 2"),
    ]
    assert warnings(result) == []


def test_a_lone_range_from_zero_is_no_offset_chain_and_is_skipped() -> None:
    result = read_plan(PLANS / "lone-zero-range.md")
    assert _blocks("lone-zero-range.md") == [("Reading", 30, 30, None)]
    assert warnings(result) == ['5: block "Stretching" has a zero duration ("0-10 min"): skipped']


def test_a_part_of_the_day_with_a_topic_is_a_block_over_its_numbered_items() -> None:
    result = read_plan(PLANS / "session-topic-repeats-item.md")
    day = result.plan.days[0]
    # "Tracking and Backtracking" names no plan of N hours: both parts are blocks of one day.
    assert len(day.variants) == 1
    blocks = day.variants[0].blocks
    # the topic after the dash is the title, the part of the day the session (#12)
    assert [(b.session, b.title, b.min_minutes, b.note) for b in blocks] == [
        ("Morning", "Traversal", 120, None),
        ("Evening", "Tracking and Backtracking", 90, None),
    ]
    assert [i.text for i in blocks[1].items] == ["**Backtracking**:"]
    assert [c.text for c in blocks[1].items[0].children] == ["N queens", "Subsets"]
    # "Dynamic Programming" is a topic, not a "program" of N hours.
    second = result.plan.days[1].variants
    assert [(b.session, b.title, b.min_minutes, b.note) for v in second for b in v.blocks] == [
        ("Morning", "Dynamic Programming", 180, None)
    ]
    assert warnings(result) == []
