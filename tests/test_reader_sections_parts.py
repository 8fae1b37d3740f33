"""Parts inside a timed block are its items; breaks by name are gaps."""

from __future__ import annotations

from planexport.model import Block, Item, Plan
from planexport.reader import load
from tests.paths import DATA

PLANS = DATA / "plans"


def blocks(plan: Plan, index: int = 0) -> list[Block]:
    day = plan.days[index]
    assert len(day.variants) == 1
    return list(day.variants[0].blocks)


def texts(items: tuple[Item, ...]) -> list[object]:
    return [(i.text, texts(i.children)) if i.children else i.text for i in items]


def test_parts_with_lengths_inside_a_clock_span_are_the_blocks_items() -> None:
    plan = load(PLANS / "sections-parts-inside-span.md")
    day = blocks(plan)
    # The day is what a person reads: 15 + 90 + 30 + 90 minutes; the active break is a gap.
    assert [(b.title, b.min_minutes, b.at, b.session) for b in day] == [
        ("Warm-up", 15, "09:00", "MORNING"),
        ("Interleaved session", 90, "09:15", "MORNING"),
        ("Recall test", 30, "11:00", "MORNING"),
        ("Gaps", 90, "15:00", "AFTERNOON"),
    ]
    assert plan.days[0].variants[0].hours == 3.75
    assert texts(day[1].items) == [
        (
            "Round 1 (18 min):",
            ["[ ] Depreciation – 6 min", "[ ] Payroll – 6 min", "[ ] Accruals – 6 min"],
        ),
        ("Round 2 (18 min):", ["[ ] VAT – 6 min", "[ ] Leasing – 6 min", "[ ] Taxes – 6 min"]),
    ]
    assert texts(day[2].items) == [("Conditions:", ["Timer 30 minutes", "No notes"])]
    # Alternatives inside the span ("If … is unclear") are items too, not 6 more blocks.
    assert [i.text for i in day[3].items] == [
        "If accruals are unclear:",
        "If payroll is unclear:",
    ]
    assert len(day[3].items[0].children) == 3


def test_a_part_longer_than_what_is_left_of_the_span_is_a_block_of_its_own() -> None:
    plan = load(PLANS / "sections-part-longer-than-span.md")
    assert [(b.title, b.min_minutes, b.at) for b in blocks(plan)] == [
        ("Warm-up", 15, "09:00"),
        ("Deep work", 120, None),
    ]


def test_breaks_written_by_name_are_gaps() -> None:
    plan = load(PLANS / "sections-breaks-by-name.md")
    # "PAUSA ATTIVA" and "Coffee break" between the chunks are not study.
    assert [(b.title, b.at) for b in blocks(plan)] == [
        ("Chunk 1", "09:00"),
        ("Chunk 2", "10:00"),
        ("Chunk 3", "11:00"),
    ]
