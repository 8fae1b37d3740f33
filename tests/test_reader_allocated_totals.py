"""A day's labelled total (`**Time Allocation: 3 hours**`, `**Time Investment:** 2-3 hours`,
`**Time Budget:** 90 minutes`) says how long the day is, as `**Time: 3 hours**` does: over
timed parts (`- **Morning (1.5h)**: Flat washes`) it is no block of its own that swallows them
as items; under untimed bullets it is the day's one block, titled by the day, never by the
label."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

FOLDER = DATA / "allocated_totals"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def blocks(result: ReadResult) -> list[list[tuple[str, int, int, str | None, list[str]]]]:
    return [
        [
            (b.title, b.min_minutes, b.max_minutes, b.session, [i.text for i in b.items])
            for v in d.variants
            for b in v.blocks
        ]
        for d in result.plan.days
    ]


def test_a_time_allocation_over_timed_parts_leaves_them_blocks() -> None:
    result = read("time-allocation-over-sessions.md")
    assert blocks(result) == [
        [
            ("Flat and graded washes", 90, 90, "Morning", ["one colour, then two"]),
            ("Wet-in-wet skies", 90, 90, "Afternoon", []),
        ],
        [
            ("Theory", 30, 30, None, []),
            ("Practice", 90, 90, None, ["Dry brush grass", "Lifting out clouds"]),
        ],
    ]
    assert result.plan.days[1].variants[0].blocks[0].note == "Brush shapes"
    assert warnings(result) == []


def test_a_time_investment_under_a_checklist_is_the_days_length() -> None:
    result = read("time-investment-after-checklist.md")
    assert blocks(result) == [
        [("Posts", 120, 180, None, ["[ ] Dig the holes", "[ ] Set the posts in concrete"])],
        [("Rails", 90, 90, None, ["[ ] Cut the rails to length", "[ ] Screw them to the posts"])],
    ]
    assert list(result.plan.days[0].notes) == ["**Output:** a straight row of posts"]
    assert warnings(result) == []
