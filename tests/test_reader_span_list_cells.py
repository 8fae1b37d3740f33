"""A table cell that lists several clock spans of one row (`| Tuesday | 09:00-10:30, 14:00-15:30 |
Chemistry lab |`, `08:00 às 10:00, 14:00 às 16:30`, `8:00 a 10:00 y 16:00 a 18:00`): a block for
each span at its own time, the row's other cells as written; a cell of page ranges stays one."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.outline import Node
from planexport.reader.span_list_cells import span_list_rows
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

_DIR = DATA / "span_list_cells"


def test_two_spans_in_the_time_cell_are_two_classes() -> None:
    result = read_plan(_DIR / "time-cell-with-two-spans.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Organic chemistry", 90, "09:00")]),
        ("tue", [("Chemistry lab", 90, "09:00"), ("Chemistry lab", 90, "14:00")]),
        ("thu", [("Statistics", 60, "11:00")]),
    ]
    assert warnings(result) == []


def test_portuguese_spans_joined_by_as_are_read_each() -> None:
    result = read_plan(_DIR / "portuguese-hours-joined-by-as.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Segunda", 120, "08:00"), ("Segunda", 150, "14:00")]),
        ("wed", [("Quarta", 180, "09:00")]),
    ]
    assert "às" not in " ".join(
        b.title for d in result.plan.days for v in d.variants for b in v.blocks
    )


def test_spanish_spans_joined_by_y_are_read_each() -> None:
    result = read_plan(_DIR / "spanish-spans-joined-by-y.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Álgebra lineal", 120, "08:00"), ("Álgebra lineal", 120, "16:00")]),
        ("wed", [("Física", 120, "10:00")]),
    ]


def test_page_ranges_are_no_list_of_spans() -> None:
    result = read_plan(_DIR / "page-ranges-stay-one-row.md")
    assert day_blocks(result.plan) == [
        ("mon", [("pages 1-2, 3-4", 45, None)]),
        ("tue", [("pages 5-9", 30, None)]),
    ]


def test_rows_are_split_at_their_own_line() -> None:
    node = Node(
        kind="table",
        line=1,
        rows=[["Day", "Time"], ["Mon", "9:00-10:00; 2 PM - 3 PM"], ["Tue", "9:00-10:00"]],
        row_lines=[1, 3, 4],
    )
    split = span_list_rows(node)
    assert split.rows == [
        ["Day", "Time"],
        ["Mon", "9:00-10:00"],
        ["Mon", "2 PM - 3 PM"],
        ["Tue", "9:00-10:00"],
    ]
    assert split.row_lines == [1, 3, 3, 4]
    plain = Node(kind="table", line=1, rows=[["Day", "Time"], ["Mon", "1, 2"]], row_lines=[1, 3])
    assert span_list_rows(plain) is plain
