"""Times of day written as bare hours in table cells (`~09h`, `12h (BRT)`, `14 Uhr`, `9 uur`):
starts in every table of a plan, as `09:00` is, never lengths of nine or twelve hours."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, day_blocks, warnings

CELLS = DATA / "table_hour_cells"


def read(name: str) -> ReadResult:
    return read_plan(CELLS / name)


def test_about_hours_in_dated_rows_are_starts_like_the_other_table() -> None:
    # `~09h` is about nine o'clock: the first table reads as the second one does, by time of day
    result = read("pt-dated-posts-about-hours.md")
    assert dated_days(result.plan) == [
        (1, "fri", dt.date(2027, 2, 12), "12 Feb", [("Post sobre X", 30, "09:00")]),
        (
            1,
            "sat",
            dt.date(2027, 2, 13),
            "13 Feb",
            [("Stories dos bastidores", 60, "09:00"), ("Reels com dicas", 20, "10:00")],
        ),
        (2, "fri", dt.date(2027, 2, 19), "19 Feb", [("Live com convidado", 60, "12:00")]),
        (2, "sat", dt.date(2027, 2, 20), "20 Feb", [("Carrossel de resumo", 45, "18:00")]),
    ]
    # the start with no length is named by its words, never by `12:00` or `BRT`
    assert warnings(result) == ['8: row "Post Y" has a start time but no length: kept as a note']
    assert "Post Y" in result.plan.days[0].notes


def test_hours_with_uhr_under_uhrzeit_are_starts() -> None:
    result = read("de-uhrzeit-uhr-hours.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Analysis wiederholen", 90, "09:00"),
                ("Lineare Algebra", 60, "11:00"),
                ("Altklausur rechnen", 120, "14:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_hours_with_uur_under_tijd_run_to_the_next_start() -> None:
    result = read("nl-tijd-uur-hours.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Hoofdstuk 4 lezen", 120, "09:00"), ("Opgaven maken", 120, "11:00")])
    ]
    assert warnings(result) == ['9: row "Samenvatting schrijven" has a start time but no length']


def test_a_bare_hour_among_clock_times_is_a_start() -> None:
    result = read("en-when-clock-times-beside-hours.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Past paper, section A", 90, "09:00"),
                ("Marking and corrections", 45, "11:00"),
                ("Flash cards", 30, "14:30"),
            ],
        )
    ]


def test_one_row_under_a_time_header_is_a_start_too() -> None:
    result = read("pt-one-row-table-after-hour-table.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Leitura do capítulo 2", 60, "08:00"), ("Exercícios de fixação", 120, "14:00")]),
        ("tue", [("Revisão geral", 60, "09:00")]),
    ]


def test_one_bare_hour_under_time_stays_a_length() -> None:
    # "Time" names a length as often as a time of day: one `9h` there says nothing of the clock
    result = read("en-time-one-row-stays-length.md")
    assert day_blocks(result.plan) == [("sun", [("Reading week catch-up", 540, None)])]


def test_about_hours_in_a_days_posting_table_are_starts_not_a_21_hour_day() -> None:
    # inside a day, the rows are starts; `Post sobre X` (12/02) does not last until `Post Y`
    # at 12:00 on another date (13/02): both are warned, no length is made up
    result = read("pt-day-posting-table-about-hours.md")
    assert day_blocks(result.plan) == [
        (None, [("Revisar o roteiro", 30, None)]),
        (None, [("Live com convidado", 60, "12:00"), ("Stories da live", 20, "15:00")]),
    ]
    assert warnings(result) == [
        '9: row "Post sobre X" has a start time but no length',
        '10: row "Post Y" has a start time but no length',
    ]
