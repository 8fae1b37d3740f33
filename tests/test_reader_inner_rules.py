"""A rule drawn between the body rows of a pipe table (`|---|---|---|` between one weekday's rows
and the next): it parts the rows and is no row of its own, so it is read as nothing and said
about as nothing (before, each was `the Day cell is empty above any day`)."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.inner_rules import inner_rules
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

_DIR = DATA / "inner_rules"


def test_rules_between_weekday_groups_are_no_rows() -> None:
    result = read_plan(_DIR / "weekday-rows-ruled-off.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Compilers", 180, "16:00")]),
        ("tue", [("Physics", 90, "07:30"), ("Databases", 120, "14:00")]),
        ("fri", [("Compilers", 120, "18:00")]),
    ]
    assert warnings(result) == []


def test_a_rule_under_every_row_is_no_row() -> None:
    result = read_plan(_DIR / "rule-under-every-row.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Pottery", 90, "18:00")]),
        ("wed", [("Drawing", 90, "18:30")]),
        ("thu", [("Pottery", 90, "18:00")]),
    ]
    assert warnings(result) == []


def test_only_rules_inside_a_table_with_a_header_change() -> None:
    table = "| A | B |\n|---|---|\n| 1 | 2 |\n|---|---|\n| 3 | 4 |"
    assert inner_rules(table).split("\n") == [
        "| A | B |",
        "|---|---|",
        "| 1 | 2 |",
        "|",
        "| 3 | 4 |",
    ]
    boxed = "|---|---|\n| 1 | 2 |\n|---|---|\n| 3 | 4 |"  # no header row: left as written
    assert inner_rules(boxed) == boxed
    fenced = "```\n| A | B |\n|---|---|\n| 1 | 2 |\n|---|---|\n| 3 | 4 |\n```"
    assert inner_rules(fenced) == fenced
    assert inner_rules("no table here") == "no table here"
