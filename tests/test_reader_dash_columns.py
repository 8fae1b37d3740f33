"""Clock spans written across three columns, the dash in a column of its own (`| 9:00 | - |
10:30 | … |`, `<td>10:00</td><td>–</td><td>10:45</td>`): each row has its start and its end,
the evening's last row included, as with one column of spans."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

PLANS = DATA / "dash_columns"


def test_a_dated_grid_with_a_dash_column_reads_every_span() -> None:
    result = read_plan(PLANS / "pipe-grid-dated-columns.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            dt.date(2025, 2, 3),
            "03/02/2025",
            [
                ("Opening lecture", 90, "09:00"),
                ("Resource mapping", 90, "11:00"),
                ("Lab: flume tank", 90, "14:00"),
                ("Welcome dinner", 150, "19:30"),
            ],
        ),
        (
            None,
            "tue",
            dt.date(2025, 2, 4),
            "04/02/2025",
            [
                ("Turbine arrays", 90, "09:00"),
                ("Grid connection", 90, "11:00"),
                ("Lab: mooring loads", 90, "14:00"),
            ],
        ),
    ]
    assert warnings(result) == []


def test_an_html_table_with_a_dash_column_starts_each_row_at_its_first_time() -> None:
    result = read_plan(PLANS / "html-time-dash-columns.md")
    blocks = result.plan.days[0].variants[0].blocks
    assert [(b.title, b.min_minutes, b.at) for b in blocks] == [
        ("Safety and tools", 45, "10:00"),
        ("Fixing lamps and kettles", 90, "10:45"),
        ("Sewing machine basics", 60, "13:00"),
        ("Evening repair session", 180, "18:00"),
    ]
    assert warnings(result) == []
