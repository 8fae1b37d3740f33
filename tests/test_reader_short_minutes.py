"""A span typed short of a minute digit (`- 07:0 - 08:00: Café`): read when it can be, warned."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.blocks import Ctx
from planexport.reader.short_minutes import short_minutes
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "short_minutes"


def test_a_start_short_of_its_zero_is_on_the_hour_and_the_length_inside_is_no_length() -> None:
    result = read_plan(PLANS / "pt-weekday-span-start-short-of-a-zero.md")
    assert blocks_with_items(result.plan) == [
        ("Leitura / 20 minutos de revisão / café", 90, "06:00", []),
        ("Exercícios", 90, "07:30", []),
    ]
    assert warnings(result) == ['4: a time with one minute digit: "06:0" read as 06:00']


def test_an_end_short_of_a_digit_is_the_time_the_next_row_starts() -> None:
    result = read_plan(PLANS / "en-table-span-end-read-from-next-row.md")
    assert blocks_with_items(result.plan) == [
        ("Lecture notes", 90, "09:00", []),
        ("Problem set", 90, "10:30", []),
    ]
    assert warnings(result) == ['5: a time with one minute digit: "10:3" read as 10:30']


def test_a_short_digit_nothing_settles_is_warned_and_the_line_kept_as_written() -> None:
    result = read_plan(PLANS / "de-span-short-digit-not-zero-warned.md")
    assert blocks_with_items(result.plan) == [("Grammatik", 45, "15:30", [])]
    assert result.plan.days[0].notes == ("14:3 - 15:30 Vokabeln",)
    assert warnings(result) == [
        '3: a time with one minute digit: "14:3" may be 14:03 or 14:30: the span is not read, '
        "the line stays as written"
    ]


def test_a_verse_range_inside_a_line_is_no_span() -> None:
    result = read_plan(PLANS / "en-verse-range-is-no-span.md")
    assert blocks_with_items(result.plan) == [
        ("Genesis 1:1 - 2:3", 30, None, []),
        ("Psalms 1 - 2", 15, None, []),
    ]
    assert warnings(result) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("- 07:0 - 08:00: Café", "- 07:00 - 08:00: Café"),
        ("**9:0–10:30** Reading", "**9:00–10:30** Reading"),
        ("| 13:00 - 14:0 | Lunch |", "| 13:00 - 14:00 | Lunch |"),
        ("- [ ] 18:0 - 19:00 Revisão", "- [ ] 18:00 - 19:00 Revisão"),
        ("- 07:00 - 08:00: Café", "- 07:00 - 08:00: Café"),  # whole: nothing to do
        ("Read John 3:1 - 3:16", "Read John 3:1 - 3:16"),  # a verse range
        ("- 1:0 - 2:00 am", "- 1:0 - 2:00 am"),  # a 12-hour clock: left as written
        ("- Ratio 2:1 - 3:45 min", "- Ratio 2:1 - 3:45 min"),
    ],
)
def test_short_minutes(text: str, read: str) -> None:
    assert short_minutes(text, Ctx("x")) == read
