"""Sessions that name the afternoon or evening, and a day's total written as a heading."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "late_sessions"


def _sessions(name: str) -> list[str | None]:
    plan = read_plan(PLANS / name).plan
    return [b.session for v in plan.days[0].variants for b in v.blocks]


def test_times_without_am_pm_under_an_evening_heading_are_in_the_evening() -> None:
    result = read_plan(PLANS / "abend-list-spans.md")
    assert pinned(result.plan, 0) == [
        ("Vokabeln", 90, "08:00"),
        ("Grammatik", 90, "19:00"),
        ("Wiederholung", 30, "20:30"),
    ]
    assert _sessions("abend-list-spans.md") == ["Vormittag", "Abend", "Abend"]
    # one warning for the session, at its first line
    assert warnings(result) == [
        '9: "Grammatik" read as starting at 19:00: times without am/pm under "Abend" are in '
        "the evening"
    ]


def test_an_afternoon_session_keeps_half_past_twelve_and_moves_two_o_clock() -> None:
    result = read_plan(PLANS / "tarde-noon-stays.md")
    assert pinned(result.plan, 0) == [
        ("Álgebra", 120, "09:00"),
        ("Proyecto", 90, "12:30"),
        ("Lectura", 60, "14:00"),
    ]
    assert warnings(result) == [
        '10: "Lectura" read as starting at 14:00: times without am/pm under "Tarde" are in '
        "the afternoon"
    ]


def test_twenty_four_hour_times_under_a_moon_heading_stay_as_written() -> None:
    result = read_plan(PLANS / "moon-heading-24h-stays.md")
    assert pinned(result.plan, 0) == [
        ("Run", 60, "06:30"),
        ("Side project", 90, "20:00"),
        ("Journal", 30, "21:30"),
    ]
    assert warnings(result) == []


def test_a_total_heading_is_no_block_of_the_days_below_it() -> None:
    result = read_plan(PLANS / "gesamt-heading-total.md")
    assert [d.weekday for d in result.plan.days] == ["sat", "sun"]
    for day in range(2):
        assert pinned(result.plan, day) == [
            ("Übungen", 120, "09:00"),
            ("Fehler analysieren", 60, "11:00"),
        ]
    assert warnings(result) == []
