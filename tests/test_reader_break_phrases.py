"""A break word that opens a longer phrase (`Pausa para el café`) still names a break."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

PLANS = DATA / "break_phrases"


def test_a_break_for_something_is_a_gap_and_break_down_is_work() -> None:
    plan = read_plan(PLANS / "pausa-para.md").plan
    assert pinned(plan, 0) == [
        ("Conceptos", 90, "09:00"),
        ("Práctica", 60, "11:00"),
        ("Break down the problem", 45, "12:15"),
    ]
