"""A list line with a clock span over timed lines within it: their session, not one block."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

SMALL = DATA / "parent_spans"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_an_approximate_parent_span_is_the_session_of_its_timed_lines() -> None:
    result = read("parent-span-over-timed-lines.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue"]
    assert pinned(plan, 0) == [
        ("Vorlesung", 90, "10:00"),
        ("Statistik", 60, "18:30"),
        ("Übungsblatt rechnen", 75, "19:45"),
    ]
    sessions = [b.session for b in plan.days[0].variants[0].blocks]
    assert sessions == ["Vormittag", "Abend", "Abend"]
    assert warnings(result) == []


def test_a_parent_span_with_an_untimed_line_stays_one_block_with_a_clean_label() -> None:
    plan = read("parent-span-over-timed-lines.md").plan
    # One timed line among untimed ones: they are the parts of the span, not blocks.
    assert pinned(plan, 1) == [("Wiederholung", 120, "18:00"), ("Nachmittag", 120, "14:00")]
    evening, afternoon = plan.days[1].variants[0].blocks
    # The aside before the span leaves no stray comma or bracket in the session's name.
    assert evening.session == "Abend"
    assert afternoon.session == "Nachmittag"
    assert [i.text for i in afternoon.items] == ["14:00-15:00: Lesen", "Notizen ordnen"]
