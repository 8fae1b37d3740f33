"""Dotted start times with `uur`, `Uhr` or `h` in a table's time column (`| 8.30 uur |` under
`Tijd`): times of day, never lengths; a day of lengths that rise like times of day is refused."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "dotted_start_cells"
runner = CliRunner()


def test_dutch_uur_times_under_tijd_are_starts() -> None:
    result = read_plan(PLANS / "nl-tijd-uur.md")
    assert pinned(result.plan, 0) == [
        ("Inloop met koffie", 30, "08:45"),
        ("Welkomstwoord", 15, "09:15"),
        ("Rondleiding door de labs", 150, "09:30"),
        ("Proefcollege", 150, "13:00"),
    ]
    assert result.plan.days[0].notes == ("12:00 Lunch",)
    assert warnings(result) == []  # "Einde" ends the row above


def test_german_uhr_times_under_zeit_are_starts_and_a_length_of_its_own_wins() -> None:
    result = read_plan(PLANS / "de-zeit-uhr.md")
    assert pinned(result.plan, 0) == [
        ("Einführung", 30, "09:00"),
        ("Gruppenarbeit: Unterrichtsentwurf", 90, "09:30"),
        ("Präsentationen", 90, "11:00"),
        ("Feedbackrunde", 45, "13:30"),
    ]
    assert result.plan.days[0].notes == ("12:30 Mittagspause",)
    assert warnings(result) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "es-hora-h.md",
            [
                ("Recepción", 30, "10:00"),
                ("Charla sobre el grado", 60, "10:30"),
                ("Visita a los laboratorios", 90, "11:30"),
            ],
        ),
        (
            "fr-heure-h-colle.md",
            [
                ("Accueil", 30, "08:30"),
                ("Annales de physique", 120, "09:00"),
                ("Correction collective", 75, "11:00"),
            ],
        ),
    ],
)
def test_dotted_times_with_h_are_starts(name: str, expected: list[object]) -> None:
    result = read_plan(PLANS / name)
    assert pinned(result.plan, 0) == expected
    assert warnings(result) == []


def test_dotted_uur_times_after_the_title_column_are_starts() -> None:
    result = read_plan(PLANS / "nl-onderdeel-tijd-uur.md")
    assert pinned(result.plan, 0) == [
        ("Verzamelen bij de bus", 105, "07:45"),
        ("Bezoek aan het museum", 180, "09:30"),
        ("Stadswandeling", 165, "13:15"),
    ]
    assert result.plan.days[0].notes == ("12:30 Lunchpauze",)
    assert warnings(result) == ['9: row "Terugreis" has a start time but no length']


def test_dotted_uur_under_a_length_header_stays_a_length() -> None:
    result = read_plan(PLANS / "nl-duur-stays-lengths.md")
    assert pinned(result.plan, 0) == [
        ("Hoofdstuk 3 lezen", 120, None),
        ("Samenvatting schrijven", 60, None),
        ("Oefentoets", 180, None),
    ]
    assert warnings(result) == []


def test_a_day_of_lengths_rising_like_times_of_day_is_refused() -> None:
    plan = PLANS / "fr-title-h-paragraphs-refused.md"
    with pytest.raises(PlanError) as caught:
        read_plan(plan)
    assert str(caught.value) == (
        f'{plan}:3: Day 1 reads as 47 h of blocks: "Accueil des étudiants" 9 h, '
        '"Montage du banc optique" 9 h 30 min and 2 more rise like times of day, not lengths; '
        "write start times as 08:30"
    )
    checked = runner.invoke(app, ["validate", str(plan)])
    assert checked.exit_code == 2
    assert ": ok:" not in checked.stdout


def test_validate_passes_the_start_time_table_with_its_real_length() -> None:
    checked = runner.invoke(app, ["validate", str(PLANS / "nl-tijd-uur.md")])
    assert checked.exit_code == 0
    assert "study 345 min" in checked.stdout
