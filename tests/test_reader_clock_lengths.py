"""A length column written like a clock (`00:45`, `00:45 u`, `01:30` under `Dauer`) holds
lengths, not times of day; a column that says where a row ends stays a time."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

CLOCKS = DATA / "clock_lengths"


def read(name: str) -> ReadResult:
    return read_plan(CLOCKS / name)


def test_hours_and_minutes_under_expected_duration_are_lengths() -> None:
    result = read("expected-duration-hhmm.md")
    assert len(result.plan.days) == 1
    assert pinned(result.plan, 0) == [
        ("Measure the floor", 30, None),
        ("Cut the boards", 75, None),
        ("Paint", 120, None),
    ]
    assert warnings(result) == []


def test_a_dutch_tijdsduur_column_with_and_without_u() -> None:
    result = read("tijdsduur-hhmm-u.md")
    assert pinned(result.plan, 0) == [
        ("Onderwerp kiezen", 15, None),
        ("Bronnen zoeken", 60, None),
        ("Verslag schrijven", 150, None),
    ]
    assert warnings(result) == []


def test_a_german_dauer_column() -> None:
    result = read("dauer-hhmm.md")
    assert pinned(result.plan, 0) == [("Kartons packen", 90, None), ("Keller räumen", 45, None)]
    assert warnings(result) == []


def test_an_italian_durata_column() -> None:
    result = read("durata-hhmm.md")
    assert pinned(result.plan, 0) == [("Il Risorgimento", 50, None), ("La Grande Guerra", 70, None)]


def test_a_spanish_duracion_column_with_its_unit_in_the_header() -> None:
    result = read("duracion-hhmm-en-horas.md")
    assert pinned(result.plan, 0) == [("Embalar libros", 90, None), ("Limpiar la cocina", 40, None)]


def test_start_times_and_a_dauer_column_give_start_and_length() -> None:
    result = read("start-time-and-dauer-hhmm.md")
    assert pinned(result.plan, 0) == [("Vokabeln", 30, "09:00"), ("Lesen", 60, "10:00")]
    assert warnings(result) == []


def test_a_time_column_after_the_start_times_is_each_rows_length() -> None:
    result = read("time-column-after-start-times.md")
    assert pinned(result.plan, 0) == [("Vocabulary", 30, "09:00"), ("Past paper", 90, "10:00")]
    assert warnings(result) == []


def test_an_end_column_stays_a_time_of_day() -> None:
    result = read("end-column-stays-a-time.md")
    assert pinned(result.plan, 0) == [("Intro", 90, "09:00"), ("Hands-on", 75, "10:45")]


def test_starts_written_with_h_under_horaire_are_times_of_day() -> None:
    result = read("heures-en-h-sous-horaire.md")
    assert pinned(result.plan, 0) == [
        ("Accueil", 15, "09:00"),
        ("Modelage", 105, "09:15"),
        ("Émaillage", 75, "11:15"),
    ]
    assert warnings(result) == []


def test_lengths_written_with_h_under_duree_stay_lengths() -> None:
    result = read("duree-en-h-reste-une-longueur.md")
    assert pinned(result.plan, 0) == [("Histoire", 90, None), ("Anglais", 45, None)]
