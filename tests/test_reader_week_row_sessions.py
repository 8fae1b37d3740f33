"""A weekday's session as a table of weeks (`| Semana | Actividad |` over `| 1 | Trote suave
20 min |`): the plan is read in weeks, each week's day holding that week's row."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

ROWS = DATA / "week_row_sessions"


def read(name: str) -> ReadResult:
    return read_plan(ROWS / name)


def weeks(result: ReadResult) -> list[tuple[int | None, str | None, list[tuple[str, int]]]]:
    return [
        (d.week, d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_each_week_has_its_rows_length_and_the_other_weekday_every_week() -> None:
    result = read("es-two-weekdays-one-growing.md")
    assert weeks(result) == [
        (1, "mon", [("Sentadillas y plancha", 30)]),
        (1, "thu", [("Rodaje suave", 25)]),
        (2, "mon", [("Sentadillas y plancha", 30)]),
        (2, "thu", [("Rodaje suave", 30)]),
        (3, "mon", [("Sentadillas y plancha", 30)]),
        (3, "thu", [("Rodaje suave", 35)]),
    ]
    assert [d.title for d in result.plan.days[:2]] == ["Fuerza", "Rodaje"]
    assert warnings(result) == []


def test_a_row_of_a_length_alone_is_the_days_session_with_its_items_and_notes() -> None:
    result = read("en-week-and-length-columns.md")
    assert weeks(result) == [(1, "tue", [("Brisk walk", 15)]), (2, "tue", [("Brisk walk", 20)])]
    for day in result.plan.days:
        assert list(day.notes) == ["Keep a pace where talking is just possible."]
        assert [i.text for i in day.variants[0].blocks[0].items] == ["Stretch calves afterwards"]


def test_a_row_of_two_weeks_is_both_weeks() -> None:
    result = read("de-week-ranges.md")
    assert weeks(result) == [
        (1, "sat", [("Lockeres Kraulen", 30)]),
        (2, "sat", [("Lockeres Kraulen", 30)]),
        (3, "sat", [("Kraulen mit Tempowechsel", 40)]),
        (4, "sat", [("Kraulen mit Tempowechsel", 40)]),
    ]


def test_cells_that_say_the_week_word() -> None:
    result = read("it-week-words-in-cells.md")
    assert weeks(result) == [
        (1, "sun", [("Camminata veloce", 40)]),
        (2, "sun", [("Camminata veloce", 50)]),
    ]


def test_the_days_own_timed_lines_come_every_week_around_the_row() -> None:
    result = read("pt-warm-up-around-the-table.md")
    assert weeks(result) == [
        (1, "wed", [("Aquecimento", 10), ("Corrida leve", 20), ("Alongamento", 5)]),
        (2, "wed", [("Aquecimento", 10), ("Corrida leve", 25), ("Alongamento", 5)]),
    ]
    assert warnings(result) == []
