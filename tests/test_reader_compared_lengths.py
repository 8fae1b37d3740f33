"""Lengths that are quantities inside sentences (`List trips shorter than 90 minutes.`, `mehr
als 2 Stunden`, `reduce a 3-hour report to 20 minutes`, `(5 Minutes to Begin)`): notes, no
blocks; a cap on a task (`up to 45 min`, `no more than 20 minutes`) stays its length."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "compared_lengths"


def test_compared_and_cut_lengths_are_notes_of_the_day() -> None:
    result = read_plan(PLANS / "en-quantity-lines.md")
    assert blocks_with_items(result.plan) == [("Sort the sample sheet", 40, None, [])]
    assert result.plan.days[0].notes == (
        "List trips shorter than 90 minutes.",
        "Show calls over 2 hours",
        "**Outcome:** You can explain how you would reduce a 3-hour report to 20 minutes.",
    )
    assert warnings(result) == []


def test_comparisons_in_other_languages() -> None:
    result = read_plan(PLANS / "other-languages.md")
    assert blocks_with_items(result.plan) == [("Datenbank lesen", 30, None, [])]
    assert result.plan.days[0].notes == (
        "Filme finden, die mehr als 2 Stunden dauern",
        "Listar canciones de más de 4 minutos",
        "Trouver les trajets de plus de 3 heures",
        "Trovare i film di più di 2 ore",
        "Mostrar vídeos de mais de 10 minutos",
        "Ritten langer dan 1 uur tonen",
    )


@pytest.mark.parametrize("name", ["en-only-quantities.md", "en-quick-start-guide.md"])
def test_a_file_whose_only_lengths_are_quantities_is_refused(name: str) -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(PLANS / name)


def test_caps_and_lengths_of_tasks_stay_blocks() -> None:
    result = read_plan(PLANS / "en-caps-kept.md")
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Free writing", 45),
        ("Outline the essay", 30),
        ("Email", 20),
        ("Read over 2 chapters", 40),
        ("Settle in", 5),
    ]
