"""A day's own length over blocks given as ranges (`## Rutina diaria base (3-4 horas)` over
`Bloque 1 (45-60 min)`, `Bloque 2 (60-90 min)`, …): the day is as long as its heading says when
that length lies between its blocks at their shortest and at their longest."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.durations import Found
    from planexport.reader.outline import Item

__all__ = ["optional_line", "short_of_stated", "within_stated"]

# "Optional:", "Bonus -", "(facultatif)" in the seven languages, folded: a line done if time
# allows, first on the line before a colon or a dash, or in brackets anywhere.
_OPTIONAL_WORDS = (
    "optional|optionally|bonus|if time|freiwillig|wahlweise|falls zeit|opcional|si hay tiempo"
    "|facultatif|facultative|optionnel|optionnelle|facoltativo|facoltativa|opzionale"
    "|se avanza tempo|facultativo|facultativa|se sobrar tempo|optioneel|facultatief|als er tijd is"
)
_OPTIONAL = lazy(rf"^[\W_]*(?:{_OPTIONAL_WORDS})\b[*_\s]*[:\-–—]|\((?:{_OPTIONAL_WORDS})\)")


def _title_length(title: str) -> Found | None:
    """A length in brackets that ends a day's title (`Rutina Diaria Base (3-4 horas)`)."""
    last = re.search(r"\(([^()]*)\)[*_\s:]*$", title)
    if last is None:
        return None
    found = find_duration(last.group(1))
    if found is None or found.at is not None or last.group(1)[found.end :].strip():
        return None
    return found


def within_stated(
    variants: list[tuple[float, list[RawBlock]]], length: Found | None, title: str
) -> list[tuple[float, list[RawBlock]]]:
    """The day's one plan as long as the length its heading states, when its blocks' ranges
    allow it (the scheduler then spreads that length over them), or when the blocks are over
    it by a class restated among them; else as it was."""
    if len(variants) != 1:
        return variants
    stated = length if length is not None else _title_length(title)
    if stated is None or stated.at is not None:
        return variants
    _, blocks = variants[0]
    shortest, longest = sum(b.lo for b in blocks), sum(b.hi for b in blocks)
    if stated.hi < shortest and _once(blocks, stated.hi):
        return [(round(stated.hi / 60, 2), blocks)]  # a class restated among the day's tasks
    if not shortest <= stated.hi < longest:
        return variants
    return [(round(stated.hi / 60, 2), blocks)]


def _once(blocks: list[RawBlock], stated: int) -> bool:
    """Whether a length the day states is what its blocks add up to with each restated class
    counted once (`Clase 2 (90 min)`, then `Asistir a Clase 2 (90 min)` among the day's tasks,
    under `Tiempo estimado: 2 horas`): the blocks over it by exactly those minutes."""
    from planexport.reader.restated_blocks import restated_minutes

    lo, hi = restated_minutes([(raw.title, raw.lo, raw.hi) for raw in blocks])
    shortest, longest = sum(b.lo for b in blocks) - lo, sum(b.hi for b in blocks) - hi
    return hi > 0 and shortest <= stated <= longest


def short_of_stated(blocks: list[RawBlock], length: Found, items: list[Item]) -> bool:
    """Whether a day's heading length is the day, and its lines' lengths only parts of it:
    `### Domenica 6 - simulazione (2h)` over `- [ ] Simulazione orale, 30-40 minuti` and
    `- [ ] I disegni: …` (no length). So when every block is a line of the day's list with
    no time of day, some line of that list has no length, and the lengths add up to less
    than the heading's. The day is then read as a day whose lines have no lengths; a line that
    says it is optional (`- Optional: read a blog post`) is not one that has no length."""
    lines = {raw.line for raw in blocks}
    listed = {item.line for item in items}
    # "- Optional: read a blog post": a line the day may skip is no part of its length.
    needed = {item.line for item in items if not optional_line(item.text)}
    return (
        bool(blocks)
        and length.at is None
        and lines <= listed
        and all(raw.at is None for raw in blocks)
        and bool(needed - lines)
        and sum(raw.hi for raw in blocks) < length.lo
    )


def optional_line(text: str) -> bool:
    """Whether a line says it is optional (`Optional: read a blog post`, `Bonus – …`,
    `Lectura extra (opcional)`): done if time allows, no part of the day's length."""
    return _OPTIONAL.search(fold(text)) is not None


def warn_short(line: int, title: str, blocks: list[RawBlock], length: Found, ctx: Ctx) -> None:
    """Say that a day is read as one block of its heading's length, not of its lines'."""
    parts = _span(sum(raw.lo for raw in blocks), sum(raw.hi for raw in blocks))
    ctx.warn(
        line,
        f'day "{title}" is {_span(length.lo, length.hi)}; its lines give {parts} of it and some '
        f"have no length: read as one block of {_span(length.lo, length.hi)}, the lines its items",
    )


def _span(lo: int, hi: int) -> str:
    return f"{lo} min" if lo == hi else f"{lo}–{hi} min"
