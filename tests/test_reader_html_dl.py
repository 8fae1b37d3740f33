"""HTML definition lists of spans under weekday headings: `<dt>09:00 - 10:30</dt>` over
`<dd>Vocabulary review</dd>` is a pinned block of that day, breaks are gaps."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, day_blocks, warnings

PLANS = DATA / "html_dl"


def read(name: str) -> ReadResult:
    return read_plan(PLANS / name)


def test_each_term_and_description_is_a_pinned_block_of_its_weekday() -> None:
    result = read("en-weekday-dl-spans.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Close reading", 90, "08:30"), ("Annotation practice", 90, "10:20")]),
        ("fri", [("Discussion circle", 60, "13:00"), ("Short response", 75, "14:00")]),
    ]
    assert [d.title for d in result.plan.days] == ["Tuesday", "Friday"]
    assert warnings(result) == []


def test_a_german_lunch_break_in_the_list_is_a_gap() -> None:
    result = read("de-wochentag-dl-mittagspause.md")
    assert day_blocks(result.plan) == [
        (
            "tue",
            [
                ("Begrüßung und Überblick", 60, "09:30"),
                ("Löten üben", 90, "10:30"),
                ("Schaltungen aufbauen", 75, "12:45"),
            ],
        )
    ]
    assert warnings(result) == []


def test_terms_and_descriptions_without_end_tags_end_at_the_next_one() -> None:
    result = read("fr-dl-end-tags-left-out.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Accueil des participants", 75, "09:00"),
                ("Travaux pratiques", 105, "10:15"),
                ("Mise en commun", 90, "13:30"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_list_cut_by_blank_lines_is_read_whole() -> None:
    result = read("es-dl-cut-by-blank-lines.md")
    assert blocks_with_items(result.plan) == [
        ("Repaso de funciones", 60, "16:00", ["Aula 3"]),
        ("Ejercicios guiados", 90, "17:00", []),
        ("Preguntas abiertas", 30, "18:30", []),
    ]
    assert result.plan.days[0].weekday == "tue"
    assert warnings(result) == []


def test_spans_written_with_h_and_a_break_between_them() -> None:
    result = read("pt-dl-horas-com-h.md")
    assert day_blocks(result.plan) == [
        ("thu", [("Leitura dirigida", 90, "14:00"), ("Resumo escrito", 60, "16:00")]),
    ]


def test_a_list_inside_a_div_reads_the_same() -> None:
    assert day_blocks(read("nl-dl-in-een-div.md").plan) == [
        ("wed", [("Hoorcollege", 90, "09:00"), ("Werkgroep", 90, "10:45")]),
    ]


def test_a_glossary_of_words_stays_out() -> None:
    result = read("en-glossary-dl-stays-out.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Sampling", 90, "09:00"), ("Estimators", 60, "10:30")]),
    ]
    assert warnings(result) == []
    text = (PLANS / "en-glossary-dl-stays-out.md").read_text(encoding="utf-8")
    without = text.split("<dl>")[0]
    assert day_blocks(parse_markdown(without)) == day_blocks(result.plan)


def test_a_list_with_one_timed_term_is_no_agenda() -> None:
    text = "## Monday\n<dl>\n<dt>09:00 - 10:00</dt>\n<dd>Office hours</dd>\n</dl>\n"
    with pytest.raises(PlanError, match="no timed blocks"):
        parse_markdown(text)
