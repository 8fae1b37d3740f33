"""A nap is an activity of the day, only the break words are gaps (#12)."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.blocks import is_break
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "nap_rows"


def test_a_nap_between_a_lunch_break_and_work_is_a_block() -> None:
    result = read_plan(PLANS / "nap-and-pause.md")
    assert pinned(result.plan, 0) == [("Nap", 30, "12:45"), ("Projektarbeit", 105, "13:15")]
    assert warnings(result) == []


def test_a_sieste_row_in_a_table_is_a_block_and_lunch_a_gap() -> None:
    result = read_plan(PLANS / "sieste-table.md")
    assert pinned(result.plan, 0) == [("Sieste", 135, "12:15"), ("Éveil musical", 30, "14:30")]


def test_a_siesta_line_is_a_block_and_almuerzo_a_gap() -> None:
    result = read_plan(PLANS / "siesta-list.md")
    assert [title for title, _, _ in pinned(result.plan, 0)] == [
        "Repaso de química",
        "Siesta",
        "Problemas de física",
    ]


@pytest.mark.parametrize("title", ["Nap", "Sieste", "Siesta", "Power nap"])
def test_sleep_is_no_break(title: str) -> None:
    assert not is_break(title)


@pytest.mark.parametrize("title", ["Break", "Lunch", "Pause", "Mittagspause", "Descanso"])
def test_the_break_words_are_gaps(title: str) -> None:
    assert is_break(title)
