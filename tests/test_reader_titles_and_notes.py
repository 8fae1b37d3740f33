"""Titles and notes as their authors wrote them: a length in the middle of an instruction titled
by what it is an amount of (`Do 10–15 minutes of warm-up` is `Warm-up`); a note keeps the hours
it says in words (`von 14 bis 16 Uhr`), which only the reading takes as a span; a footnote
(`[^1]: Only in even weeks`) is a note of the day where its mark is used, shown as its text; a
dated row's room (`| Aula |`) is where its block is, not its title."""

from __future__ import annotations

import pytest

from planexport.model import Plan
from planexport.reader import read_plan
from planexport.reader.amount_titles import amount_title
from planexport.reader.footnote_marks import Footnotes, drop_footnote_marks
from planexport.reader.hour_phrases import Rewrite, as_written, hour_phrases
from planexport.reader.outline import outline
from planexport.reader.room_columns import section_title
from tests.paths import DATA
from tests.reader_support import blocks_of

PLANS = DATA / "titles_and_notes"


def blocks(plan: Plan) -> list[tuple[str, int, int, str | None]]:
    return [(b.title, b.min_minutes, b.max_minutes, b.note) for _, b in blocks_of(plan)]


def test_a_do_verb_before_an_amount_gives_the_title_to_what_follows() -> None:
    result = read_plan(PLANS / "do-verb-before-an-amount.md")
    assert blocks(result.plan) == [
        ("Warm-up", 10, 15, None),
        ("Squats and lunges", 30, 30, None),
        ("Mobility drills", 20, 20, "slowly"),
        ("Cooldown", 5, 5, "easy stretching"),  # a title before its length, as before
        ("Quiet reading", 25, 25, None),
        ("Spend", 15, 15, "a day"),  # how often, not what: as before
    ]
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "haz-minutos-de-calentamiento.md",
            [
                ("Calentamiento", 10, 10, None),
                ("Press de banca", 25, 25, None),
                ("Estiramientos suaves", 15, 15, "hombros y espalda"),
            ],
        ),
        (
            "mach-minuten-aufwaermen.md",
            [
                ("Aufwärmen", 10, 10, None),
                ("Lauf-ABC", 20, 20, None),
                ("Dehnübungen", 10, 10, None),
            ],
        ),
        (
            "faire-minutes-d-echauffement.md",
            [
                ("Échauffement", 10, 10, None),
                ("Crawl continu", 30, 30, None),
                ("Récupération", 5, 5, "sans palmes"),
            ],
        ),
        (
            "fai-faca-doe-minuti-minutos-minuten.md",
            [
                ("Riscaldamento", 10, 10, None),
                ("Affondi", 20, 20, None),
                ("Aquecimento", 10, 10, None),
                ("Flexões", 15, 15, None),
                ("Warming-up", 10, 10, None),
                ("Rekoefeningen", 5, 5, None),
                ("Planken", 10, 10, None),
            ],
        ),
    ],
)
def test_the_amount_titles_the_block_in_other_languages(
    name: str, expected: list[tuple[str, int, int, str | None]]
) -> None:
    result = read_plan(PLANS / name)
    assert blocks(result.plan) == expected
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Do ", " of warm-up", ("Warm-up", "")),
        ("Haz ", " de calentamiento", ("Calentamiento", "")),
        ("Mach ", " Aufwärmen", ("Aufwärmen", "")),
        ("Faire ", " d'échauffement", ("Échauffement", "")),
        ("Do ", " of yoga, slowly", ("Yoga", "slowly")),
        ("Read ", " of chapter 2", ("Read chapter 2", "")),  # a verb that says what is done
        ("Read ", " chapter 2", None),  # no "of": the words after the length read as before
        ("Cooldown ", " easy stretching", None),
        ("Do ", "", None),
        ("Spend ", " per day", None),
        ("Do ", " of 5 min sprints", None),
    ],
)
def test_amount_title(before: str, after: str, expected: tuple[str, str] | None) -> None:
    assert amount_title(before, after) == expected


