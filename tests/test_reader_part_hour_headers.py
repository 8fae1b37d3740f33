"""Columns headed by a part of the day and its bare hours (`Morning (8–12)`, `Afternoon (1–5)`):
each the clock span of those hours, the afternoon's and evening's after noon."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

FOLDER = DATA / "part_hour_headers"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_bare_hours_of_a_part_of_the_day_are_its_clock_span() -> None:
    result = read("parts-with-bare-hours.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Biochem passages", 240, "08:00"),
                ("Full-length review", 240, "13:00"),
                ("Anki", 120, "19:00"),
            ],
        ),
        ("wed", [("CARS practice", 240, "08:00"), ("Physics content", 240, "13:00")]),
        ("sat", [("Full-length exam 2", 240, "08:00"), ("Exam review", 240, "13:00")]),
    ]
    sessions = [b.session for v in result.plan.days[0].variants for b in v.blocks]
    assert sessions == ["Morning", "Afternoon", "Evening"]
