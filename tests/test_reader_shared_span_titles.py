"""Two clock spans on one line with one title after the last (`- 08:00 - 10:00, 14:00 - 15:30
Organic chemistry past papers`): two blocks of that title, each at its own time; the second
span was read as part of the title and its time was lost."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings


def test_bare_spans_before_a_titled_span_share_its_title() -> None:
    result = read_plan(DATA / "shared_span_titles" / "two-spans-one-title.md")
    chemistry = "Organic chemistry past papers"
    statistics = "Statistics problem sets"
    assert day_blocks(result.plan) == [
        ("mon", [(chemistry, 120, "08:00"), (chemistry, 90, "14:00"), ("Flashcards", 60, "16:00")]),
        ("tue", [(statistics, 120, "09:00"), (statistics, 60, "13:00"), ("Walk", 60, "15:00")]),
    ]
    assert warnings(result) == []
