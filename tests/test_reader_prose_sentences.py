"""A length said inside a sentence of prose (`The commute is 40 min. Use it for flashcards.`) is a
day note, not a block; instructions with a length (`Read chapter 3 (45 min).`) stay blocks."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "prose_sentences"


def blocks(plan: Plan) -> list[tuple[str, int]]:
    return [(b.title, b.min_minutes) for v in plan.days[0].variants for b in v.blocks]


def test_a_stated_length_in_two_sentences_is_a_note() -> None:
    plan = read_plan(PLANS / "stated-length-is-a-note.md").plan
    assert blocks(plan) == [("Reading", 60), ("Problems", 60)]
    assert plan.days[0].notes == ("The commute is 40 min. Use it for flashcards.",)


def test_a_condition_with_a_length_is_a_note() -> None:
    plan = read_plan(PLANS / "conditional-advice-is-a-note.md").plan
    assert blocks(plan) == [("Einlaufen", 10), ("Intervalle", 20)]
    assert plan.days[0].notes == ("Wenn du 5 Minuten nicht durchhältst, geh eine Stufe zurück.",)


def test_rests_between_sets_in_seconds_and_minutes_are_a_note() -> None:
    plan = read_plan(PLANS / "rest-in-seconds-is-a-note.md").plan
    assert blocks(plan) == [("Squat e affondi", 20)]
    assert plan.days[0].notes == ("Riposa 45 secondi tra gli esercizi e 2 minuti tra i giri.",)


def test_instructions_with_a_length_stay_blocks() -> None:
    plan = read_plan(PLANS / "instructions-stay-blocks.md").plan
    assert [minutes for _, minutes in blocks(plan)] == [45, 120, 45, 30]
    assert blocks(plan)[:3] == [("Read chapter 3", 45), ("Mock exam", 120), ("review of notes", 45)]
    assert plan.days[0].notes == ()


def test_prose_whose_only_length_starts_at_zero_is_refused_cleanly() -> None:
    # "(0-10 min)" gives no length to a block: the plan has nothing timed, said as an error.
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(PLANS / "zero-length-prose-is-refused.md")
