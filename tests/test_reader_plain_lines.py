"""Plain lines in a day that read as blocks (`### Day 1` / `Graphs (2h)` / `Trees 1h`)."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLAIN = DATA / "plain_lines"


def read(name: str) -> ReadResult:
    return read_plan(PLAIN / name)


def blocks(result: ReadResult) -> list[list[tuple[str, int]]]:
    return [
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in result.plan.days
    ]


def test_each_soft_broken_line_under_a_day_heading_is_a_block() -> None:
    result = read("plain-lines-under-days.md")
    assert blocks(result) == [[("Graphs", 120), ("Trees", 60)], [("Heaps", 90)]]
    assert [result.block_lines[(0, 0, 0)], result.block_lines[(0, 0, 1)]] == [4, 5]
    assert warnings(result) == []


def test_lines_with_the_length_first_or_after_a_dash_are_blocks() -> None:
    result = read("length-first-lines.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "wed"]
    assert blocks(result) == [[("Aufwärmen", 45), ("Laufen", 30)], [("Dehnen", 20)]]


def test_a_sentence_with_a_length_stays_a_note() -> None:
    result = read("sentence-stays-note.md")
    assert blocks(result) == [[("Álgebra", 60)], [("Geometría", 45)]]
    assert result.plan.days[0].notes == ("Intento estudiar 2 horas al día.",)


def test_a_paragraph_with_a_sentence_among_its_lines_stays_a_note() -> None:
    result = read("mixed-paragraph-stays-note.md")
    assert blocks(result) == [[("Strings", 60)]]
    (note,) = result.plan.days[0].notes
    assert note.startswith("Arrays (2h) Then I go for a walk")


def test_a_plain_line_with_several_lengths_gives_a_block_each() -> None:
    result = read("several-on-a-plain-line.md")
    assert blocks(result) == [
        [("Lesen", 30), ("Übungen", 45)],
        [("Vokabeln: Karten", 20), ("Vokabeln: Sätze", 25)],
    ]


def test_a_line_with_a_time_of_day_is_not_read_as_a_plain_block_line() -> None:
    result = read("clock-line-stays.md")
    # "09:00 Arrays (2h)" is left to the readers of timed lines, never a block of 2h at no time
    (day,) = result.plan.days
    unpinned = [(b.title, b.min_minutes) for v in day.variants for b in v.blocks if b.at is None]
    assert unpinned == [("Strings", 60)]


def test_a_plan_of_nothing_but_plain_block_lines_is_one_day_of_them() -> None:
    result = read("plain-lines-alone.md")
    assert blocks(result) == [[("Lezen", 45), ("Samenvatten", 20)]]


def test_a_plan_of_nothing_but_a_sentence_is_still_refused_as_prose() -> None:
    with pytest.raises(
        PlanError, match=r'1 paragraph gives a length in prose \(line 3: "2 hours"\)'
    ):
        read("prose-alone-refused.md")
