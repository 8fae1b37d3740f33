"""A heading of a weekday range led by an emoji (`# 🌙 Monday to Wednesday - Night Shift Study`):
each of those days is titled by what follows the range, as without the emoji."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.range_sessions import range_title
from tests.paths import DATA
from tests.reader_support import days, pinned

EMOJI = DATA / "emoji_range_titles"


def test_the_emoji_and_the_range_leave_the_title() -> None:
    plan = read_plan(EMOJI / "one-edge-case.md").plan
    assert days(plan) == [
        ("mon", None, "Night Shift Study"),
        ("tue", None, "Night Shift Study"),
        ("wed", None, "Night Shift Study"),
    ]
    assert pinned(plan, 2) == [
        ("Anatomy flashcards", 45, "22:00"),
        ("Pharmacology questions", 45, "22:45"),
    ]


def test_range_titles_with_and_without_a_leading_mark() -> None:
    week = ["mon", "tue", "wed"]
    assert range_title("🌙 Monday to Wednesday - Night Shift Study", week) == "Night Shift Study"
    assert range_title("Monday to Wednesday: Labs", week) == "Labs"
    assert range_title("⏰ Mon–Wed: 2 hours/day", week) == "Mon–Wed"
    assert range_title("🌙 Night Shift", week) == "🌙 Night Shift"
