"""A break written after a block's length (`45 min + 15 min break: Reading`) is no more of the
block: the block lasts its own length, the break is its note, in the seven languages."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.break_notes import break_first
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

BREAKS = DATA / "break_after_lengths"


def blocks(name: str) -> list[tuple[str, int, str | None]]:
    result = read_plan(BREAKS / name)
    assert warnings(result) == []
    return [(b.title, b.min_minutes, b.note) for _, b in blocks_of(result.plan)]


def test_the_break_and_what_follows_it() -> None:
    assert break_first("+ 15 min break: Reading") == ("15 min break", "Reading")
    assert break_first(", then 15 min break") == ("15 min break", "")
    assert break_first("+ 15 min review") is None
    assert break_first("Reading") is None


def test_a_break_before_the_title_leaves_the_title_after_it() -> None:
    assert blocks("break-before-the-title.md") == [
        ("Reading", 45, "15 min break"),
        ("Flashcards", 30, None),
    ]


def test_a_break_in_the_brackets_of_the_length() -> None:
    assert blocks("break-in-brackets.md") == [
        ("Reading", 45, "15 min break"),
        ("Problems", 50, "10 min break"),
    ]


def test_german_pause_after_the_length() -> None:
    assert blocks("pause-nach-der-laenge.md") == [
        ("Lesen", 45, "15 Min. Pause"),
        ("Vokabeln", 50, "10 Min. Pause"),
    ]


def test_spanish_descanso_and_pausa() -> None:
    assert blocks("minutos-de-descanso.md") == [
        ("Lectura", 45, "10 minutos de descanso"),
        ("Problemas", 50, "10 min pausa"),
    ]


def test_french_pause_after_plus_or_puis() -> None:
    assert blocks("minutes-de-pause.md") == [
        ("Lecture", 45, "15 min de pause"),
        ("Exercices", 50, "10 min de pause"),
    ]


def test_italian_minuti_di_pausa() -> None:
    assert blocks("minuti-di-pausa.md") == [("Lettura", 45, "15 minuti di pausa")]


def test_portuguese_minutos_de_intervalo() -> None:
    assert blocks("minutos-de-intervalo.md") == [("Leitura", 50, "10 min de intervalo")]


def test_dutch_pauze_before_the_title() -> None:
    assert blocks("minuten-pauze.md") == [("Lezen", 50, "10 min pauze")]


def test_a_sum_of_work_is_still_summed() -> None:
    assert blocks("a-sum-of-work-stays.md") == [("Mock exam", 125, None), ("Scales", 45, None)]
