"""A heading with its own clock span is one pinned block, whatever lengths its lines mention."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import undated, warnings

PLANS = DATA / "span_heads"


def _blocks(name: str, day: int = 0) -> list[tuple[str | None, str, int, str | None, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [
        (b.label, b.title, b.min_minutes, b.at, b.session)
        for v in plan.days[day].variants
        for b in v.blocks
    ]


def _items(name: str, day: int = 0) -> list[list[str]]:
    plan = read_plan(PLANS / name).plan
    return [[i.text for i in b.items] for v in plan.days[day].variants for b in v.blocks]


def test_lengths_in_the_bullets_of_a_span_heading_are_its_items() -> None:
    result = read_plan(PLANS / "bullets-mention-lengths.md")
    assert _blocks("bullets-mention-lengths.md") == [
        (None, "Slot A → Algorithms", 90, "08:30", None),
        (None, "Slot B → Reading", 60, "10:15", None),
        (None, "Slot C → Mock interview", 120, "13:00", None),
    ]
    assert _items("bullets-mention-lengths.md") == [
        ["Solve two graph problems in 45 mins each", "Review the editorial"],
        ["2 hrs of chapter 7 if you are behind", "Take notes"],
        ["1 HR system design round", "1 HR behavioural round"],
    ]
    assert result.plan.days[0].notes == ()
    # 2 h of lines under a 60-minute span: the span counts, and the plan says so.
    assert warnings(result) == [
        '7: the lines under "Slot B → Reading" add up to 120 min, more than its span of '
        "60 min: read as one block of its span"
    ]


def test_a_timed_bold_line_after_a_span_heading_list_is_a_block_of_its_own() -> None:
    result = read_plan(PLANS / "timed-line-after-list.md")
    assert _blocks("timed-line-after-list.md") == [
        ("Block 1", "MATHE", 90, "08:00", None),
        ("Block 2", "PHYSIK (leicht)", 90, "14:00", None),
        (None, "Nacharbeit falls nötig", 60, "20:00", None),
    ]
    assert _items("timed-line-after-list.md")[:2] == [
        ["[ ] Übungsblatt 4 (~1h-1h30)"],
        ["[ ] Kapitel 2 lesen"],
    ]
    assert warnings(result) == [undated("MONTAG 12. JANUAR", "12. JANUAR", "Monday", line=1)]


def test_a_day_length_is_its_budget_and_a_span_heading_length_is_checked() -> None:
    result = read_plan(PLANS / "day-budget-one-span.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "LUNES 5 DE ENERO"),
        ("tue", "MARTES 6 DE ENERO"),
    ]
    # "(10h)" is how long the day may be, not a block: the one timed heading is the day.
    assert _blocks("day-budget-one-span.md") == [("Bloque 1", "FÍSICA", 120, "09:00", None)]
    assert [v.hours for v in plan.days[0].variants] == [2]
    # "Bloque 1.5 … *(1h)*": the span (50 min) counts, the stated hour is a warning.
    assert _blocks("day-budget-one-span.md", 1) == [
        ("Bloque 1", "QUÍMICA", 90, "09:00", None),
        ("Bloque 1.5", "🟢 HISTORIA", 50, "10:40", None),
    ]
    # "**Total del día: 2h**" states the day's total: no note of the block above it.
    assert [b.note for d in plan.days for v in d.variants for b in v.blocks] == [None] * 3
    assert warnings(result) == [
        undated("LUNES 5 DE ENERO (10h)", "5 DE ENERO", "Monday", line=3),
        '15: "1h" differs from the span "10:40-11:30"; the span counts',
    ]


def test_a_part_of_the_day_with_a_span_groups_lines_with_lengths_from_its_start() -> None:
    # "### Mattina (9:00 - 12:00)" over "- Analisi (60 min)", "- Fisica (90 min)": the lines
    # one after the other from 9:00, still of the session "Mattina".
    result = read_plan(PLANS / "part-of-day-over-lengths.md")
    assert _blocks("part-of-day-over-lengths.md") == [
        # run one after another from the part's start: 9:00, then 10:00
        (None, "Analisi", 60, "09:00", "Mattina"),
        (None, "Fisica", 90, "10:00", "Mattina"),
    ]
    assert warnings(result) == []
