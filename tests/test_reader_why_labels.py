"""A remark labelled `**Why This Matters**:` (`Spending 3 hours on the outline today saves
weeks …`) says why the day's work is worth it: a note of the day, never a block of its hours."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings


def test_why_this_matters_is_a_note_not_a_block() -> None:
    result = read_plan(DATA / "why_labels" / "why-this-matters-over-steps.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Outline the Thesis",
            [
                ("Sketch the chapter list", 45, None),
                ("Write one paragraph per chapter", 90, None),
                ("Check the outline with the research questions", 30, None),
            ],
        )
    ]
    assert [d.notes for d in result.plan.days] == [
        (
            "**Why This Matters**: Spending 3 hours on the outline today saves weeks of"
            " rewriting later.",
        )
    ]
    assert warnings(result) == []
