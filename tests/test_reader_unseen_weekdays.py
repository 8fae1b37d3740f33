"""Headings that name groups of weekdays: a weekday a more specific heading names again is that
heading's day (its variant), never a second day for the same weekday in the same week."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import parse_markdown, read_plan
from tests.paths import DATA

PLANS = DATA / "unseen"


def days(plan: Plan) -> list[tuple[str | None, str, list[str]]]:
    return [
        (d.weekday, d.title, [b.title for v in d.variants for b in v.blocks]) for d in plan.days
    ]


def test_a_later_smaller_group_is_the_variant_of_its_weekdays() -> None:
    result = read_plan(PLANS / "weekday-group-variant.md")
    general = ["Lectures", "Review"]
    gym = ["Lectures", "Gym", "Review"]
    assert days(result.plan) == [
        ("mon", "Monday, Thursday, Friday (with gym)", gym),
        ("tue", "Monday, Tuesday, Thursday, Friday, Sunday", general),
        ("wed", "Wednesday", ["Lab"]),
        ("thu", "Monday, Thursday, Friday (with gym)", gym),
        ("fri", "Monday, Thursday, Friday (with gym)", gym),
        ("sat", "Saturday", ["Projects"]),
        ("sun", "Monday, Tuesday, Thursday, Friday, Sunday", general),
    ]
    assert [f"{w.line}: {w.message}" for w in result.warnings] == [
        '8: "Monday, Thursday, Friday (with gym)" is the plan of mon, thu, fri in place of '
        '"Monday, Tuesday, Thursday, Friday, Sunday" (line 3), which names more days'
    ]


def test_a_single_weekday_before_its_range_is_that_days_plan() -> None:
    result = read_plan(PLANS / "weekday-group-variant-first.md")
    assert days(result.plan) == [
        ("mon", "con deporte", ["Deporte", "Estudio"]),
        ("tue", "Lunes a Viernes", ["Estudio"]),
        ("wed", "Lunes a Viernes", ["Estudio"]),
        ("thu", "Lunes a Viernes", ["Estudio"]),
        ("fri", "Lunes a Viernes", ["Estudio"]),
    ]
    assert len(result.warnings) == 1


def test_groups_in_different_weeks_do_not_replace_each_other() -> None:
    plan = parse_markdown(
        "# P\n\n## Week 1\n\n### Monday to Wednesday\n\n- 09:00 - 10:00 Study\n\n"
        "## Week 2\n\n### Monday\n\n- 09:00 - 11:00 Exam prep\n"
    )
    assert [(d.week, d.weekday) for d in plan.days] == [
        (1, "mon"),
        (1, "tue"),
        (1, "wed"),
        (2, "mon"),
    ]


def test_two_headings_of_one_weekday_each_stay_two_days() -> None:
    plan = parse_markdown("# P\n\n## Monday\n\n- Math (1 h)\n\n## Monday\n\n- Art (1 h)\n")
    assert [(d.weekday, d.variants[0].blocks[0].title) for d in plan.days] == [
        ("mon", "Math"),
        ("mon", "Art"),
    ]
