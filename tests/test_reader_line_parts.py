"""Bullets right under a plain block line whose lengths sum to its own (`Calentamiento (6 min)`
over `- 2 min saltos`, `- 2 min círculos`, `- 2 min movilidad`): its parts, not more blocks."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLANS = DATA / "line_parts"


def test_bullets_that_sum_to_the_plain_line_above_them_are_its_parts() -> None:
    result = read_plan(PLANS / "it-giorno-bullets-summing-to-line-are-parts.md")
    assert blocks_with_items(result.plan) == [
        (
            "Riscaldamento",
            6,
            None,
            [
                "2 min corsa sul posto",
                "2 min circonduzioni delle braccia",
                "2 min mobilità delle anche",
            ],
        ),
        ("Forza", 30, None, []),
    ]
    assert sum(b.min_minutes for b in result.plan.days[0].variants[0].blocks) == 36


def test_bullets_within_the_lines_range_are_its_parts() -> None:
    result = read_plan(PLANS / "nl-dag-bullets-within-range-are-parts.md")
    blocks = result.plan.days[0].variants[0].blocks
    assert [(b.title, b.min_minutes, b.max_minutes, len(b.items)) for b in blocks] == [
        ("Warming-up", 10, 15, 3),
        ("Tempoloop", 25, 25, 0),
    ]


def test_bullets_that_do_not_sum_to_the_line_stay_blocks_of_their_own() -> None:
    result = read_plan(PLANS / "pt-dia-bullets-not-summing-stay-blocks.md")
    assert blocks_with_items(result.plan) == [
        ("Leitura", 60, None, []),
        ("capítulo 1", 20, None, []),
        ("capítulo 2", 20, None, []),
    ]
