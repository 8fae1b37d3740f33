"""Several programmes in one file: each top-level heading with its own Week 1… or Day 1…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

if TYPE_CHECKING:
    from planexport.model import Plan

PROGRAMMES = DATA / "programmes"


def read(name: str) -> ReadResult:
    return read_plan(PROGRAMMES / name)


def days(plan: Plan) -> list[tuple[int | None, int, str | None, list[tuple[str, int]]]]:
    return [
        (
            d.week,
            d.number,
            d.weekday,
            [(b.title, b.min_minutes) for v in d.variants for b in v.blocks],
        )
        for d in plan.days
    ]


def test_the_first_of_several_programmes_with_their_own_weeks_is_read() -> None:
    result = read("programmes-weeks-german.md")
    assert result.plan.title == "Schwimmen für Anfänger"
    assert days(result.plan) == [
        (1, 1, "mon", [("Technik", 20)]),
        (1, 2, "thu", [("Ausdauer", 25)]),
        (2, 3, "mon", [("Technik", 25)]),
        (2, 4, "thu", [("Ausdauer", 30)]),
    ]
    assert warnings(result) == [
        "13: the file holds 2 programmes, each with its own weeks: only the first, "
        '"Schwimmen für Anfänger" (line 1), is read; "Schwimmen für Fortgeschrittene" '
        "(line 13) is not read: put each in a file of its own to read it"
    ]


def test_levels_over_week_headings_are_programmes() -> None:
    result = read("levels-week-headings.md")
    assert days(result.plan) == [
        (1, 1, None, [("Chords", 30)]),
        (1, 2, None, [("Strumming", 20)]),
        (2, 1, None, [("Chord changes", 30)]),
    ]
    assert warnings(result) == [
        '18: the file holds 3 programmes, each with its own weeks: only the first, "Level 1" '
        '(line 3), is read; "Level 2" (line 18), "Level 3" (line 30) are not read: put each '
        "in a file of its own to read it"
    ]


def test_tracks_whose_days_start_again_at_day_1_are_programmes() -> None:
    result = read("tracks-restart-days.md")
    assert days(result.plan) == [
        (None, 1, None, [("Variables", 45)]),
        (None, 2, None, [("Boucles", 60)]),
    ]
    assert warnings(result) == [
        "13: the file holds 2 programmes, each with its own days: only the first, "
        '"Parcours A" (line 3), is read; "Parcours B" (line 13) is not read: put each in a '
        "file of its own to read it"
    ]


def test_one_programme_written_in_weeks_reads_every_week() -> None:
    result = read("one-programme-weeks.md")
    assert days(result.plan) == [
        (1, 1, None, [("Easy run", 20)]),
        (1, 2, None, [("Intervals", 25)]),
        (2, 1, None, [("Easy run", 25)]),
        (2, 2, None, [("Tempo", 30)]),
    ]
    assert warnings(result) == []
