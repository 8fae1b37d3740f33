"""A part of the day with its span in brackets and then its length again, with no topic
(`### Morning Block (8:00 AM - 11:00 AM) - 3 hours`, `- Morning (7:00 - 9:00) - 2 hours`): the
block is titled by the part, never by the restated length (`3 hours`); a length unlike the
span's is warned, the span counts."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

FOLDER = DATA / "span_length_restated"


def blocks(name: str) -> list[tuple[str, int, str | None, str | None, list[str]]]:
    plan = read_plan(FOLDER / name).plan
    return [
        (b.title, b.min_minutes, b.at, b.session, [i.text for i in b.items])
        for d in plan.days
        for v in d.variants
        for b in v.blocks
    ]


def test_part_headings_with_span_and_length_are_titled_by_the_part() -> None:
    assert blocks("part-headings-with-span-and-length.md") == [
        ("Morning Block", 180, "08:00", "Morning Block", ["Grammar drills", "Listening practice"]),
        ("Evening Session", 90, "18:00", "Evening Session", ["Conversation club"]),
    ]
    result = read_plan(FOLDER / "part-headings-with-span-and-length.md")
    assert warnings(result) == []


def test_part_lines_with_span_and_length_keep_the_span_and_warn_a_mismatch() -> None:
    assert blocks("part-lines-with-span-and-length.md") == [
        ("Morning", 120, "07:00", "Morning", []),
        ("Afternoon", 60, "14:00", "Afternoon", []),
    ]
    result = read_plan(FOLDER / "part-lines-with-span-and-length.md")
    assert warnings(result) == [
        '5: "2 hours" differs from the span "14:00 - 15:00"; the span counts',
    ]
