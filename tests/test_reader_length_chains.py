"""Lengths written right after a pinned start in one list (`- 9:00 Clay wedging (30 min)`, then
`- Wheel centring (45 min)`) start when the block before them ends, a break's length
(`- Break (10 min)`) moving the clock on; a `Start time: 18:30` or `Beginn: 9 Uhr` line over a
list of lengths starts it the same way. Lengths in a gap between two clock times, after a range,
or in a day with no time at all stay unpinned, as before."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FOLDER = DATA / "length_chains"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_lengths_after_a_pinned_start_follow_it_and_a_break_moves_the_clock() -> None:
    result = read("en-pinned-start-then-lengths.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Clay wedging", 30, "09:00"),
                ("Wheel centring", 45, "09:30"),
                ("Trimming bowls", 60, "10:25"),  # after the 10-minute break
            ],
        ),
        ("tue", [("Glaze mixing", 20, "14:00"), ("Glazing test tiles", 40, "14:20")]),
    ]
    assert warnings(result) == []


def test_a_start_time_line_over_a_list_of_lengths_starts_it() -> None:
    result = read("en-start-line-over-lengths.md")
    assert day_blocks(result.plan) == [
        (
            "thu",
            [
                ("Breathing exercises", 15, "18:30"),
                ("Scales", 20, "18:45"),
                ("New piece, first page", 40, "19:05"),
            ],
        )
    ]
    assert result.plan.days[0].notes == ("Start time: 18:30",)  # kept as written
    assert warnings(result) == []


def test_beginn_uhr_starts_a_german_list_and_its_pause_moves_the_clock() -> None:
    result = read("de-beginn-uhr.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Vokabeln wiederholen", 30, "09:00"), ("Grammatikübungen", 60, "09:45")])
    ]
    assert warnings(result) == []


def test_a_length_in_a_gap_between_two_clock_times_stays_unpinned() -> None:
    result = read("en-lengths-in-a-gap-stay-unpinned.md")
    assert day_blocks(result.plan) == [
        (
            "wed",
            [
                ("Organic chemistry lecture", 60, "09:00"),
                ("Flashcards", 30, None),  # anywhere between 10:00 and 13:00
                ("Lab briefing", 60, "13:00"),
            ],
        )
    ]


def test_a_range_is_pinned_and_ends_the_chain() -> None:
    result = read("en-range-ends-the-chain.md")
    assert day_blocks(result.plan) == [
        ("sun", [("Easy jog", 40, "07:00"), ("Strides", 20, "07:40"), ("Stretching", 15, None)])
    ]


def test_a_day_with_no_time_at_all_stays_unpinned() -> None:
    result = read("en-no-pinned-block-stays-unpinned.md")
    assert day_blocks(result.plan) == [
        (
            "fri",
            [
                ("Gesture drawings", 20, None),
                ("Perspective boxes", 30, None),
                ("Still life", 45, None),
            ],
        )
    ]
    assert warnings(result) == [
        '7: "Break (5 min)" is a break between blocks: not a block (the schedule\'s own breaks '
        "are used)"
    ]


def test_a_line_labelled_with_a_part_of_the_day_is_not_chained_to_the_clock() -> None:
    plan = read_plan(DATA / "length_chains" / "en-part-of-day-label-is-no-chain.md").plan
    assert [(b.title, b.min_minutes, b.at) for v in plan.days[0].variants for b in v.blocks] == [
        ("Lecture – Fluid mechanics", 120, "09:00"),
        ("Tutorial", 60, "14:00"),
        ("Evening: Problem sheet 2", 90, None),
        ("Abends – Vokabeln", 30, None),
    ]
