"""A table of each day's length (`| Day 1 | 45 minutes |`, `| Tag 1 | 1 Stunde |`,
`| Session 2 | 45 min |`, `| Monday | 20 min |`) beside day headings over untimed bullets:
each day one block of its row's length, titled by its heading's topic."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, warnings

PLANS = DATA / "day_length_tables"


def test_allocation_table_before_the_days_times_each_day() -> None:
    result = read_plan(PLANS / "en-allocation-before-days.md")
    assert blocks_with_items(result.plan) == [
        ("Seeds and Sprouts", 40, None, ["What a seed needs to grow", "Parts of a seedling"]),
        ("Roots and Stems", 40, None, ["How water travels up a stem"]),
        ("Leaves and Light", 40, None, ["Why leaves face the window"]),
        ("Flowers and Fruit", 60, None, ["Draw a flower and label it", "Short quiz"]),
    ]
    assert warnings(result) == []


def test_session_keys_in_a_table_after_the_days() -> None:
    result = read_plan(PLANS / "en-allocation-after-days.md")
    assert blocks_with_items(result.plan) == [
        ("Square knot", 30, None, ["Tie it five times", "Untie it with one hand"]),
        ("Bowline", 45, None, ["Tie it around a post"]),
        ("Clove hitch", 30, None, ["Tie it on a rail"]),
    ]
    assert warnings(result) == []


def test_german_tag_dauer_table() -> None:
    result = read_plan(PLANS / "de-tag-dauer.md")
    assert blocks_with_items(result.plan) == [
        ("Farben mischen", 60, None, ["Primärfarben auf Papier", "Eine Farbskala malen"]),
        ("Nass in nass", 90, None, ["Himmel mit Verläufen"]),
    ]
    assert warnings(result) == []


def test_spanish_dia_tiempo_table() -> None:
    result = read_plan(PLANS / "es-dia-tiempo.md")
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Acordes abiertos", 30),
        ("Cambios de acorde", 45),
        ("Primera canción", 60),
    ]
    assert warnings(result) == []


def test_weekday_keys_give_the_weekday_headings_their_lengths() -> None:
    result = read_plan(PLANS / "en-weekday-keys-after.md")
    assert days(result.plan) == [
        ("mon", None, "Boxes"),
        ("wed", None, "Cylinders"),
        ("fri", None, "Shading"),
    ]
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Boxes", 20),
        ("Cylinders", 25),
        ("Shading", 30),
    ]
    assert warnings(result) == []


def test_a_total_that_is_not_the_sum_is_said() -> None:
    result = read_plan(PLANS / "en-total-disagrees.md")
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Flour and water", 45),
        ("First loaf", 60),
    ]
    assert warnings(result) == [
        '7: row "Total" says 120 min, but the days above it sum to 105 min: each day read at '
        "its own row's length"
    ]


def test_days_timed_by_their_own_lines_keep_them() -> None:
    result = read_plan(PLANS / "en-near-miss-timed-days.md")
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Drills", 20),
        ("Free typing", 10),
        ("Drills", 15),
        ("Short story copy", 15),
    ]
    assert warnings(result) == ["3: lines 3-6: a table in no day, not read"]


def test_a_table_after_the_last_day_is_the_days_table_not_its_rows() -> None:
    result = read_plan(PLANS / "en-table-ends-last-day.md")
    assert blocks_with_items(result.plan) == [
        ("Pinch pots", 50, None, ["Shape two small bowls"]),
        ("Coil pots", 70, None, ["Roll even coils", "Build a vase"]),
    ]
    assert [d.notes for d in result.plan.days] == [(), ()]
    assert warnings(result) == []
