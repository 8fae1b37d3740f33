"""Day headings whose length stands in brackets before a colon and what the day covers:
`### Day 3 – S3 (2h): buckets, storage classes` is a 2-hour day titled `S3: buckets, storage
classes`; a bracket that holds no length (`(Part 2)`) stays in the title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, pinned, warnings

PLANS = DATA / "colon_day_lengths"


def test_untimed_lines_under_a_bracket_length_make_one_block_of_it() -> None:
    result = read_plan(PLANS / "length-then-colon-untimed.md")
    plan = result.plan
    assert [(d.title, d.number) for d in plan.days] == [
        ("S3: buckets, storage classes", 3),
        ("EC2: instance types", 4),
    ]
    assert blocks_with_items(plan) == [
        ("S3: buckets, storage classes", 120, None, ["Read the S3 FAQ", "Lab: lifecycle rules"]),
        ("EC2: instance types", 90, None, ["Compare families"]),
    ]
    assert warnings(result) == []


def test_timed_lines_under_a_bracket_length_keep_their_own_and_the_title_loses_it() -> None:
    result = read_plan(PLANS / "length-then-colon-timed.md")
    plan = result.plan
    assert [d.title for d in plan.days] == [
        "Threat actors: motives and attributes",
        "Controls: categories",
    ]
    assert pinned(plan, 0) == [("Videos 1.1-1.3", 60, None), ("Practice questions", 30, None)]
    assert pinned(plan, 1) == [("Flashcards", 45, None)]
    assert warnings(result) == []


def test_a_bracket_that_holds_no_length_stays_in_the_title() -> None:
    plan = read_plan(PLANS / "bracket-not-a-length.md").plan
    assert [d.title for d in plan.days] == [
        "Networking (Part 2): CoreDNS",
        "Storage (3 labs): PV and PVC",
    ]
    assert pinned(plan, 0) == [("Debug DNS", 40, None)]
    assert pinned(plan, 1) == [("Static provisioning", 30, None)]