def notes(plan: Plan) -> list[tuple[str, tuple[str, ...]]]:
    return [(d.title, d.notes) for d in plan.days]


def test_a_note_keeps_its_hours_in_words_while_the_block_beside_it_is_a_span() -> None:
    result = read_plan(PLANS / "note-keeps-von-bis-uhr.md")
    assert notes(result.plan) == [
        ("Montag", ("Sprechstunde von 14 bis 16 Uhr im Raum 3.",)),
        ("Dienstag", ()),
    ]
    assert [(b.title, b.min_minutes, b.at) for b in result.plan.days[0].variants[0].blocks] == [
        ("Vorlesung Regression", 90, "09:00"),
        ("Übungsblatt 3", 120, "14:00"),
    ]
    assert result.warnings == ()


def test_a_note_keeps_hours_in_words_that_start_its_second_line() -> None:
    result = read_plan(PLANS / "note-keeps-hours-across-lines.md")
    assert notes(result.plan) == [
        (
            "Lundi",
            ("Le secrétariat de la faculté reste ouvert de 9 à 12 heures, le mardi compris.",),
        )
    ]
    assert result.warnings == ()


def test_a_note_keeps_hours_in_words_beside_emphasis() -> None:
    result = read_plan(PLANS / "note-keeps-emphasis-and-van-tot-uur.md")
    assert notes(result.plan) == [
        ("Woensdag", ("De **bibliotheek** van 9 tot 17 uur open; neem je pas mee.",)),
        ("Jueves", ("*Tutoría* de 16 a 18 horas en el aula 2.",)),
    ]
    assert result.warnings == ()


def test_a_span_the_author_wrote_stays_in_a_note() -> None:
    written: list[Rewrite] = []
    text = "Kurs von 9 bis 11 Uhr Mathe\nBüro 09:00-11:00 offen\nvon 9 bis 11 Uhr"
    assert hour_phrases(text, written) == (
        "Kurs 09:00-11:00 Mathe\nBüro 09:00-11:00 offen\n09:00-11:00"
    )
    assert as_written("Büro 09:00-11:00 offen", written) == "Büro 09:00-11:00 offen"
    assert as_written("Kurs 09:00-11:00 Mathe", written) == "Kurs von 9 bis 11 Uhr Mathe"
    assert as_written("offen 09:00-11:00", written) == "offen von 9 bis 11 Uhr"


def test_a_footnote_is_a_note_of_the_day_its_mark_is_in() -> None:
    result = read_plan(PLANS / "footnote-of-the-day-its-mark-is-in.md")
    assert notes(result.plan) == [
        ("Proofs", ("Only in even weeks",)),
        ("Graphs", ()),
        ("Review", ()),  # written under this day, but its mark is in Day 1
    ]
    assert result.plan.days[0].variants[0].blocks[0].title == "Induction drills"
    assert result.warnings == ()


def test_a_footnote_whose_mark_is_in_two_days_is_a_note_of_both() -> None:
    result = read_plan(PLANS / "nota-en-dos-dias.md")
    assert notes(result.plan) == [
        ("Lunes", ("Llevar la bata del laboratorio.",)),
        ("Martes", ()),
        ("Jueves", ("Llevar la bata del laboratorio.",)),
    ]
    assert result.warnings == ()


def test_a_footnote_without_a_mark_is_a_note_of_the_day_it_is_written_in() -> None:
    result = read_plan(PLANS / "fussnote-ohne-zeichen.md")
    assert notes(result.plan) == [
        ("Montag", ()),
        ("Mittwoch", ("Am Feiertag fällt die Einheit aus.",)),
    ]


