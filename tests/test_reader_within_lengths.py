"""A length the work is done within (`Write a letter in 20 minutes`, `Leer el texto en 15
minutos`, `Do all parts within 25 minutes`): the word before the length is the length's, not
the end of the title; a verb's own word stays (`Check in 5 min`)."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.joining_words import before_length
from tests.paths import DATA

WITHIN = DATA / "within_lengths"


def read(name: str) -> ReadResult:
    return read_plan(WITHIN / name)


def blocks(result: ReadResult) -> list[list[tuple[str, int]]]:
    return [
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in result.plan.days
    ]


def test_the_word_before_the_length_leaves_the_title() -> None:
    assert blocks(read("one-edge-case.md")) == [
        [
            ("Write a short complaint letter", 20),
            ("Leer el texto del examen", 15),
            ("Eine kurze E-Mail", 10),
            ("Check in", 5),
        ],
        [("Do all listening parts", 25), ("Résumer l'article", 30)],
    ]


def test_a_phrasal_verb_or_a_lone_word_keeps_it() -> None:
    assert before_length("Log in ") == "Log in "
    assert before_length("Team check in ") == "Team check in "
    assert before_length("In ") == "In "
    assert before_length("Lees de tekst binnen ") == "Lees de tekst "
    assert before_length("Ler o texto em ") == "Ler o texto "
