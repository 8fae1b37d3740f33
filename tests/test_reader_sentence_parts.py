"""`**Monday:** Wedging (30 min) – Prepare clay. Throwing (1 hour) – Pull cylinders.`: a weekday
line of sentences, each a name with its length and its task, is a block per sentence."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.sentence_parts import sentence_parts
from tests.paths import DATA

PARTS = DATA / "sentence_parts"


def test_a_long_weekday_line_of_sentences_is_a_block_each() -> None:
    plan = read_plan(PARTS / "weekday-sentence-parts.md").plan
    # was: Monday's line, longer than a label line, left out of the plan
    assert [d.weekday for d in plan.days] == ["mon", "wed", "sat"]
    monday = [(b.title, b.min_minutes) for v in plan.days[0].variants for b in v.blocks]
    assert monday == [
        ("Wedging – Prepare two kilos of clay and store it wrapped", 30),
        ("Throwing – Center and pull five cylinders, then trim the best ones", 60),
    ]


def test_only_sentences_that_each_open_with_a_name_and_its_length() -> None:
    assert sentence_parts("Theory (1 hour) – Read. Practice (45 min) – Code.") == [
        "Theory – Read (1 hour)",
        "Practice – Code (45 min)",
    ]
    assert sentence_parts("Theory (1 hour) – Read. Then rest.") is None
    assert sentence_parts("Theory (1 hour) – Read the chapter.") is None
