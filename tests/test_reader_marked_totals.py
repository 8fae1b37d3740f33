"""A total set apart by a bracket, a dash, `=` or an arrow instead of a colon (`Total (3.5 hrs)`,
`Total - 1.5 h`, `TOTAL = 4 hrs`, `Total → 2 hours`): the day's hours, never a block."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.marked_totals import marked_total
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "marked_totals"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_a_bracketed_total_is_no_block() -> None:
    result = read("bracket-total-under-lengths.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Thermodynamics numericals", 120, None), ("Chemical bonding", 90, None)])
    ]
    assert warnings(result) == []


def test_totals_after_equals_and_arrows_are_no_blocks() -> None:
    result = read("arrow-and-equals-totals.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Full mock test", 180, None), ("Mock analysis", 60, None)]),
        ("sun", [("Botany NCERT", 120, None)]),
    ]
    assert [list(d.notes) for d in result.plan.days] == [["TOTAL = 4 hrs"], ["Total → 2 hours"]]
    assert warnings(result) == []


def test_titles_that_start_with_total_stay_blocks() -> None:
    result = read("total-words-in-titles-stay-blocks.md")
    assert day_blocks(result.plan) == [
        (
            "thu",
            [
                ("Total revision of optics", 120, None),
                ("Total Internal Reflection", 45, None),
                ("Totally new chapter", 60, None),
            ],
        )
    ]


def test_only_a_total_word_a_mark_and_a_length() -> None:
    assert marked_total("Total (3.5 hrs)")
    assert marked_total("Total - 1.5 h")
    assert marked_total("TOTAL = 4 hrs")
    assert marked_total("Total → 2 hours")
    assert marked_total("Total time – 4h")
    assert not marked_total("Total revision of optics (2 hrs)")
    assert not marked_total("Total - 2 hours of optics")
    assert not marked_total("Mock analysis → 1 hour")
