"""A plan with no `# Title` is titled by the heading that opens the file and heads all of it
(`## Pottery evening course` over `### Day 1`), not by its file name; a file that opens with a
day, or with a section beside the days, keeps the file's name."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

TITLES = DATA / "heading_plan_titles"


def test_the_heading_over_the_days_titles_the_plan() -> None:
    result = read_plan(TITLES / "titled-by-first-heading.md")
    assert result.plan.title == "Pottery evening course"
    assert result.plan.id == "titled-by-first-heading"
    assert days(result.plan) == [(None, None, "Day 1"), (None, None, "Day 2")]
    assert pinned(result.plan, 0) == [("Wedging clay", 60, "18:00"), ("Pinch pots", 45, "19:15")]
    assert warnings(result) == []


def test_a_file_opening_with_a_day_keeps_its_name() -> None:
    result = read_plan(TITLES / "first-heading-is-a-day.md")
    assert result.plan.title == "first-heading-is-a-day"
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2"]


def test_a_section_beside_the_days_is_no_title() -> None:
    result = read_plan(TITLES / "first-heading-a-section.md")
    assert result.plan.title == "first-heading-a-section"
    assert pinned(result.plan, 1) == [("Coil building", 90, "18:00")]
