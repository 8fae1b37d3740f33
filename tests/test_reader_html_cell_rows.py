"""A talk's abstract folded into a pipe-table row as an HTML block over several lines (`| |
<div class="abstract">` … `</div> |`): the table goes on after it, every talk is read."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.html_cell_rows import html_cell_rows
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "html_cell_rows"


def test_rows_after_a_multi_line_abstract_cell_are_read() -> None:
    result = read_plan(PLANS / "abstract-div-under-talk.md")
    assert [(d.weekday, str(d.date)) for d in result.plan.days] == [("sat", "2026-03-14")]
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Welcome and coffee", 15, "09:00"),
                ("Keynote: Ines Baptista", 45, "09:15"),
                ("Poster session", 45, "10:00"),
                ("Invited talk: Kofi Mensah", 45, "10:45"),
                ("Panel on sampling protocols", 45, "11:30"),
            ],
        )
    ]
    assert warnings(result) == ['19: row "Closing remarks" has a start time but no length']


def test_the_cell_lines_become_one_row_and_line_numbers_stay() -> None:
    text = "| Time | Event |\n| --- | --- |\n| | <div>\nAbstract text\n</div> |\n| 10:00 | Talk |"
    assert html_cell_rows(text).split("\n") == [
        "| Time | Event |",
        "| --- | --- |",
        "| | <div> Abstract text </div> |",
        "|",
        "|",
        "| 10:00 | Talk |",
    ]


def test_a_cell_broken_by_a_blank_line_or_closed_on_its_row_is_left_as_written() -> None:
    broken = "| Time | Event |\n| --- | --- |\n| 18:15 | Chapter <div>\n\nBring it.\n</div> |"
    closed = "| Time | Event |\n| --- | --- |\n| 18:15 | <div>Chapter one</div> |\n| 19:00 | End |"
    outside = "Intro <div>\nnot a table\n</div> |"
    assert html_cell_rows(broken) == broken
    assert html_cell_rows(closed) == closed
    assert html_cell_rows(outside) == outside
