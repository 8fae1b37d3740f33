"""Lesson files of a curriculum: `# Year 2 → Module 1 → Week 4 → Day 3` over `# Lesson 3 – …`,
a labelled total (`**Estimated Duration:** 45 Minutes`) and flat sections, some timed."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.folder import load_plans, plan_files
from tests.paths import DATA
from tests.reader_support import blocks_of, blocks_with_items, dated_days, warnings

PLANS = DATA / "lesson_files"


def _day(path: str) -> tuple[int | None, int, str]:
    """The one day of a lesson file: its week, its number and its title."""
    plan = read_plan(PLANS / path).plan
    assert len(plan.days) == 1
    day = plan.days[0]
    return day.week, day.number, day.title


def test_arrow_breadcrumb_names_the_week_and_day_the_lesson_titles_it() -> None:
    result = read_plan(PLANS / "Day_03.md")
    assert _day("Day_03.md") == (4, 3, "Where Rainbows Come From")
    assert result.plan.title == "Garden Science Curriculum"
    assert blocks_with_items(result.plan) == [
        (
            "Warm-Up Activity",
            5,
            None,
            ["Shine a torch through a glass of water.", "Name the colours on the wall."],
        ),
        ("Where Rainbows Come From", 40, None, ["Big Question", "Story Time", "Activity"]),
    ]
    assert result.plan.days[0].variants[0].hours == 0.75
    assert "Why do we only see a rainbow when the sun is behind us?" in result.plan.days[0].notes
    assert warnings(result) == []


def test_the_rest_stands_where_the_first_untimed_section_after_a_timed_one_stands() -> None:
    result = read_plan(PLANS / "gt-breadcrumb.md")
    assert _day("gt-breadcrumb.md") == (2, 5, "Seeds on the Move")
    assert blocks_with_items(result.plan) == [
        ("Warm-Up", 5, None, []),
        ("Seeds on the Move", 15, None, ["Seed Sorting", "Wrap-Up"]),
        ("Quiz", 10, None, []),
    ]
    assert warnings(result) == []


def test_slash_breadcrumb_and_total_time_in_hours() -> None:
    result = read_plan(PLANS / "slash-breadcrumb.md")
    assert dated_days(result.plan) == [
        (
            6,
            None,
            None,
            "Reading a Bus Timetable",
            [("Opening Talk", 10, None), ("Reading a Bus Timetable", 50, None)],
        )
    ]


def test_guillemet_breadcrumb_with_dauer() -> None:
    assert _day("guillemet-dauer.md") == (3, 4, "Magnete im Alltag")
    plan = read_plan(PLANS / "guillemet-dauer.md").plan
    assert blocks_with_items(plan) == [
        ("Einstieg", 10, None, []),
        ("Magnete im Alltag", 30, None, ["Versuch", "Zusammenfassung"]),
    ]


def test_spanish_breadcrumb_with_duracion() -> None:
    assert _day("duracion.md") == (2, 1, "El ciclo del agua")
    plan = read_plan(PLANS / "duracion.md").plan
    assert [(b.title, b.min_minutes) for _, b in blocks_of(plan)] == [
        ("Calentamiento", 10),
        ("El ciclo del agua", 40),
    ]


def test_french_breadcrumb_with_duree_and_a_space_before_the_colon() -> None:
    assert _day("duree.md") == (1, 2, "Les volcans")
    plan = read_plan(PLANS / "duree.md").plan
    assert [(b.title, b.min_minutes) for _, b in blocks_of(plan)] == [
        ("Échauffement", 5),
        ("Les volcans", 40),
    ]


def test_file_name_numbers_the_day_only_when_nothing_else_does() -> None:
    assert _day("day_07.md") == (None, 7, "Simple Machines")
    plan = read_plan(PLANS / "day_07.md").plan
    assert blocks_with_items(plan) == [
        ("Warm-Up", 5, None, []),
        ("Simple Machines", 35, None, ["Levers Around the House", "Drawing"]),
    ]
    # The breadcrumb says Day 3 of a file named Day_03; a folder's day_01.md says Day 1 too.
    assert _day("Day_03.md")[1] == 3


def test_a_look_ahead_at_the_next_day_is_a_note_not_a_day() -> None:
    result = read_plan(PLANS / "look-ahead.md")
    assert _day("look-ahead.md") == (2, 3, "Leaves in Autumn")
    assert "Day 4 – Why Birds Fly South" in result.plan.days[0].notes
    assert [(b.title, b.min_minutes) for _, b in blocks_of(result.plan)] == [
        ("Warm-Up Activity", 5),
        ("Leaves in Autumn", 25),
    ]
    assert warnings(result) == []


def test_a_lesson_with_no_timed_section_is_one_block_of_its_total() -> None:
    plan = read_plan(PLANS / "whole-lesson.md").plan
    assert _day("whole-lesson.md") == (3, 1, "Counting Coins")
    assert blocks_with_items(plan) == [("Counting Coins", 25, None, ["Coin Hunt", "Shop Game"])]


def test_a_lesson_heading_without_a_total_is_read_as_before() -> None:
    plan = read_plan(PLANS / "no-total.md").plan
    assert plan.title == "Lesson 2 – Shadows"
    assert [(b.title, b.min_minutes) for _, b in blocks_of(plan)] == [("Warm-Up", 5)]


def test_a_folder_of_lesson_files_gives_the_days_in_order() -> None:
    plans = load_plans([PLANS / "folder"])
    assert [(d.week, d.number, d.title) for p in plans for d in p.days] == [
        (1, 1, "Pond Life 1"),
        (1, 2, "Pond Life 2"),
        (1, 10, "Pond Life 10"),
    ]


def test_breadcrumbs_order_a_folder_whose_names_do_not() -> None:
    files = plan_files(PLANS / "named")
    assert [f.name for f in files] == ["frogs.md", "beetles.md", "ants.md"]
    plans = load_plans([PLANS / "named"])
    assert [(d.week, d.number) for p in plans for d in p.days] == [(1, 1), (1, 2), (2, 1)]


def test_each_breadcrumb_of_a_file_is_a_lesson_day_of_its_own() -> None:
    result = read_plan(PLANS / "two-lessons.md")
    assert dated_days(result.plan) == [
        (1, None, None, "Pebble Colours", [("Warm-Up", 5, None), ("Pebble Colours", 25, None)]),
        (1, None, None, "Sand", [("Sieve Game", 10, None), ("Sand", 10, None)]),
    ]
    assert [d.number for d in result.plan.days] == [1, 2]
    assert warnings(result) == []
