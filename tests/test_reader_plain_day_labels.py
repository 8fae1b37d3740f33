"""Day labels written as a plain line of their own over the day's list (`Mon`, `Tues:`, `Day 1 –
Ownership`, `Mié:`): days, as bold labels are; a label beside day headings stays as written."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "plain_day_labels"


def _days(name: str) -> list[tuple[str | None, str, list[tuple[str, int]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (d.weekday, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_abbreviated_weekdays_as_lines_over_lists_are_days() -> None:
    assert _days("en-abbreviated-weekdays.md") == [
        ("mon", "Monday", [("Segment trees", 60), ("2 practice problems", 45)]),
        ("tue", "Tuesday", [("Tries", 90)]),
        ("wed", "Wednesday", []),
    ]


def test_numbered_day_lines_over_lists_are_days() -> None:
    assert _days("en-numbered-days.md") == [
        (None, "Ownership", [("Read chapter 4", 40), ("Borrow checker exercises", 30)]),
        (None, "Day 2", [("Structs and enums", 60)]),
    ]


def test_spanish_abbreviations_are_titled_in_full() -> None:
    assert _days("es-abbreviations.md") == [
        ("mon", "Lunes", [("Derivadas", 60)]),
        ("wed", "Miércoles", [("Integrales", 45)]),
    ]


def test_a_label_beside_day_headings_is_no_day_of_its_own() -> None:
    assert [
        d.weekday for d in read_plan(PLANS / "en-label-beside-day-headings-stays.md").plan.days
    ] == [
        "mon",
        "thu",
    ]
