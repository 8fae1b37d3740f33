"""An exercise heading over its parameters (`### Corrida na Esteira` over `- Séries: 1`,
`- Repetições: 30 minutos`, `- Peso: Peso corporal`): one block named by the heading, its
length the one parameter that gives a length, the other parameters its items."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import RawBlock, session_name, tidy
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["exercise_block"]

# "Séries: 4", "**Reps:** 8-12": a short label, a colon, its value.
_LABELLED = lazy(
    r"^\s*(?:\*\*|__)?(?P<label>[^\W\d_][^\W\d_ '’/-]*(?:[ '’/-][^\W\d_]+){0,2})\s*"
    r"(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)\s*(?P<value>\S.*)$"
)
# Folded labels of an exercise's sets, repetitions and load, in the seven languages.
_PARAMETERS = frozenset(
    (
        "sets", "set", "reps", "rep", "repetitions", "series", "serie", "satze", "satz",
        "wiederholungen", "wdh", "repeticiones", "repeticoes", "repetitions", "ripetizioni",
        "herhalingen", "reeksen", "weight", "load", "gewicht", "peso", "carga", "poids",
        "charge", "carico", "belasting",
    )
)  # fmt: skip
# The rest between sets: a length that is no length of the exercise.
_RESTS = frozenset(
    (
        "rest", "pause", "pausa", "descanso", "repos", "recuperation", "riposo", "recupero",
        "rust", "recuperacion", "recuperacao", "satzpause",
    )
)  # fmt: skip


def exercise_block(nodes: list[Node], idx: int) -> RawBlock | None:
    """The block of the list at `idx` when it lists an exercise's parameters under the heading
    just above it: every line `Label: value`, one of them a set, repetition or load label, and
    exactly one (not a rest) a length; else None."""
    node = nodes[idx]
    head = nodes[idx - 1] if idx else None
    if node.kind != "list" or head is None or head.kind != "heading":
        return None
    title = tidy(unwrap(head.text))
    if not title or find_duration(head.text) is not None or session_name(head.text) is not None:
        return None  # "### Mañana" over its lines: a part of the day, not an exercise
    labels: list[str] = []
    timed = []
    for item in node.items:
        match = _LABELLED.match(item.text)
        if match is None:
            return None
        label = re.sub(r"\s+", " ", fold(match["label"])).strip()
        labels.append(label)
        found = find_duration(match["value"])
        if found is not None and label not in _RESTS:
            timed.append((item, found))
    if len(timed) != 1 or not any(label in _PARAMETERS for label in labels):
        return None
    item, found = timed[0]
    if found.at is not None or found.lo <= 0 or found.lo > found.hi:
        return None
    items = [other for other in node.items if other is not item]
    return RawBlock(title, None, found.lo, found.hi, None, items, head.line, sure=found.sure)
