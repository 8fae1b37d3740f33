"""Day headings led by a subject's short name in capitals (`## SQL DAY 1 → Joins`), the title
after an arrow; a word in capitals before a bracket (`EASY (Days 1-2)`) leads no day."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.day_headings import day_match, days_heading
from tests.paths import DATA
from tests.reader_support import blocks_with_items

DAYS = DATA / "acronym_days"


def test_a_short_name_before_the_day_word_leads_a_day() -> None:
    result = read_plan(DAYS / "one-edge-case.md")
    assert [(d.number, d.title) for d in result.plan.days] == [
        (1, "Joins"),
        (2, "Window functions"),
        (3, "Indexes (B-tree)"),
    ]
    # the title's "90 Minutes/Day" is each day's one block
    assert [(t, m) for t, m, _, _ in blocks_with_items(result.plan)] == [
        ("Joins", 90),
        ("Window functions", 90),
        ("Indexes (B-tree)", 90),
    ]


def test_the_rules_of_the_lead_and_the_arrow() -> None:
    for text, title in (
        ("DSA DAY 4 → Sliding Window", "Sliding Window"),
        ("Day 2 ⇒ Heaps", "Heaps"),
        ("JS Day 3: Closures", "Closures"),
    ):
        match = day_match(text)
        assert match is not None, text
        assert match.group("title") == title
    assert day_match("EASY (Days 1-2)") is None
    assert days_heading("EASY (Days 1-2)") is None
    assert day_match("Rest Day 1") is None  # a word that is no short name
