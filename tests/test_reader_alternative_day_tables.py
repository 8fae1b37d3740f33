"""A table of day numbers after the days (`## If You Only Have 2 Days` over `| Day | Focus |`) is
another, shorter plan: it gives the days neither their titles nor their focus; a focus table
before the days still does."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "alternative_day_tables"


def read(name: str) -> ReadResult:
    return read_plan(PLANS / name)


def titles_and_focus(result: ReadResult) -> list[tuple[int, str, str | None]]:
    return [(d.number, d.title, d.focus) for d in result.plan.days]


def test_a_short_version_after_the_days_titles_no_day() -> None:
    result = read("en-short-version-after-the-days.md")
    assert titles_and_focus(result) == [
        (1, "Day 1", None),  # not "scales + bars 1-16 (30 min)", row 1 of the short version
        (2, "Sight-reading", None),
        (3, "Run-through", None),
    ]
    assert warnings(result) == ["17: lines 17-20: a table in no day, not read"]


def test_a_german_short_plan_after_the_days_titles_no_day() -> None:
    result = read("de-kurzplan-nach-den-tagen.md")
    assert titles_and_focus(result) == [
        (1, "Day 1", None),
        (2, "Buchungssätze", None),
        (3, "Abschluss", None),
    ]


def test_a_focus_table_before_the_days_still_gives_their_focus() -> None:
    result = read("en-focus-table-before-the-days-stays.md")
    assert titles_and_focus(result) == [
        (1, "Line confidence", "Line confidence"),
        (2, "Perspective boxes", "Perspective boxes"),
    ]
    assert warnings(result) == []
