"""Weekday headings written short with nothing after the name (`## Fri`, `## Sat`), with no
titled short heading beside them: each that weekday's day when two or more name weekdays of one
language, or one stands beside a short range of its level (`## Mon–Thu` then `## Fri`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

if TYPE_CHECKING:
    from pathlib import Path

RUNS = DATA / "bare_short_weekday_runs"


def test_a_range_then_short_names_alone_are_the_week() -> None:
    plan = read_plan(RUNS / "one-edge-case.md").plan
    early = [("Scales and arpeggios", 30, "07:00"), ("Sonata, first movement", 45, "19:00")]
    assert day_blocks(plan) == [
        ("mon", early),
        ("tue", early),
        ("wed", early),
        ("thu", early),
        ("fri", [("Full run-through", 60, "19:00")]),
        ("sat", [("Lesson and notes", 90, "10:00")]),
    ]
    assert [day.title for day in plan.days][-2:] == ["Friday", "Saturday"]


def test_german_short_names_alone_name_their_days(tmp_path: Path) -> None:
    plan = tmp_path / "woche.md"
    plan.write_text(
        "# Woche\n\n## Mo\n- 18:00-19:00 Vokabeln\n\n## Mi\n- 18:00-19:30 Grammatik\n",
        encoding="utf-8",
    )
    assert [(d.weekday, d.title) for d in read_plan(plan).plan.days] == [
        ("mon", "Montag"),
        ("wed", "Mittwoch"),
    ]


def test_one_short_name_alone_is_no_day(tmp_path: Path) -> None:
    plan = tmp_path / "exam.md"
    plan.write_text("# Prep\n\n## Sat\n- 09:00-10:00 Reading section\n", encoding="utf-8")
    assert [d.weekday for d in read_plan(plan).plan.days] == [None]
