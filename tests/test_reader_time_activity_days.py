"""`Time | Activity` plans: headings that name a day in words (`## Lecture Day`), a start-only
row before a break's span, rows timed by a part of the day with a length in the activity, and a
week's plan whose heading states the week's hours."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import read_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

PLANS = DATA / "time_activity_days"


def blocks(plan: Plan, index: int) -> list[tuple[str, int, int, str | None, str | None]]:
    """A day's blocks: title, shortest and longest minutes, start and session."""
    day = plan.days[index]
    return [
        (b.title, b.min_minutes, b.max_minutes, b.at, b.session)
        for v in day.variants
        for b in v.blocks
    ]


def items(plan: Plan, index: int) -> list[list[str]]:
    return [[i.text for i in b.items] for v in plan.days[index].variants for b in v.blocks]


def test_headings_that_name_a_day_over_tables_are_days_titled_by_them() -> None:
    result = read_plan(PLANS / "day-word-headings-tables.md")
    assert result.plan.title == "Summer school"
    assert days(result.plan) == [(None, None, "Lecture Day"), (None, None, "Lab Day")]
    assert pinned(result.plan, 0) == [
        ("Warm-up quiz", 30, "08:30"),
        ("Lecture: graphs", 120, "09:00"),
        ("Problem class", 90, "11:15"),
    ]
    assert pinned(result.plan, 1) == [
        ("Lab: shortest paths", 120, "08:30"),
        ("Write-up", 90, "10:45"),
    ]
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("name", "titles", "first"),
    [
        (
            "day-word-headings-german-compounds.md",
            ["Lerntag", "Prüfungstag"],
            ("Altklausur rechnen", 120, "08:00"),
        ),
        (
            "day-word-headings-spanish.md",
            ["Día de clase", "Día de repaso"],
            ("Clase de álgebra", 90, "09:00"),
        ),
        (
            "day-word-headings-dutch.md",
            ["Studiedag", "Presentatiedag"],
            ("Hoofdstuk 3 lezen", 120, "09:00"),
        ),
    ],
)
def test_day_words_in_other_languages_name_the_days(
    name: str, titles: list[str], first: tuple[str, int, str]
) -> None:
    result = read_plan(PLANS / name)
    assert [d.title for d in result.plan.days] == titles
    assert [d.weekday for d in result.plan.days] == [None, None]
    assert pinned(result.plan, 0)[0] == first
    assert len(pinned(result.plan, 1)) == 2
    assert result.warnings == ()


def test_a_day_heading_beside_one_that_names_no_day_is_still_refused() -> None:
    with pytest.raises(
        PlanError, match='2 headings over timed lines are not read as days: "Exam Day", "Wrap-up"'
    ):
        read_plan(PLANS / "day-word-heading-beside-other-heading.md")


def test_parts_of_the_day_in_german_stay_one_day() -> None:
    # "Nachmittag" ends in "tag" and "middag" in "dag": parts of a day, never days of their own.
    text = (
        "# Woche\n\n## Vormittag\n\n- 08:00 – 09:00 Lesen\n- 09:00 – 10:00 Rechnen\n\n"
        "## Nachmittag\n\n- 14:00 – 15:00 Schreiben\n- 15:00 – 16:00 Wiederholen\n"
    )
    plan = read_markdown(text).plan
    assert len(plan.days) == 1
    assert [b.title for v in plan.days[0].variants for b in v.blocks] == [
        "Lesen",
        "Rechnen",
        "Schreiben",
        "Wiederholen",
    ]


def test_a_start_only_row_ends_where_the_lunch_span_below_starts() -> None:
    result = read_plan(PLANS / "start-row-before-lunch-span.md")
    assert pinned(result.plan, 0) == [
        ("Welcome", 15, "08:45"),
        ("Kick-off talk", 45, "09:00"),
        ("Pair programming", 135, "09:45"),  # until 12:00, not over lunch to 13:00
        ("Build the demo", 90, "13:00"),
    ]
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "start-row-before-break-span-french.md",
            [("Cours magistral", 90, "09:00"), ("Travaux dirigés", 90, "10:45")],
        ),
        (
            "start-row-before-span-italian.md",
            [
                ("Ripasso veloce", 30, "08:30"),
                ("Lettura del capitolo", 120, "09:00"),
                ("Esercizi", 60, "11:00"),
            ],
        ),
    ],
)
def test_a_start_only_row_ends_at_the_next_span(
    name: str, expected: list[tuple[str, int, str]]
) -> None:
    result = read_plan(PLANS / name)
    assert pinned(result.plan, 0) == expected
    assert result.warnings == ()


