"""Whole-hour spans with one `h` at the end in a table's time-of-day column (`| 10-12h |` under
`Heure` or `Horario`): from ten to twelve o'clock, not a length of ten to twelve hours; under a
header of hours as an amount (`Heures`) a range stays a length."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, day_blocks, warnings

FOLDER = DATA / "hour_range_cells"


def test_hour_ranges_under_heure_are_spans_of_the_day() -> None:
    result = read_plan(FOLDER / "exam-week-hour-ranges.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            dt.date(2027, 1, 11),
            "2027-01-11",
            [("Algèbre linéaire", 120, "09:00"), ("Réseaux", 120, "14:00")],
        ),
        (None, "tue", dt.date(2027, 1, 12), "2027-01-12", [("Compilation", 120, "10:00")]),
        (None, "wed", dt.date(2027, 1, 13), "2027-01-13", [("Statistiques", 90, "08:30")]),
    ]
    assert warnings(result) == []


def test_bold_and_spaced_ranges_under_horario() -> None:
    result = read_plan(FOLDER / "horario-bold-range.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Física I", 120, "09:00")]),
        ("tue", [("Química general", 120, "16:00")]),
    ]
    assert warnings(result) == []


def test_ranges_under_an_amount_of_hours_stay_lengths() -> None:
    result = read_plan(FOLDER / "amount-column-keeps-ranges.md")
    blocks = [
        (b.title, b.min_minutes, b.max_minutes, b.at)
        for d in result.plan.days
        for v in d.variants
        for b in v.blocks
    ]
    assert blocks == [("Probabilités", 120, 180, None), ("Analyse", 60, 120, None)]
