"""Sections inside a weekday's day and lines under its timetable that are no blocks."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

SMALL = DATA / "day_sections"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def notes(result: ReadResult) -> list[list[str]]:
    return [list(d.notes) for d in result.plan.days]


def test_a_weekend_word_in_a_section_of_saturday_keeps_its_spans_in_saturday() -> None:
    result = read("en-weekend-errands-inside-saturday.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Swim", 60, "08:00"),
                ("Laundry", 45, "11:00"),
                ("Groceries", 90, "12:00"),
                ("Reading", 60, "18:00"),
            ],
        ),
        ("sun", [("Stretching", 60, "09:00")]),
    ]
    assert [d.title for d in result.plan.days] == ["Long day", "Rest"]
    assert not result.warnings


@pytest.mark.parametrize(
    ("name", "weekday", "blocks"),
    [
        (
            "de-wochenende-inside-freitag.md",
            "fri",
            [("Mathe", 120, "08:00"), ("Einkaufen", 60, "16:00"), ("Rucksack packen", 30, "17:30")],
        ),
        (
            "es-entre-semana-inside-domingo.md",
            "sun",
            [("Lectura", 60, "09:00"), ("Preparar comidas", 90, "17:00")],
        ),
        (
            "fr-week-end-inside-vendredi.md",
            "fri",
            [("Anglais", 120, "08:00"), ("Courses", 60, "18:00")],
        ),
        (
            "it-fine-settimana-inside-venerdi.md",
            "fri",
            [("Storia", 120, "09:00"), ("Mercato", 60, "17:00")],
        ),
        (
            "pt-fim-de-semana-inside-sexta.md",
            "fri",
            [("Física", 90, "08:00"), ("Mala", 60, "19:00")],
        ),
        (
            "nl-weekend-inside-vrijdag.md",
            "fri",
            [("Wiskunde", 120, "08:00"), ("Markt", 60, "16:00")],
        ),
    ],
)
def test_a_group_word_in_a_section_of_a_weekday_is_part_of_that_day(
    name: str, weekday: str, blocks: list[tuple[str, int, str]]
) -> None:
    result = read(name)
    assert day_blocks(result.plan)[0] == (weekday, blocks)
    assert not result.warnings


def test_the_german_section_leaves_saturday_its_own_day() -> None:
    result = read("de-wochenende-inside-freitag.md")
    assert day_blocks(result.plan) == [
        (
            "fri",
            [("Mathe", 120, "08:00"), ("Einkaufen", 60, "16:00"), ("Rucksack packen", 30, "17:30")],
        ),
        ("sat", [("Wandern", 120, "10:00")]),
    ]


def test_a_weekend_heading_beside_a_weekday_is_still_the_weekend() -> None:
    result = read("en-weekend-heading-beside-friday.md")
    assert day_blocks(result.plan) == [
        ("fri", [("Chemistry", 120, "08:00")]),
        ("sat", [("Revision", 120, "10:00")]),
        ("sun", [("Revision", 120, "10:00")]),
    ]


def test_sleep_after_the_daily_totals_is_a_note() -> None:
    result = read("en-sleep-after-daily-totals.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Lifting", 60, "07:00"), ("Biology", 120, "10:00")]),
    ]
    assert "**Sleep:** 8 hours" in notes(result)[0]
    assert not result.warnings


@pytest.mark.parametrize(
    ("name", "blocks", "note"),
    [
        (
            "de-schlaf-among-spans.md",
            [("Chemie", 120, "08:00"), ("Englisch", 90, "14:00")],
            "Schlaf: 8 Stunden",
        ),
        (
            "es-sueno-among-spans.md",
            [("Álgebra", 120, "09:00"), ("Inglés", 60, "16:00")],
            "Sueño: 7 horas",
        ),
        ("fr-sommeil-among-spans.md", [("Droit", 90, "08:30")], "Sommeil : 8 h"),
        ("it-sonno-among-spans.md", [("Latino", 120, "15:00")], "Sonno: 8 ore"),
        (
            "pt-sono-after-total.md",
            [("Física", 90, "08:00"), ("Química", 60, "10:00")],
            "**Sono:** 8 horas",
        ),
        ("nl-slaap-among-spans.md", [("Economie", 90, "09:00")], "Slaap: 8 uur"),
    ],
)
def test_a_sleep_length_among_clock_times_is_the_days_note(
    name: str, blocks: list[tuple[str, int, str]], note: str
) -> None:
    result = read(name)
    assert [b for _, b in day_blocks(result.plan)] == [blocks]
    assert note in notes(result)[0]
    assert not result.warnings


def test_sleep_with_its_clock_span_stays_a_block() -> None:
    result = read("en-sleep-span-stays-block.md")
    assert day_blocks(result.plan) == [
        ("fri", [("Statistics", 120, "09:00"), ("Sleep", 480, "23:00")]),
    ]


def test_sleep_in_a_day_of_lengths_alone_is_read_as_before() -> None:
    result = read("en-sleep-length-in-day-of-lengths.md")
    assert day_blocks(result.plan) == [("sun", [("Reading", 120, None), ("Sleep", 540, None)])]


@pytest.mark.parametrize(
    ("name", "blocks"),
    [
        (
            "pt-almoco-beside-chores.md",
            [
                ("leitura", 180, "09:00"),
                ("almoço, compras e limpeza da casa", 120, "12:00"),
                ("exercícios", 180, "14:00"),
            ],
        ),
        (
            "en-lunch-beside-errands-table.md",
            [
                ("Revision", 180, "09:00"),
                ("Lunch, bank errands and emails", 120, "12:00"),
                ("Past papers", 120, "14:00"),
            ],
        ),
        (
            "de-mittagessen-beside-chores.md",
            [("Physik", 180, "08:00"), ("Mittagessen, Einkaufen und Wäsche", 120, "12:00")],
        ),
        (
            "es-almuerzo-beside-chores.md",
            [("Historia", 180, "10:00"), ("Almuerzo, trámites y correo", 150, "13:00")],
        ),
        (
            "fr-dejeuner-beside-chores.md",
            [("Maths", 180, "09:00"), ("Déjeuner, ménage et courses", 120, "12:00")],
        ),
        (
            "it-pranzo-beside-chores.md",
            [("Fisica", 180, "09:00"), ("Pranzo, bucato e spesa", 120, "12:30")],
        ),
        (
            "nl-lunch-beside-chores.md",
            [("Scheikunde", 180, "09:00"), ("Lunch, boodschappen en was", 120, "12:00")],
        ),
    ],
)
def test_a_meal_first_in_a_long_span_of_chores_is_a_block(
    name: str, blocks: list[tuple[str, int, str]]
) -> None:
    result = read(name)
    assert [b for _, b in day_blocks(result.plan)] == [blocks]


@pytest.mark.parametrize(
    ("name", "blocks"),
    [
        (
            "es-almuerzo-siesta-stays-gap.md",
            [("Química", 180, "09:00"), ("Biología", 120, "14:00")],
        ),
        (
            "en-short-lunch-menu-stays-gap.md",
            [("Essay", 180, "09:00"), ("Reading", 120, "13:00")],
        ),
    ],
)
def test_a_meal_with_a_rest_or_in_a_meals_length_stays_a_gap(
    name: str, blocks: list[tuple[str, int, str]]
) -> None:
    assert [b for _, b in day_blocks(read(name).plan)] == [blocks]


def test_opening_hours_outside_the_days_are_no_block_of_every_day() -> None:
    result = read("it-aperto-tutti-i-giorni-outside-days.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Mole Antonelliana", 90, "19:30")]),
        ("tue", [("Museo Egizio", 120, "10:00")]),
    ]
    assert not result.warnings


@pytest.mark.parametrize(
    ("name", "blocks", "note"),
    [
        (
            "en-open-daily-in-a-day.md",
            [("Old town walk", 120, "10:00"), ("Castle (open daily 9:00–18:00)", 120, "15:00")],
            "Grab lunch at the covered market (it is open daily 9am-5pm), then head to the river.",
        ),
        (
            "de-geoeffnet-in-a-day.md",
            [("Stadtführung", 120, "10:00")],
            "Mittagessen in der Markthalle, geöffnet 10-18 Uhr.",
        ),
        (
            "fr-ouvert-in-a-day.md",
            [("Visite du quartier", 120, "09:30")],
            "Le musée est ouvert de 10h à 18h, fermé le mardi.",
        ),
        (
            "es-abierto-in-a-day.md",
            [("Paseo por el centro", 120, "10:00")],
            "La biblioteca está abierta de 10 a 20.",
        ),
        (
            "pt-aberto-in-a-day.md",
            [("Centro histórico", 120, "10:00")],
            "O museu está aberto das 9h às 17h, exceto à segunda.",
        ),
        (
            "nl-geopend-in-a-day.md",
            [("Stadswandeling", 120, "10:00")],
            "De bibliotheek is geopend van 9:00 tot 17:00.",
        ),
    ],
)
def test_opening_hours_in_a_sentence_are_the_days_note(
    name: str, blocks: list[tuple[str, int, str]], note: str
) -> None:
    result = read(name)
    assert [b for _, b in day_blocks(result.plan)] == [blocks]
    assert note in notes(result)[0]


def test_a_title_that_starts_with_open_stays_a_block() -> None:
    result = read("en-open-mic-stays-block.md")
    assert [b for _, b in day_blocks(result.plan)] == [
        [("Rehearsal", 120, "17:00"), ("Open mic", 120, "19:00")]
    ]


@pytest.mark.parametrize(
    ("name", "line", "length"),
    [
        ("es-optional-video-only-length.md", 14, "20 min"),
        ("en-optional-talk-only-length.md", 12, "25 min"),
        ("de-optional-only-length.md", 8, "30 Min"),
        ("fr-optional-only-length.md", 8, "10 min"),
        ("it-optional-only-length.md", 8, "15 min"),
        ("pt-optional-only-length.md", 8, "20 min"),
        ("nl-optional-only-length.md", 8, "15 min"),
    ],
)
def test_a_plan_whose_only_length_is_optional_is_refused(name: str, line: int, length: str) -> None:
    with pytest.raises(PlanError) as caught:
        read(name)
    assert caught.value.line == line
    message = str(caught.value)
    assert "no timed blocks found" in message
    assert f'the only length is optional, line {line}: "{length}"' in message


def test_an_optional_length_beside_other_lengths_is_read_as_before() -> None:
    result = read("en-optional-beside-timed-lines.md")
    assert [b for _, b in day_blocks(result.plan)] == [
        [("Install the toolchain", 60, None), ("Watch the conference talk (optional)", 25, None)]
    ]
