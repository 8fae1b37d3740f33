"""A day's task that restates a class it already lists (`- Clase 2 (90 min)`, then under
`**Tareas del día:**` `1. [ ] Asistir a Clase 2 (90 min)`): the class once, not twice. So is a
daily note's meeting list that restates its work log (`09:45-10:30: Design review meeting`,
then under `## Meetings` `**Design review** - 09:45-10:30 - notes`): the same start and length
and the same first two words of its name, each of four letters or more. So is a day's outline
table restated by its sections (`| Session 1 | React Core Concepts Review | 1.5h |` …, then
`## Session 1: React Core Concepts (1.5h)` …): see `_outline_restated`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.words import fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planexport.model import Block, Day

__all__ = ["restated_minutes", "without_restated"]

Lines = dict[tuple[int, int, int], int]

# "Attend", "Asistir a la", "Assister au", "Partecipare alla", "Assistir à", "Bijwonen van",
# "Teilnehmen an": going to what is already listed, before its name (folded, accents off).
_LEAD = lazy(
    r"^(?:attend(?:ing)?(?:\s+the)?|go\s+to(?:\s+the)?|asistir(?:\s+a)?(?:\s+la|\s+el|l)?"
    r"|assister(?:\s+a(?:\s+la)?|\s+au|\s+aux)?|teilnehmen(?:\s+an|\s+am)?|teilnahme(?:\s+an|\s+am)?"
    r"|partecipare(?:\s+alla|\s+al|\s+a)?|assistir(?:\s+a|\s+ao|\s+as)?|bijwonen(?:\s+van)?)\s+",
)
# "Vorlesung 2 besuchen", "Hoorcollege 2 bijwonen": the verb after the name.
_TAIL = lazy(r"\s+(?:teilnehmen|besuchen|bijwonen)$")


def _name(title: str) -> str:
    """A block's title as compared: folded, marks and a leading `attend` verb taken off."""
    text = " ".join(re.findall(r"[^\W_]+", fold(title)))
    bare = _TAIL.sub("", text)
    if bare != text:
        return re.sub(r"^(?:an|am|zur|zum|de|het)\s+", "", bare)  # "An Vorlesung 7 teilnehmen"
    return _LEAD.sub("", text)


def _restates(block: Block, earlier: list[Block]) -> bool:
    if block.at is not None and not block.items and any(_same_slot(b, block) for b in earlier):
        # "**Design review** - 09:45-10:30" after "09:45-10:30: Design review"; a block with
        # items of its own under the same slot details it and stays
        return True
    return _restated(
        (block.title, block.min_minutes, block.max_minutes),
        [(other.title, other.min_minutes, other.max_minutes) for other in earlier],
    )


def _same_slot(other: Block, block: Block) -> bool:
    """Whether `other` starts when `block` does, lasts as long and is named by the same first
    two words of four letters or more (`Workshop A` and `Workshop B` at one time are two
    sessions)."""
    if (block.at, block.min_minutes, block.max_minutes) != (
        other.at,
        other.min_minutes,
        other.max_minutes,
    ):
        return False
    words = _name(block.title).split()[:2]
    # "Problemas de física" and "Problemas de química" at one time: a word as short as `de`
    # names nothing
    named = len(words) == 2 and all(len(word) > 3 for word in words)
    return named and words == _name(other.title).split()[:2]


def _restated(block: tuple[str, int, int], earlier: list[tuple[str, int, int]]) -> bool:
    """Whether a block (title, shortest, longest) only says to attend one of `earlier`."""
    title, lo, hi = block
    name = _name(title)
    return name != fold(" ".join(re.findall(r"[^\W_]+", title))) and any(
        _name(other) == name and (other_lo, other_hi) == (lo, hi)
        for other, other_lo, other_hi in earlier
    )


def _words(title: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(re.sub(r"^[^:]*\b\d+\s*:", "", title)))


def _names_same(short: str, long: str) -> bool:
    """Whether one title names what the other does: its words the other's first words, two at
    least (`React Core Concepts` and `React Core Concepts Review`)."""
    a, b = sorted((_words(short), _words(long)), key=len)
    return len(a) >= 2 and b[: len(a)] == a


