"""Days written one a line: `Day 1 — Topic: part (2h), part (1h)` in a paragraph, bold or a list."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

DAYS = DATA / "one_line_days"


def read(name: str) -> ReadResult:
    return read_plan(DAYS / name)


def blocks(result: ReadResult) -> list[tuple[int, str, list[tuple[str, int]]]]:
    return [
        (d.number, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_a_paragraph_of_day_lines_is_a_day_a_line_with_a_block_a_length() -> None:
    result = read("plain-day-lines.md")
    assert blocks(result) == [
        (1, "Graphs", [("BFS drills", 90), ("2 exercises", 45)]),
        (2, "Trees", [("theory", 40), ("practice", 60)]),
        (3, "Rest", []),
        (4, "Heaps", [("Heaps", 120)]),
    ]
    assert warnings(result) == []


def test_day_lines_each_in_a_paragraph_of_its_own_are_days_too() -> None:
    result = read("day-lines-own-paragraphs.md")
    assert blocks(result) == [
        (1, "Verbos", [("teoría", 30), ("ejercicios", 45)]),
        (2, "Descanso", []),
        (3, "Vocabulario", [("Vocabulario", 60)]),
    ]


def test_a_bold_day_label_before_its_content_gives_the_day_its_block() -> None:
    result = read("bold-day-lines.md")
    assert blocks(result) == [
        (1, "Lecture", [("Lecture", 60)]),
        (2, "Écriture", [("Écriture", 45)]),
        (3, "Repos", []),
    ]
    assert result.plan.days[2].notes == ()


def test_numbered_bold_day_items_give_a_block_per_length() -> None:
    result = read("numbered-bold-day-lines.md")
    assert blocks(result) == [
        (1, "Grammatica, Lessico", [("Grammatica", 60), ("Lessico", 30)]),
        (2, "Ascolto", [("Ascolto", 40)]),
    ]


def test_bulleted_day_lines_take_the_topic_as_the_day_title() -> None:
    result = read("bulleted-day-lines.md")
    assert blocks(result) == [
        (1, "Breuken", [("theorie", 40), ("oefeningen", 60)]),
        (2, "Procenten", [("Procenten", 60)]),
        (3, "Rust", []),
    ]


def test_weekday_items_with_several_lengths_give_a_block_each_and_a_clean_title() -> None:
    result = read("weekday-lines.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "Leitura, Escrita"),
        ("tue", "Álgebra, revisão"),
        ("wed", "descanso"),
    ]
    assert [
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in result.plan.days
    ] == [
        [("Leitura", 60), ("Escrita", 30)],
        [("Álgebra", 120), ("revisão", 30)],
        [],
    ]


def test_a_unit_abbreviated_with_a_full_stop_is_the_days_length() -> None:
    result = read("day-line-abbreviations.md")
    assert blocks(result) == [
        (1, "Atombau", [("Atombau", 120)]),
        (2, "Bindungen", [("Bindungen", 90)]),
        (3, "Wiederholung", [("Wiederholung", 45)]),
    ]


def test_a_bold_day_label_over_bullets_is_one_block_with_the_bullets_as_items() -> None:
    result = read("day-lines-over-bullets.md")
    assert blocks(result) == [(1, "Arrays", [("Arrays", 120)]), (2, "Strings", [("Strings", 60)])]
    (block,) = result.plan.days[0].variants[0].blocks
    assert [item.text for item in block.items] == ["two pointers", "sliding window"]


def test_a_day_line_that_is_a_sentence_gives_no_block() -> None:
    result = read("day-line-sentence.md")
    assert blocks(result) == [
        (1, "We read slowly and for about 2 hours each evening", []),
        (2, "Chapter 3", [("Chapter 3", 60)]),
    ]


def test_plain_weekday_lines_give_the_weekday_its_blocks() -> None:
    result = read("plain-weekday-lines.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "Álgebra"),
        ("tue", "Lectura, Escritura"),
        ("wed", "descanso"),
    ]
    assert [
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in result.plan.days
    ] == [[("Álgebra", 60)], [("Lectura", 45), ("Escritura", 30)], []]


def test_weekday_bullets_with_a_dash_are_days_with_their_blocks() -> None:
    result = read("weekday-dash-items.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("mon", "Romans"),
        ("tue", "Gedichten, Essays"),
        ("wed", "rust"),
    ]
    assert [
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in result.plan.days
    ] == [[("Romans", 120)], [("Gedichten", 60), ("Essays", 30)], []]
