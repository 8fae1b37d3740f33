"""Timetables counted from 00:00 are lengths in order, not blocks pinned at midnight."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "relative_times"
SAID = (
    "times counted from 00:00 are read as lengths from the session's start, not pinned at midnight"
)


def test_day_tables_of_offsets_are_unpinned_lengths() -> None:
    result = read_plan(PLANS / "pt-offsets-table.md")
    plan = result.plan
    # "Intervalo" is a pause: with no clock time it leaves no gap to keep.
    assert pinned(plan, 0) == [
        ("Abertura", 15, None),
        ("Desafio 1", 60, None),
        ("Desafio 2", 60, None),
    ]
    assert pinned(plan, 1) == [("Abertura", 10, None), ("Desafio 3", 90, None)]
    assert warnings(result) == [f"5: {SAID}", f"14: {SAID}"]


def test_a_list_of_offsets_is_read_the_same_way() -> None:
    result = read_plan(PLANS / "offsets-list.md")
    assert pinned(result.plan, 0) == [
        ("Warm-up quiz", 20, None),
        ("Guided exercise", 40, None),
        ("Review in pairs", 25, None),
    ]
    assert warnings(result) == [f"5: {SAID}"]


def test_a_day_from_midnight_stays_pinned() -> None:
    result = read_plan(PLANS / "from-midnight.md")
    assert pinned(result.plan, 0) == [
        ("Sleep", 420, "00:00"),
        ("Run", 60, "07:00"),
        ("Study", 120, "08:00"),
    ]
    assert warnings(result) == []
