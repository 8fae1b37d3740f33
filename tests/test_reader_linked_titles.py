"""A start row's title cell whose `<br>` parts after the first are links alone (`Welcome and
setup <br> [Intro slides (pdf)](slides/intro.pdf)`): the first part titles the block, the links
are its note."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

SMALL = DATA / "linked_titles"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_link_parts_after_a_title_are_its_note() -> None:
    result = read("start-rows-with-link-parts.md")
    (day,) = result.plan.days
    blocks = [(b.title, b.min_minutes, b.at, b.note) for v in day.variants for b in v.blocks]
    assert blocks[:2] == [
        ("Welcome and setup", 30, "09:00", "Room 1\n[Intro slides (pdf)](slides/intro.pdf)"),
        ("Git basics", 60, "09:30", "Room 1\n[Slides](slides/git.pdf)\n[Exercises](ex/git.md)"),
    ]
    assert warnings(result) == []


def test_a_part_that_leads_into_its_link_or_plain_words_stay_in_the_title() -> None:
    result = read("start-rows-with-link-parts.md")
    (day,) = result.plan.days
    blocks = [(b.title, b.min_minutes, b.at, b.note) for v in day.variants for b in v.blocks]
    assert blocks[2:] == [
        ("Exercise / Branching practice", 45, "10:45", "Room 2"),
        ("Wrap-up / Room 2", 30, "11:30", None),
    ]
