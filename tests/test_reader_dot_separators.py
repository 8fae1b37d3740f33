"""A middle dot or bullet between a clock span and what it is for (`9:00 AM – 10:30 AM · Outline
the talk`, `**14:00–15:30** · Demo`, `16:00–16:30 • Send`) separates them, as a dash or a bar
does: it is no part of the title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings


def test_a_dot_after_a_span_is_no_part_of_the_title() -> None:
    result = read_plan(DATA / "dot_separators" / "middle-dot-after-span.md")
    assert pinned(result.plan, 0) == [
        ("Outline the talk", 90, "09:00"),
        ("Slides, first pass", 60, "11:00"),
    ]
    assert pinned(result.plan, 1) == [
        ("Demo script", 90, "14:00"),
        ("Send the draft to a colleague", 30, "16:00"),
    ]
    assert warnings(result) == []


def test_a_slash_and_a_space_after_a_span_separate_it_from_its_title() -> None:
    result = read_plan(DATA / "dot_separators" / "slash-after-span.md")
    assert pinned(result.plan, 0) == [
        ("Technical interview prep: two medium problems", 60, "08:00"),
        ("Resume: tighten the project section", 60, "09:00"),
        ("r/cscareerquestions thread on offers", 30, "10:30"),  # a slash inside a name stays
    ]
    assert warnings(result) == []
