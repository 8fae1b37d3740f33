"""A time zone after a clock time (`18:00 CET Welcome`, `9am PT - 10am PT: Kickoff`): the time
is read without it, and the zone is no part of the title."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "zone_times"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_a_zone_after_each_start_is_no_part_of_the_title() -> None:
    result = read("starts-with-cet.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Welcome", 15, "18:00"),
                ("Talk: Async in practice", 45, "18:15"),
                ("Lightning talks", 45, "19:15"),
            ],
        )
    ]
    assert result.plan.days[0].notes == ("19:00 Break",)
    assert warnings(result) == []


def test_a_zone_on_both_ends_of_a_span_keeps_the_span() -> None:
    result = read("pt-on-both-ends.md")
    assert day_blocks(result.plan) == [
        (None, [("Kickoff", 60, "09:00"), ("Hacking", 120, "10:00"), ("Demos", 120, "13:00")])
    ]
    assert warnings(result) == []


def test_a_zone_after_a_span_in_a_table_cell() -> None:
    result = read("utc-spans-in-a-table.md")
    assert day_blocks(result.plan) == [
        (None, [("Foundations", 60, "16:00"), ("Practice", 75, "17:15")])
    ]


def test_the_same_time_in_another_zone_is_left_out() -> None:
    result = read("same-time-in-another-zone.md")
    assert day_blocks(result.plan) == [
        ("fri", [("Opening", 30, "10:00"), ("Pairing", 90, "10:30")])
    ]
    assert warnings(result) == []


def test_a_count_before_capital_letters_is_no_time() -> None:
    result = read("numbers-before-zone-letters.md")
    assert day_blocks(result.plan) == [
        ("mon", [("2 CT scans explained", 30, None), ("Review 3 MT cases", 45, None)])
    ]


def test_two_letters_after_a_24_hour_time_are_a_subject_not_a_zone() -> None:
    result = read("subject-letters-after-24-hour-times.md")
    assert day_blocks(result.plan) == [
        ("mon", [("PT redação", 60, "14:00"), ("MT funções", 60, "15:00")])
    ]


def test_every_zone_is_found_by_the_quick_search_before_the_full_one() -> None:
    from planexport.reader.zone_times import _GATE, _MAY_ZONE, _ZONES, zone_times

    for zone in _ZONES.split("|"):
        for text in (f"10:00 {zone} Welcome", f"9 am\n({zone})", f"- 7pm {zone}"):
            at = _GATE.search(text)
            assert at is not None
            assert any(m.start() == at.start() for m in _MAY_ZONE.finditer(text)), (zone, text)
        assert zone_times(f"10:00 am {zone} Welcome") == "10:00 am Welcome"
