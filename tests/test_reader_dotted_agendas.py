"""Agendas of start times written with a dot or an `h` (`- 19.00 Lezen`, `- **9.00 uur**
Ontvangst`, `- Ontvangst 8.50 uur`, `9h00 Accueil` paragraphs, `| 8.30 |` under `Tijd`): each a
start lasting until the next, as `19:00` is; lengths and section numbers keep their reading."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from planexport.reader import read_plan
from planexport.reader.dotted_agendas import dotted_agendas
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "dotted_agendas"
runner = CliRunner()


def test_dutch_list_of_dotted_starts_without_uur_is_an_agenda() -> None:
    result = read_plan(PLANS / "nl-dotted-start-list.md")
    assert result.plan.days[0].title == "Dinsdag"
    assert pinned(result.plan, 0) == [
        ("Hoofdstuk 4 doorlezen", 50, "19:00"),
        ("Begrippenlijst maken", 40, "19:50"),
        ("Oefenvragen maken", 40, "20:45"),
    ]
    assert result.plan.days[0].notes == ("20:30 Koffie",)
    assert warnings(result) == []


def test_german_list_of_dotted_starts_keeps_the_last_length() -> None:
    result = read_plan(PLANS / "de-dotted-start-list.md")
    assert pinned(result.plan, 0) == [
        ("Skript wiederholen", 75, "08:15"),
        ("Übungsblatt 6", 90, "09:30"),
        ("Altklausur rechnen", 90, "11:00"),
        ("Fehler nachbereiten", 60, "13:15"),
    ]
    assert result.plan.days[0].notes == ("12:30 Mittagessen",)
    assert warnings(result) == []


def test_bold_dotted_starts_with_a_colon_after_them() -> None:
    result = read_plan(PLANS / "en-dotted-bold-start-list.md")
    assert pinned(result.plan, 0) == [
        ("Flashcards", 40, "09:00"),
        ("Past paper, section A", 90, "09:40"),
        ("Mark the paper", 30, "11:10"),
    ]
    assert warnings(result) == []


def test_numbered_sections_with_lengths_of_their_own_stay_titles() -> None:
    result = read_plan(PLANS / "nl-section-numbers-stay.md")
    assert pinned(result.plan, 0) == [
        ("1.10 Verzamelingen", 30, None),
        ("1.20 Relaties", 45, None),
        ("1.30 Functies", 60, None),
    ]
    assert warnings(result) == []


def test_dotted_lengths_after_titles_stay_lengths() -> None:
    result = read_plan(PLANS / "nl-title-lengths-stay.md")
    assert pinned(result.plan, 0) == [
        ("Samenvatting lezen", 45, None),
        ("Oefententamen maken", 90, None),
        ("Fouten nakijken", 120, None),
    ]
    assert warnings(result) == []


def test_bold_uur_starts_in_a_list_are_starts_not_lengths() -> None:
    result = read_plan(PLANS / "nl-bold-uur-start-list.md")
    assert pinned(result.plan, 0) == [
        ("Ontvangst in de aula", 30, "09:00"),
        ("Presentatie van de opleiding", 75, "09:30"),
        ("Proefles statistiek", 75, "10:45"),
        ("Rondleiding", 45, "12:00"),
    ]
    assert warnings(result) == []


def test_bold_uur_start_paragraphs_are_one_day_of_starts() -> None:
    result = read_plan(PLANS / "nl-bold-uur-start-paragraphs.md")
    assert len(result.plan.days) == 1
    assert pinned(result.plan, 0) == [
        ("Inloop met thee", 30, "13:00"),
        ("Workshop plannen", 90, "13:30"),
        ("Oefenen met de planner", 75, "15:00"),
        ("Afsluiting", 15, "16:15"),
    ]
    assert warnings(result) == []


def test_title_first_uur_times_rising_through_the_day_are_starts() -> None:
    result = read_plan(PLANS / "nl-title-first-uur-list.md")
    assert pinned(result.plan, 0) == [
        ("Inschrijving", 15, "08:30"),
        ("Welkom", 15, "08:45"),
        ("Lezing over geheugen", 90, "09:00"),
        ("Werkgroepen", 90, "10:30"),
    ]
    assert warnings(result) == []  # "Afsluiting" ends the day


def test_french_title_first_h_times_with_a_last_length_in_brackets() -> None:
    result = read_plan(PLANS / "fr-title-first-h-list.md")
    assert result.plan.days[0].title == "Jeudi"
    assert pinned(result.plan, 0) == [
        ("Accueil des nouveaux", 30, "08:30"),
        ("Discours du directeur", 45, "09:00"),
        ("Rallye dans le campus", 135, "09:45"),
        ("Pique-nique", 90, "12:00"),
        ("Tournoi de pétanque", 90, "13:30"),
    ]
    assert warnings(result) == []


def test_french_h_start_paragraphs_are_one_day_of_starts() -> None:
    result = read_plan(PLANS / "fr-h-start-paragraphs.md")
    assert len(result.plan.days) == 1
    assert pinned(result.plan, 0) == [
        ("Accueil des lycéens", 30, "09:00"),
        ("Présentation du cursus", 90, "09:30"),
        ("Visite des laboratoires", 75, "11:00"),
        ("Questions aux étudiants", 30, "12:15"),
    ]
    assert warnings(result) == []


def test_french_h_start_lines_of_one_paragraph() -> None:
    result = read_plan(PLANS / "fr-h-start-lines.md")
    assert pinned(result.plan, 0) == [
        ("Fiches de vocabulaire", 45, "08:30"),
        ("Version latine", 90, "09:15"),
        ("Correction de la version", 45, "10:45"),
    ]
    assert warnings(result) == []


def test_h_lengths_from_no_morning_hour_stay_lengths() -> None:
    result = read_plan(PLANS / "fr-h-lengths-stay.md")
    assert pinned(result.plan, 0) == [
        ("Lecture du cours", 90, None),
        ("Exercices corrigés", 120, None),
    ]
    assert warnings(result) == []


@pytest.mark.parametrize(
    ("name", "expected", "notes"),
    [
        (
            "nl-tijd-bare-dotted.md",
            [
                ("Ontvangst met koffie", 30, "08:30"),
                ("Kennismaking met de mentor", 75, "09:00"),
                ("Campustour", 105, "10:15"),
                ("Workshop roosters lezen", 90, "12:45"),
            ],
            ("12:00 Lunch",),
        ),
        (
            "de-zeit-bare-dotted.md",
            [
                ("Begrüßung", 20, "09:00"),
                ("Gruppen bilden", 40, "09:20"),
                ("Recherche in der Bibliothek", 90, "10:00"),
                ("Ergebnisse vorstellen", 30, "11:30"),
            ],
            (),
        ),
        (
            "en-time-bare-dotted-title-first.md",
            [
                ("Arrival and seating", 20, "08:40"),
                ("Paper 1", 90, "09:00"),
                ("Paper 2", 90, "10:45"),
            ],
            ("10:30 Break",),
        ),
    ],
)
def test_bare_dotted_times_in_a_time_column_are_starts(
    name: str, expected: list[object], notes: tuple[str, ...]
) -> None:
    result = read_plan(PLANS / name)
    assert pinned(result.plan, 0) == expected
    assert result.plan.days[0].notes == notes
    assert warnings(result) == []


def test_validate_passes_the_dotted_agenda() -> None:
    checked = runner.invoke(app, ["validate", str(PLANS / "nl-title-first-uur-list.md")])
    assert checked.exit_code == 0, checked.stdout


@pytest.mark.parametrize(
    "text",
    [
        "- 19.00 Lezen\n- 18.30 Schrijven\n",  # falling: no agenda
        "- 19.00 Lezen\n- Schrijven\n",  # a line with no time
        "```\n- 19.00 Lezen\n- 19.30 Schrijven\n```\n",  # a code block
        "- 1.30 uur Lezen\n- 2.00 uur Schrijven\n",  # before the morning: lengths may rise
        "- Lezen 7.00 uur\n- Schrijven 8.00 uur\n",  # two lines after titles: too few
        "1h30 Lecture\n\n2h00 Exercices\n",  # `h` lengths
        "9h00 - 10h30 Cours\n\n10h30 - 12h00 TD\n",  # spans, read elsewhere
        "9h à 10h Cours\n\n10h à 12h TD\n",
        # spans that end on the time last on the line
        "- Lezen van 9.00 tot 10.30 uur\n- Pauze tot 10.45 uur\n- Schrijven tot 12.00 uur\n",
        "- Cours 9h-10h30\n- TD 10h30-12h\n- TP 13h-15h\n",
        "- Accueil : 9h00\n- Opening 9.30 uur\n- Atelier : 10h00\n",  # two ways of writing
    ],
)
def test_text_that_is_no_dotted_agenda_stays_as_written(text: str) -> None:
    assert dotted_agendas(text) == text


def test_only_the_times_are_rewritten() -> None:
    text = "- **9.00 uur** Ontvangst\n- 9.30: Koffie\n\n  Zaal 2\n- 10.15 Les (1 uur)\n"
    assert dotted_agendas(text) == (
        "- **9:00** Ontvangst\n- 9:30: Koffie\n\n  Zaal 2\n- 10:15 Les (1 uur)\n"
    )
    assert dotted_agendas("- Ontvangst 8.50 uur\n- Les - 9.00 uur\n- Lunch: 12.15 uur\n") == (
        "- 8:50 Ontvangst\n- 9:00 Les\n- 12:15 Lunch\n"
    )
    assert dotted_agendas("9h Accueil\n**14h** Atelier\n") == "9:00 Accueil\n**14:00** Atelier\n"


def test_uur_starts_under_tijd_may_share_a_time() -> None:
    result = read_plan(PLANS / "nl-tijd-uur-same-start.md")
    assert pinned(result.plan, 0) == [
        ("Inschrijving", 45, "08:00"),
        ("Warming-up", 15, "08:45"),
        ("Groepsoefeningen", 195, "09:00"),
        ("Individuele oefeningen", 180, "13:00"),
    ]
    assert result.plan.days[0].notes == ("08:00 Ontbijt", "12:15 Lunch")
    assert warnings(result) == ['11: row "Prijsuitreiking" has a start time but no length']


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "pt-h-start-paragraphs.md",
            [
                ("Revisão de fórmulas", 45, "08:30"),
                ("Simulado de matemática", 105, "09:15"),
                ("Correção do simulado", 45, "11:00"),
            ],
        ),
        (
            "it-dotted-start-list.md",
            [
                ("Ripasso di analisi", 90, "09:00"),
                ("Esercizi di fisica", 120, "10:30"),
                ("Simulazione d'esame", 120, "14:00"),
            ],
        ),
        (
            "es-title-first-h-list.md",
            [
                ("Recepción", 30, "09:00"),
                ("Charla del decano", 45, "09:30"),
                ("Visita a los laboratorios", 105, "10:15"),
            ],
        ),
    ],
)
def test_the_same_agendas_in_portuguese_italian_and_spanish(
    name: str, expected: list[object]
) -> None:
    result = read_plan(PLANS / name)
    assert pinned(result.plan, 0) == expected
    assert warnings(result) == []


def test_numbered_dotted_starts_are_an_agenda_as_bulleted_ones_are() -> None:
    result = read_plan(PLANS / "nl-genummerde-starts.md")
    assert pinned(result.plan, 0) == [
        ("Lezen hoofdstuk 4", 90, "09:00"),
        ("Schrijven van het verslag", 90, "10:30"),
        ("Oefenen", 45, "12:45"),
    ]
    assert result.plan.days[0].notes == ("12:00 Lunch",)
    assert warnings(result) == []


def test_numbered_starts_with_a_bracket_and_uhr() -> None:
    result = read_plan(PLANS / "de-nummerierte-uhr.md")
    assert pinned(result.plan, 0) == [
        ("Vokabeln wiederholen", 45, "08:30"),
        ("Grammatik üben", 90, "09:15"),
        ("Aufsatz schreiben", 60, "10:45"),
    ]
    assert warnings(result) == []


def test_numbered_section_numbers_stay_titles() -> None:
    result = read_plan(PLANS / "en-numbered-sections-stay.md")
    assert pinned(result.plan, 0) == [
        ("1.10 Sets and maps", 30, None),
        ("1.20 Loops", 45, None),
        ("1.30 Functions", 60, None),
    ]


def test_numbered_lines_are_rewritten_as_bulleted_ones() -> None:
    assert (
        dotted_agendas("1. 9.00 Lezen\n2. 10.30 Schrijven") == "1. 9:00 Lezen\n2. 10:30 Schrijven"
    )
