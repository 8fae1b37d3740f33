"""Day headings led by a sprint, module or phase (`## Sprint 1 · Day 2 — …`, `# Module 3 – Day 2`)
are days; when the day numbers start again in the next sprint the days follow on, and a `Day 2
Checklist` inside its day stays a section of it."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLAN = DATA / "sprint_day_heads" / "one-edge-case.md"


def test_sprint_days_follow_on_through_the_plan() -> None:
    plan = read_plan(PLAN).plan
    assert [(d.number, d.title) for d in plan.days] == [
        (1, "Storage basics"),
        (2, "Storage classes"),
        (3, "Networking"),
    ]
    assert [(b[0], b[1]) for b in blocks_with_items(plan)] == [
        ("Buckets and objects", 40),
        ("Lifecycle rules", 20),
        ("Tiers and retrieval", 45),
        ("Subnets and routes", 50),
    ]
