"""A heading that names its days by a group's word (`# Weekday Template – Lab Days`) over a line
that says on which of them it is used (`**This template is used on lab weekdays (Tue / Thu).**`,
`> Nur Dienstag und Donnerstag`): those days only, not every weekday."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

if TYPE_CHECKING:
    from pathlib import Path

SUBSETS = DATA / "group_subsets"


def read(name: str) -> ReadResult:
    return read_plan(SUBSETS / name)


def test_the_template_is_read_on_the_days_its_line_lists() -> None:
    assert day_blocks(read("one-edge-case.md").plan) == [
        ("tue", [("Morning", 120, "07:00"), ("Evening", 90, "18:00")]),
        ("thu", [("Morning", 120, "07:00"), ("Evening", 90, "18:00")]),
    ]


def test_a_german_quote_saying_only_which_days_narrows_the_group_too(tmp_path: Path) -> None:
    plan = tmp_path / "werktage.md"
    plan.write_text(
        "## Werktage – Abendroutine\n\n> Nur Dienstag und Donnerstag\n\n"
        "- 19:00 - 20:00 Vokabeln\n- 20:00 - 20:30 Lesen\n",
        encoding="utf-8",
    )
    assert [d.weekday for d in read_plan(plan).plan.days] == ["tue", "thu"]


def test_a_sentence_that_names_days_on_the_way_leaves_every_weekday(tmp_path: Path) -> None:
    plan = tmp_path / "evenings.md"
    plan.write_text(
        "## Weekday evenings\n\nOn Mon and Wed I also swim after work.\n\n"
        "- 19:00 - 20:00 Reading\n- 20:00 - 20:30 Flashcards\n",
        encoding="utf-8",
    )
    assert [d.weekday for d in read_plan(plan).plan.days] == ["mon", "tue", "wed", "thu", "fri"]
