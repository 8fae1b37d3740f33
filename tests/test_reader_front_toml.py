"""TOML front matter (`+++`) is the page's, not the plan's: only its title is kept."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "front_toml"


def test_toml_front_matter_gives_the_title_and_no_date_or_notes() -> None:
    result = read_plan(PLANS / "hugo-page.md")
    plan = result.plan
    assert plan.title == "Taller de datos"
    # The page's "date =" is when it was written: the day stays undated, and the menu table
    # and the commented "# lastmod" line are neither a title nor notes.
    assert [(d.date, d.weekday, d.notes) for d in plan.days] == [(None, None, ())]
    assert pinned(plan, 0) == [("Limpieza", 90, "09:00"), ("Gráficos", 75, "10:45")]
    assert warnings(result) == []
