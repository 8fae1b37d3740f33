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
