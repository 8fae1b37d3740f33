"""A row of a table of start times whose activity gives its own length
(`| 09:15 | Lab 2 (60 min) |`): the length is the block's and leaves the title, as on a list
line; the time until the next row is free. A length that is only part of what the row says
(`Parsers (20 min live coding inside)`) leaves the row lasting until the next one starts."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "agenda_row_lengths"


def _blocks(name: str) -> list[tuple[str, int, int, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.min_minutes, b.max_minutes, b.at) for b in plan.days[0].variants[0].blocks]


def test_a_rows_own_length_is_its_block_and_leaves_a_gap_before_the_next_start() -> None:
    result = read_plan(PLANS / "en-start-table-own-length-leaves-gap.md")
    assert pinned(result.plan, 0) == [
        ("Warm-up", 15, "09:00"),
        ("Lab 2", 60, "09:15"),  # not 90: it ends at 10:15, the rest is free
        ("Review session", 45, "10:45"),
        ("Wrap-up", 30, "11:30"),
    ]
    assert warnings(result) == []


def test_a_length_after_a_dash_or_hedged_in_its_bracket_is_the_rows_own() -> None:
    result = read_plan(PLANS / "de-zeit-inhalt-dash-length.md")
    assert pinned(result.plan, 0) == [
        ("Wiederholung", 30, "08:30"),
        ("Übungsblatt 4", 90, "09:00"),
        ("Klausuraufgaben", 75, "10:45"),
    ]
    assert warnings(result) == []


def test_a_range_in_the_title_is_the_blocks_range() -> None:
    assert _blocks("en-start-table-range-length.md") == [
        ("Coding round", 45, 60, "09:00"),
        ("System design", 60, 60, "10:00"),
        ("Debrief", 30, 30, "11:00"),
    ]


def test_a_length_inside_other_words_is_part_of_the_row_not_its_length() -> None:
    result = read_plan(PLANS / "en-start-table-inner-length-near-miss.md")
    assert pinned(result.plan, 0) == [
        ("Welcome", 30, "09:00"),
        ("Parsers (20 min live coding inside)", 90, "09:30"),
        ("Type checkers", 90, "12:00"),
    ]
    assert result.plan.days[0].notes == ("11:00 Lunch",)
