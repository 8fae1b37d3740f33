"""Bold lines that repeat a row of the overview above them (`| 09:00–10:30 | Pottery wheel |`
then `**09:00–10:30 Pottery wheel**` over bullets): the row's block once, the bullets its
items, as headings in that shape are read."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, warnings

PLANS = DATA / "overview_bold_lines"


def test_bold_lines_under_a_table_detail_its_rows() -> None:
    result = read_plan(PLANS / "en-bold-lines-under-table.md")
    assert days(result.plan) == [("sat", None, "Saturday Workshop")]
    assert blocks_with_items(result.plan) == [
        ("Pottery wheel", 90, "09:00", ["Centre the clay", "Pull up a cylinder"]),
        ("Glazing", 60, "11:00", ["Dip two test tiles"]),
    ]
    assert warnings(result) == []


def test_bold_lines_under_a_list_overview_in_a_weekday() -> None:
    result = read_plan(PLANS / "en-bold-lines-list-overview.md")
    assert days(result.plan) == [("tue", None, "Tuesday")]
    assert blocks_with_items(result.plan) == [
        ("Organic chemistry", 60, "14:00", ["Name ten alkanes"]),
        ("Essay outline", 45, "15:30", ["Draft three topic sentences"]),
    ]
    assert warnings(result) == []


def test_a_bold_line_that_names_no_row_leaves_them_all_as_before() -> None:
    result = read_plan(PLANS / "en-near-miss-other-title.md")
    assert blocks_with_items(result.plan) == [
        ("Pottery wheel", 90, "09:00", []),
        ("Glazing", 60, "11:00", []),
        ("Pottery wheel", 90, "09:00", ["Centre the clay"]),
        ("Kiln loading", 60, "13:00", ["Stack the bisque ware"]),
    ]
