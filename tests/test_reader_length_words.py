"""Lengths written in words, in the seven languages: number words, halves and quarters."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.durations import parse_duration
from planexport.reader.length_words import hours_in_words, word_length
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "length_words"


def _blocks(name: str) -> list[tuple[str, int, int]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.min_minutes, b.max_minutes) for _, b in blocks_of(plan)]


def test_a_half_or_a_quarter_after_the_hours_adds_to_them() -> None:
    assert _blocks("halves-after-hours.md") == [
        ("Lectura", 90, 90),
        ("Esercizi", 150, 150),
        ("Dictée", 90, 90),
        ("Leitura", 90, 90),
        ("Luisteren", 75, 75),
        ("Practice", 90, 90),
        ("Vokabeln", 90, 90),
    ]


def test_a_bare_number_after_the_hours_is_their_minutes_unless_a_word_follows() -> None:
    result = read_plan(PLANS / "minutes-after-hours.md")
    assert _blocks("minutes-after-hours.md") == [
        ("Teoria", 90, 90),
        ("Notes", 90, 90),
        ("Grammatik", 135, 135),
        ("Révision", 105, 105),
        ("Practice", 120, 120),  # "2 hours 30 problems": thirty problems, not minutes
    ]
    assert result.plan.days[0].variants[0].blocks[-1].note == "30 problems"
    assert warnings(result) == []


def test_half_an_hour_alone_in_each_language() -> None:
    assert [m for _, m, _ in _blocks("halves-alone.md")] == [30] * 7 + [90] * 3
    assert [t for t, _, _ in _blocks("halves-alone.md")][:3] == ["Review", "Repaso", "Üben"]


def test_quarters_of_an_hour_alone_in_each_language() -> None:
    assert [(t, m) for t, m, _ in _blocks("quarters-alone.md")] == [
        ("Drill", 15),
        ("Dictado", 15),
        ("Kopfrechnen", 15),
        ("Lecture", 15),
        ("Dettato", 15),
        ("Ditado", 15),
        ("Woordjes", 15),
        ("Essay", 45),
        ("Aufsatz", 45),
        ("Opstel", 45),
        ("Redacción", 45),
    ]


def test_number_words_before_a_unit_make_a_plan_of_their_own() -> None:
    result = read_plan(PLANS / "number-words.md")
    assert [(t, m) for t, m, _ in _blocks("number-words.md")] == [
        ("Reading", 60),
        ("Quiz", 45),
        ("Lectura", 120),
        ("Ejercicios", 15),
        ("Lesen", 120),
        ("Üben", 30),
        ("Lecture", 120),
        ("Dictée", 30),
        ("Lettura", 120),
        ("Esercizi", 30),
        ("Leitura", 120),
        ("Exercícios", 30),
        ("Lezen", 120),
        ("Oefenen", 45),
    ]
    assert warnings(result) == []


def test_ranges_in_words_are_ranges() -> None:
    assert _blocks("word-ranges.md") == [
        ("Reading", 60, 120),
        ("Lesen", 60, 120),
        ("Lectura", 60, 120),
        ("Quiz", 30, 45),
        ("Exercices", 120, 180),
    ]


def test_a_length_in_words_inside_a_sentence_stays_a_note() -> None:
    plan = read_plan(PLANS / "sentences-stay-notes.md").plan
    assert _blocks("sentences-stay-notes.md") == [("Algebra", 60, 60)]
    assert plan.days[0].notes == ("I study one hour a day.", "Intento estudiar dos horas al día.")


def test_words_that_only_describe_a_thing_are_no_length() -> None:
    plan = read_plan(PLANS / "not-lengths.md").plan
    assert _blocks("not-lengths.md") == [("Algebra", 60, 60)]
    assert plan.days[0].notes == (
        "Watch a hour-long talk",
        "Watch a ten-minute video",
        "Take a few minutes to stretch",
    )


def test_a_day_heading_with_its_length_in_words_is_one_block() -> None:
    assert _blocks("day-heading-length.md") == [("Day 1", 180, 180), ("Day 2", 90, 90)]


def test_versions_named_by_hours_in_words_are_versions() -> None:
    plan = read_plan(PLANS / "version-headings.md").plan
    assert [v.hours for v in plan.days[0].variants] == [2, 3]
    assert [(b.title, b.min_minutes) for b in plan.days[0].variants[1].blocks] == [
        ("Conceptos", 45),
        ("Práctica", 75),
        ("Proyecto", 60),
    ]


def test_a_part_of_the_day_before_a_length_in_words_is_its_session() -> None:
    plan = read_plan(PLANS / "part-of-day-labels.md").plan
    assert [
        (b.session, b.title, b.min_minutes) for v in plan.days[0].variants for b in v.blocks
    ] == [
        ("Mañana", "simulacro completo", 180),
        ("Tarde", "repaso de los errores", 90),
        ("Noche", "lectura ligera", 30),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 hora y media", (90, 90)),
        ("2 y media horas", None),  # no language writes it so
        ("2 horas y cuarto", (135, 135)),
        ("deux heures et quart", (135, 135)),
        ("due ore e un quarto", (135, 135)),
        ("zwei Stunden und eine Viertelstunde", (135, 135)),
        ("one hour a day", (60, 60)),  # "a day" adds nothing
        ("Chegou a hora da revisão", None),  # "a hora" is "the hour"
        ("uma hora", (60, 60)),
        ("Start om negen uur", None),  # at nine o'clock
        ("Rendez-vous à deux heures", None),
        ("Aula às duas horas", None),
        ("Cours (deux heures)", (120, 120)),
        ("una hora y quince minutos", (75, 75)),
        ("one hour and thirty minutes", (90, 90)),
        ("eine Stunde und fünfzehn Minuten", (75, 75)),
        ("zweieinhalb Stunden", (150, 150)),
        ("tweeënhalf uur", (150, 150)),
        ("twee en een half uur", (150, 150)),
        ("quarenta e cinco minutos", (45, 45)),
        ("treinta y cinco minutos", (35, 35)),
        ("quarantacinque minuti", (45, 45)),
        ("vingt-cinq minutes", (25, 25)),
        ("an hour to an hour and a half", (60, 90)),
        ("un’ora e mezza", (90, 90)),
        ("MEDIA HORA", (30, 30)),
        ("Tres Cuartos De Hora", (45, 45)),
        ("1 ½ hours", (90, 90)),
        ("one hour 2", (60, 60)),  # a bare number of minutes is a multiple of five
        ("1 h 30-45 min", (60, 60)),  # no minutes where a range follows
        ("Top 10 – 30 min", (30, 30)),
        ("a hour-long talk", None),
        ("a ten-minute break", None),
        ("two hours/week", None),  # a budget
        ("a few minutes", None),
    ],
)
def test_lengths_in_words(text: str, expected: tuple[int, int] | None) -> None:
    assert parse_duration(text) == expected


def test_a_length_of_digits_alone_is_left_to_the_digit_reader() -> None:
    assert word_length("60 min") is None
    assert word_length("1-2 hours") is None
    assert word_length("Review (half an hour)") == (8, 20, 30, 30)


def test_hours_in_words_name_a_version() -> None:
    assert hours_in_words("Two-Hour Plan") == (0, 8, 2.0)
    assert hours_in_words("### Plan de dos horas") == (12, 21, 2.0)
    assert hours_in_words("an hour") is None  # an article names no version
