"""MDX components with an opening and a closing tag and a time, date or length attribute
(`<Event time="08:30">` over `## Begrüßung`, `<Lezione data=… ora=…>` over `<>Title</>`): a row
each of the table their run stands for; imports, wrappers and untimed components are no plan."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

MDX = DATA / "mdx_components"


def read(name: str) -> ReadResult:
    return read_plan(MDX / name)


def blocks(result: ReadResult) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for _, b in blocks_of(result.plan)]


def test_event_starts_over_headings_end_at_the_next_start() -> None:
    result = read("de-event-starts-over-headings.md")
    assert result.plan.title == "Projekttag Robotik"
    assert blocks(result) == [
        ("Begrüßung", 15, "08:30"),
        ("Sensoren kennenlernen", 90, "08:45"),
        ("Eigener Parcours", 90, "10:15"),
    ]
    assert warnings(result) == []


def test_lecture_rows_over_several_lines_are_dated_rows() -> None:
    result = read("it-lecture-rows-with-dividers.md")
    assert [(d.date, d.weekday) for d in result.plan.days] == [
        (dt.date(2025, 3, 3), "mon"),
        (dt.date(2025, 3, 5), "wed"),
        (dt.date(2025, 3, 12), "wed"),
    ]
    assert blocks(result) == [
        ("Introduzione alle reti", 90, "10:00"),
        ("Il livello fisico", 90, "14:00"),
        ("Indirizzi IP", 90, "10:00"),
    ]
    assert result.plan.days[2].variants[0].blocks[0].note == "Esercizi"
    # the row with no time attribute ("Vacanze") stays HTML, as it is
    assert "Vacanze" not in str(result.plan)


def test_one_line_sessions_with_start_and_end() -> None:
    result = read("en-one-line-sessions.md")
    assert result.plan.title == "Revision day"
    assert blocks(result) == [
        ("Algebra drills", 90, "09:00"),
        ("Past paper, calculus", 75, "10:45"),
        ("Flash cards", 60, "13:00"),
    ]
    assert [b.note for b in result.plan.days[0].variants[0].blocks] == ["A1", "A1", "Library"]
    assert warnings(result) == []


def test_length_attributes_in_french() -> None:
    result = read("fr-duration-attributes.md")
    assert blocks(result) == [
        ("Peinture à l'eau", 45, None),
        ("Collage", 30, None),
        ("Rangement et bilan", 20, None),
    ]


def test_a_title_attribute_names_the_block_and_the_text_is_its_note() -> None:
    result = read("es-hora-attributes-with-title.md")
    assert blocks(result) == [("Matemáticas", 60, "09:00"), ("Historia", 60, "10:15")]
    notes = [b.note for b in result.plan.days[0].variants[0].blocks]
    assert notes == ["Ecuaciones de segundo grado", "La Revolución Francesa"]


def test_portuguese_start_and_end_attributes_apart() -> None:
    result = read("pt-inicio-fim.md")
    assert blocks(result) == [
        ("Matemática", 90, "08:00"),
        ("Química", 60, "10:00"),
        ("Redação", 75, "11:00"),
    ]


def test_dutch_start_times_end_at_the_closing_row() -> None:
    result = read("nl-start-times-end-row.md")
    assert blocks(result) == [
        ("Woordjes Frans", 40, "13:00"),
        ("Wiskunde hoofdstuk 4", 50, "13:40"),
        ("Samenvatting geschiedenis", 45, "14:30"),
    ]
    assert warnings(result) == []


def test_components_with_no_time_stay_as_they_are() -> None:
    result = read("en-untimed-components-stay.md")
    assert blocks(result) == [("Essay outline", 60, "14:00"), ("Vocabulary", 45, "15:15")]
    assert result.plan.days[0].notes == (
        '<Callout type="tip">Put your phone in another room.</Callout>',
    )
