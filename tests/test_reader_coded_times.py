"""Times, spans and lengths in code spans (`` - `09:00-10:00` Alpha ``): the backticks are
markup, so the title is `Alpha`, in lists, paragraphs and table cells."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.coded_times import uncoded_times
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "coded_times"


def test_a_span_or_a_length_in_backticks_leaves_no_backticks_in_a_list_title() -> None:
    result = read_plan(PLANS / "en-list-spans.md")
    assert pinned(result.plan, 0) == [
        ("Linear algebra", 90, "08:30"),
        ("Proof practice", 45, "10:15"),
        ("Past paper", 90, "11:00"),
        ("Read `__slots__` docs", 45, "12:30"),  # code that is no time stays
    ]
    assert warnings(result) == []


def test_a_span_in_backticks_starts_a_paragraph_block() -> None:
    result = read_plan(PLANS / "de-paragraph-spans.md")
    assert pinned(result.plan, 0) == [("Vokabeln", 90, "09:00"), ("Grammatik", 60, "11:00")]
    assert warnings(result) == []


def test_a_span_in_backticks_in_a_table_cell_is_the_row_s_time() -> None:
    result = read_plan(PLANS / "es-table-cells.md")
    assert pinned(result.plan, 0) == [
        ("Química orgánica", 90, "16:00"),
        ("Lectura", 45, "18:00"),
    ]
    assert warnings(result) == []


def test_start_times_and_a_length_in_backticks() -> None:
    result = read_plan(PLANS / "nl-start-times.md")
    assert pinned(result.plan, 0) == [
        ("Statistiek", 90, "09:00"),
        ("Scriptie", 90, "10:30"),
        ("Afronden", 30, "12:00"),
    ]
    assert warnings(result) == []


def test_code_that_is_no_time_stays_in_the_title() -> None:
    result = read_plan(PLANS / "fr-code-kept.md")
    assert pinned(result.plan, 0) == [
        ("Réviser `01-intro.md`", 60, "14:00"),
        ("Lire `man 3 printf`", 60, "15:00"),
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("`09:00-10:00` Alpha", "09:00-10:00 Alpha"),
        ("``10:00`` Beta", "10:00 Beta"),
        ("Gamma `45 min`", "Gamma 45 min"),
        ("`14h-16h` Cours", "14h-16h Cours"),
        ("`01-modes.md`", "`01-modes.md`"),
        ("`2024` release", "`2024` release"),
        ("Run `sleep 10`", "Run `sleep 10`"),
    ],
)
def test_only_code_spans_that_hold_a_time_lose_their_backticks(text: str, read: str) -> None:
    assert uncoded_times(text) == read
