"""Weekday headings that name a part of the day (`## Sabato mattina — Colore`, `## Domenica
sera`): a day of that weekday; the same weekday's next part right after it goes on with that
day, and a part inside the weekday's own heading (`## Monday` over `### Monday morning`) is a
section of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

if TYPE_CHECKING:
    from pathlib import Path

PLAN = DATA / "weekday_part_headings" / "one-edge-case.md"


def test_a_weekday_with_a_part_of_the_day_is_that_day() -> None:
    plan = read_plan(PLAN).plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Disegno"),
        ("sat", '"Colore"'),
        ("sun", "Domenica sera"),
    ]
    assert pinned(plan, 1) == [
        ("Mescolare i primari", 30, None),
        ("Studio di luce", 60, None),
        ("Museo civico", 60, "15:00"),
    ]
    assert pinned(plan, 2) == [("Riordinare la cartella", 20, None)]


def test_parts_inside_the_weekday_heading_stay_one_day(tmp_path: Path) -> None:
    path = tmp_path / "parts.md"
    path.write_text(
        "# Week\n\n## Monday\n\n### Monday morning\n\n- 09:00-10:00 Reading\n\n"
        "### Monday evening\n\n- 19:00-20:00 Lab\n\n## Tuesday\n\n- 10:00-11:00 Review\n"
    )
    plan = read_plan(path).plan
    assert [d.weekday for d in plan.days] == ["mon", "tue"]
    assert pinned(plan, 0) == [("Reading", 60, "09:00"), ("Lab", 60, "19:00")]


def test_two_parts_of_one_weekday_in_a_row_are_one_day(tmp_path: Path) -> None:
    path = tmp_path / "halves.md"
    path.write_text(
        "# Week\n\n## Saturday morning\n\n- 09:00-10:00 Reading\n\n"
        "## Saturday afternoon\n\n- 14:00-15:00 Lab\n\n## Sunday\n\n- 10:00-11:00 Review\n"
    )
    plan = read_plan(path).plan
    assert [(d.weekday, d.title) for d in plan.days] == [("sat", "Saturday"), ("sun", "Sunday")]
    assert pinned(plan, 0) == [("Reading", 60, "09:00"), ("Lab", 60, "14:00")]
