"""A line led by an hour written with `h` (`**14h: Entrevista de arquitetura** (60min, remoto)`,
`16h30 Retrospectiva (45 min)`) that gives its length later starts at that hour and lasts that
length; `2h: Leitura` alone stays two hours, and `9h - 11h` stays a span."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

PLAN = DATA / "hour_lead_starts" / "one-edge-case.md"


def test_an_hour_before_a_later_length_is_the_start() -> None:
    result = read_plan(PLAN)
    assert day_blocks(result.plan) == [
        ("wed", [("Manhã: revisão leve", 30, None),
                 ("Entrevista de arquitetura (remoto)", 60, "14:00")]),
        ("thu", [("Leitura do livro", 120, None), ("Retrospectiva com a mentora", 45, "16:30")]),
        ("fri", [("Revisão de algoritmos", 120, "09:00")]),
    ]  # fmt: skip
