"""HTML tables whose cells span rows (`<td rowspan="2">`): read as if each such cell were
written out in every row it spans, as a Markdown table writes it."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

SPANS = DATA / "html_rowspans"


def read(name: str) -> ReadResult:
    return read_plan(SPANS / name)


def test_a_session_spanning_slots_is_one_block_over_them() -> None:
    result = read("fr-grid-rowspan-sessions.md")
    assert days(result.plan) == [
        ("thu", None, "Jeudi 14 mai"),
        ("fri", None, "Vendredi 15 mai"),
    ]
    # The empty cell spanning Friday's first two slots is free time; the empty 10:30 row ends
    # the plenary; "Pause" is a gap.
    assert pinned(result.plan, 0) == [
        ("Ouverture", 20, "09:00"),
        ("Conférence plénière", 70, "09:20"),
        ("Atelier d'écriture", 90, "13:30"),
    ]
    assert pinned(result.plan, 1) == [("Table ronde", 60, "13:30"), ("Clôture", 30, "14:30")]
    assert warnings(result) == []


def test_a_day_cell_spanning_its_rows_names_the_day_of_each() -> None:
    result = read("en-day-column-rowspan.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "wed"]
    assert pinned(result.plan, 0) == [("Biology", 60, "16:00"), ("Chemistry", 45, "17:15")]
    assert pinned(result.plan, 1) == [
        ("History", 90, "15:00"),
        ("French vocabulary", 45, "16:45"),
        ("Past paper review", 45, "19:00"),
    ]
    assert warnings(result) == []


def test_a_span_over_three_slots_and_a_break_beside_it() -> None:
    result = read("es-grid-rowspan-three-slots.md")
    assert pinned(result.plan, 0) == [("Inglés B2", 90, "17:00"), ("Repaso", 30, "18:30")]
    # In such a table the same entry in back-to-back slots is one block, however written.
    assert pinned(result.plan, 1) == [("Francés", 60, "17:00")]
    assert warnings(result) == []


def test_a_span_past_the_last_row_stops_there_and_a_gap_keeps_two_periods() -> None:
    result = read("de-rowspan-past-the-last-row.md")
    assert pinned(result.plan, 0) == [("Mathe", 45, "08:00"), ("Deutsch", 45, "08:50")]
    # rowspan="3" over two rows stops at the table's end, as a browser draws it; the five
    # minutes between the periods keep them two blocks.
    assert pinned(result.plan, 1) == [("Sport", 45, "08:00"), ("Sport", 45, "08:50")]
    assert warnings(result) == []


def test_cells_spanning_rows_and_columns_are_still_named_in_the_refusal() -> None:
    text = (
        "# Programme\n\n<table>\n<tr><th></th><th>A</th><th>B</th></tr>\n"
        '<tr><td>09:00</td><td colspan="2">Opening</td></tr>\n'
        '<tr><td>09:30</td><td rowspan="2">Talk</td><td>Demo</td></tr>\n'
        "<tr><td>10:00</td><td>Q&amp;A</td></tr>\n</table>\n"
    )
    with pytest.raises(PlanError, match="an HTML table with merged cells"):
        read_markdown(text, source="plan.md")


def test_empty_rows_are_rows_a_span_covers() -> None:
    result = read("fr-empty-rows-inside-spans.md")
    assert days(result.plan) == [("mon", None, "Lundi 8 juin"), ("tue", None, "Mardi 9 juin")]
    # rowspan="4" at 09:15 covers three empty <tr></tr> rows, so the talk runs to 10:30; the
    # hour column on the right is no day.
    assert pinned(result.plan, 0) == [
        ("Ouverture", 15, "09:00"),
        ("Conférence d'ouverture", 75, "09:15"),
        ("Atelier 1", 70, "13:30"),
        ("Bilan", 45, "15:15"),
    ]
    assert pinned(result.plan, 1) == [("Atelier 2", 90, "13:30"), ("Bilan", 45, "15:15")]
    # the last row's `Fin` cells only close the days: no slot is left unread
    assert warnings(result) == []