def test_a_part_of_the_day_row_with_a_length_is_an_unpinned_block_of_that_part() -> None:
    result = read_plan(PLANS / "part-of-day-row-with-length.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "Reading Day"),
        ("thu", "Essay Day"),
    ]
    assert blocks(result.plan, 0) == [
        ("Reading: the French Revolution", 90, 90, None, "Morning"),
        ("Tutorial", 60, 60, "15:00", None),
    ]
    # Two parts of the day: no session; the blank-time rows under it are its items.
    assert blocks(result.plan, 1) == [("Essay plan", 60, 120, None, None)]
    assert items(result.plan, 1) == [["Pick three sources", "Outline the argument"]]
    assert result.warnings == ()


def test_part_of_the_day_rows_in_german_make_no_rest_day() -> None:
    result = read_plan(PLANS / "two-parts-row-with-length-german.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("wed", "Schreibtag"),
        ("sat", "Wiederholung"),
    ]
    assert blocks(result.plan, 0) == [("Hausarbeit", 120, 180, None, None)]
    assert items(result.plan, 0) == [["Quellen sortieren"]]
    assert blocks(result.plan, 1) == [("Karteikarten", 45, 45, None, "Abend")]
    assert result.warnings == ()


def test_a_flexible_row_with_a_length_in_portuguese() -> None:
    result = read_plan(PLANS / "flexible-row-with-length-portuguese.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [("sun", "Revisão")]
    assert blocks(result.plan, 0) == [("Revisão da semana", 60, 120, None, None)]
    assert items(result.plan, 0) == [["Planejar a próxima semana"]]
    assert result.warnings == ()


def test_an_afternoon_row_after_a_clock_span_in_spanish() -> None:
    result = read_plan(PLANS / "part-of-day-row-spanish.md")
    assert blocks(result.plan, 0) == [
        ("Clase de física", 60, 60, "09:00", None),
        ("Lectura del tema 2", 90, 90, None, "Tarde"),
    ]
    assert result.warnings == ()


def test_a_row_timed_by_a_word_without_a_length_is_still_warned() -> None:
    text = (
        "# Plan\n\n| Time | Activity |\n|---|---|\n| Morning | Reading |\n"
        "| 14:00-15:00 | Seminar |\n"
    )
    result = read_markdown(text)
    assert [(b.title, b.at) for v in result.plan.days[0].variants for b in v.blocks] == [
        ("Seminar", "14:00")
    ]
    assert [(w.line, w.message) for w in result.warnings] == [(5, 'row "Reading" skipped: no time')]


def test_a_weekly_plan_title_with_a_range_of_hours_keeps_its_block_list() -> None:
    result = read_plan(PLANS / "weekly-plan-range-title.md")
    assert len(result.plan.days) == 1
    assert blocks(result.plan, 0) == [
        ("linear algebra notes", 90, 90, None, None),
        ("flashcards", 60, 60, None, None),
    ]
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "weekly-plan-title-spanish.md",
            [
                ("Bloque A: lectura de teoría", 120, 120, None, None),
                ("Bloque B: ejercicios", 60, 60, None, None),
            ],
        ),
        (
            "weekly-plan-title-german.md",
            [("Skript lesen", 120, 120, None, None), ("Übungsblatt", 90, 90, None, None)],
        ),
    ],
)
def test_a_weekly_plan_title_in_other_languages_states_the_weeks_hours(
    name: str, expected: list[tuple[str, int, int, str | None, str | None]]
) -> None:
    result = read_plan(PLANS / name)
    assert len(result.plan.days) == 1
    assert blocks(result.plan, 0) == expected
    assert result.warnings == ()


def test_a_day_plan_title_with_hours_is_still_a_version_of_the_day() -> None:
    # No week named: "(4 hours)" is still the length of the day's plan.
    text = "# Study plan (4 hours)\n\n- Reading (2h)\n- Exercises (2h)\n"
    plan = read_markdown(text).plan
    assert [(b.title, b.min_minutes) for v in plan.days[0].variants for b in v.blocks] == [
        ("Reading", 120),
        ("Exercises", 120),
    ]
    assert [v.hours for v in plan.days[0].variants] == [4]
