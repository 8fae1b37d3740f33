"""A routine counted from 0:00 whose last span ends on the hour written as minute 60
(`| 0:45-0:60 | Diary |`): the span ends on the next hour, a quarter like the others, not a
row skipped for having no time. A clock's `8:30-8:60` stays unread, as before."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.hour_ends import sixty_ends
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

_FROM_ZERO = (
    "times counted from 00:00 are read as lengths from the session's start, not pinned at midnight"
)


def test_a_table_counted_from_zero_ends_on_the_hour() -> None:
    result = read_plan(DATA / "sixty_ends" / "table-last-quarter.md")
    assert blocks_with_items(result.plan) == [
        ("Flashcard reviews", 15, None, []),
        ("Verb drills", 15, None, []),
        ("Radio news in slow Italian", 15, None, []),
        ("Diary entry of five sentences", 15, None, []),
    ]
    assert warnings(result) == [f"3: {_FROM_ZERO}"]


def test_a_list_counted_from_zero_ends_its_second_hour() -> None:
    result = read_plan(DATA / "sixty_ends" / "list-second-hour.md")
    assert [(b[0], b[1], b[2]) for b in blocks_with_items(result.plan)] == [
        ("Open strings and long bows", 20, None),
        ("Scales in three octaves", 30, None),
        ("Suite movement, slow practice", 40, None),
        ("Run-through with a recording", 30, None),
    ]
    assert warnings(result) == [f"3: {_FROM_ZERO}"]


def test_a_clock_span_with_minute_sixty_is_not_read() -> None:
    result = read_plan(DATA / "sixty_ends" / "clock-minute-sixty.md")
    assert [(b[0], b[1], b[2]) for b in blocks_with_items(result.plan)] == [
        ("Statistics reading", 30, "08:00"),
        ("Lecture notes", 60, "09:00"),
    ]
    assert any("Exercise set" in w for w in warnings(result))


def test_only_the_end_of_the_starts_hour_is_rewritten() -> None:
    assert sixty_ends("0:45-0:60 Diary") == "0:45-1:00 Diary"
    assert sixty_ends("| 1:40 – 1:60 |") == "| 1:40 – 2:00 |"
    assert sixty_ends("0:45-1:60") == "0:45-1:60"  # not the start's hour: as written
    assert sixty_ends("Read 60 pages") == "Read 60 pages"
