"""Start-time agenda tables on a 12-hour clock with no am/pm: noon turns the clock."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "twelve_hour_agendas"


def test_a_start_after_noon_written_as_one_oclock_is_in_the_afternoon() -> None:
    result = read_plan(PLANS / "en-noon-turns-the-clock.md")
    assert pinned(result.plan, 0) == [
        ("Welcome", 90, "10:30"),
        ("Campus tour", 60, "12:00"),
        ("Lab visit", 90, "13:00"),
        ("Questions", 30, "14:30"),
    ]
    assert warnings(result) == []


def test_rows_after_afternoon_rows_stay_in_the_afternoon() -> None:
    result = read_plan(PLANS / "it-afternoon-rows-then-five.md")
    assert pinned(result.plan, 0) == [
        ("Lettura", 60, "11:00"),
        ("Riassunto", 180, "12:00"),
        ("Esercizi", 120, "15:00"),
        ("Ripasso finale", 60, "17:00"),
    ]
    assert warnings(result) == []


def test_a_first_start_before_six_with_no_am_pm_is_the_morning_with_a_warning() -> None:
    result = read_plan(PLANS / "en-early-start-warned.md")
    assert pinned(result.plan, 0) == [
        ("Warm-up", 15, "05:00"),
        ("Passing", 30, "05:15"),
        ("Game", 15, "05:45"),
    ]
    assert warnings(result) == [
        '5: "5:00" has no am/pm: read as 05:00, in the morning; write 17:00 for the afternoon'
    ]


def test_a_leading_zero_says_the_24_hour_clock_and_nothing_is_warned() -> None:
    result = read_plan(PLANS / "es-leading-zero-is-24-hour.md")
    assert pinned(result.plan, 0) == [
        ("Repaso de fórmulas", 30, "04:30"),
        ("Problemas", 45, "05:00"),
    ]
    assert warnings(result) == []


def test_uhr_says_the_24_hour_clock_so_the_hours_stay_as_written() -> None:
    result = read_plan(PLANS / "de-uhr-stays-as-written.md")
    assert [at for _, _, at in pinned(result.plan, 0)] == ["12:00", "01:00"]


def test_a_morning_row_out_of_order_does_not_turn_the_clock() -> None:
    result = read_plan(PLANS / "nl-out-of-order-no-turn.md")
    assert pinned(result.plan, 0) == [
        ("Workshops", 60, "08:30"),
        ("Welkomstwoord", 30, "08:00"),
    ]
    assert len(warnings(result)) == 1
    assert "before the row above it at 08:30" in warnings(result)[0]
