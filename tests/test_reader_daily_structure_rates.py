"""A daily structure written once (`### Daily Structure` over `* **20 min**: Read the chapter`)
over untimed days, one of which says only how long each of several things takes (`Time
yourself (10–15 min each)`): every day takes the structure, the rate is that day's note."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

PLANS = DATA / "daily_structure_rates"

_SQL = [("Read the chapter", 20, None), ("Write the queries", 60, None),
        ("Explain one query aloud", 15, None)]  # fmt: skip


def test_a_rate_in_brackets_leaves_the_day_to_the_daily_structure() -> None:
    result = read_plan(PLANS / "each-rate-day.md")
    assert dated_days(result.plan) == [
        (1, None, None, "Selecting rows", _SQL),
        (1, None, None, "Joins", _SQL),
        (1, None, None, "Timed drill", _SQL),
    ]
    assert list(result.plan.days[2].notes) == [
        "Pick four old exercises",
        "Time yourself (10–15 min each)",
    ]
    assert warnings(result) == []


def test_a_german_rate_pro_aufgabe_under_a_tagesablauf() -> None:
    result = read_plan(PLANS / "pro-aufgabe-german.md")
    steps = [("Theorie wiederholen", 30, None), ("Aufgaben rechnen", 45, None)]
    assert dated_days(result.plan) == [
        (None, None, None, "Brüche", steps),
        (None, None, None, "Gleichungen", steps),
        (None, None, None, "Probeklausur", steps),
    ]
    assert "Drei alte Klausuraufgaben (20 Min. pro Aufgabe)" in result.plan.days[2].notes
    assert warnings(result) == []


def test_a_day_with_a_block_of_its_own_keeps_the_structure_unread() -> None:
    result = read_plan(PLANS / "own-block-near-miss.md")
    assert dated_days(result.plan) == [
        (None, None, None, "Forks", []),
        (None, None, None, "Pins", []),
        (None, None, None, "Tournament day", [("Club tournament", 180, None)]),
    ]
    assert warnings(result) == [
        '5: "**15 min**: Tactics puzzles" is in no day: not read',
        '6: "**30 min**: Play one game" is in no day: not read',
    ]
