"""A time-only heading over a line with its own length: the block starts then, for that length."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "time_heading_lengths"


def test_a_last_start_with_its_own_length_lasts_that_long() -> None:
    result = read_plan(PLANS / "paragraph-with-its-own-length.md")
    # "Mittagspause" is the gap between the morning and "### 14:00", never a block.
    assert pinned(result.plan, 0) == [
        ("Vorlesung Lineare Algebra", 120, "09:00"),
        ("Übungsblatt rechnen", 90, "14:00"),
    ]
    assert warnings(result) == []


def test_a_first_start_with_its_own_length_keeps_its_start() -> None:
    result = read_plan(PLANS / "first-start-with-a-length.md")
    assert pinned(result.plan, 0) == [
        ("Repaso de vocabulario", 45, "08:30"),
        ("Lectura del capítulo 5", 120, "10:00"),
    ]
    # The last start has no length of its own and no start after it: said, not guessed.
    assert warnings(result) == ['13: "12:00 Comida" has a start time but no length']


def test_starts_after_a_meal_each_with_a_length_are_titled_by_their_lines() -> None:
    result = read_plan(PLANS / "starts-each-with-a-length.md")
    # Never a block titled "14:00" that runs to 16:00, nor "16:00" warned as having no length.
    assert pinned(result.plan, 0) == [
        ("Vorlesung Statistik", 240, "09:00"),
        ("Übungsblatt rechnen", 90, "14:00"),
        ("Karteikarten", 30, "16:00"),
    ]
    assert warnings(result) == []
