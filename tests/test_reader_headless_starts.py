"""A start-time table with its title column first and no header (`| | |` over `| Ontbijt |
8.00 uur |`), under a section heading of a page with other sections: one day's agenda."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "headless_starts"


def test_an_empty_header_over_uur_starts_is_the_day_before_a_table_of_lengths() -> None:
    result = read_plan(PLANS / "nl-dagschema-lege-kop.md")
    assert days(result.plan) == [(None, None, "Oefendag gehoorzaamheid")]
    # "1 min zitten in zicht" in the ring table below is an exercise, not this day's block.
    assert pinned(result.plan, 0) == [
        ("Inschrijving", 30, "08:30"),
        ("Warming-up met de groep", 45, "09:00"),
        ("Volgoefeningen", 135, "09:45"),
        ("Apporteren op afstand", 135, "12:45"),
    ]
    assert result.plan.days[0].notes == ("12:00 Lunch",)
    assert warnings(result) == []


def test_a_row_of_alignments_first_is_no_header() -> None:
    result = read_plan(PLANS / "en-alignment-row-first.md")
    assert pinned(result.plan, 0) == [
        ("Doors open", 30, "09:00"),
        ("Welcome talk", 45, "09:30"),
        ("Lab tours", 75, "10:15"),
    ]
    assert warnings(result) == ['9: row "Q&A with students" has a start time but no length']


def test_a_first_row_with_a_start_of_its_own_is_a_row_of_the_day() -> None:
    result = read_plan(PLANS / "de-ohne-kopfzeile.md")
    assert pinned(result.plan, 0) == [
        ("Begrüßung", 15, "08:15"),
        ("Versuche in Gruppen", 90, "08:30"),
        ("Auswertung", 70, "10:20"),
    ]
    assert result.plan.days[0].notes == ("10:00 Pause",)
    assert dict(result.block_lines) == {(0, 0, 0): 5, (0, 0, 1): 7, (0, 0, 2): 9}
    assert warnings(result) == ['10: row "Abschlussrunde" has a start time but no length']


def test_h_starts_under_an_empty_header() -> None:
    result = read_plan(PLANS / "fr-horaires-en-h.md")
    assert pinned(result.plan, 0) == [
        ("Accueil des familles", 30, "09:00"),
        ("Visite des laboratoires", 90, "09:30"),
        ("Présentation des filières", 75, "11:00"),
    ]
    assert result.plan.days[0].notes == ("12:15 Déjeuner",)
    assert warnings(result) == ['11: row "Ateliers découverte" has a start time but no length']


def test_lengths_before_six_stay_lengths() -> None:
    result = read_plan(PLANS / "nl-lengtes-geen-agenda.md")
    # `1.30 uur` is an hour and a half, not 1.3 hours.
    assert pinned(result.plan, 0) == [
        ("Lezen", 90, None),
        ("Oefenen", 120, None),
        ("Herhalen", 150, None),
    ]


def test_two_headless_tables_of_starts_are_not_taken_as_one_day() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(PLANS / "en-two-start-tables.md")
