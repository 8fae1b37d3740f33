"""A length said to be the total of a heading's days (`## Days 2-3: Templates (5 hours total)`,
`(3-4 hours in total)`, `### Tag 2-3: Pivot (4 Stunden insgesamt)`) is shared alike by those
days; a bare length over several days (`## Days 6-7: Deploy (6h)`) is not split, the heading
keeps it as written, and a warning says so."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

TOTALS = DATA / "range_totals"


def read(name: str) -> ReadResult:
    return read_plan(TOTALS / name)


def lengths(result: ReadResult) -> list[tuple[int, str, list[tuple[str, int, int]]]]:
    return [
        (
            d.number,
            d.title,
            [(b.title, b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks],
        )
        for d in result.plan.days
    ]


def test_a_total_over_several_days_is_shared_alike() -> None:
    result = read("en-days-sharing-a-total.md")
    assert lengths(result) == [
        (1, "Routes", [("Routes", 120, 120)]),
        (2, "Templates & Forms", [("Templates & Forms", 150, 150)]),
        (3, "Templates & Forms", [("Templates & Forms", 150, 150)]),
        (4, "Database", [("Database", 90, 120)]),
        (5, "Database", [("Database", 90, 120)]),
        (6, "Deploy (6h)", []),  # a bare length over two days: too unsure to split
        (7, "Deploy (6h)", []),
    ]
    third = result.plan.days[2].variants[0].blocks[0]
    assert [i.text for i in third.items] == ["Jinja inheritance", "A sign-up form with validation"]
    assert warnings(result) == [
        '15: days 6–7 "Deploy (6h)": 6h is not split over the 2 days (write it per day, such as'
        " '(2h/day)', or as '(6h total)')",
    ]


def test_insgesamt_is_a_total_too() -> None:
    result = read("de-tage-mit-gesamtzeit.md")
    assert lengths(result) == [
        (1, "Formeln", [("Formeln", 90, 90)]),
        (2, "Pivot-Tabellen", [("Pivot-Tabellen", 120, 120)]),
        (3, "Pivot-Tabellen", [("Pivot-Tabellen", 120, 120)]),
    ]
    assert warnings(result) == []


def test_a_bare_range_heading_with_a_length_is_warned_not_split() -> None:
    # "## Day 1-2 (2 hours)": no title but the bracket; each day's, or both days'? Said.
    result = read_plan(DATA / "range_totals" / "en-bare-range-heading.md")
    assert [(d.title, len(d.variants)) for d in result.plan.days] == [
        ("Day 1", 0),
        ("Day 2", 0),
        ("Day 3", 1),
    ]
    assert warnings(result) == [
        '3: days 1–2 "Day 1-2 (2 hours)": 2 hours is not split over the 2 days (write it per'
        " day, such as '(2h/day)', or as '(6h total)')"
    ]
