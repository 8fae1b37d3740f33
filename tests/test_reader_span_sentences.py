"""A clock span's line that goes on in sentences: the first sentence is the block's title, the
others its note; a copula after the span (`is`, `will be`) is no part of the title."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

HERE = DATA / "span_sentences"


def read(name: str) -> ReadResult:
    return read_plan(HERE / name)


def titled(result: ReadResult) -> list[tuple[str | None, str, str | None, str | None, int]]:
    return [(d.weekday, b.title, b.note, b.at, b.min_minutes) for d, b in blocks_of(result.plan)]


def test_the_first_sentence_after_a_span_is_the_title_and_the_rest_its_note() -> None:
    result = read("prose-span-paragraphs.md")
    assert titled(result) == [
        (
            "mon",
            "workshop time",
            "There is a snack break at half past ten. Bring a laptop",
            "09:00",
            180,
        ),
        ("mon", "project time", None, "13:00", 180),
        ("tue", "Field trip", "Meet at the main gate", "09:00", 120),
        ("tue", "Talk by Prof. Okafor on robotics", None, "11:30", 60),
        ("tue", "Team demos (incl. Q&A) in the hall", None, "13:00", 120),
    ]
    assert warnings(result) == []


def test_dots_that_end_no_sentence_leave_the_title_whole() -> None:
    result = read("one-sentence-titles.md")
    assert titled(result) == [
        ("wed", "Read ch. 4 of the statistics book", None, "18:00", 60),
        ("wed", "Island hopping essay. draft two", None, "19:15", 75),
        ("wed", "Is-a and has-a relations in UML", None, "20:30", 30),
    ]
