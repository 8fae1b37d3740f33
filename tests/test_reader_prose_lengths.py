"""Prose that mentions a length is no block: tips, exercises, shares, a class script's recap."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from planexport.reader.prose_lengths import (
    in_sentence,
    is_advice,
    is_problem,
    is_recap_heading,
    not_a_block,
)
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "prose_lengths"


def _blocks(name: str) -> list[tuple[int, str, int, int, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [
        (d.number, b.title, b.min_minutes, b.max_minutes, b.session) for d, b in blocks_of(plan)
    ]


def test_a_tip_that_mentions_a_length_leaves_the_day_its_stated_length() -> None:
    result = read_plan(PLANS / "tip-with-length-under-stated-day.md")
    assert _blocks("tip-with-length-under-stated-day.md") == [
        (1, "Algebra - Fractions", 120, 120, None),
        (2, "Geometry - Angles", 120, 120, None),
    ]
    first = result.plan.days[0]
    assert any(n.startswith("**Tip**: Keep a notebook") for n in first.notes)
    assert warnings(result) == []


def test_tips_in_other_languages_are_notes_and_the_blocks_stay() -> None:
    result = read_plan(PLANS / "advice-labels-languages.md")
    assert _blocks("advice-labels-languages.md") == [
        (1, "Vokabeln", 30, 30, None),
        (1, "Grammatik", 45, 45, None),
        (2, "Lecture", 40, 40, None),
        (2, "Ejercicios", 50, 50, None),
    ]
    notes = [n for d in result.plan.days for n in d.notes]
    assert notes == [
        "**Hinweis**: Nach 25 Minuten eine kurze Pause machen.",
        "Astuce : relisez vos notes pendant 10 minutes avant de dormir.",
        "**Consejo**: repasa 5 minutos antes de empezar.",
    ]


def test_an_exercise_with_distances_and_times_is_no_block() -> None:
    result = read_plan(PLANS / "exercise-quantities.md")
    assert _blocks("exercise-quantities.md") == [
        (1, "Kinematik", 120, 120, None),
        # "5 km laufen (30 Min)" sets no problem: a block like any other.
        (2, "5 km laufen", 30, 30, None),
        (2, "Dehnen", 10, 10, None),
    ]
    items = [i.text for i in result.plan.days[0].variants[0].blocks[0].items]
    assert items[1] == "Ein Ball fällt 20 m in 2 s. Wie schnell ist er im Mittel?"


def test_a_labelled_sentence_under_a_stated_length_is_an_item_of_the_day() -> None:
    assert _blocks("labelled-sentence-under-stated-length.md") == [
        (6, "Repaso semanal", 180, 240, None),
        (7, "Lectura: Lee el capítulo 3", 45, 45, None),
        (7, "Práctica", 30, 30, None),
    ]


def test_a_class_script_reads_as_its_offset_blocks_without_notes_or_recap() -> None:
    result = read_plan(PLANS / "class-script-recap.md")
    assert _blocks("class-script-recap.md") == [
        (1, "Begrüßung", 10, 10, "BLOCK 1: EINSTIEG"),
        (1, "Kurzvortrag", 20, 20, "BLOCK 1: EINSTIEG"),
        (1, "Gruppenarbeit", 45, 45, "BLOCK 2: ÜBUNG"),
        (1, "Präsentation und Abschluss", 15, 15, "BLOCK 2: ÜBUNG"),
    ]
    day = result.plan.days[0]
    assert day.variants[0].hours == 1.5
    assert "**Hinweis**: Die Stunde wurde auf genau 90 Min gekürzt durch:" in day.notes
    assert "Quiz als Hausaufgabe (10 Min gespart)" in day.notes


@pytest.mark.parametrize(
    "line",
    [
        "**Dica**: Use um caderno. Pause após 50 minutos para descansar.",
        "Tip: take a 5 minute break every hour",
        "> **Note:** the session was cut to 120 min",
        "**Pro tip:** 10 minutes of sketching saves an hour",
        "Um carro percorre 100 m em 10 s. Velocidade: *v = 100/10 = 10 m/s*.",
        "Calcule a velocidade de um objeto que percorre 200 m em 25 s.",
        "Calcule a força: *m = 2 kg*, *a = 3 m/s²*.",
        "A train covers 120 km in 2 hours. What is its speed?",
        "**Student active work**: 75% (90 minutes)",
        "| 20 min (67%) |",
    ],
)
def test_lines_whose_length_is_no_block(line: str) -> None:
    assert not_a_block(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "**Reading**: Read chapter 3 (45 min)",
        "Practice (60 min)",
        "Run 5 km in 30 minutes",
        "Solve: 2x + 3 = 7 (15 min)",
        "**Notes review**: 30 min",
        "**Tips and tricks** (20 min)",
    ],
)
def test_lines_that_stay_blocks(line: str) -> None:
    assert not_a_block(line) is None


def test_the_pieces_say_what_they_see() -> None:
    line = "Um carro acelera a 2 m/s² por 5 s"
    found = find_duration(line)
    assert found is not None
    assert found.text == "2 m"
    assert is_problem(line, found)
    assert is_advice("**Hinweis:** kurz")
    assert not is_advice("**Hinweise und Lösungen (20 Min)**")
    assert in_sentence("**Reforço**: Dedique 1 hora a tópicos com dificuldade.")
    assert not in_sentence("**Reading**: 45 min of chapter 3")
    assert not in_sentence("**Reading**: Read chapter 3 (45 min) and take notes")
    assert is_recap_heading("## 📊 SESSIE TOTAAL OVERZICHT")
    assert is_recap_heading("## Gesamtübersicht")
    assert not is_recap_heading("## Summary session (30 min)")
    assert not is_recap_heading("## Block 2: Practice")


def test_a_span_drops_a_bracket_that_only_restates_its_length() -> None:
    plan = read_plan(PLANS / "span-with-length-in-words.md").plan
    blocks = plan.days[0].variants[0].blocks
    # "(1 hour only)" restates the span's length: the bracket goes, never "Python ( only)".
    assert [(b.title, b.min_minutes, b.at) for b in blocks] == [
        ("Python", 60, "21:00"),
        ("Gym", 90, "19:00"),
    ]


def test_a_tip_under_a_plan_of_hours_is_skipped_with_a_warning_that_says_why() -> None:
    result = read_plan(PLANS / "tip-under-plan-heading.md")
    assert _blocks("tip-under-plan-heading.md") == [
        (1, "Reading", 60, 60, None),
        (1, "Practice", 60, 60, None),
    ]
    assert warnings(result) == [
        '8: "**Tip:** stop for a drink after 50 minutes" is a tip or a remark, not a block: skipped'
    ]
