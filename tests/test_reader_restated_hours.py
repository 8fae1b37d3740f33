"""A day's stated length below its blocks' sum because a class is restated among its tasks
(`Clase 5 (90 min)`, then `Asistir a Clase 5 (90 min)`): the stated length is the day's when
the blocks are over it by exactly that class; else the blocks' sum stays."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

RESTATED = DATA / "restated_hours"


def read(name: str) -> ReadResult:
    return read_plan(RESTATED / name)


def blocks(result: ReadResult) -> list[tuple[str, int, int]]:
    day = result.plan.days[0]
    return [(b.title, b.min_minutes, b.max_minutes) for v in day.variants for b in v.blocks]


def hours(result: ReadResult) -> list[float]:
    return [v.hours for d in result.plan.days for v in d.variants]


def test_an_estimate_over_a_restated_class_and_a_range_is_the_days_length() -> None:
    result = read("es-tiempo-estimado-con-clase-repetida.md")
    # the class once; "Tiempo estimado: 2 horas" is 90 + 30 of the task's 30-45 minutes
    assert blocks(result) == [("Clase 5", 90, 90), ("Resolver la hoja de problemas", 30, 45)]
    assert hours(result) == [2.0]
    assert warnings(result) == []


def test_a_heading_length_over_an_attended_lecture_is_the_days_length() -> None:
    result = read("en-heading-hours-attend-lecture.md")
    assert blocks(result) == [("Lecture 11", 60, 60), ("Problem sheet 6", 45, 75)]
    assert hours(result) == [2.0]


def test_a_german_estimate_over_a_lecture_to_attend_is_the_days_length() -> None:
    result = read("de-geschaetzte-zeit-vorlesung-besuchen.md")
    assert blocks(result) == [("Vorlesung 7", 90, 90), ("Reaktionsmechanismen zeichnen", 20, 40)]
    assert hours(result) == [2.0]


def test_an_estimate_still_short_with_the_class_counted_once_leaves_the_blocks_sum() -> None:
    # 60 + 30-45 minutes is more than "Tempo stimato: 1 ora" even without the restated class
    result = read("it-ore-stimate-non-solo-la-lezione.md")
    assert blocks(result) == [("Lezione 5", 60, 60), ("Schema del capitolo 4", 30, 45)]
    assert hours(result) == [1.75]
