"""A daily routine section beside a weekend one (`## Rutina diaria` and `## Fin de semana` over
`### Sábado`): the routine is the weekdays' plan, as a `## Weekdays` section is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from collections.abc import Callable

    from planexport.reader.outline import Node

__all__ = ["WORKDAYS", "routine_heads"]

WORKDAYS = ("mon", "tue", "wed", "thu", "fri")
_WEEKEND = frozenset(("sat", "sun"))
# "Daily routine", "Rutina diaria", "Täglich", "Routine quotidienne", "Routine giornaliera",
# "Rotina diária", "Dagelijkse routine": folded, without brackets, emoji or numbers.
_CORE = (
    r"(?:daily(?: routine| schedule| plan)?|(?:tagliche )?routine|tagesroutine|taglich"
    r"|(?:rutina|horario) diaria|rutina de cada dia|routine (?:quotidienne|journaliere)"
    r"|(?:routine|programma) giornalier[ao]|rotina diaria|dagelijkse routine|dagelijks)"
)
# A word that says the routine is the usual one ("Rutina diaria base", "Typical daily routine",
# "Standard-Tagesroutine", "Routine quotidienne type"): still the routine, not a day of its own.
_USUAL = (
    r"(?:base|basica|basico|basic|basis|core|standard|estandar|typical|typische|tipica|tipico"
    r"|typique|type|tipo|usual|habitual|normal|normale|abituale|padrao|gewone|vaste)"
)
_ROUTINE = lazy(rf"^(?:{_USUAL} )?{_CORE}(?: {_USUAL})?$")


def _words(text: str) -> str:
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", fold(unwrap(text)))
    return " ".join(re.findall(r"[a-z]+", text))


def routine_heads(nodes: list[Node], weekdays_of: Callable[[Node], list[str]]) -> set[int]:
    """Where daily routine headings are whose plan holds only weekend days besides them.

    A routine alone, or beside headings of weekdays from Monday to Friday, is no weekday plan.
    """
    from planexport.reader.part_routines import part_routine

    routines = [
        idx
        for idx, node in enumerate(nodes)
        if node.kind == "heading"
        and (_ROUTINE.match(_words(node.text)) or part_routine(nodes, idx))
    ]
    if not routines:
        return set()
    named = [weekdays_of(n) for n in nodes if n.kind == "heading"]
    days = {name for names in named for name in names}
    return set(routines) if days and days <= _WEEKEND else set()
