"""A week table whose Day column names several weekdays on a row (`Mon-Tue`, `Monday–Friday`,
`Lunes a viernes`, `Mo–Fr`, `Lun-Ven`, `Seg a Sex`, `Ma t/m Vr`, `Sat & Sun`, `Weekdays`,
`Weekend`): the row on each of those weekdays, wherever it stands in the table."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

RANGES = DATA / "day_range_rows"


def read(name: str) -> ReadResult:
    return read_plan(RANGES / name)


def titles(result: ReadResult) -> list[tuple[str | None, str]]:
    return [(d.weekday, d.title) for d in result.plan.days]


def test_a_range_before_the_first_weekday_is_each_of_its_days() -> None:
    result = read("en-range-before-first-weekday.md")
    assert titles(result) == [("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wed"), ("thu", "Thu")]
    assert day_blocks(result.plan) == [
        ("mon", [("Road signs", 120, None)]),
        ("tue", [("Road signs", 120, None)]),
        ("wed", [("Practice questions", 60, None)]),
        ("thu", [("Hazard clips", 45, None)]),
    ]
    assert warnings(result) == []


def test_a_range_between_weekdays_gathers_into_their_days_in_plan_order() -> None:
    result = read("en-range-between-weekdays.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Titration notes", 60, None), ("Flashcards", 30, None)]),
        ("tue", [("Flashcards", 30, None)]),
        ("wed", [("Flashcards", 30, None)]),
        ("thu", [("Flashcards", 30, None), ("Past paper", 90, None)]),
        ("fri", [("Flashcards", 30, None)]),
    ]
    assert warnings(result) == []


def test_a_table_of_groups_only_is_a_week() -> None:
    result = read("en-weekdays-and-weekend-only.md")
    assert [d.weekday for d in result.plan.days] == [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    ]
    assert {b.title for d in result.plan.days[:5] for v in d.variants for b in v.blocks} == {
        "Scales and chords"
    }
    assert day_blocks(result.plan)[5:] == [
        ("sat", [("Learn a full song", 60, None)]),
        ("sun", [("Learn a full song", 60, None)]),
    ]
    assert warnings(result) == []


def test_a_row_with_an_empty_day_cell_goes_with_each_day_of_the_range_above() -> None:
    result = read("en-empty-day-cell-under-a-range.md")
    assert day_blocks(result.plan) == [
        ("tue", [("New word list", 25, None), ("Review old cards", 10, None)]),
        ("thu", [("New word list", 25, None), ("Review old cards", 10, None)]),
        ("sat", [("Conversation class", 60, None)]),
    ]


def test_a_range_runs_over_the_end_of_the_week() -> None:
    result = read("en-sunday-to-thursday.md")
    assert [d.weekday for d in result.plan.days] == ["sun", "mon", "tue", "wed", "thu", "fri"]
    assert all(
        [b.min_minutes for v in d.variants for b in v.blocks] == [40] for d in result.plan.days[:5]
    )


def test_a_day_cell_of_weekdays_the_reader_cannot_place_is_a_warning() -> None:
    result = read("en-range-not-placed.md")
    assert day_blocks(result.plan) == [
        ("wed", [("Lesson", 60, None)]),
        ("sat", [("Recital piece", 45, None)]),
    ]
    assert warnings(result) == [
        '5: the Day cell "Mon-Fri except Wed" names weekdays the reader cannot place: '
        "its row (Sight reading) is not read"
    ]


def test_spanish_range_in_words() -> None:
    result = read("es-lunes-a-viernes.md")
    assert titles(result) == [
        ("mon", "Lunes"),
        ("tue", "Martes"),
        ("wed", "Miércoles"),
        ("thu", "Jueves"),
        ("fri", "Viernes"),
        ("sat", "Sábado"),
    ]
    assert day_blocks(result.plan)[0] == ("mon", [("Repaso de temas", 60, None)])
    assert day_blocks(result.plan)[5] == ("sat", [("Simulacro de examen", 180, None)])
    assert warnings(result) == []


def test_german_short_range_gathers_with_its_weekday_row() -> None:
    result = read("de-abbreviated-range.md")
    assert titles(result)[:5] == [
        ("mon", "Montag"),
        ("tue", "Dienstag"),
        ("wed", "Mittwoch"),
        ("thu", "Donnerstag"),
        ("fri", "Freitag"),
    ]
    assert day_blocks(result.plan)[2] == (
        "wed",
        [("Vokabeln", 20, None), ("Grammatikübungen", 60, None)],
    )
    assert day_blocks(result.plan)[5] == ("sat", [("Hörverstehen", 45, None)])
    assert warnings(result) == []


def test_french_range_and_week_end() -> None:
    result = read("fr-lundi-au-vendredi-et-week-end.md")
    assert [t for _, t in titles(result)] == [
        "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
    ]  # fmt: skip
    assert day_blocks(result.plan)[6] == ("sun", [("Sujet blanc", 120, None)])
    assert warnings(result) == []


def test_italian_short_range_and_two_days_joined() -> None:
    result = read("it-lun-ven-sab-e-dom.md")
    assert [t for _, t in titles(result)] == [
        "Lunedì", "Martedì", "Mercoledì", "Giovedì", "Venerdì", "Sabato", "Domenica",
    ]  # fmt: skip
    assert day_blocks(result.plan)[4] == ("fri", [("Lettura del manuale", 60, None)])
    assert day_blocks(result.plan)[5] == ("sat", [("Ripasso generale", 120, None)])
    assert warnings(result) == []


def test_portuguese_range_under_dia() -> None:
    result = read("pt-seg-a-sex.md")
    assert [t for _, t in titles(result)][:5] == [
        "Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira", "Sexta-feira",
    ]  # fmt: skip
    assert day_blocks(result.plan)[2] == ("wed", [("Redação", 40, None), ("Matemática", 60, None)])
    assert day_blocks(result.plan)[5] == ("sat", [("Simulado", 180, None)])
    assert warnings(result) == []


def test_dutch_range_up_to_and_including() -> None:
    result = read("nl-ma-tm-vr.md")
    assert [t for _, t in titles(result)] == [
        "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag",
    ]  # fmt: skip
    assert day_blocks(result.plan)[0] == ("mon", [("Verkeersborden", 20, None)])
    assert day_blocks(result.plan)[6] == ("sun", [("Oefenexamen", 60, None)])
    assert warnings(result) == []


def test_a_day_cell_of_no_weekday_above_the_first_is_a_warning() -> None:
    result = read("en-no-weekday-above-the-first.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Cell biology chapters", 60, None)]),
        ("tue", [("Cell biology chapters", 60, None)]),
        ("wed", [("Cell biology chapters", 60, None)]),
        ("fri", [("Practice exam", 120, None)]),
    ]
    assert warnings(result) == [
        '5: the Day cell "Every morning" names no weekday: its row (Anki deck) is not read'
    ]


def test_days_stand_in_the_weeks_order_from_the_first_named() -> None:
    result = read("en-list-before-the-day-it-skips.md")
    # Tuesday between Monday and Wednesday, so a schedule puts it in the same week
    assert day_blocks(result.plan) == [
        ("mon", [("Mechanics problems", 60, "18:00")]),
        ("tue", [("Lab report", 120, "18:00")]),
        ("wed", [("Mechanics problems", 60, "18:00")]),
        ("thu", [("Mechanics problems", 60, "18:00")]),
        ("fri", [("Mechanics problems", 60, "18:00")]),
    ]
    assert warnings(result) == []


def test_an_empty_day_cell_above_the_first_day_is_a_warning() -> None:
    result = read("en-empty-day-cell-above-the-first.md")
    assert [d.weekday for d in result.plan.days] == ["tue", "wed", "thu"]
    assert warnings(result) == [
        "5: the Day cell is empty above any day: its row (Reread last week's feedback) is not read"
    ]
