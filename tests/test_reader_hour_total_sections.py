"""A section heading's bare hours that hold its work (`### Phase 1: Clay basics (13-16h)` over
5 h + 4 h + 5 h of rows) are its length, not a clock span its rows are pinned in."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings


def test_phase_hours_that_hold_its_rows_pin_nothing() -> None:
    result = read_plan(DATA / "hour_total_sections" / "phase-hours-over-length-rows.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Wedging and pinch pots", 300, None),
                ("Coil bowls", 240, None),
                ("Slab boxes", 300, None),
            ],
        )
    ]
    sessions = {b.session for b in result.plan.days[0].variants[0].blocks}
    assert sessions == {"Phase 1: Clay basics"}
    assert warnings(result) == []


def test_afternoon_hours_over_less_work_stay_a_span() -> None:
    result = read_plan(DATA / "hour_total_sections" / "afternoon-hours-stay-a-span.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Tournage", 60, "14:00"), ("Émaillage", 120, "15:00")])
    ]
    assert warnings(result) == []


def test_a_span_overfilled_by_other_lengths_is_still_pinned_and_said() -> None:
    result = read_plan(DATA / "hour_total_sections" / "afternoon-overfull-span-is-said.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Throwing on the wheel", 120, "14:00"), ("Glazing", 120, "16:00")])
    ]
    assert any("more than its span" in w for w in warnings(result))
