"""An HTML programme of `<time>` starts over headings, its `<article>` elements indented inside an
open `<section>` after a blank line (which Markdown takes for code) and holding more than the
start and the heading: read as the HTML it is, the lines after the heading the entry's items; an
indented HTML example after prose stays code."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items as blocks

PLANS = DATA / "nested_html_times"


def test_indented_articles_with_paragraphs_quotes_and_small_print() -> None:
    read = read_plan(PLANS / "de-eingerueckte-artikel.md")
    assert [(d.title, d.weekday) for d in read.plan.days] == [("Samstag 12. Dezember 2026", "sat")]
    # The place (with its small print) first, then the article's lines after the heading, the
    # quote and its source too; the first start runs to the next.
    assert blocks(read.plan) == [
        (
            "Märchen für Kinder Lesung",
            120,
            "16:00",
            [
                "Hof (bei Regen im Saal)",
                "Gelesen von Anna Roth.",
                "«Es war einmal …»",
                "Brüder Grimm",
            ],
        )
    ]
    assert [(w.line, w.message) for w in read.warnings] == [
        (19, '"18:00 Gedichte am Abend" has a start time but no length')
    ]


def test_indented_articles_in_a_div_with_h4_titles() -> None:
    read = read_plan(PLANS / "es-articulos-con-notas.md")
    assert [(d.title, d.weekday) for d in read.plan.days] == [
        ("Viernes 11 de diciembre de 2026", "fri")
    ]
    assert blocks(read.plan) == [
        ("Taller de escritura", 90, "17:30", ["Aula 2", "Plazas limitadas."])
    ]
    assert [(w.line, w.message) for w in read.warnings] == [
        (13, '"19:00 Recital de poesía" has a start time but no length')
    ]


def test_an_indented_html_example_after_prose_stays_code() -> None:
    read = read_plan(PLANS / "en-indented-html-example-stays-code.md")
    assert blocks(read.plan) == [
        ("Scales", 60, "18:00", []),
        ("Sight reading", 30, "19:00", []),
    ]
    assert not read.warnings
