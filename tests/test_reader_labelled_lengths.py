"""Headings over a list whose length is given on a labelled line (`- Duration: 1 hour`)."""

from __future__ import annotations

import pytest

from planexport.model import Block, Plan
from planexport.reader import ReadResult, parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

SMALL = DATA / "labelled_lengths"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def blocks(plan: Plan) -> list[Block]:
    return [b for d in plan.days for v in d.variants for b in v.blocks]


def titled(plan: Plan) -> list[tuple[str, int, int]]:
    """Each block's title and its shortest and longest minutes."""
    return [(b.title, b.min_minutes, b.max_minutes) for b in blocks(plan)]


def test_a_heading_names_the_block_and_the_rest_of_the_length_line_is_its_note() -> None:
    result = read("heading-duration-note-en.md")
    assert titled(result.plan) == [("Reading", 60, 60), ("Flashcards", 20, 20)]
    reading, cards = blocks(result.plan)
    assert reading.note == "after lunch"
    assert [i.text for i in reading.items] == ["Chapter 3 and 4"]
    assert cards.note is None
    assert [i.text for i in cards.items] == ['Deck "Cells"']
    assert warnings(result) == []


def test_a_portuguese_heading_over_its_duracao() -> None:
    plan = read("heading-duracao-pt.md").plan
    assert titled(plan) == [("Corrida", 30, 30)]
    assert [d.weekday for d in plan.days] == ["mon"]
    assert [i.text for i in blocks(plan)[0].items] == ["Ritmo leve, na praia"]


def test_a_bold_line_over_a_bold_dauer_after_its_items() -> None:
    plan = read("bold-line-dauer-de.md").plan
    assert titled(plan) == [("Vokabeln", 45, 45)]
    block = blocks(plan)[0]
    assert block.note == "vor dem Abendessen"
    assert [i.text for i in block.items] == ["Wortliste Kapitel 5"]


def test_a_two_word_label_and_a_length_in_hours_and_minutes() -> None:
    plan = read("heading-duracion-total-es.md").plan
    assert titled(plan) == [("Repaso de álgebra", 90, 90)]
    assert [i.text for i in blocks(plan)[0].items] == ["Ejercicios 1 a 12", "Corregir con la guía"]


def test_a_range_on_the_last_line_is_the_block_range() -> None:
    plan = read("heading-duree-range-fr.md").plan
    assert titled(plan) == [("Dissertation", 120, 180)]
    assert [i.text for i in blocks(plan)[0].items] == ["Sujet : la mémoire"]


def test_several_labelled_lengths_under_one_heading_read_as_before() -> None:
    plan = read("heading-several-lengths-it.md").plan
    assert "Storia" not in [b.title for b in blocks(plan)]


def test_a_heading_with_a_length_of_its_own_reads_as_before() -> None:
    plan = read("heading-own-length-nl.md").plan
    assert "Lezen" not in [b.title for b in blocks(plan)]
    assert [b.min_minutes for b in blocks(plan)] == [30]


def test_a_part_of_the_day_is_no_title() -> None:
    plan = read("session-heading-time-en.md").plan
    assert titled(plan) == [("Review notes", 120, 120)]


@pytest.mark.parametrize(
    ("label", "length"),
    [
        ("Duration", "25 minutes"),
        ("TIME", "25 min"),
        ("Length", "25 minutes"),
        ("Dauer", "25 Minuten"),
        ("Zeit", "25 Minuten"),
        ("Duración", "25 minutos"),
        ("Tiempo", "25 minutos"),
        ("Durée", "25 minutes"),
        ("Temps", "25 minutes"),
        ("Durata", "25 minuti"),
        ("Tempo", "25 minuti"),
        ("Duração", "25 minutos"),
        ("Duur", "25 minuten"),
        ("Tijd", "25 minuten"),
    ],
)
def test_length_labels_in_seven_languages(label: str, length: str) -> None:
    plan = parse_markdown(f"# P\n\n## Monday\n\n### Essay\n- {label}: {length}\n- Outline\n")
    assert titled(plan) == [("Essay", 25, 25)]
    assert [i.text for i in blocks(plan)[0].items] == ["Outline"]


def test_a_week_heading_is_no_title() -> None:
    plan = parse_markdown("# P\n\n## Monday\n\n### Week 2\n- Duration: 1 hour\n- Outline\n")
    assert "Week 2" not in [b.title for b in blocks(plan)]


def test_an_evening_hour_after_temps_is_no_length() -> None:
    text = "# P\n\n## Lundi\n\n### Essai\n- Temps : 20h\n- Plan (30 min)\n"
    assert "Essai" not in [b.title for b in blocks(parse_markdown(text))]
