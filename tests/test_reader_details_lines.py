"""A list item's second line of `Key: value` details that holds its length (`_Level: Easy ·
Time: 15 mins · Topic: Arrays_`): the length of the item, the rest its note, the title whole."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "details_lines"


def _read(name: str) -> list[tuple[str, int, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.min_minutes, b.note) for _, b in blocks_of(plan)]


def test_an_italic_details_line_after_a_hard_break_gives_the_length() -> None:
    assert _read("en-hard-break-italic.md") == [
        ("Breadth-First Search", 25, "Level: Medium · Topic: Graphs"),
        ("Merge Intervals", 30, "Level: Medium · Topic: Sorting"),
        ("Climbing Stairs", 10, "Level: Easy · Topic: Dynamic Programming"),
    ]
    assert warnings(read_plan(PLANS / "en-hard-break-italic.md")) == []


def test_a_plain_details_line_with_bars_and_an_estimated_time() -> None:
    assert _read("en-bars-no-break.md") == [
        ("Binary heaps", 40, "Topic: Trees | Source: CLRS chapter 6"),
        ("Hash tables", 60, "Topic: Hashing | Source: lecture notes"),
    ]


def test_german_details_with_commas_after_a_backslash_break() -> None:
    assert _read("de-commas-backslash.md") == [
        ("Bruchrechnen", 30, "Niveau: leicht, Buch: Seite 12"),
        ("Prozentrechnung", 45, "Niveau: mittel, Buch: Seite 20"),
    ]


def test_spanish_bold_details_under_a_numbered_item() -> None:
    assert _read("es-bold-details.md") == [
        ("Lectura del capítulo 2", 45, "Tema: Historia"),
        ("Resumen de la lectura", 20, "Tema: Historia"),
    ]


def test_a_title_with_its_own_length_and_a_sentence_stay_as_written() -> None:
    assert _read("details-near-miss.md") == [
        ("Two pointers", 20, "Level: Easy · Time: 15 mins"),
        ("Sliding window", 30, "Try the easy ones first: then the hard ones"),
        ("Prefix sums", 25, None),
    ]
