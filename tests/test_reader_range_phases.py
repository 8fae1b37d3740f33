"""Day-range headings that name a phase (`## Days 1–2: Basics`) over its days written one by one:
day headings below it, or a table split by its own day rows (`| **DAY 1** |`)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

PLANS = DATA / "range_phases"


def _lengths(path: str) -> list[list[tuple[str, int]]]:
    plan = read_plan(PLANS / path).plan
    return [[(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in plan.days]


def test_a_range_heading_over_day_headings_is_a_phase_not_two_copies() -> None:
    result = read_plan(PLANS / "phase-over-day-headings.md")
    assert [title for _, _, title in days(result.plan)] == ["Day 1", "Day 2", "Day 3", "Day 4"]
    assert _lengths("phase-over-day-headings.md") == [
        [("Hand position drills", 20), ("C major scale, hands apart", 30)],
        [("C major scale, hands together", 40), ("Slow arpeggios", 20)],
        [("Minuet in G, bars 1–8", 45)],
        [("Minuet in G, bars 9–16", 45), ("Play-through for a friend", 15)],
    ]
    assert result.warnings == ()


def test_day_rows_of_a_table_under_a_range_heading_split_it_into_those_days() -> None:
    result = read_plan(PLANS / "phase-table-day-rows.md")
    assert [title for _, _, title in days(result.plan)] == [
        "DAY 1",
        "DAY 2",
        "Balancing",
        "Stoichiometry",
    ]
    assert pinned(result.plan, 0) == [
        ("Atomic structure notes", 90, "08:00"),
        ("Electron configuration drills", 60, "10:00"),
    ]
    assert pinned(result.plan, 1) == [
        ("Ionic and covalent bonds", 60, "08:00"),
        ("Bond polarity worksheet", 60, "14:00"),
    ]
    assert pinned(result.plan, 3) == [
        ("Mole ratio problems", 120, "08:00"),
        ("Mini quiz", 30, "19:00"),
    ]
    assert all(b.session is None for d in result.plan.days for v in d.variants for b in v.blocks)


def test_a_phase_table_sits_beside_single_day_headings() -> None:
    result = read_plan(PLANS / "phase-table-with-lone-day.md")
    assert [title for _, _, title in days(result.plan)] == ["Day 1", "Day 2", "MIG basics"]
    assert pinned(result.plan, 0) == [
        ("Workshop safety walk-round", 90, "09:00"),
        ("Striking an arc", 90, "11:00"),
    ]
    assert pinned(result.plan, 1) == [("Butt joints on flat plate", 180, "09:00")]
    assert pinned(result.plan, 2) == [
        ("Wire feed and gas setup", 120, "09:00"),
        ("Fillet welds", 90, "11:30"),
    ]


def test_a_range_heading_without_days_of_its_own_still_gives_each_day_its_lines() -> None:
    result = read_plan(PLANS / "range-without-own-days.md")
    assert [title for _, _, title in days(result.plan)] == [
        "Lines (per day)",
        "Lines (per day)",
        "Shading",
    ]
    same = [("Straight line drills", 20, "07:00"), ("Ellipses in boxes", 20, "07:20")]
    assert pinned(result.plan, 0) == same
    assert pinned(result.plan, 1) == same
