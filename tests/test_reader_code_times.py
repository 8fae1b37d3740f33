"""A plan whose only times are start times in a code block: read as its agenda (a code block
that is no timetable is refused with a message that says so, see test_reader_start_times_more)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "code_times"


def test_start_times_in_a_code_block_under_a_routine_heading_are_its_days() -> None:
    # "# Rutina de lunes a viernes" / "### Mañana" over "06:00 Despertar", "06:15 Ducha", …
    result = read_plan(PLANS / "es-routine.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri"]
    assert [(b.title, b.min_minutes, b.at) for v in plan.days[0].variants for b in v.blocks] == [
        ("Despertar", 15, "06:00"),
        ("Ducha", 45, "06:15"),
    ]
    assert [f"{w.line}: {w.message}" for w in result.warnings] == [
        '8: "Autobús" has a start time but no length'
    ]
