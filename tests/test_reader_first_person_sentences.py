"""A full sentence in which the writer speaks of themselves (`I slept 7-8 hours a night.`)
tells what they did; its length is no block, and a post made only of such lines is refused."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA

FOLDER = DATA / "first_person_sentences"


def test_a_post_of_first_person_sentences_is_refused() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(FOLDER / "one-edge-case.md")


def test_a_first_person_remark_in_a_plan_is_no_block() -> None:
    plan = read_plan(FOLDER / "plan-with-a-remark.md").plan
    blocks = [(b.title, b.min_minutes) for d in plan.days for v in d.variants for b in v.blocks]
    assert blocks == [("Cardiology questions", 90), ("Renal flashcards", 30)]