def _outline_restated(blocks: Sequence[Block], lines: list[int | None]) -> set[int]:
    """The blocks that restate the day's outline: the day opens with a run of two or more
    blocks on consecutive lines (a table of its sessions), and two or more blocks after it are
    as long as one of them and name the same (`## Session 1: React Core Concepts (1.5h)` after
    `| Session 1 | React Core Concepts Review | 1.5h |`), one at least in other words, none
    pinned; those, and the blocks after them whose
    session names one of the outline's (`### Challenge 1 (15 min)` under `## Session 3: Coding
    Challenges`), are its sections, not more blocks."""
    run = 1
    while run < len(blocks) and lines[run] is not None and lines[run] == (lines[run - 1] or 0) + 1:
        run += 1
    if run < 2 or run == len(blocks):
        return set()
    outline = [o for o in blocks[:run] if o.at is None]
    pairs = [
        (j, o)
        for j in range(run, len(blocks))
        for o in outline
        if blocks[j].at is None
        and _names_same(blocks[j].title, o.title)
        and (o.min_minutes, o.max_minutes) == (blocks[j].min_minutes, blocks[j].max_minutes)
    ]
    same = {j for j, _ in pairs}
    if len(same) < 2 or all(_words(blocks[j].title) == _words(o.title) for j, o in pairs):
        return set()  # the same sessions again, word for word, at other times: repeats
    parts = {
        j
        for j in range(min(same), len(blocks))
        if blocks[j].session and any(_names_same(blocks[j].session or "", o.title) for o in outline)
    }
    return same | parts


def restated_minutes(blocks: Sequence[tuple[str, int, int]]) -> tuple[int, int]:
    """The minutes, at their shortest and longest, of the blocks (title, shortest, longest)
    that restate one listed above them (`Asistir a Clase 2 (90 min)` under `Clase 2 (90 min)`),
    as `without_restated` leaves them out."""
    kept: list[tuple[str, int, int]] = []
    lo = hi = 0
    for block in blocks:
        if _restated(block, kept):
            lo, hi = lo + block[1], hi + block[2]
        else:
            kept.append(block)
    return lo, hi


def without_restated(days: list[Day], lines: Lines) -> list[Day]:
    """The days with each block that only says to attend a block listed above it (the same
    name after `attend`, `asistir a`, `assister à`, `teilnehmen an`, `partecipare a`,
    `assistir a`, `bijwonen`, and the same length) left out; `lines` follows the blocks.
    Only in days of one plan length, whose hours lose the restated block's minutes when they
    were their blocks' sum; a length the day states (`**Tiempo estimado: 3-4 horas**`) stays."""
    out = list(days)
    for index, day in enumerate(days):
        if len(day.variants) != 1:
            continue
        variant = day.variants[0]
        kept: list[tuple[int, Block]] = []
        at = [lines.get((index, 0, b)) for b in range(len(variant.blocks))]
        outlined = _outline_restated(variant.blocks, at)  # "## Session 1: …" after its table
        for b, block in enumerate(variant.blocks):
            if b not in outlined and not _restates(block, [other for _, other in kept]):
                kept.append((b, block))
        if len(kept) == len(variant.blocks):
            continue
        moved = {
            b: lines.pop((index, 0, b))
            for b in range(len(variant.blocks))
            if (index, 0, b) in lines
        }
        for new, (old, _) in enumerate(kept):
            if old in moved:
                lines[(index, 0, new)] = moved[old]
        total = sum(b.max_minutes for b in variant.blocks)
        dropped = total - sum(b.max_minutes for _, b in kept)
        summed = round(total / 60, 2) == variant.hours
        hours = round(variant.hours - dropped / 60, 2) if summed else variant.hours
        if hours <= 0:
            hours = round(sum(b.max_minutes for _, b in kept) / 60, 2)
        blocks = tuple(block for _, block in kept)
        update = {"blocks": blocks, "hours": hours}
        out[index] = day.model_copy(update={"variants": (variant.model_copy(update=update),)})
    return out
