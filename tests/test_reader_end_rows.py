"""A row at a time of day with no length that only ends the day or the event (`🏠 End of Day 1`,
`End of the Data Jam`) in a table of starts and lengths: no block and no warning."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

SMALL = DATA / "end_rows"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_an_end_of_day_row_ends_the_agenda_unwarned() -> None:
    result = read("end-of-day-row-in-length-table.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Chassis",
            [
                ("🔧 Unboxing and parts check", 30, "09:00"),
                ("🛞 Motors and wheels", 90, "09:30"),
                ("🔌 Wiring the controller", 45, "11:15"),
            ],
        )
    ]
    assert warnings(result) == []


def test_the_end_of_the_event_by_its_name_is_no_block() -> None:
    result = read("end-of-event-name-row.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("Final polish", 60, "13:00"),
        ("Team demos", 45, "14:00"),
        ("Awards", 15, "14:45"),
    ]
    assert warnings(result) == []


def test_end_words_that_name_an_activity_stay_an_activity() -> None:
    result = read("end-words-that-name-an-activity.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("End of term review", 20, "15:30"),
        ("Quiz", 30, "15:50"),
    ]
    assert warnings(result) == [
        '9: row "End of year party planning" skipped: a time of day with no length'
    ]


def test_adjourn_ends_a_table_of_starts_unwarned() -> None:
    result = read("adjourn-row-ends-starts.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("Welcome and introductions", 30, "14:00"),
        ("Playtesting in small groups", 90, "14:30"),
        ("Feedback round", 60, "16:00"),
    ]
    assert warnings(result) == []


def test_adjourned_ends_a_list_of_starts_unwarned() -> None:
    result = read("adjourn-line-ends-list.md")
    (day,) = result.plan.days
    assert day.weekday == "thu"
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("Chapter 4 discussion", 60, "18:00"),
        ("Chapter 5 discussion", 45, "19:15"),
    ]
    assert warnings(result) == []


def test_an_adjournment_drill_is_an_activity() -> None:
    result = read("adjournment-drill-is-an-activity.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("Points of order", 45, "18:00"),
        ("Adjournment motions drill", 45, "18:45"),
    ]
    assert warnings(result) == []


def test_close_alone_ends_a_table_of_starts_as_it_ends_a_list() -> None:
    result = read("close-row-ends-starts.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("Opening", 10, "14:00"),
        ("Keynote", 50, "14:10"),
        ("Panel", 45, "15:15"),
    ]
    assert warnings(result) == []
