"""Tables whose cells each hold a date and a clock span (`April 13, 2026 9:00 AM → 10:30 AM`, as a
Notion database exports a date property): each row on its date at its time; a first `Name`
column titles the rows beside a `Subject` column, which is then their note."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "date_span_cells"


def _days(
    name: str,
) -> list[tuple[dt.date | None, str | None, list[tuple[str, int, str | None, str | None]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (
            d.date,
            d.weekday,
            [(b.title, b.min_minutes, b.at, b.note) for v in d.variants for b in v.blocks],
        )
        for d in plan.days
    ]


def test_a_notion_date_property_dates_and_pins_each_row() -> None:
    assert _days("en-notion-date-property.md") == [
        (
            dt.date(2026, 4, 13),
            "mon",
            [
                ("Enzymes summary", 90, "09:00", "Biology"),
                ("Past paper 2021", 120, "14:00", "Chemistry"),
            ],
        ),
        (dt.date(2026, 4, 14), "tue", [("Vocabulary drill", 30, "08:00", "Spanish")]),
        (dt.date(2026, 4, 15), "wed", [("Source analysis", 120, "10:00", "History")]),
    ]
    assert read_plan(PLANS / "en-notion-date-property.md").warnings == ()


def test_an_iso_date_and_span_under_any_header() -> None:
    assert _days("de-iso-date-and-span.md") == [
        (dt.date(2026, 5, 4), "mon", [("Integralrechnung", 90, "18:00", None)]),
        (dt.date(2026, 5, 5), "tue", [("Vektoren", 60, "18:00", None)]),
        (dt.date(2026, 5, 7), "thu", [("Probeklausur", 120, "17:00", None)]),
    ]


def test_a_name_column_beside_a_task_column_names_no_block() -> None:
    assert _days("en-name-column-beside-a-task-stays.md") == [
        (None, None, [("Maths homework", 60, "09:00", None), ("Reading log", 60, "10:00", None)])
    ]
