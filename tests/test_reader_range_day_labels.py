"""Lines under a heading of several days that name their own day (`#### Days 2-3: Both Hands`
over `- **Day 2**: …`, `- **Day 3**: …`; `### Tag 1-2` over `- Tag 1: …`): each day keeps the
lines that name it and the lines that name no day, not its neighbour's."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

LABELS = DATA / "range_day_labels"


def read(name: str) -> ReadResult:
    return read_plan(LABELS / name)


def test_each_day_of_a_range_keeps_its_own_lines() -> None:
    result = read("en-day-lines-under-a-range.md")
    assert [(d.number, d.title, list(d.notes)) for d in result.plan.days] == [
        (1, "Left Hand", ["**Goal**: a s d f without looking"]),
        (2, "Both Hands", ["**Day 2**: Mix the two home rows", "Keep a log of your speed"]),
        (3, "Both Hands", ["**Day 3**: Add the g and h keys", "Keep a log of your speed"]),
    ]
    assert all(
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks]
        == [("Warm-up", 5), ("Practice", 20), ("Cool-down", 5)]
        for d in result.plan.days
    )
    assert warnings(result) == []


def test_german_day_lines_under_a_range() -> None:
    result = read("de-tageszeilen-unter-einem-bereich.md")
    assert [
        (d.number, list(d.notes), [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [
        (1, ["Tag 1: Speisekarte lesen"], [("Im Restaurant", 45)]),
        (2, ["Tag 2: Bestellen üben"], [("Im Restaurant", 45)]),
    ]
    assert warnings(result) == []
