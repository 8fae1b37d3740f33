"""A day heading with a short weekday and the day's length in one bracket (`### Day 6 (Sat -
2.5h): Café Role-Play`, `Day 7 (Sun, 90 min)`): that weekday, and one block of that length."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.paren_weekday import short_weekday
from tests.paths import DATA
from tests.reader_support import day_blocks

CASE = DATA / "weekday_length_parens" / "one-edge-case.md"


def test_a_weekday_and_a_length_in_one_bracket() -> None:
    plan = read_plan(CASE).plan
    assert day_blocks(plan) == [
        ("fri", [("Conjugation drills", 30, None), ("Short dictation", 20, None)]),
        ("sat", [("Café Role-Play", 150, None)]),
        ("sun", [("Review", 90, None)]),
    ]
    assert [d.title for d in plan.days] == ["Regular Verbs", "Café Role-Play", "Review"]


def test_the_rest_of_the_bracket_is_left_for_its_length() -> None:
    assert short_weekday("Sat - 5.5h", "") == ("sat", "5.5h", "")
    assert short_weekday("Mar - 2h", "") == (None, "Mar - 2h", "")  # "Mar" may be March
