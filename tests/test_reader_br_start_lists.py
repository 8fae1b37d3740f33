"""A one-line agenda joined by `<br>` (`09:00 Welcome<br>09:30 Keynote<br>…`) in a paragraph, a
list item or a table cell is a start list, a block per start until the next, not one block."""

from __future__ import annotations

import pytest

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "br_start_lists"


def blocks(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


def messages(name: str) -> list[str]:
    return [w.message for w in read_plan(PLANS / name).warnings]


def test_a_paragraph_of_starts_joined_by_br_is_a_block_per_start() -> None:
    read = read_plan(PLANS / "en-paragraph-under-day.md")
    assert [d.title for d in read.plan.days] == ["Saturday"]
    assert blocks(read.plan) == [
        ("Welcome", 30, "09:00"),
        ("Keynote", 90, "09:30"),
        ("Panel", 90, "11:00"),
        ("Workshop", 90, "13:30"),
    ]
    assert read.warnings == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "de-list-item.md",
            [("Begrüßung", 15, "09:00"), ("Vortrag", 90, "09:15"), ("Diskussion", 60, "11:00")],
        ),
        (
            "es-paragraph-alone.md",
            [("Bienvenida", 30, "10:00"), ("Charla", 60, "10:30"), ("Taller", 90, "11:30")],
        ),
        (
            "fr-table-cell.md",
            [("Accueil", 30, "09:00"), ("Conférence", 150, "09:30"), ("Atelier", 120, "14:00")],
        ),
    ],
)
def test_starts_joined_by_br_end_at_the_next_start_a_break_or_the_end(
    name: str, expected: list[tuple[str, int, str]]
) -> None:
    read = read_plan(PLANS / name)
    assert len(read.plan.days) == 1
    assert blocks(read.plan) == expected
    assert read.warnings == ()


def test_a_bullet_typed_again_after_each_br_is_left_out() -> None:
    read = read_plan(PLANS / "pt-repeated-bullets.md")
    assert blocks(read.plan) == [
        ("Receção", 30, "08:30"),
        ("Apresentação", 60, "09:00"),
        ("Trabalho em grupo", 90, "10:00"),
    ]
    assert [w.message for w in read.warnings] == []  # "11:30 Encerramento" closes the day


def test_each_weekday_row_s_cell_of_starts_is_that_day_s_agenda() -> None:
    read = read_plan(PLANS / "nl-two-weekday-rows.md")
    assert [d.title for d in read.plan.days] == ["Zaterdag", "Zondag"]
    saturday, sunday = read.plan.days
    assert [(b.title, b.min_minutes, b.at) for b in saturday.variants[0].blocks] == [
        ("Ontvangst", 30, "10:00"),
        ("Rondleiding", 90, "10:30"),
        ("Workshop", 120, "13:00"),
    ]
    assert [(b.title, b.min_minutes, b.at) for b in sunday.variants[0].blocks] == [
        ("Ontvangst", 15, "11:00"),
        ("Lezing", 60, "11:15"),
    ]
    assert sunday.notes == ("12:15 Afsluiting",)
    assert [(w.line, w.message) for w in read.warnings] == [
        (6, '"Afsluiting" has a start time but no length: kept as a note')
    ]


def test_a_br_before_a_line_with_no_time_stays_part_of_the_block() -> None:
    read = read_plan(PLANS / "it-untimed-part-stays.md")
    assert blocks(read.plan) == [("Lezione / Aula 3, secondo piano", 90, "09:00")]
