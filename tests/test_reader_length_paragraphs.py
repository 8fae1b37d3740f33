"""Soft-wrapped lines that each end on a length (`Paper analysis → 1.5 hours` over
`Total: 5.25 hours`): each line an activity and its length, or the day's total, never one
title that hides the lengths."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.length_paragraphs import length_lines
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "length_paragraphs"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_a_last_length_over_its_total_is_a_block() -> None:
    result = read("last-line-over-a-total.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Full-length mock test", 180, None),
                ("Paper analysis", 90, None),
                ("Formula revision", 45, None),
            ],
        ),
        ("sun", [("Organic reactions", 120, None), ("Physics PYQs", 60, None)]),
    ]
    assert [d.title for d in result.plan.days] == ["SATURDAY", "SUNDAY"]
    assert warnings(result) == []


def test_a_colon_length_over_its_total_is_a_block() -> None:
    result = read("colon-lengths-over-a-total.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Physics numericals", 120, None), ("Inorganic chemistry", 90, None)])
    ]
    assert warnings(result) == []


def test_a_total_said_in_words_is_no_block() -> None:
    result = read("total-in-words-stays-a-note.md")
    assert day_blocks(result.plan) == [
        ("wed", [("Electrostatics practice", 120, None), ("Capacitors", 60, None)])
    ]
    titles = [title for _, blocks in day_blocks(result.plan) for title, _, _ in blocks]
    assert not any("Total study" in title for title in titles)


def test_lines_apart_only_when_each_sets_its_length_apart() -> None:
    assert length_lines(["Mock analysis → 1.5 hour", "Total: 5.5 hours"])
    assert length_lines(["Physics (2 hrs)", "Chemistry - 90 min"])
    assert not length_lines(["Mock analysis → 1.5 hour"])  # one line: nothing to split
    assert not length_lines(["I will revise for about 2 hours", "and then rest for 30 min"])
    assert not length_lines(["Capacitors → 1 hour", "Total study today stays under 4 hours"])
    assert not length_lines(["07:00 - 09:00 → 2 hours", "Total: 2 hours"])  # a clock span first
    assert not length_lines(["Drills → 2 hours", "2 hours"])  # no title of its own
