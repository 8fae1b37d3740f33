"""Noon written as the meridiem in Spanish and Portuguese plans (`12:00 m.`, `12 m`, `12m`): noon
where it ends or starts a span of clock times, a length of minutes anywhere else."""

from __future__ import annotations

from planexport.reader.durations import find_duration
from planexport.reader.noon_words import with_noon_words
from tests.paths import DATA
from tests.reader_support import quiet_blocks

PLANS = DATA / "meridiem_noon"


def test_a_span_to_twelve_m_ends_at_noon_and_one_from_it_starts_there() -> None:
    assert quiet_blocks(PLANS / "es-noon-ends-a-span.md") == [
        ("Álgebra", 120, "08:00"),
        ("Física", 120, "10:00"),
        ("Lectura guiada", 60, "12:00"),
        ("Química", 120, "15:00"),
    ]


def test_twelve_m_without_minutes_after_a_word_of_the_span() -> None:
    assert quiet_blocks(PLANS / "es-bare-12-m.md") == [
        ("Biología celular", 180, "09:00"),
        ("Inglés", 120, "12:00"),
        ("Historia", 120, "14:00"),
    ]


def test_twelve_m_written_without_a_space() -> None:
    assert quiet_blocks(PLANS / "pt-12m-without-a-space.md") == [
        ("Revisão de cálculo", 120, "10:00"),
        ("Exercícios de estatística", 90, "12:00"),
    ]


def test_twelve_m_beside_no_span_stays_a_length() -> None:
    assert quiet_blocks(PLANS / "es-12-m-as-minutes-stays.md") == [
        ("Carrera continua", 60, "07:00"),
        ("Estiramientos", 12, "08:00"),
    ]


def test_the_span_reads_as_noon_and_the_word_is_the_span_s() -> None:
    found = find_duration("10:00 a.m. - 12:00 m. Física")
    assert found is not None
    assert (found.at, found.lo, found.text) == (600, 120, "10:00 a.m. - 12:00 m.")
    assert with_noon_words("Carrera 12 m") == "Carrera 12 m"


def test_an_agenda_start_at_twelve_m_is_noon_and_its_title_has_no_m() -> None:
    assert quiet_blocks(PLANS / "es-agenda-start-at-twelve-m.md") == [
        ("Clase de cálculo", 180, "09:00"),
        ("Repaso en biblioteca", 60, "12:00"),
        ("Laboratorio", 120, "13:00"),
    ]
