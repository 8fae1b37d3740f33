"""Timed items under a parent item that puts them aside, in a plan with no day: a training split
whose lists say `- 1h Spaziergang jeden Tag`, then `- Wochenende` over `+ 15 Minuten Ausdauer`,
then `- Pausen` over `+ Übungen: 2:00 Minuten` / `+ Sätze: 1:00 Minuten`.

The plan is read as one day. What sits under a weekend item (`Weekend`, `Wochenende`, `Fin de
semana`, `Week-end`, `Fine settimana`, `Fim de semana`) is for days the plan does not have: a
note of the day with a warning, not one of its blocks. What sits under a rest item (`Pausen`,
`Rest`, `Descanso`, `Repos`, `Riposo`, `Pauze`) and is labelled by what it rests between (`Sätze:
1:00 Minuten`, `Between sets: 90 s`, `Entre series: 2 min`) is the rest inside an exercise, a note
with no warning. Other children of those items, and items with no such parent, read as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Item, Node

__all__ = ["aside_lines"]

_MARKS = "*_~`:.;–—- \t"
# A parent item that names the weekend, alone.
_WEEKEND = lazy(
    r"(?:(?:on|at\s+the|am|el|le|il|no|in\s+het|het)\s+)?(?:weekends?|wochenenden?"
    r"|fin(?:es)?\s+de\s+semana|fins\s+de\s+semana|fim\s+de\s+semana|week-?ends?"
    r"|fins?\s+de\s+semaine|fine\s+settimana|weekenden)",
    re.IGNORECASE,
)
# A parent item that names rests, alone.
_REST = lazy(
    r"(?:rests?|rest\s+(?:times?|periods?)|pausen?|pausenzeiten|satzpausen?|descansos?|pausas?"
    r"|repos|r[ée]cup[ée]rations?|rip[oi]s[oi]|recuper[oi]|pauzes?|rust(?:tijden)?"
    r"|intervalos?\s+de\s+descanso|tempi\s+di\s+recupero)",
    re.IGNORECASE,
)
# A child labelled by what it rests between: "Sätze:", "Between sets", "Entre series".
_BETWEEN = lazy(
    r"(?:(?:between|zwischen(?:\s+(?:den|die))?|entre(?:\s+(?:las|los|les|as|os))?"
    r"|tra(?:\s+(?:le|gli|i))?|fra|tussen(?:\s+de)?)\s+)?"
    r"(?:sets?|exercises?|rounds?|reps?|s[äa]tzen?|satz|[üu]bungen?|runden?|series?|s[ée]ries?"
    r"|ejercicios?|exerc[ií]cios?|exercices?|serie|esercizi|oefeningen|rondes?|rondas?|tours?"
    r"|giri)\b",
    re.IGNORECASE,
)


def aside_lines(nodes: list[Node], ctx: Ctx) -> frozenset[int]:
    """The lines of timed items under a weekend item (warned about) or of rests between sets
    under a rest item: notes of a plan's one day, not its blocks."""
    found: set[int] = set()
    for node in nodes:
        if node.kind == "list":
            _walk(node.items, found, ctx)
    return frozenset(found)


def _walk(items: list[Item], found: set[int], ctx: Ctx) -> None:
    for item in items:
        name = item.text.strip(_MARKS)
        if item.children and _WEEKEND.fullmatch(name):
            for line, text in _timed(item.children):
                shown = text if len(text) <= 60 else text[:57] + "…"
                ctx.warn(
                    line,
                    f'"{shown}" is under "{name}" (line {item.line}), days this plan does not '
                    "have: a note, not a block of its one day",
                )
                found.add(line)
        elif item.children and _REST.fullmatch(name):
            found.update(
                line for line, text in _timed(item.children) if _BETWEEN.match(text.lstrip(_MARKS))
            )
            _walk([child for child in item.children if child.line not in found], found, ctx)
        else:
            _walk(item.children, found, ctx)


def _timed(items: list[Item]) -> list[tuple[int, str]]:
    """Each item at any depth that gives a length, as (line, text)."""
    timed: list[tuple[int, str]] = []
    for item in items:
        if find_duration(item.text) is not None:
            timed.append((item.line, item.text))
        timed += _timed(item.children)
    return timed
