"""Sections that say how many days they take (`### Stage 1: Core structures (~3 days)`) in a plan
with no day headings: the days, counted on from one section to the next."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

FOLDER = DATA / "day_count_sections"


def test_sections_with_day_counts_are_the_days_under_a_daily_length() -> None:
    result = read_plan(FOLDER / "stages-under-a-daily-length.md")
    days = result.plan.days
    assert [d.number for d in days] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [d.title for d in days] == [
        *["🧱 Stage 1: Core structures"] * 3,
        *["🔁 Stage 2: Recursion and trees"] * 4,
        "🗣️ Stage 3: Mock interviews",
    ]
    blocks = [b for d in days for v in d.variants for b in v.blocks]
    assert [(b.min_minutes, b.max_minutes) for b in blocks] == [(120, 180)] * 8
    assert [i.text for i in blocks[3].items] == [
        "[ ] Binary tree traversals",
        "[ ] Backtracking on small inputs",
    ]
    assert warnings(result) == [
        '3: "2-3 hours" a day: no day gives a time of its own, so each of the 8 days is one '
        "block that long, titled by the day"
    ]


def test_german_sections_count_tage() -> None:
    result = read_plan(FOLDER / "de-abschnitte-mit-tagen.md")
    assert [(d.number, d.title) for d in result.plan.days] == [
        (1, "Grundlagen"),
        (2, "Grundlagen"),
        (3, "Grundlagen"),
        (4, "Altklausuren"),
        (5, "Altklausuren"),
    ]
    assert all(v.blocks[0].min_minutes == 120 for d in result.plan.days for v in d.variants)


def test_counts_beside_day_headings_leave_the_days_as_written() -> None:
    result = read_plan(FOLDER / "counts-beside-day-headings.md")
    assert [(d.number, d.title) for d in result.plan.days] == [(1, "Greetings"), (2, "Numbers")]
    assert warnings(result) == ['12: "Flashcards (15 min)" is in no day: not read']
