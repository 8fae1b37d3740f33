"""One day written in parts of the day: `## Morning` / `## Afternoon` / `## Evening` over timed
headings (`### 06:00 - 06:45: Run and stretch`) are that day's sessions."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, pinned, warnings

PLANS = DATA / "day_part_headings"


def test_every_part_of_the_day_is_read_into_the_one_day() -> None:
    result = read_plan(PLANS / "en-part-headings-over-span-headings.md")
    plan = result.plan
    assert (plan.title, [d.title for d in plan.days]) == ("My daily routine", ["My daily routine"])
    assert pinned(plan, 0) == [
        ("Run and stretch", 45, "06:00"),
        ("Maths revision", 120, "07:00"),
        ("Essay writing", 90, "13:00"),
        ("Flashcards", 60, "19:00"),
    ]
    assert [b.session for _, b in blocks_of(plan)] == ["Morning", "Morning", "Afternoon", "Evening"]
    assert plan.days[0].notes == ("Lunch with friends",)  # an untimed line: a note, no block
    assert warnings(result) == []


def test_parts_with_no_title_above_them_are_one_day_and_meals_gaps() -> None:
    result = read_plan(PLANS / "en-part-headings-under-no-title.md")
    plan = result.plan
    assert len(plan.days) == 1
    assert pinned(plan, 0) == [
        ("Morning basket and math", 90, "08:30"),  # breakfast is a gap before it
        ("Quiet time reading", 60, "13:00"),
    ]
    assert warnings(result) == []


def test_a_part_beside_other_sections_is_read_as_before() -> None:
    result = read_plan(PLANS / "en-parts-beside-other-sections.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["Morning"]
    assert pinned(plan, 0) == [("Lecture review", 90, "09:00")]
    assert [w.line for w in result.warnings] == [13]  # the other section's line: said unread


def test_a_section_after_the_last_part_is_no_part_of_the_day() -> None:
    result = read_plan(PLANS / "en-tips-after-the-parts.md")
    plan = result.plan
    assert pinned(plan, 0) == [("Past paper", 90, "06:30"), ("Mistake log", 60, "19:00")]
    assert [w.line for w in result.warnings] == [13]  # the tip's length is no block: said unread
