"""Day labels in a table's Day column (`J1`, `D1`, `T1`, `G1`, `Day 2`): the days' numbers, and
a day of several rows titled by its label as written; a day of one row keeps its topic."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "day_labels"


def read(name: str) -> ReadResult:
    return read_plan(PLANS / name)


def numbered(result: ReadResult) -> list[tuple[int, str]]:
    return [(d.number, d.title) for d in result.plan.days]


def test_french_jour_labels_number_and_title_the_days() -> None:
    result = read("fr-jour-labels.md")
    assert numbered(result) == [(1, "J1"), (2, "J2")]
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Accueil et présentation des terres", 45, "09:00"),
                ("Pétrissage et premiers bols", 135, "09:45"),
                ("Tournage au colombin", 150, "13:30"),
            ],
        ),
        (None, [("Tournassage des bols", 90, "09:00"), ("Émaillage", 90, "10:30")]),
    ]
    assert warnings(result) == []


def test_german_tag_labels() -> None:
    result = read("de-tag-labels.md")
    assert numbered(result) == [(1, "T1"), (2, "T2")]
    assert [len(blocks) for _, blocks in day_blocks(result.plan)] == [2, 2]


def test_italian_giorno_labels() -> None:
    result = read("it-giorno-labels.md")
    assert numbered(result) == [(1, "G1"), (2, "G2")]
    assert day_blocks(result.plan)[1][1] == [
        ("Ritratto in studio", 120, "14:00"),
        ("Revisione degli scatti", 60, "16:00"),
    ]


def test_short_and_long_labels_mixed_read_alike() -> None:
    result = read("en-d-and-day-labels.md")
    assert numbered(result) == [(1, "D1"), (2, "Day 2")]


def test_a_day_of_one_row_keeps_its_topic_as_its_title() -> None:
    result = read("en-one-row-a-day-keeps-its-topic.md")
    assert numbered(result) == [(1, "Base cases"), (2, "Memoisation"), (3, "Backtracking")]


def test_bare_day_numbers_keep_the_first_activity_as_the_title() -> None:
    # "| 1 |" says no more than the day's number: titled as before, by its first row.
    result = read("en-bare-numbers-stay.md")
    assert numbered(result) == [(1, "Canoe safety"), (2, "Orienteering")]
