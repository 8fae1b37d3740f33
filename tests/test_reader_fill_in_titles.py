"""Templates with slots still to fill in: a `[Fill in: Essay outline]` prompt is titled by what it
names (so `[Fill in: Lunch]` is the meal, a gap), and a blank to write on after the session
(`Sprint 1 – ✍️ Topic: ______`) is not part of its title; words that only look like it stay."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FILL_INS = DATA / "fill_in_titles"


def read(name: str) -> ReadResult:
    return read_plan(FILL_INS / name)


def test_fill_in_prompts_are_titled_by_what_they_name_and_meals_are_gaps() -> None:
    result = read("en-fill-in-prompts-in-a-table.md")
    assert day_blocks(result.plan) == [
        (None, [("Essay outline", 90, "08:00"), ("Statistics problem set", 75, "09:45")])
    ]
    assert warnings(result) == []


def test_the_blank_to_write_the_topic_on_is_not_part_of_the_title() -> None:
    result = read("en-topic-blanks-after-the-session.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("📚 Sprint 1", 25, "19:00"),
                ("📚 Sprint 2", 25, "19:30"),
                ("Revision session (Flex)", 60, "20:00"),
                ("Notes on graphs", 30, "21:00"),  # no dash before it: the words are the title
            ],
        )
    ]


def test_fill_in_words_that_are_the_title_and_a_bare_blank_stay() -> None:
    result = read("en-fill-in-words-that-are-titles.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Fill in the gaps exercises, unit 6", 60, "09:00"),
                ("Block", 30, "10:00"),  # a slot with nothing written in it, as before
                ("Skill drills", 30, "10:30"),
            ],
        )
    ]
