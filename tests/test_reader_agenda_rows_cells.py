"""Agenda titles and end rows, lengths in parts of a minute, and grid cells with no class."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, dated_days

SMALL = DATA / "agenda_rows_cells"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def notes(result: ReadResult) -> list[str | None]:
    return [b.note for d in result.plan.days for v in d.variants for b in v.blocks]


def test_a_bold_title_under_a_bold_span_names_it() -> None:
    result = read("bold-span-then-bold-title-en.md")
    assert blocks_with_items(result.plan) == [
        ("Registration & Coffee", 90, "09:00", []),
        ("Keynote: Building Small Tools", 90, "10:30", []),
    ]
    assert notes(result) == ["Badges are at the front desk.", "Questions at the end."]
    assert result.warnings == ()


def test_a_bold_break_under_a_bold_span_is_a_gap() -> None:
    result = read("bold-span-then-bold-title-de.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            None,
            "Montag",
            [("Vorlesung Lineare Algebra", 90, "08:15"), ("Übung Analysis", 90, "10:00")],
        )
    ]
    assert notes(result) == ["Skript Kapitel 3 mitbringen.", None]


def test_french_hours_under_a_bold_span_keep_the_colon_of_the_title() -> None:
    result = read("bold-span-then-bold-title-fr.md")
    assert blocks_with_items(result.plan) == [
        ("Accueil des participants", 90, "09:00", []),
        ("Atelier : écrire un plan", 90, "10:30", []),
    ]


def test_a_bold_label_under_a_bold_span_is_no_title_and_no_block_prefix() -> None:
    # "**Materiales:**" is a label over its list, not a name; and "Block" is no "Bloc k".
    result = read("bold-span-then-label.md")
    [(title, minutes, at, items)] = blocks_with_items(result.plan)
    assert (title, minutes, at, items) == ("Block", 90, "10:00", ["Materiales:"])
    first = result.plan.days[0].variants[0].blocks[0]
    assert [c.text for c in first.items[0].children] == ["Cuaderno", "Lápiz"]


def test_begins_and_ends_rows_beside_a_date_and_time_column() -> None:
    result = read("begins-ends-rows-en.md")
    assert blocks_with_items(result.plan) == [
        ("Team Forming", 60, "09:00", []),
        # opened at 10:30, closed at 19:00 by its own row: the rows between run beside it
        ("Workshop Area", 510, "10:30", []),
        # no row closes it: until the next start, "JAMMING ENDS!", which is no block
        ("Playtesting Begins", 240, "14:00", []),
    ]
    assert notes(result) == ["Bring ideas", "Tools and help", None]
    assert result.warnings == ()


def test_german_beginnt_and_endet_rows_in_a_time_first_table() -> None:
    result = read("begins-ends-rows-de.md")
    assert blocks_with_items(result.plan) == [
        ("Anmeldung", 30, "09:00", []),
        ("Eröffnung", 60, "10:00", []),
        ("Hacken", 360, "11:00", []),
    ]
    assert result.warnings == ()


def test_spanish_abre_empieza_and_cierra_rows() -> None:
    result = read("begins-ends-rows-es.md")
    assert blocks_with_items(result.plan) == [
        ("Exposición", 300, "10:00", []),
        ("Votación", 90, "12:00", []),
        ("Entrega de premios", 60, "14:00", []),
    ]
    assert result.warnings == ()


def test_a_length_in_brackets_first_leaves_the_whole_line_as_the_title() -> None:
    result = read("bracket-minutes-colon-titles-de.md")
    assert blocks_with_items(result.plan) == [
        ("Einstieg: Quiz", 15, None, []),
        ("Aufgabe: Tabelle & Diagramm", 25, None, []),
        ("Abschluss", 10, None, []),  # "Pause: kurz lüften" is a break, a gap
    ]
    assert notes(result) == [None, None, None]


def test_other_colon_lines_keep_their_reading_beside_bracket_lengths() -> None:
    result = read("bracket-minutes-colon-titles-es.md")
    assert blocks_with_items(result.plan) == [
        ("Lectura: capítulo 2", 20, None, []),
        ("Debate: ¿quién ganó?", 10, None, []),
        ("Repaso", 15, None, []),  # "Repaso: 15 min": the length after the colon
        ("Ejercicios", 30, None, []),  # "30 min – Ejercicios: fichas 1 a 3": title and note
    ]
    assert notes(result) == [None, None, None, "fichas 1 a 3"]


def test_half_minutes_are_rounded_so_the_sum_stays_as_written() -> None:
    result = read("half-minutes-sum-en.md")
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Breathing", 2),
        ("Tongue twisters", 2),
        ("Pitch slides", 2),
        ("Scales", 2),
        ("Cool down", 1),
    ]
    [warning] = result.warnings
    assert warning.line == 5
    assert warning.message == (
        "lengths in parts of a minute read as whole minutes, 9 min in all (9 as written): "
        '"Breathing" 1.5 as 2 (line 5), "Tongue twisters" 2.5 as 2 (line 6), '
        '"Scales" 1.5 as 2 (line 8), "Cool down" 1.5 as 1 (line 9)'
    )


def test_a_half_minute_is_one_minute_at_least_and_the_warning_says_both_sums() -> None:
    result = read("half-minutes-sum-de.md")
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Aufwärmen", 3),
        ("Sprint", 1),
        ("Dehnen", 4),
    ]
    [warning] = result.warnings
    assert (warning.line, "8 min in all (7 as written)" in warning.message) == (5, True)


def test_a_decimal_of_metres_is_no_part_of_a_minute() -> None:
    result = read("half-minutes-not-metres.md")
    warning, height = result.warnings
    assert warning.line == 5
    assert '"Einrollen" 2.5 as 3 (line 5)' in warning.message
    assert "Sattelhöhe" not in warning.message
    # "0.95 m" is a height: a note of the day, never a block of one minute
    assert (height.line, "gives a distance (0.95 m), not a length" in height.message) == (7, True)
    assert [b.title for v in result.plan.days[0].variants for b in v.blocks] == [
        "Einrollen",
        "Sprints",
    ]


def test_hash_and_slash_cells_are_empty_and_struck_cells_are_called_off() -> None:
    result = read("hash-and-struck-cells-md.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            dt.date(2026, 8, 3),
            "03.08.2026",
            [("Begrüßung", 90, "09:00"), ("Programmieren", 90, "11:00"), ("Tutorium", 60, "14:00")],
        ),
        (
            None,
            "wed",
            dt.date(2026, 8, 5),
            "05.08.2026",
            [("Statistik", 90, "09:00"), ("Tutorium", 60, "14:00")],
        ),
    ]
    assert [(w.line, w.message) for w in result.warnings] == [
        (6, '"Datenbanken" is struck out: not read'),
        (6, '"Netzwerke" is struck out: not read'),
    ]


def test_an_html_grid_cell_struck_whole_is_called_off_and_part_struck_is_kept() -> None:
    result = read("hash-and-struck-cells-html.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            dt.date(2026, 9, 7),
            "07/09/2026",
            [
                ("Apertura", 60, "09:00"),
                ("Curso A", 90, "10:30"),
                ("Taller viejo nuevo", 60, "12:00"),
            ],
        ),
        (None, "tue", dt.date(2026, 9, 8), "08/09/2026", [("Curso C", 60, "12:00")]),
    ]
    assert [(w.line, w.message) for w in result.warnings] == [
        (6, '"Curso B" is struck out: not read')
    ]
