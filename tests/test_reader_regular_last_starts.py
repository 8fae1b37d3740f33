"""The last start of a list of starts at a regular step (`15h00`, `15h20`, `15h40 : Gamma`)
lasts one step too, with a warning; a last start after steps that differ, or after one step
only, still has no length and is not read."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.last_starts import regular_step
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "regular_last_starts"


def test_the_last_of_twenty_minute_slots_lasts_twenty_minutes() -> None:
    result = read_plan(PLANS / "fr-twenty-minute-slots.md")
    assert day_blocks(result.plan) == [
        (
            "tue",
            [
                ("Équipe rouge", 20, "14:00"),
                ("Équipe verte", 20, "14:20"),
                ("Équipe bleue", 20, "14:40"),
                ("Équipe jaune", 20, "15:00"),
            ],
        )
    ]
    assert warnings(result) == [
        '9: "15h00 : Équipe jaune" has a start time but no length: read as 20 min like the '
        "ones before"
    ]


def test_three_starts_half_an_hour_apart_make_a_series() -> None:
    result = read_plan(PLANS / "en-half-hour-talks.md")
    assert day_blocks(result.plan)[0][1][-1] == ("Open questions", 30, "11:00")
    assert warnings(result) == [
        '7: "11:00 Open questions" has a start time but no length: read as 30 min like the '
        "ones before"
    ]


def test_hourly_and_three_quarter_steps_in_spanish_and_dutch() -> None:
    spanish = read_plan(PLANS / "es-hourly-blocks.md")
    assert day_blocks(spanish.plan)[0][1][-1] == ("Literatura", 60, "11:00")
    dutch = read_plan(PLANS / "nl-three-quarter-steps.md")
    assert day_blocks(dutch.plan)[0][1] == [
        ("Presentatie groep A", 45, "13:00"),
        ("Presentatie groep B", 45, "13:45"),
        ("Presentatie groep C", 45, "14:30"),
    ]
    assert "read as 45 min like the ones before" in warnings(dutch)[0]


def test_steps_that_differ_leave_the_last_start_unread() -> None:
    result = read_plan(PLANS / "de-steps-differ.md")
    assert day_blocks(result.plan) == [
        ("wed", [("Vokabeln", 30, "09:00"), ("Grammatik", 45, "09:30")])
    ]
    assert warnings(result) == ['7: "10:15 Lesen" has a start time but no length']


def test_two_starts_are_no_series() -> None:
    result = read_plan(PLANS / "it-two-starts-only.md")
    assert day_blocks(result.plan) == [("mon", [("Ripasso di analisi", 60, "16:00")])]
    assert warnings(result) == ['6: "17:00 Esercizi di fisica" has a start time but no length']


def test_a_meal_last_is_no_block_of_the_series() -> None:
    result = read_plan(PLANS / "pt-hourly-with-lunch-last.md")
    assert day_blocks(result.plan) == [
        ("thu", [("Biologia", 60, "10:00"), ("Química", 60, "11:00")])
    ]
    assert warnings(result) == ['7: "12:00 Almoço" has a start time but no length']


def test_regular_step() -> None:
    assert regular_step([900, 920, 940]) == 20
    assert regular_step([1410, 1430, 10]) == 20  # over midnight
    assert regular_step([540, 570, 615]) is None
    assert regular_step([960, 1020]) is None
    assert regular_step([540, None, 600]) is None
    assert regular_step([540, 540, 540]) is None


def test_the_last_line_of_a_code_block_of_quarter_hours_lasts_a_quarter() -> None:
    result = read_plan(PLANS / "de-code-block-quarter-hours.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Aufstehen und Wasser", 15, "06:00"),
                ("Dehnen", 15, "06:15"),
                ("Vokabeln", 15, "06:30"),
            ],
        )
    ]
    assert warnings(result) == [
        '8: "Vokabeln" has a start time but no length: read as 15 min like the ones before'
    ]
