"""A length written as a sum (`65 + 60 min`, `1 h + 30 min`) is the sum, in table cells and in
list items; a number that ends a title (`chapter 3 + 30 min`) is no term of it."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.durations import parse_duration
from tests.paths import DATA
from tests.reader_support import pinned, warnings

SUMS = DATA / "plus_lengths"


def read(name: str) -> ReadResult:
    return read_plan(SUMS / name)


def test_sums_read_as_one_length() -> None:
    assert parse_duration("65 + 60 min") == (125, 125)
    assert parse_duration("(20 + 25 min)") == (45, 45)
    assert parse_duration("1h + 30 min") == (90, 90)
    assert parse_duration("2 + 1 h") == (180, 180)
    assert parse_duration("65 + 60 Min.") == (125, 125)


def test_a_day_rows_sum_of_minutes_is_the_days_length() -> None:
    result = read("day-rows-sum-in-minutes.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["Road signs", "Mock test part A + part B"]
    assert pinned(plan, 1) == [("Mock test part A + part B", 85, None)]
    assert warnings(result) == []


def test_a_sum_in_brackets_after_a_bullets_title() -> None:
    result = read("bullet-sum-in-brackets.md")
    assert pinned(result.plan, 0) == [
        ("Scales and sight reading", 45, None),
        ("Repertoire", 30, None),
    ]


def test_a_german_sum_of_minutes_in_a_zeitaufwand_column() -> None:
    result = read("zeilen-summe-minuten.md")
    assert pinned(result.plan, 1) == [("Bögen A + B", 85, None)]


def test_hours_plus_minutes_in_a_table_cell() -> None:
    result = read("hours-plus-minutes-cell.md")
    assert pinned(result.plan, 0) == [("Derivadas", 90, None)]
    assert pinned(result.plan, 1) == [("Integrales", 120, None)]


def test_three_numbers_share_the_unit_of_the_last() -> None:
    result = read("three-numbers-summed.md")
    assert pinned(result.plan, 0) == [("Three short quizzes", 35, None)]


def test_a_number_after_a_word_is_no_term_of_the_sum() -> None:
    result = read("chapter-number-is-no-term.md")
    blocks = result.plan.days[0].variants[0].blocks
    assert [(b.min_minutes, b.max_minutes) for b in blocks] == [(30, 30)]
