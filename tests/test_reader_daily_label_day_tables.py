"""Tables of untimed day rows under a label that states the plan's daily length before them
(`> … **Daily time:** 45 min/day | …`, `**Time commitment:** 1 hour/day`): each row a day of one
block that long, titled by its topic, as when a heading over the table states it."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

CASE = DATA / "daily_label_day_tables" / "one-edge-case.md"


def test_a_daily_label_before_day_tables_gives_each_row_its_length() -> None:
    result = read_plan(CASE)
    assert [
        (d.number, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [
        (1, "Flour and water", [("Flour and water", 45)]),
        (2, "Yeast", [("Yeast", 45)]),
        (3, "Kneading by hand", [("Kneading by hand", 45)]),
        (4, "Boules", [("Boules", 45)]),
        (5, "Baguettes", [("Baguettes", 45)]),
    ]
    said = warnings(result)
    assert len(said) == 2
    assert all(text.startswith('3: "45 min" a day') for text in said)
