"""A meal with only a start time among a day's starts or spans, in a paragraph, a list or a table
(`12:30 Lunch`, `| 12:30 | Déjeuner |`): a gap between blocks and the day's note, never dropped."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "start_meal_notes"


@pytest.mark.parametrize(
    ("name", "before", "note", "after"),
    [
        ("en-table-starts-lunch-row.md", ("Workshop", 120, "10:30"), "12:30 Lunch", "13:30"),
        (
            "de-paragraph-starts-mittagessen.md",
            ("Vortrag", 120, "10:30"),
            "12:30 Mittagessen",
            "13:30",
        ),
        ("fr-table-spans-dejeuner-start.md", ("Atelier", 120, "10:30"), "12:30 Déjeuner", "14:00"),
        ("es-paragraph-spans-comida-start.md", ("Taller", 150, "10:30"), "13:00 Comida", "14:30"),
        ("it-list-starts-pranzo.md", ("Relazione", 120, "10:30"), "12:30 Pranzo", "14:00"),
    ],
)
def test_a_start_only_meal_is_a_gap_and_the_days_note(
    name: str, before: tuple[str, int, str], note: str, after: str
) -> None:
    result = read_plan(PLANS / name)
    blocks = pinned(result.plan, 0)
    assert blocks[1] == before
    assert blocks[2][2] == after
    assert not any(title == note.split(" ", 1)[1] for title, _, _ in blocks)
    assert result.plan.days[0].notes == (note,)
    assert warnings(result) == []


def test_a_table_of_starts_keeps_its_other_rows_as_before() -> None:
    result = read_plan(PLANS / "en-table-starts-lunch-row.md")
    assert pinned(result.plan, 0) == [
        ("Keynote", 90, "09:00"),
        ("Workshop", 120, "10:30"),
        ("Panel", 90, "13:30"),
        ("Wrap-up", 30, "15:00"),
    ]
