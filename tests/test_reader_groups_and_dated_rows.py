"""Other groups of one subject in a timetable, a day's stated length over lines that give
only part of it, and dated table rows beside dated day headings."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.reader import ReadResult, read_plan
from planexport.reader.group_rows import other_groups
from tests.paths import DATA
from tests.reader_support import warnings

FOLDER = DATA / "groups_and_dated_rows"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def days(result: ReadResult) -> list[tuple[str | None, list[tuple[str, int, str | None]]]]:
    return [
        (
            d.weekday,
            [(b.title, b.max_minutes, b.at) for b in d.variants[0].blocks],
        )
        for d in result.plan.days
    ]


def test_the_second_group_of_a_subject_is_a_note_of_its_days() -> None:
    result = read("es-grupos-de-ingles.md")
    assert days(result) == [
        ("mon", [("Álgebra", 120, "08:00"), ("Inglés II (Grupo A)", 60, "10:00")]),
        ("tue", [("Inglés II (Grupo A)", 120, "10:00"), ("Química", 120, "14:00")]),
        ("wed", [("Álgebra", 120, "08:00")]),
    ]
    notes = [list(d.notes) for d in result.plan.days]
    assert notes == [
        ["Inglés II (Grupo B) (instead of Inglés II (Grupo A)): 12:00–13:00"],
        [],
        ["Inglés II (Grupo B) (instead of Inglés II (Grupo A)): 10:00–12:00"],
    ]
    assert warnings(result) == [
        '7: "Inglés II (Grupo B)" is another group of "Inglés II (Grupo A)" (line 6): only the '
        "first group is read, this one is a note of its days"
    ]


def test_a_group_after_a_dash_is_a_group_too() -> None:
    result = read("de-gruppen-mit-strich.md")
    assert days(result) == [
        ("mon", [("Mathe – Gruppe 1", 120, "08:00"), ("Physik", 120, "10:00")]),
        ("tue", [("Physik", 120, "10:00")]),
        ("thu", [("Mathe – Gruppe 1", 120, "08:00")]),
    ]
    assert result.plan.days[1].notes == (
        "Mathe – Gruppe 2 (instead of Mathe – Gruppe 1): 08:00–10:00",
    )
    assert len(result.warnings) == 1


def test_groups_of_two_subjects_are_both_read() -> None:
    result = read("en-groups-of-two-subjects.md")
    assert [len(d.variants[0].blocks) for d in result.plan.days] == [2, 1, 1]
    assert warnings(result) == []


def test_a_day_s_length_over_lines_that_give_part_of_it_is_one_block() -> None:
    result = read("it-domenica-simulazione.md")
    sunday = result.plan.days[1]
    assert sunday.variants[0].hours == 2.0
    [block] = sunday.variants[0].blocks
    assert (block.title, block.min_minutes, block.max_minutes) == ("simulazione", 120, 120)
    # as on the days whose lines have no length, the checkbox stays in the item's text
    assert [i.text for i in block.items] == [
        "[ ] Simulazione orale completa, 30-40 minuti di fila",
        "[ ] I disegni degli automi",
    ]
    assert warnings(result) == [
        '8: day "simulazione" is 120 min; its lines give 30–40 min of it and some have no '
        "length: read as one block of 120 min, the lines its items"
    ]


def test_a_day_whose_every_line_has_a_length_keeps_them() -> None:
    result = read("pt-todas-as-linhas-com-duracao.md")
    assert days(result) == [("mon", [("Leitura", 30, None), ("Exercícios", 20, None)])]
    assert warnings(result) == []


def test_lines_that_fill_the_heading_s_length_stay_blocks() -> None:
    result = read("en-lines-fill-the-heading.md")
    assert days(result) == [("mon", [("Mock exam", 45, None), ("Review", 15, None)])]
    assert warnings(result) == []


def test_dated_rows_before_dated_days_are_days_of_their_own() -> None:
    result = read("fr-seances-avant-les-jours.md")
    plan = result.plan
    assert [(d.number, d.date, d.weekday) for d in plan.days] == [
        (1, dt.date(2025, 11, 19), "wed"),
        (2, dt.date(2025, 11, 26), "wed"),
        (3, dt.date(2025, 12, 2), "tue"),
        (4, dt.date(2025, 12, 3), "wed"),
    ]
    assert days(result)[:2] == [
        ("wed", [("Présentation des données", 60, "10:00")]),
        ("wed", [("Constitution des équipes", 60, "13:30")]),
    ]
    assert plan.days[0].variants[0].blocks[0].note == "En ligne"
    assert warnings(result) == []


def test_dated_rows_after_the_days_follow_them() -> None:
    result = read("nl-terugblik-na-de-dagen.md")
    assert [(d.title, d.date) for d in result.plan.days] == [
        ("Maandag 3 maart 2025", dt.date(2025, 3, 3)),
        ("Dinsdag 4 maart 2025", dt.date(2025, 3, 4)),
        ("12 maart", dt.date(2025, 3, 12)),
        ("19 maart", dt.date(2025, 3, 19)),
    ]
    assert days(result)[3] == ("wed", [("Proeftoets", 120, "10:00")])
    assert warnings(result) == []


def test_a_row_on_a_day_already_given_stays_in_no_day() -> None:
    result = read("en-row-on-a-day-already-given.md")
    assert [d.date for d in result.plan.days] == [dt.date(2025, 12, 2)]
    assert warnings(result) == [
        '7: row "2 December | 08:00-08:30 | Coffee with the mentors" is in no day: not read'
    ]


@pytest.mark.parametrize(
    ("first", "other"),
    [
        ("Anglais (groupe A)", "Anglais (groupe B)"),
        ("Inglese [Gruppo 1]", "Inglese [Gruppo 2]"),
        ("Engels groep A", "Engels groep B"),
        ("Inglês (Turma A)", "Inglês (Turma B)"),
        ("English (Group 1)", "english (group 2)"),
    ],
)
def test_groups_are_named_in_every_language(first: str, other: str) -> None:
    assert other_groups([(first, 3), ("Maths", 4), (other, 5)]) == {2: (first, 3)}


def test_the_same_group_twice_or_groups_alone_are_no_alternatives() -> None:
    assert other_groups([("Group A", 1), ("Group B", 2)]) == {}
    assert other_groups([("Lab (Group A)", 1), ("Lab (Group A)", 2)]) == {}
