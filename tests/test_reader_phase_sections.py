"""A lesson with no day headings whose phases are sibling sections of timed steps (`### Warm-up`
over `- … (5 minutes)`, then `### Activities` over `1. … (15 minutes)`) is one day of all its
phases, not a day of the first phase and then steps in no day."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FOLDER = DATA / "phase_sections"


def test_the_lessons_phases_are_one_day() -> None:
    result = read_plan(FOLDER / "lesson-phases-as-sections.md")
    assert [d.title for d in result.plan.days] == ["Lesson Plan - Measuring rainfall"]
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Ask who got wet on the way to school", 5, None),
                ("In groups, cut a bottle into a rain gauge", 15, None),
                ("Mark a scale on the side with a ruler", 10, None),
                ("Place the gauges around the playground", 5, None),
            ],
        )
    ]
    assert warnings(result) == []


def test_phase_words_make_a_lesson_without_a_lesson_title() -> None:
    result = read_plan(FOLDER / "phase-words-without-lesson-title.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Eine Pizza an die Tafel zeichnen und teilen", 5, None),
                ("Streifen in Halbe und Viertel falten", 20, None),
                ("Ergebnisse vergleichen", 10, None),
                ("Merksatz ins Heft", 10, None),
            ],
        )
    ]
    assert warnings(result) == []


def test_sections_of_lengths_that_are_no_lesson_stay_as_they_were() -> None:
    result = read_plan(FOLDER / "workout-sections-near-miss.md")
    assert day_blocks(result.plan) == [
        (None, [("Bench press", 20, None), ("Overhead press", 15, None)])
    ]
    assert warnings(result) == [
        '8: "Rows (20 min)" is in no day: not read',
        '9: "Pull-ups (15 min)" is in no day: not read',
    ]
