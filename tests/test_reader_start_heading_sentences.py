"""A sentence under a start heading whose length is said of a part of it (`Some reading and then
a short power nap for 25 minutes.`) lasts until the next start, titled by its words before the
length, the sentence its note; the last start, with no next one, keeps the length."""

from __future__ import annotations

import pytest

from planexport.model import Plan
from planexport.reader import read_plan
from planexport.reader.part_sentences import part_title
from tests.paths import DATA
from tests.reader_support import blocks_of

PLANS = DATA / "start_heading_sentences"


def blocks(plan: Plan) -> list[tuple[str, int, str | None, str | None]]:
    return [(b.title, b.min_minutes, b.at, b.note) for _, b in blocks_of(plan)]


def test_a_nap_for_20_minutes_is_inside_the_start_s_time() -> None:
    read = read_plan(PLANS / "nap-inside-the-afternoon.md")
    assert blocks(read.plan) == [
        ("Deep work on chapter two", 240, "09:00", None),
        (
            "Some reading and then a short nap",
            90,
            "13:00",
            "Some reading and then a short nap for 20 minutes.",
        ),
        ("Emails and admin", 90, "14:30", None),
    ]
    assert [(w.line, w.message) for w in read.warnings] == [
        (12, '"4:00 PM Wrap up" has a start time but no length')
    ]


def test_danach_ein_mittagsschlaf_von_25_minuten_is_inside_the_hour() -> None:
    plan = read_plan(PLANS / "danach-mittagsschlaf.md").plan
    assert [(title, minutes, at) for title, minutes, at, _ in blocks(plan)] == [
        ("Karteikarten wiederholen", 240, "09:00"),
        ("Etwas lesen und danach ein kurzer Mittagsschlaf", 60, "13:00"),
        ("Übungsblatt rechnen", 120, "14:00"),
    ]
    assert blocks(plan)[1][3] == "Etwas lesen und danach ein kurzer Mittagsschlaf von 25 Minuten."


def test_the_last_start_keeps_the_length_of_its_sentence() -> None:
    plan = read_plan(PLANS / "last-start-keeps-its-length.md").plan
    assert [(title, minutes, at) for title, minutes, at, _ in blocks(plan)] == [
        ("Dinner with friends", 120, "18:00"),
        ("A walk and then some reading", 40, "20:00"),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Some reading and then a short power nap for 25 minutes.",
            "Some reading and then a short power nap",
        ),
        (
            "Etwas lesen und danach ein Mittagsschlaf von 25 Minuten.",
            "Etwas lesen und danach ein Mittagsschlaf",
        ),
        ("Leer un poco y luego una siesta de 25 minutos.", "Leer un poco y luego una siesta"),
        ("Un peu de lecture puis une sieste de 25 minutes.", "Un peu de lecture puis une sieste"),
        (
            "Un po' di lettura e poi un pisolino di 25 minuti.",
            "Un po' di lettura e poi un pisolino",
        ),
        (
            "Um pouco de leitura e depois uma sesta de 25 minutos.",
            "Um pouco de leitura e depois uma sesta",
        ),
        ("Wat lezen en daarna een dutje van 25 minuten.", "Wat lezen en daarna een dutje"),
    ],
)
def test_a_length_said_of_a_part_gives_a_short_title(text: str, title: str) -> None:
    assert part_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "Reading for 30 minutes.",
        "Review (30 min), then a break.",
        "Nap: 25 minutes, then emails.",
        "Some reading and then a short power nap for 25 minutes",
        "25 minutes of reading, then a nap.",
    ],
)
def test_a_line_s_own_length_is_no_part(text: str) -> None:
    assert part_title(text) is None
