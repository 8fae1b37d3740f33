"""A day's schedule followed by sections that detail its rows and repeat their lengths
(`## Probeklausur Mathe (2 Stunden)`): one plan, the sections' lines items of those blocks."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "detail_sections"


def blocks(plan: Plan) -> list[tuple[str, int, str | None, list[str]]]:
    (day,) = plan.days
    (variant,) = day.variants
    return [(b.title, b.min_minutes, b.at, [i.text for i in b.items]) for b in variant.blocks]


def test_sections_that_repeat_a_rows_length_are_its_items_and_tips_after_them_are_warned() -> None:
    result = read_plan(PLANS / "de-table-then-detail-sections-and-tips.md")
    # Not "a 2-hour plan" beside the table's 4.5 hours: the table is the day.
    assert blocks(result.plan) == [
        (
            "Probeklausur Mathe",
            120,
            "09:00",
            [
                "Teil 1: Analysis (60 Minuten)",
                "Kurvendiskussion",
                "Teil 2: Stochastik (60 Minuten)",
                "Baumdiagramme",
            ],
        ),
        ("Korrektur", 60, "11:15", []),
        ("Wiederholung Analysis", 90, "13:00", ["Ableitungen", "Integrale"]),
    ]
    assert [f"{w.line}: {w.message}" for w in result.warnings] == [
        '22: "Pausen einplanen (5 min)" is after the schedule and its details: not read',
        '27: "Aufwärmen | 10 min" is after the schedule and its details: not read',
    ]


def test_a_heading_detailing_a_span_line_is_no_second_block_and_a_new_one_still_is() -> None:
    result = read_plan(PLANS / "en-span-list-then-detail-heading.md")
    assert blocks(result.plan) == [
        ("Reading: chapter 4", 90, "09:00", []),
        ("Practice set", 90, "10:45", ["Problems 1-10", "Check answers"]),
        ("Flashcards", 30, "13:00", []),
        # A heading that names no row of the schedule is a block of its own, as before.
        ("Evening review", 30, None, ["Summarise the day"]),
    ]
    assert result.warnings == ()
