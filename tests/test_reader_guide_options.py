"""Guides that each fill the whole length of the heading above them: one block."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "session_parts"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


# Alternative guides


def test_guides_that_each_fill_the_heading_are_one_block() -> None:
    result = read("offset-guides-es.md")
    assert day_blocks(result.plan) == [(None, [("Cardio suave", 20, None)])]
    block = result.plan.days[0].variants[0].blocks[0]
    guides = [i for i in block.items if i.children]
    assert [g.text for g in guides] == [
        "Guía de remo (20 minutos)",
        "Guía de elíptica (20 minutos)",
    ]
    assert [c.text for c in guides[0].children] == [
        "5 min · Calentamiento",
        "10 min · Resistencia",
        "5 min · Enfriamiento",
    ]
    assert warnings(result) == [
        '3: "Cardio suave" offers 2 options, Guía de remo (line 7), Guía de elíptica '
        "(line 15): one block of its own 20 min with the options as its items, their lengths "
        "not added up"
    ]


def test_guides_with_bare_minutes_are_one_block() -> None:
    result = read("offset-guides-en.md")
    assert day_blocks(result.plan) == [(None, [("Cardio", 30, None)])]
    assert len(result.warnings) == 1


def test_parts_that_add_up_to_the_heading_are_read_in_turn() -> None:
    result = read("offset-parts-in-turn-en.md")
    assert [m for _, blocks in day_blocks(result.plan) for _, m, _ in blocks] == [5, 5, 10, 10]
    assert warnings(result) == []
