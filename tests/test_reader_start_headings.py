"""A heading that opens with a start time and holds a length (`### 08:45 - Coffee and desk
setup (15 min)`, `#### **10:45 AM - Past paper questions (45 min)**`) among span headings: a
block pinned at that time and titled by what follows it."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

STARTS = DATA / "start_headings"


def test_start_headings_are_pinned_blocks_beside_span_headings() -> None:
    result = read_plan(STARTS / "one-edge-case.md")
    assert pinned(result.plan, 0) == [
        ("Coffee and desk setup", 15, "08:45"),
        ("Organic chemistry", 90, "09:00"),
        ("Past paper questions", 45, "10:45"),
    ]
    assert not result.warnings
