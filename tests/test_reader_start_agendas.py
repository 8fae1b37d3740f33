"""Start-time agendas: each start lasts until the next one, whatever marks the times up."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "start_agendas"


def test_bold_am_pm_start_times_in_table_cells_make_an_agenda() -> None:
    result = read_plan(PLANS / "bold-ampm-cells.md")
    assert [d.weekday for d in result.plan.days] == ["thu"]
    assert pinned(result.plan, 0) == [
        ("Welcome and set-up", 15, "13:30"),
        ("First commits", 75, "13:45"),
        ("Branches and merges", 70, "15:20"),
    ]
    assert warnings(result) == []


def test_bold_24_hour_start_times_in_a_headerless_table_make_an_agenda() -> None:
    result = read_plan(PLANS / "bold-24h-cells-no-header.md")
    assert [d.weekday for d in result.plan.days] == ["mon"]
    assert pinned(result.plan, 0) == [
        ("Begrüßung", 20, "09:00"),
        ("Lineare Algebra", 90, "09:20"),
        ("Übungsblatt 3", 80, "11:10"),
    ]
    assert warnings(result) == []
