"""Note templates whose front matter holds the template's placeholders (`{{date:YYYY-MM-DD}}`,
`<% tp.file.creation_date() %>`): the front matter is read with each placeholder as written,
so the plan below it is read; a front matter mistake of another kind is still refused."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

TEMPLATES = DATA / "template_front"


def read(name: str) -> ReadResult:
    return read_plan(TEMPLATES / name)


def test_date_placeholders_in_front_matter_are_text_and_the_blocks_are_read() -> None:
    result = read("en-date-placeholders-in-front-matter.md")
    assert result.plan.title == "Revision day {{date:YYYY-MM-DD}}"
    assert day_blocks(result.plan) == [
        (None, [("Statistics worksheet", 90, "08:30"), ("Flashcards, chapter 4", 45, "10:15")])
    ]
    assert warnings(result) == []


def test_templater_commands_in_front_matter_do_not_refuse_the_plan() -> None:
    result = read("en-templater-commands-in-front-matter.md")
    assert day_blocks(result.plan) == [
        (None, [("Vocabulary review", 45, "07:00"), ("Essay draft", 90, "18:00")])
    ]
    assert result.plan.days[0].title == "Day 1"  # no front matter key read as a heading
    assert warnings(result) == []


def test_a_front_matter_mistake_with_no_placeholder_is_still_refused() -> None:
    with pytest.raises(PlanError, match=r"front matter: expected ',' or '\]'"):
        read("en-front-matter-mistake-without-placeholders.md")
