"""Workshop and bootcamp schedules: one table for all days ruled off by `---` lines between a
day's last row and the next `**Day 2** |` row, and bold clock times with their `am`/`pm` after
the bold (`- **1:00** pm - Topic`)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "workshop_days"


def test_rows_without_edge_pipes_ruled_off_by_day_are_one_table_of_days() -> None:
    result = read_plan(PLANS / "day-rows-ruled-off.md")
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2"]
    assert pinned(result.plan, 0) == [
        ("Wedging and centring", 90, "10:00"),
        ("Throwing a cylinder", 75, "11:45"),
        ("Glazing talk", 30, "13:00"),
    ]
    assert pinned(result.plan, 1) == [
        ("Trimming the feet", 60, "10:00"),
        ("Handles and spouts", 75, "11:00"),
    ]
    assert warnings(result) == []


def test_edged_rows_ruled_off_by_day_keep_their_days() -> None:
    result = read_plan(PLANS / "edged-rows-ruled-off.md")
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2"]
    assert pinned(result.plan, 0) == [
        ("Folding signatures", 75, "09:30"),
        ("Sewing on tapes", 60, "11:00"),
    ]
    assert pinned(result.plan, 1) == [
        ("Rounding and backing", 90, "09:30"),
        ("Covering in cloth", 60, "11:00"),
    ]
    assert warnings(result) == []


def test_a_rule_between_two_tables_with_blank_lines_stays_a_rule() -> None:
    result = read_plan(PLANS / "rule-between-tables-stays.md")
    assert [d.title for d in result.plan.days] == ["Day 1", "Day 2"]
    assert pinned(result.plan, 1) == [("Tacking drills", 120, "09:00")]
    assert warnings(result) == []


def test_meridiem_after_a_bold_clock_is_the_clocks_not_the_titles() -> None:
    result = read_plan(PLANS / "bold-clock-meridiem-outside.md")
    assert pinned(result.plan, 0) == [
        ("Welcome and tool check", 30, "09:00"),
        ("Reading tide tables (hands on)", 90, "09:30"),
        ("Chart plotting", 45, "11:15"),
        ("Compass bearings (hands on)", 90, "13:00"),
        ("Night lights quiz", 45, "14:45"),
        ("Questions and close", 30, "15:30"),
    ]
    assert warnings(result) == []


def test_meridiem_after_a_bold_span_is_the_spans() -> None:
    result = read_plan(PLANS / "bold-span-meridiem-outside.md")
    assert pinned(result.plan, 0) == [
        ("Soldering basics", 90, "10:00"),
        ("Reading schematics", 75, "13:00"),
        ("Building a small amplifier", 90, "14:30"),
    ]
    assert warnings(result) == []


def test_morning_start_between_afternoon_starts_is_read_in_the_afternoon_and_said() -> None:
    result = read_plan(PLANS / "morning-written-for-afternoon.md")
    assert pinned(result.plan, 0) == [
        ("Knot tying practice", 45, "13:00"),
        ("Reading the weather", 75, "13:45"),
        ("Man overboard drill", 75, "15:15"),
    ]
    assert warnings(result) == [
        '5: "15 minute break" is written in the morning (03:00) between 13:45 and 15:15: '
        "read as 15:00"
    ]


def test_morning_after_the_evening_stays_the_next_morning() -> None:
    result = read_plan(PLANS / "morning-after-evening-stays.md")
    assert pinned(result.plan, 0) == [
        ("Star sighting", 90, "21:00"),
        ("Log entries", 240, "22:30"),
        ("Handover", 30, "07:00"),
    ]
    assert not any("written in the morning" in w for w in warnings(result))


def test_morning_heading_between_afternoon_headings_is_read_in_the_afternoon() -> None:
    result = read_plan(PLANS / "heading-morning-written-for-afternoon.md")
    assert pinned(result.plan, 0) == [
        ("Splicing rope", 40, "14:00"),
        ("Anchoring", 80, "14:40"),
        ("Sea shanty singalong", 30, "16:00"),
        ("Packing the boats", 45, "16:30"),
    ]
    assert warnings(result) == [
        '9: "Sea shanty singalong" is written in the morning (04:00) between 14:40 and 16:30: '
        "read as 16:00"
    ]
