"""A bold part of the day with a length and a topic (`**Morning (3h): Pencil Control**`) over
lines that each start at a clock time: their session, the lines its blocks, not one block of the
label's length. Over lines without clock times it stays one block with them as items."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of

CASE = DATA / "titled_session_labels" / "one-edge-case.md"


def test_a_titled_session_label_over_clock_spans_is_their_session() -> None:
    plan = read_plan(CASE).plan
    assert [(d.title, b.title, b.min_minutes, b.at, b.session) for d, b in blocks_of(plan)] == [
        ("Lines", "Straight lines", 60, "09:00", "Morning: Pencil Control"),
        ("Lines", "Ellipses in boxes", 120, "10:00", "Morning: Pencil Control"),
        ("Lines", "Compare with yesterday", 60, "19:00", "Evening: Weekly Review"),
        ("Shading", "Values", 120, None, "Morning"),
    ]
    last = plan.days[1].variants[0].blocks[0]
    assert [i.text for i in last.items][1:] == ["Value scale, ten steps", "Shade three spheres"]
