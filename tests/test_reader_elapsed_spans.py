"""Spans counted from the session's start in headings and lines (`### Part 1 (0:00 - 0:50)`,
`**00:30–01:15** Übung`): lengths in order, never times after midnight."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import load, read_plan
from tests.paths import DATA

PLANS = DATA / "elapsed_spans"


def blocks(plan: Plan, index: int) -> list[tuple[str, int, str | None]]:
    (variant,) = plan.days[index].variants
    return [(b.title, b.min_minutes, b.at) for b in variant.blocks]


def messages(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_part_headings_from_zero_are_unpinned_lengths_in_order() -> None:
    plan = load(PLANS / "en-part-headings-from-zero.md")
    # The break between Part 1 and Part 2 is a gap, never a reason to lose Part 1.
    assert blocks(plan, 0) == [("Kickoff", 50, None), ("Branches", 45, None), ("Review", 45, None)]
    # Day 2 restarts at 0:00 with one part: counted the same way as day 1.
    assert blocks(plan, 1) == [("Pipelines", 60, None)]
    (variant,) = plan.days[0].variants
    assert [item.text for item in variant.blocks[0].items] == ["Why version control"]
    said = "times counted from 0:00 are read as lengths from the session's start"
    assert [m for m in messages("en-part-headings-from-zero.md") if said in m] == [
        f"5: {said}, not pinned at midnight",
        f"17: {said}, not pinned at midnight",
    ]


def test_bold_lines_led_by_spans_from_zero_are_lengths() -> None:
    plan = load(PLANS / "de-fette-zeilen-ab-null.md")
    assert blocks(plan, 0) == [
        ("Begrüßung und Ziele", 30, None),
        ("Übung am Modell", 45, None),
        ("Auswertung", 35, None),
    ]


def test_a_night_that_runs_past_midnight_stays_clock_time() -> None:
    plan = load(PLANS / "fr-nuit-apres-minuit.md")
    assert blocks(plan, 0) == [
        ("Ronde du soir", 120, "22:00"),
        ("Rapport", 120, "00:00"),
        ("Contrôle des accès", 60, "02:00"),
    ]
    assert messages("fr-nuit-apres-minuit.md") == []
