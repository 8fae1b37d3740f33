"""Untimed task tables under day headings: the day's notes, never dropped without a word."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "untimed_day_tables"


def _days(name: str) -> list[tuple[str, list[tuple[str, int]], tuple[str, ...]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks], d.notes)
        for d in plan.days
    ]


def test_a_task_table_between_timed_days_is_the_days_notes() -> None:
    assert _days("en-task-table-between-timed-days.md") == [
        ("Day 1", [("Welcome breakfast", 30), ("Laptop setup", 90)], ()),
        (
            "Day 2",
            [],
            (
                "Read the handbook | security and travel chapters",
                "Meet the team | one coffee each",
            ),
        ),
        ("Day 3", [("Shadow a support call", 120)], ()),
    ]
    assert warnings(read_plan(PLANS / "en-task-table-between-timed-days.md")) == []


def test_a_day_range_shares_its_task_table_without_empty_status_boxes() -> None:
    days = _days("fr-day-range-task-tables.md")
    assert days[0][1] == [("Accueil", 60), ("Installation du poste", 120)]
    tasks = ("Lire la charte | sécurité, RGPD", "Visiter les locaux")
    assert [(title, notes) for title, _, notes in days[1:]] == [
        ("Day 2", tasks),
        ("Day 3", tasks),
    ]


def test_a_german_task_table_under_a_weekday_leaves_its_boxes_out() -> None:
    assert _days("de-table-under-weekday.md")[1] == (
        "Dienstag",
        [],
        ("Text lesen | Lehrbuch S. 34", "Wörter notieren | Heft"),
    )


def test_a_table_with_lengths_stays_blocks_and_adds_no_notes() -> None:
    assert _days("timed-table-stays-blocks.md") == [
        ("Day 1", [("Read chapter 1", 30), ("Summarise it", 15)], ()),
        ("Day 2", [("Read chapter 2", 45)], ()),
    ]
