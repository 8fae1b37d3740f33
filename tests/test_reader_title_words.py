"""Titles as a person writes them: no space left before a comma where a span was taken out
(`Permanence 14h-16h, salle B`), a span-only line titled by the heading over it (`### Deep work`
over `- 9:00-10:30`), and no article before what an amount phrase is an amount of (`Spend 20
minutes on the flashcards`: `Flashcards`), where the author's own titles keep theirs."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

FOLDER = DATA / "title_words"


def _read(name: str) -> list[tuple[str, int, str | None]]:
    result = read_plan(FOLDER / name)
    assert not result.warnings
    return [(title, minutes, at) for title, minutes, at, _ in blocks_with_items(result.plan)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "fr-comma-after-span.md",
            [("Permanence, salle B", 120, "14:00"), ("Tutorat, amphi C", 60, "16:30")],
        ),
        (
            "de-comma-after-span.md",
            [("Sprechstunde, Raum 204", 60, "10:00"), ("Übung, Hörsaal 2", 90, "13:00")],
        ),
    ],
)
def test_no_space_is_left_before_a_comma_after_a_span(
    name: str, expected: list[tuple[str, int, str | None]]
) -> None:
    assert _read(name) == expected


def test_span_only_lines_take_the_title_of_their_heading() -> None:
    assert _read("en-heading-over-span-only-lines.md") == [
        ("Deep work", 90, "09:00"),
        ("Deep work", 60, "14:00"),
        ("Email", 30, "15:30"),
    ]


def test_a_span_only_paragraph_takes_the_title_of_its_heading() -> None:
    assert _read("es-heading-over-span-only-paragraph.md") == [
        ("Laboratorio de química", 120, "10:00")
    ]


def test_a_heading_over_titled_lines_too_leaves_the_span_only_line_a_block() -> None:
    assert _read("en-schedule-heading-keeps-block.md") == [
        ("Block", 60, "09:00"),
        ("Statistics", 60, "10:00"),
    ]


def test_an_amount_phrase_loses_its_article_and_a_written_title_keeps_it() -> None:
    assert _read("en-amount-articles.md") == [
        ("Flashcards", 20, None),
        ("Quiz", 10, None),
        ("reading", 30, None),
        ("the flashcards", 20, None),  # after a colon: the author's title
        ("The Odyssey", 30, None),
    ]


def test_amount_phrases_lose_their_articles_in_the_other_languages() -> None:
    assert _read("other-amount-articles.md") == [
        ("Übungen", 15, None),
        ("Lectura", 20, None),
        ("Échauffement", 20, None),
        ("Esercizi", 10, None),
        ("Exercícios", 20, None),
        ("Huiswerk", 20, None),
        ("El Quijote", 45, None),
    ]
