"""A table column of elapsed minutes (`0–5 min`, `5–10 min`, `10–30 min`): each row lasts the
difference; two such tables with `or` between them under a heading of that length are
alternatives."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, pinned, warnings

OFFSETS = DATA / "offset_tables"


def read(name: str) -> ReadResult:
    return read_plan(OFFSETS / name)


def lengths(result: ReadResult) -> list[tuple[str, int, int]]:
    return [(b.title, b.min_minutes, b.max_minutes) for _, b in blocks_of(result.plan)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("es-elapsed-minutes-column.md", [("Suave", 5), ("Media", 7), ("Alta", 8)]),
        ("de-apostrophe-offsets.md", [("Einlaufen", 10), ("Passspiel", 15), ("Auslaufen", 5)]),
        (
            "fr-unit-before-the-range.md",
            [("Échauffement", 5), ("Gammes", 10), ("Retour au calme", 5)],
        ),
        (
            "en-bare-numbers-under-minutes-header.md",
            [("Scales", 10), ("Etude", 15), ("Piece", 15)],
        ),
    ],
)
def test_a_column_of_elapsed_minutes_gives_each_row_its_length(
    name: str, expected: list[tuple[str, int]]
) -> None:
    result = read(name)
    # The first row from 0 is no zero-length block, the others no ranges of lengths.
    assert lengths(result) == [(title, minutes, minutes) for title, minutes in expected]
    assert warnings(result) == []


def test_ranges_that_do_not_start_at_zero_stay_ranges_of_lengths() -> None:
    result = read("it-ranges-not-from-zero-stay-ranges.md")
    assert lengths(result) == [("Lettura", 20, 30), ("Esercizi", 30, 45)]


def test_two_tables_with_or_between_under_a_heading_of_their_length_are_alternatives() -> None:
    result = read("pt-two-tables-with-ou-are-alternatives.md")
    # 20 minutes of warming up, not 40: the bike table is the other way to spend them.
    assert pinned(result.plan, 0) == [
        ("Caminhada leve", 5, None),
        ("Caminhada rápida", 15, None),
        ("Alongar as pernas", 10, None),
    ]
    blocks = result.plan.days[0].variants[0].blocks
    assert [b.session for b in blocks] == ["Aquecimento", "Aquecimento", None]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == [
        '12: this table is an alternative to the one at line 5 ("Aquecimento (20 minutos)" '
        "gives the time for one of them): not read"
    ]


def test_only_a_plan_with_a_zero_that_starts_a_number_is_searched_for_offsets() -> None:
    from planexport.reader.offsets import may_offset

    for text in ("- **0-10 min**: Welcome", "| 00–05 | Intro |", "０–５分", "[0'-10']"):
        assert may_offset(text), text
    for text in ("- Block 10 (60 min)", "### Day 20 – 2–3 problems", "| 30-45 min |"):
        assert not may_offset(text), text
    # Every length whose chain could start at zero starts with such a zero.
    from planexport.reader.durations import find_duration

    for text in ("0-10 min", "00-10 min", "0h-1h", "[0'-10']"):
        found = find_duration(text)
        assert found is not None, text
        assert found.lo == 0, text
        assert may_offset(text), text
