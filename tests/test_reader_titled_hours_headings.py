"""A title that says how long the workshop is (`# Facilitator guide — 2-Hour Map Reading Workshop`,
`# 90-Minute Intro to Bread Baking`) describes what it names: it is no "N-hour plan" of its own,
so the agenda under it keeps a block per line instead of becoming one block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "titled_hours_headings"


def test_an_offset_agenda_under_a_title_with_hours_keeps_its_blocks() -> None:
    result = read_plan(PLANS / "offset-agenda-under-hours-title.md")
    assert [v.hours for d in result.plan.days for v in d.variants] == [1.83]
    assert blocks_with_items(result.plan) == [
        ("Welcome and compass check", 10, None, []),
        (
            "Contour lines",
            30,
            None,
            ["0:10–0:25 — Reading slopes", "0:25–0:40 — Drawing a profile"],
        ),
        ("Outdoor bearing course", 50, None, ["Pairs swap roles at each post"]),
        ("Debrief and questions", 20, None, []),
    ]
    assert warnings(result) == [
        "6: times counted from 00:00 are read as lengths from the session's start, "
        "not pinned at midnight"
    ]


def test_a_clock_agenda_under_a_title_with_minutes_stays_pinned() -> None:
    result = read_plan(PLANS / "clock-agenda-under-hours-title.md")
    assert blocks_with_items(result.plan) == [
        ("Flour, water, salt, yeast", 15, "18:00", []),
        ("Mixing and kneading", 30, "18:15", []),
        ("Shaping the loaves", 45, "18:45", []),
    ]
    assert warnings(result) == []
