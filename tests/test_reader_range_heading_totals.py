"""A heading of a weekday range with its total after a dash or a colon (`## Weekend (Saturday &
Sunday) — 6 hours total`, `### Sat–Sun: 4 h in all`, `## Mon–Wed: 6 hours total`) over untimed
bullets: the total is shared by the days it names (3 h each), with a warning; a length said to
be each day's (`3 horas cada día`) is each day's; a weekend named by its word alone (`## Weekend:
3 hours total`) is one sitting on Saturday, as `**Weekend** (3 hours total)` is."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FOLDER = DATA / "range_heading_totals"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_a_weekend_naming_its_days_shares_a_total_after_a_dash() -> None:
    result = read("en-weekend-named-days-dash-total.md")
    weekend = "Weekend (Saturday & Sunday)"
    assert day_blocks(result.plan) == [
        ("thu", [("Colour wheel", 45, None)]),
        ("sat", [(weekend, 180, None)]),
        ("sun", [(weekend, 180, None)]),
    ]
    assert [i.text for i in result.plan.days[1].variants[0].blocks[0].items] == [
        "Paint the harbour scene",
        "Layering washes",
    ]
    assert warnings(result) == [
        f'7: "{weekend} — 6 hours total" gives a total for 2 days (360 min): read as 180 min '
        "on each"
    ]


def test_a_short_range_with_in_all_after_a_colon_is_shared() -> None:
    result = read("en-short-range-colon-in-all.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Tactics puzzles", 30, None)]),
        ("sat", [("Sat–Sun", 120, None)]),
        ("sun", [("Sat–Sun", 120, None)]),
    ]
    assert warnings(result) == [
        '9: "Sat–Sun: 4 h in all" gives a total for 2 days (240 min): read as 120 min on each'
    ]


def test_a_weekday_range_total_after_a_colon_is_shared() -> None:
    result = read("en-weekday-range-colon-total.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Mon–Wed", 120, None)]),
        ("tue", [("Mon–Wed", 120, None)]),
        ("wed", [("Mon–Wed", 120, None)]),
        ("fri", [("Hemming practice", 60, None)]),
    ]
    assert warnings(result) == [
        '3: "Mon–Wed: 6 hours total" gives a total for 3 days (360 min): read as 120 min on each'
    ]


def test_a_length_for_each_day_stays_each_days() -> None:
    result = read("es-each-day-stays-each.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Sábado y domingo", 180, None)]),
        ("sun", [("Sábado y domingo", 180, None)]),
    ]
    assert warnings(result) == []


def test_the_weekend_word_alone_keeps_its_total_on_saturday() -> None:
    result = read("en-weekend-word-total-stays-one-day.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Bowing drills", 20, None)]),
        ("sat", [("Learn the new étude", 180, None)]),
    ]
    assert warnings(result) == []
