"""An hour alone with `h` (`09h`, `18h`, `14h (BRT)`) in a column headed by a time-of-day word
(`Horário`, `Hora`, `Heure`, `Ora`): a start, as `09:00` is, not a length of nine hours."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, day_blocks, warnings

STARTS = DATA / "hour_only_starts"


def read(name: str) -> ReadResult:
    return read_plan(STARTS / name)


def test_hours_alone_in_dated_rows_are_starts_with_their_lengths() -> None:
    result = read("pt-dated-rows-hour-only-starts.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            dt.date(2027, 3, 15),
            "15 Mar",
            [("Abertura da semana", 30, "09:00"), ("Perguntas e respostas", 60, "20:00")],
        ),
        (None, "tue", dt.date(2027, 3, 16), "16 Mar", [("Convidado especial", 45, "14:00")]),
    ]
    assert warnings(result) == []


def test_hours_alone_among_hours_with_minutes_run_to_the_next_start() -> None:
    result = read("fr-agenda-hour-only-starts-last-warned.md")
    assert day_blocks(result.plan) == [
        (None, [("Accueil des familles", 90, "09:00"), ("Visite des ateliers", 90, "10:30")])
    ]
    # the last start has no length, as with `12:00`: warned, not read as twelve hours
    assert warnings(result) == [
        '7: row "Démonstration de robotique" has a start time but no length'
    ]


def test_hours_alone_under_hora_keep_the_lengths_column() -> None:
    result = read("es-hora-column-hour-only-starts.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Álgebra", 90, "08:00"), ("Química", 60, "11:00"), ("Inglés", 45, "16:00")])
    ]
    assert warnings(result) == []


def test_padded_hours_under_ora_are_starts() -> None:
    result = read("it-ora-column-padded-hours.md")
    assert day_blocks(result.plan) == [(None, [("Storia", 120, "09:00"), ("Latino", 240, "11:00")])]
    assert warnings(result) == ['7: row "Fisica" has a start time but no length']


def test_hours_under_time_stay_lengths_when_no_start_is_written_so() -> None:
    # "Time" names a length as often as a time of day: `2h`, `9h`, `6h` are each day's hours
    result = read("en-time-column-hours-stay-lengths.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Calculus", 120, None)]),
        ("tue", [("Reading week", 540, None)]),
        ("wed", [("Lab report", 360, None)]),
    ]


def test_hours_under_horas_stay_lengths() -> None:
    result = read("es-horas-column-stays-lengths.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Proyecto final", 480, None)]),
        ("tue", [("Estudio intensivo", 600, None)]),
    ]
