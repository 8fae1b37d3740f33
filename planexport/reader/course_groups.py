"""Headings that group the blocks of one course, in a plan with no days: `### Niveau Débutant`,
`### Part 2`, `### Modul 3`, `### Capítulo 1`, each over its timed blocks. They are sessions of
the one day, not days, and no group is left out of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import section_end, unwrap
from planexport.reader.sections import timed
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["course_group_session", "course_groups"]

# The first word of a heading that names a group of a course: a level, part, module, chapter,
# unit or stage, in English, German, Spanish, French, Italian, Portuguese and Dutch.
_GROUP_WORDS = frozenset(
    (
        "level", "levels", "niveau", "niveaus", "nivel", "niveles", "niveis", "stufe", "livello",
        "part", "teil", "parte", "partie", "deel", "module", "modul", "modulo", "chapter",
        "kapitel", "capitulo", "chapitre", "capitolo", "hoofdstuk", "unit", "unidad", "unite",
        "unita", "unidade", "eenheid", "lektion", "stage", "etape", "etapa", "tappa", "fase",
        "phase",
    )
)  # fmt: skip
# Levels named by themselves: `### Débutant`, `### Fortgeschrittene`, `### Gevorderd`.
_LEVEL_NAMES = frozenset(
    (
        "beginner", "beginners", "intermediate", "advanced", "expert", "anfanger",
        "fortgeschritten", "fortgeschrittene", "principiante", "principiantes", "intermedio",
        "avanzado", "avanzato", "debutant", "debutants", "intermediaire", "avance", "avances",
        "iniciante", "iniciantes", "intermediario", "avancado", "beginners", "gevorderd",
        "gevorderden", "basis", "basico", "basique", "base", "grundlagen",
    )
)  # fmt: skip
_WORDS = lazy(r"[^\W\d_]+")


def _group(text: str) -> bool:
    """Whether a heading names a group of a course (`Niveau Débutant`, `Teil 2: Praxis`) and no
    day, date or length."""
    from planexport.reader.day_headings import day_match, weekday_heading
    from planexport.reader.durations import find_duration

    plain = unwrap(text).strip()
    words = _WORDS.findall(fold(plain))
    if not words or (words[0] not in _GROUP_WORDS and _LEVEL_NAMES.isdisjoint(words[:3])):
        return False
    return find_duration(plain) is None and not (day_match(plain) or weekday_heading(plain))


def _siblings(nodes: list[Node], idx: int) -> tuple[int | None, list[int]]:
    """The heading above heading `idx` (None for none) and the headings at its level under it."""
    level = nodes[idx].level

    def above(j: int) -> bool:
        return nodes[j].kind == "heading" and nodes[j].level < level

    parent = next((j for j in range(idx - 1, -1, -1) if above(j)), None)
    start = 0 if parent is None else parent + 1
    end = next((j for j in range(idx + 1, len(nodes)) if above(j)), len(nodes))
    return parent, [
        j for j in range(start, end) if nodes[j].kind == "heading" and nodes[j].level == level
    ]


def _below(nodes: list[Node], idx: int) -> list[Node]:
    return nodes[idx + 1 : section_end(nodes, idx)]


def _groups(nodes: list[Node], idx: int) -> list[int] | None:
    """The run of group headings heading `idx` stands in, when it and one or more headings right
    beside it name groups of a course under a heading that names no day; else None."""
    from planexport.reader.day_headings import day_match, weekday_heading

    if nodes[idx].kind != "heading" or not _group(nodes[idx].text):
        return None
    parent, siblings = _siblings(nodes, idx)
    at = siblings.index(idx)
    first = next((k + 1 for k in range(at - 1, -1, -1) if not _group(nodes[siblings[k]].text)), 0)
    last = next(
        (k for k in range(at + 1, len(siblings)) if not _group(nodes[siblings[k]].text)),
        len(siblings),
    )
    heads = siblings[first:last]
    if len(heads) < 2:
        return None
    if parent is not None:
        title = unwrap(nodes[parent].text).strip()
        if day_match(title) or weekday_heading(title):
            return None
    return heads


def course_group_session(nodes: list[Node], idx: int) -> str | None:
    """The session heading `idx` names when it is one of the groups of a course over timed
    blocks (`### Niveau Intermédiaire`), else None."""
    heads = _groups(nodes, idx)
    if heads is None or sum(timed(_below(nodes, j)) for j in heads) < 2:
        return None
    return unwrap(nodes[idx].text).strip() or None


def course_groups(nodes: list[Node], spans: list[DaySpan]) -> list[DaySpan]:
    """The one day of a plan with no days, reaching over the group headings beside the one it
    starts at when they hold timed blocks too: `### Niveau Débutant` (blocks 1-3) then
    `### Niveau Intermédiaire` (blocks 4-8) under `## Les scénarios` is one course."""
    if len(spans) != 1:
        return spans
    span = spans[0]
    head = span.start + 1
    if not 0 < head < len(nodes):
        return spans
    heads = _groups(nodes, head)
    if heads is None:
        return spans
    end = span.end
    for j in heads[1:]:
        if j != end:
            break
        below = _below(nodes, j)
        if not timed(below):
            break
        end = j + 1 + len(below)
    span.end = end
    return spans
