"""A day's length after a clock or timer sign on a line of its own (`⏱️ 2 hours`,
`🕐 **45 min**`, `⏳ 1-1.5 hrs`, `> ⏰ 1 hour`) is the day's stated length, as `**Time:** 2 hours`
is: one block of it with the day's untimed lines as items, never a block titled by the sign."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

TIMERS = DATA / "timer_lengths"


def read(name: str) -> ReadResult:
    return read_plan(TIMERS / name)


def test_a_timer_sign_and_a_length_are_the_days_length() -> None:
    result = read("en-timer-sign-day-lengths.md")
    assert [
        (
            d.title,
            [(b.title, b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks],
            list(d.notes),
        )
        for d in result.plan.days
    ] == [
        ("The Box Model", [("The Box Model", 120, 120)], []),
        ("Flexbox", [("Flexbox", 45, 45)], []),
        ("Grid", [("Grid", 60, 90)], ["Lay out a photo gallery with named areas."]),
        ("Review", [("Quiz on the week", 30, 30), ("Rebuild one layout from memory", 40, 40)], []),
        ("Animations", [("Animations", 60, 60)], []),  # "> ⏰ 1 hour": a length, no aside
    ]
    first = result.plan.days[0].variants[0].blocks[0]
    assert [i.text for i in first.items] == [
        "Margins, borders and padding",
        "box-sizing on every element",
    ]
    assert warnings(result) == []
