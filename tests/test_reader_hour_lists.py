"""A time column whose cells list the hours they cover (`11<br>12<br>1`): each row a slot from
its first hour to the hour after its last, on the clock as the hours run on."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "hour_lists"


def read(name: str) -> ReadResult:
    return read_plan(PLANS / name)


def test_listed_hours_run_on_past_noon_on_a_twelve_hour_clock() -> None:
    result = read("en-hours-a-row-covers.md")
    # 11, 12, 1 is 11:00-14:00; the empty first column is no column of the plan.
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Past paper, timed", 120, "08:00"),
                ("Mark it and note the slips", 60, "10:00"),
                ("Flash cards, then lunch out", 180, "11:00"),
                ("Rewrite the weakest topic", 120, "14:00"),
            ],
        )
    ]
    assert [result.block_lines[(0, 0, b)] for b in range(4)] == [5, 6, 7, 8]
    assert warnings(result) == []


def test_listed_hours_on_a_twenty_four_hour_clock() -> None:
    result = read("de-stunden-untereinander.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Vokabeln und Grammatik", 120, "14:00"),
                ("Joggen", 60, "16:00"),
                ("Referat vorbereiten", 180, "17:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_hours_not_listed_one_after_the_other_are_free_time_between_rows() -> None:
    result = read("es-horas-con-un-hueco.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Repaso de álgebra", 120, "09:00"), ("Problemas de física", 120, "12:00")])
    ]
    assert warnings(result) == []
