"""A bold line naming a range of weekdays (`**Tuesday - Thursday**`, `__Mon - Wed__`) over
paragraphs that each open with a clock span: the span lines of each of those days."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

HERE = DATA / "range_label_paragraphs"


def read(name: str) -> ReadResult:
    return read_plan(HERE / name)


def test_a_bold_weekday_range_over_span_paragraphs_is_each_of_those_days() -> None:
    result = read("bold-range-over-span-lines.md")
    workshop = [
        ("Wheel throwing in the studio", 180, "08:30"),
        ("Glazing and kiln loading", 150, "12:30"),
    ]
    assert day_blocks(result.plan) == [
        ("tue", workshop),
        ("wed", workshop),
        ("thu", workshop),
        ("sat", [("Open studio", 180, "10:00")]),
    ]
    assert [d.title for d in result.plan.days] == [
        "Tuesday - Thursday",
        "Tuesday - Thursday",
        "Tuesday - Thursday",
        "Saturday",
    ]
    assert warnings(result) == []


def test_an_underscored_short_range_over_span_paragraphs_is_each_day() -> None:
    result = read("underscore-range-over-span-lines.md")
    evening = [("Sectionals", 90, "18:00"), ("Full choir", 75, "19:45")]
    assert day_blocks(result.plan) == [("mon", evening), ("tue", evening), ("wed", evening)]
    assert warnings(result) == []


def test_a_range_over_a_sentence_without_a_span_first_is_not_read_as_those_days() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read("range-over-prose-first.md")
