"""Lengths joined by a conjunction in one line: a block each when each part has its title and
length (`20 min reading + 10 min quiz`), else one activity of their sum (`30 minutos de lectura y
15 de repaso`)."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

JOINED = DATA / "joined_lengths"


def read(name: str) -> ReadResult:
    return read_plan(JOINED / name)


def test_lengths_joined_by_a_conjunction_make_a_block_each_or_one_of_their_sum() -> None:
    result = read("joined-lines.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes, b.max_minutes) for v in day.variants for b in v.blocks] == [
        ("reading", 20, 20),
        ("quiz", 10, 10),
        ("lecture", 25, 25),
        ("exercices", 10, 10),
        ("lectura y 15 de repaso", 45, 45),  # "de" joins the length to its activity
        ("Reading", 20, 30),
        ("Problem set", 30, 30),
        ("cycling or 30 min running", 45, 45),
    ]
    assert warnings(result) == []


def test_a_weekday_line_of_two_joined_lengths_is_a_block_each() -> None:
    result = read("joined-weekdays.md")
    assert [
        (d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [
        ("mon", [("Dehnen", 15), ("Krafttraining", 20)]),
        ("wed", [("laufen mit jeweils 1 Minute Gehpause (5 × 2 Minuten)", 10)]),
        ("fri", [("Radfahren", 30)]),
    ]
