"""An HTML programme of `<time>` starts, each over a heading (`<time>Ore 19.30 — Terrazzo</time>`
then `<h3>Lettura di Bartleby</h3>`): a start titled by the heading, the place its item, the
last start without a length warned; a `<time>` holding a date is no start."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items as blocks

PLANS = DATA / "html_time_titles"

Block = tuple[str, int, str | None, list[str]]


def test_italian_starts_run_to_the_next_and_the_last_is_warned() -> None:
    read = read_plan(PLANS / "it-ore-dash-place.md")
    assert [(d.title, d.weekday) for d in read.plan.days] == [("Sabato 20 giugno 2026", "sat")]
    assert blocks(read.plan) == [
        ("Laboratorio di stampa", 90, "17:00", ["Cortile"]),
        ("Incontro con l'autrice", 150, "18:30", ["Biblioteca"]),
    ]
    assert [(w.line, w.message) for w in read.warnings] == [
        (14, '"21:00 Cinema all\'aperto" has a start time but no length')
    ]


@pytest.mark.parametrize(
    ("name", "expected", "last"),
    [
        ("en-time-pm-bar-h4.md", [("Welcome & tour", 45, "18:30", ["Main hall"])], 10),
        ("de-um-uhr.md", [("Kinderprogramm", 120, "16:00", ["Hof"])], 10),
    ],
)
def test_a_start_with_its_mark_or_word_is_titled_by_its_heading(
    name: str, expected: list[Block], last: int
) -> None:
    read = read_plan(PLANS / name)
    assert blocks(read.plan) == expected
    assert [w.line for w in read.warnings] == [last]


def test_a_time_element_holding_a_date_is_no_start() -> None:
    read = read_plan(PLANS / "time-is-a-date-not-read.md")
    assert blocks(read.plan) == [("Reading", 60, "09:00", [])]
    assert read.warnings == ()
