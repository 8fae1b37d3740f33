"""A numbered day named on a line of its own over its clock times, in one paragraph (`Day 1`
over `09:00-10:30 Arrays`), in each language the reader knows."""

from __future__ import annotations

import pytest

from planexport.reader import read_markdown, read_plan
from planexport.reader.day_label_lines import labels_times
from planexport.reader.outline import outline
from tests.paths import DATA
from tests.reader_support import pinned

PLANS = DATA / "line_shapes"


def test_a_day_label_over_its_times_is_that_day() -> None:
    result = read_plan(PLANS / "en-day-label-over-times.md")
    plan = result.plan
    assert [(d.number, d.title) for d in plan.days] == [(1, "Day 1"), (2, "Day 2")]
    assert pinned(plan, 0) == [("Arrays and hashing", 90, "09:00"), ("Two pointers", 60, "11:00")]
    assert pinned(plan, 1) == [("Linked lists", 90, "09:00"), ("Binary trees", 60, "11:00")]
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        (
            "de-day-label-with-colon.md",
            [("Atombau wiederholen", 90, "08:30"), ("Periodensystem", 90, "10:15")],
            [("Chemische Bindung", 90, "08:30"), ("Übungsaufgaben", 90, "10:15")],
        ),
        (
            "es-bold-day-label.md",
            [("Derivadas", 60, "16:00"), ("Ejercicios de límites", 60, "17:30")],
            [("Integrales", 60, "16:00"), ("Repaso general", 60, "17:30")],
        ),
        (
            "fr-day-label-over-times.md",
            [("Philosophie : la conscience", 90, "09:00"), ("Anglais oral", 60, "14:00")],
            [("Histoire : la guerre froide", 90, "09:00"), ("Mathématiques", 60, "14:00")],
        ),
        (
            "pt-day-label-over-times.md",
            [("Biologia celular", 90, "07:30"), ("Redação", 60, "19:00")],
            [("Genética", 90, "07:30"), ("Revisão de química", 60, "19:00")],
        ),
        (
            "nl-day-label-over-times.md",
            [("Statistiek hoofdstuk 1", 90, "10:00"), ("Oefenopgaven", 60, "13:00")],
            [("Statistiek hoofdstuk 2", 90, "10:00"), ("Proeftentamen", 60, "13:00")],
        ),
    ],
)
def test_day_labels_in_other_languages_are_days(
    name: str, first: list[tuple[str, int, str]], second: list[tuple[str, int, str]]
) -> None:
    result = read_plan(PLANS / name)
    assert [d.number for d in result.plan.days] == [1, 2]
    assert pinned(result.plan, 0) == first
    assert pinned(result.plan, 1) == second
    assert result.warnings == ()


def test_the_words_after_a_day_label_are_its_title() -> None:
    plan = read_plan(PLANS / "it-day-label-with-title.md").plan
    assert [(d.number, d.title) for d in plan.days] == [(1, "Analisi"), (2, "Algebra")]
    assert pinned(plan, 1) == [("Matrici", 90, "09:00"), ("Esercizi", 60, "11:00")]


def test_a_week_in_a_day_label_is_the_days_week() -> None:
    plan = read_plan(PLANS / "en-week-and-day-labels.md").plan
    assert [(d.week, d.number) for d in plan.days] == [(1, 1), (1, 2), (2, 1)]
    assert pinned(plan, 2) == [("Graphs", 60, "18:00"), ("Shortest paths", 45, "19:15")]


@pytest.mark.parametrize("label", ["Day 1", "Día 1", "Tag 1", "Jour 1", "Giorno 1", "Dag 1"])
def test_each_days_word_labels_a_day(label: str) -> None:
    text = f"# Plan\n\n{label}\n09:00-10:00 Reading\n10:30-11:00 Notes\n"
    plan = read_markdown(text).plan
    assert [d.number for d in plan.days] == [1]
    assert pinned(plan, 0) == [("Reading", 60, "09:00"), ("Notes", 30, "10:30")]


def test_only_a_short_line_right_over_a_time_is_a_label() -> None:
    nodes = outline("Day 1\n09:00-10:00 Reading\n\nDay 2\n\n09:00-10:00 Notes\n")
    assert [labels_times(nodes, i) for i in range(len(nodes))] == [True, False, False, False]
    assert not labels_times(outline("Day 1\nRead chapter 1 by 09:00\n"), 0)
