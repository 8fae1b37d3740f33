"""A tip that gives a range of time as an amount (`Do 5–10 minutes of stretching`) after a
plan's timed lines is a note; a plan whose only length is such a tip is refused; inside a day,
or beside blocks in its list, it stays a block."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import read_plan
from planexport.reader.advice_ranges import advice_range
from tests.paths import DATA
from tests.reader_support import blocks_of

PLANS = DATA / "advice_ranges"


def blocks(plan: Plan) -> list[tuple[str, int, int, str | None]]:
    return [(b.title, b.min_minutes, b.max_minutes, b.at) for _, b in blocks_of(plan)]


def test_a_tip_after_a_timetable_is_a_note() -> None:
    read = read_plan(PLANS / "tips-after-a-timetable.md")
    assert blocks(read.plan) == [
        ("Chemistry", 50, 50, "19:00"),
        ("Biology", 50, 50, "20:00"),
    ]
    assert read.plan.days[0].notes == (
        "Drink a glass of water",
        "Do 5–10 minutes of stretching",
    )
    assert read.warnings == ()


def test_a_german_tip_after_a_timed_list_is_a_note() -> None:
    plan = read_plan(PLANS / "pausen-nach-der-liste.md").plan
    assert blocks(plan) == [("Mathematik", 60, 60, "18:00"), ("Englisch", 45, 45, "19:15")]
    assert plan.days[0].notes == ("Mach 5–10 Minuten Dehnübungen", "Ein Glas Wasser trinken")


@pytest.mark.parametrize(
    ("name", "line", "length"),
    [
        ("tips-only-refused.md", 5, "15 to 60 minutes"),
        ("consejos-refused.md", 4, "5 a 10 minutos"),
    ],
)
def test_a_plan_whose_only_length_is_a_tip_is_refused(name: str, line: int, length: str) -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    assert raised.value.line == line
    message = str(raised.value)
    assert "no timed blocks found (no days found" in message
    assert f'the only length is advice, line {line}: "{length}" as an amount in a tip' in message


def test_a_range_inside_a_day_stays_a_block() -> None:
    plan = read_plan(PLANS / "range-in-a-day-stays-a-block.md").plan
    assert [(lo, hi) for _, lo, hi, _ in blocks(plan)] == [(10, 15), (20, 20)]


def test_a_range_beside_blocks_in_its_list_stays_a_block() -> None:
    plan = read_plan(PLANS / "range-beside-blocks-stays-a-block.md").plan
    assert [(lo, hi) for _, lo, hi, _ in blocks(plan)] == [(60, 60), (10, 15)]


def test_a_range_before_the_timetable_stays_a_block() -> None:
    plan = read_plan(PLANS / "range-before-the-timetable-stays-a-block.md").plan
    assert [(lo, hi, at) for _, lo, hi, at in blocks(plan)] == [
        (5, 10, None),
        (45, 45, "18:00"),
        (45, 45, "18:45"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Do 5–10 minutes of stretching",
        "Haz 5 a 10 minutos de estiramientos",
        "Mach 5–10 Minuten Dehnübungen",
        "Fais 5 à 10 minutes d'étirements",
        "Fai 5-10 minuti di stretching",
        "Faça 5 a 10 minutos de alongamento",
        "Doe 5 tot 10 minuten aan rekoefeningen",
        "for example walking 15 to 60 minutes or yoga",
    ],
)
def test_a_range_as_an_amount_is_advice(text: str) -> None:
    assert advice_range(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stretching (5–10 min)",
        "Warm-up: 5–10 minutes of jogging",
        "5–10 minutes of stretching",
        "Do 10 minutes of stretching",
        "Review flashcards 20–30 min before bed",
        "Read chapter 3 for 30–45 min",
        "18:00–18:45 Fractions",
    ],
)
def test_a_block_s_range_is_no_advice(text: str) -> None:
    assert not advice_range(text)