def test_a_footnote_on_a_day_heading_and_its_second_line() -> None:
    result = read_plan(PLANS / "note-de-bas-de-page-sur-deux-lignes.md")
    assert notes(result.plan) == [
        ("Mardi", ("Salle B12 au premier étage, sauf la semaine des partiels.",)),
        ("Jeudi", ()),
    ]
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "voetnoot-bij-een-rustdag.md",  # the mark in the heading of a day with no blocks
            [
                ("Maandag", ()),
                ("Dinsdag", ("Rustdag.", "Tenzij het tentamen verschuift.")),
                ("Woensdag", ()),
            ],
        ),
        (
            "nota-escrita-num-dia-de-descanso.md",  # written under it, its mark nowhere
            [
                ("Segunda", ()),
                ("Terça", ("Descanso.", "Se houver aula extra, rever o capítulo 2.")),
                ("Quarta", ()),
            ],
        ),
    ],
)
def test_a_footnote_of_a_day_with_no_blocks_is_its_note(
    name: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    result = read_plan(PLANS / name)
    assert notes(result.plan) == expected
    assert result.warnings == ()


def test_footnotes_are_taken_out_with_the_lines_of_their_marks() -> None:
    found = Footnotes()
    text = "- 9:00[^1] - 11:00 Lezione [^n]\n\n[^1]: dopo le 9\n```\n[^2]: codice\n```"
    kept = "- 9:00 - 11:00 Lezione\n\n\n```\n[^2]: codice\n```"
    assert drop_footnote_marks(text, found) == kept
    assert found.texts == {"1": (3, "dopo le 9")}
    assert found.uses == {"1": [1], "n": [1]}


def dated(plan: Plan) -> list[tuple[str, str, int, str | None, str | None]]:
    return [(str(d.date), b.title, b.min_minutes, b.at, b.note) for d, b in blocks_of(plan)]


def test_rooms_under_a_heading_are_notes_and_the_heading_titles_the_rows() -> None:
    result = read_plan(PLANS / "aula-e-ore-sotto-il-titolo.md")
    assert dated(result.plan) == [
        ("2024-11-06", "Laboratorio", 180, "14:00", "LC2"),
        ("2024-11-13", "Laboratorio", 180, "14:00", "LC2"),
        ("2024-11-20", "Laboratorio", 120, "14:00", "LC3"),
    ]
    assert [d.notes for d in result.plan.days] == [(), (), ()]  # the hours are no notes
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            9,
            'row "2024-11-20" counts 3 hours ("Ore"), but its span is 120 min: read as the span',
        )
    ]


def test_a_caption_line_titles_the_rows_of_a_room_table() -> None:
    result = read_plan(PLANS / "room-under-a-caption-line.md")
    assert dated(result.plan) == [
        ("2025-03-04", "Lab sessions", 120, "09:00", "B-210"),
        ("2025-03-18", "Lab sessions", 120, "09:00", "B-214"),
    ]
    assert result.warnings == ()


def test_a_german_room_and_hours_table() -> None:
    result = read_plan(PLANS / "raum-und-stunden.md")
    assert dated(result.plan) == [
        ("2025-10-07", "Praktikum", 180, "13:00", "E 1.04"),
        ("2025-10-14", "Praktikum", 120, "13:00", "E 1.06"),
    ]
    assert result.warnings == ()


def test_a_room_table_with_no_heading_is_titled_block() -> None:
    result = read_plan(PLANS / "salle-sans-titre.md")
    assert dated(result.plan) == [
        ("2025-02-03", "Block", 120, "08:30", "A12"),
        ("2025-02-10", "Block", 120, "08:30", "A14"),
    ]


def test_a_row_s_own_words_title_it_and_its_room_is_the_block_s_note() -> None:
    result = read_plan(PLANS / "sala-con-asignatura.md")
    assert dated(result.plan) == [
        ("2025-01-09", "Redes", 120, "10:00", "S3"),
        ("2025-01-16", "Sistemas operativos", 120, "10:00", "S4"),
    ]
    assert [d.notes for d in result.plan.days] == [(), ()]


def test_section_title_is_the_caption_line_else_the_nearest_heading() -> None:
    nodes = outline("# Plan\n\n## Labs\n\nSome words.\n\n| Date | Room |\n|---|---|\n| 1 | 2 |")
    assert section_title((nodes, len(nodes) - 1)) == "Labs"
    nodes = outline("## Labs\n\n**Lab dates:**\n\n| Date | Room |\n|---|---|\n| 1 | 2 |")
    assert section_title((nodes, len(nodes) - 1)) == "Lab dates"
    assert section_title(None) is None
