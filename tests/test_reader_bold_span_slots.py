"""Bold clock spans as paragraphs with some slots left empty (`**09.30 - 11.00**` alone): each
empty slot is a block of its own; the next bold span is the next block, never its title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "bold_span_slots"


def test_empty_slots_between_named_ones_stay_a_block_each() -> None:
    result = read_plan(PLANS / "empty-slots-between-named.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Clay and wheel safety", 30, "09:00"),
                ("Block", 90, "09:30"),
                ("Block", 75, "11:15"),
                ("Block", 90, "13:30"),
                ("Glazing demo", 60, "15:00"),
            ],
        ),
        ("sun", [("Block", 90, "09:00"), ("Trimming and handles", 90, "10:30")]),
    ]
    assert warnings(result) == []


def test_a_bold_name_under_an_empty_slot_still_names_it() -> None:
    result = read_plan(PLANS / "empty-slot-over-named-line.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Welcome and aprons", 30, "09:30"),
                ("Linocut basics", 90, "10:00"),
                ("Block", 60, "11:30"),
                ("Two-colour prints", 90, "13:30"),
            ],
        )
    ]
    assert warnings(result) == []
