"""A day heading whose range is joined by a word (`## Day 2 to Day 4: First Dialogues`,
`## Dag 5 tot 6: Herhaling`): each of those days, with the heading's blocks; a number that
starts a title (`## Day 8 to 12 flashcards a day`) leaves one day."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.day_headings import days_heading
from tests.paths import DATA

RANGES = DATA / "day_word_ranges"


def read(name: str) -> ReadResult:
    return read_plan(RANGES / name)


def test_a_range_joined_by_a_word_is_each_of_its_days() -> None:
    plan = read("one-edge-case.md").plan
    assert [d.number for d in plan.days] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [d.title for d in plan.days[1:6]] == ["First Dialogues"] * 3 + ["Herhaling"] * 2


def test_each_day_of_the_range_has_the_headings_blocks() -> None:
    plan = read("one-edge-case.md").plan
    for day in plan.days[1:4]:
        assert [(b.title, b.min_minutes) for b in day.variants[0].blocks] == [
            ("Textbook dialogue", 30),
            ("Flashcards", 15),
        ]


def test_a_count_after_the_word_is_no_range() -> None:
    plan = read("one-edge-case.md").plan
    assert plan.days[-1].number == 8
    assert [(b.title, b.min_minutes) for b in plan.days[-1].variants[0].blocks] == [
        ("Flashcards", 12)
    ]


def test_the_words_of_each_language() -> None:
    for text in ("Tag 2 bis Tag 4: Lesen", "Día 3 hasta día 5", "Jour 2 au jour 4 : Oral"):
        match = days_heading(text)
        assert match is not None
        assert match.group("num2") in ("4", "5")
