"""A table row whose time and title cells are written the other way round (`| Closing
discussion | 12:00 -- 12:20 |` under `| Time | Topic |`): read as if in their columns."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "swapped_rows"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_a_last_row_written_the_other_way_is_the_last_block() -> None:
    result = read("last-row-written-the-other-way.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Welcome and field safety", 30, "09:00"),
                ("Sampling methods", 60, "09:30"),
                ("Lab: pH and texture", 60, "11:00"),
                ("Closing discussion", 20, "12:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_bold_row_written_the_other_way_keeps_its_place() -> None:
    result = read("bold-row-in-the-middle.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Telescope setup", 30, "19:00"),
                ("Star charts", 45, "19:30"),
                ("Observing the Moon", 75, "20:15"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_title_cell_with_words_after_its_span_is_not_turned() -> None:
    result = read("words-and-span-in-title-stay.md")
    assert day_blocks(result.plan) == [
        (None, [("Warm-up and scales", 60, "10:00"), ("Full rehearsal", 60, "12:00")])
    ]
    assert warnings(result) == ['6: row "11:00 - 12:00 Sectionals in rooms 2-4" skipped: no time']
