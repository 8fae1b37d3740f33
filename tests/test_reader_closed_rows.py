"""A dated row with no time (`| Wo | 08 Oktober 2025 | | Zaal gesloten |`) is kept as that
day's note, and so it is not also warned as a row skipped."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

CLOSED = DATA / "closed_rows"


@pytest.mark.parametrize(
    ("name", "closed", "note"),
    [
        ("nl-gesloten-row.md", dt.date(2025, 10, 8), "08 Oktober 2025 Zaal gesloten"),
        ("fr-ferme-row.md", dt.date(2025, 10, 16), "16 octobre 2025 Salle fermée (vacances)"),
    ],
)
def test_a_row_with_no_time_is_the_days_note_and_not_warned(
    name: str, closed: dt.date, note: str
) -> None:
    result = read_plan(CLOSED / name)
    days = {day.date: day for day in result.plan.days}
    assert len(days) == 3
    assert days[closed].notes == (note,)
    assert [b for v in days[closed].variants for b in v.blocks] == []
    assert all(
        [b.min_minutes for v in day.variants for b in v.blocks] in ([60], [90])
        for when, day in days.items()
        if when != closed
    )
    assert warnings(result) == []
