"""Routine tables with a column of clock times per version (`| Step | Long evening (2 hours) |
Quick evening (1 hour) |`): each column a version of the day, the rows it leaves empty out."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "version_columns"


def _versions(name: str) -> list[tuple[float, list[tuple[str, int, str | None]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (v.hours, [(b.title, b.min_minutes, b.at) for b in v.blocks])
        for d in plan.days
        for v in d.variants
    ]


def test_two_time_columns_are_two_versions_of_the_evening() -> None:
    assert _versions("long-and-quick-evening.md") == [
        (1.0, [("Tidy the desk", 5, "19:00"), ("Read a chapter", 25, "19:05"),
               ("Plan tomorrow", 10, "19:30")]),
        (2.0, [("Tidy the desk", 15, "19:00"), ("Read a chapter", 45, "19:15"),
               ("Sketching", 45, "20:00"), ("Plan tomorrow", 15, "20:45")]),
    ]  # fmt: skip
    assert warnings(read_plan(PLANS / "long-and-quick-evening.md")) == []


def test_the_notes_column_stays_with_each_version() -> None:
    plan = read_plan(PLANS / "long-and-quick-evening.md").plan
    notes = [[b.note for b in v.blocks] for v in plan.days[0].variants]
    assert notes == [
        ["Clear the inbox", None, None],
        ["Clear the inbox", None, "Pencil only", None],
    ]


def test_german_versions_named_with_minutes() -> None:
    assert _versions("langer-kurzer-morgen.md") == [
        (0.5, [("Aufstehen, Wasser", 5, "06:30"), ("Dehnen", 10, "06:35"),
               ("Vokabeln", 15, "06:45")]),
        (1.0, [("Aufstehen, Wasser", 10, "06:00"), ("Dehnen", 20, "06:10"),
               ("Vokabeln", 30, "06:30")]),
    ]  # fmt: skip


def test_planned_and_actual_columns_stay_a_log() -> None:
    assert _versions("planned-actual-near-miss.md") == [
        (2.0, [("Flashcards", 30, "09:00"), ("Essay draft", 90, "10:00")]),
    ]


def test_columns_that_name_no_length_nor_version_read_as_before() -> None:
    assert _versions("group-columns-near-miss.md") == [
        (2.0, [("Titration", 60, "09:00"), ("Microscopes", 60, "10:00")]),
    ]
