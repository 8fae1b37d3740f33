"""A table cell that holds a session in parts, each with its own length (`Aquecimento 10 min<br>
Principal 30 min<br>Desaquecimento 10 min`, `Warm-up 10 min; run 30 min; cool-down 10 min`):
a block per part, where the cell read as one line would keep only its first length."""

from __future__ import annotations

import re

from planexport.errors import PlanError
from planexport.reader.blocks import Ctx, RawBlock, is_break, try_block
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.repeats import repeated
from planexport.reader.stated_totals import stated_total
from planexport.reader.table_cells import cell_items, one_line
from planexport.reader.words import TOTAL_PART_WORDS, fold

__all__ = ["cell_parts"]

# Tried in this order when the cell has one line: the first that cuts it into timed parts.
# "400m", "8x400m": a number with a bare `m`, minutes or metres.
_BARE_M = lazy(r"(?P<x>[x×]\s*)?(?<![\d.,])(?P<n>\d{1,5})\s*m(?![^\W\d_])", re.IGNORECASE)
_LEAST_METRES = 100
_SEPARATORS = (lazy(r"\s*;\s*"), lazy(r"\s+\+\s+"), lazy(r",\s+"))


def cell_parts(cell: str, line: int, ctx: Ctx) -> list[RawBlock] | None:
    """A block per part of a cell when two or more parts each say their length; else None.

    Lines (`<br>`) without a length are notes of the part before them. Parts cut from one line
    (`;`, ` + `, `, `) must each have a length, and none be a repeat: in `6 x 3 min tempo,
    1 min wandelen` the minute is the pause between the repeats, not more of the session.
    """
    lines = len(cell_items(cell)) >= 2
    pieces = cell_items(cell) if lines else _cut(cell)
    if pieces is None:
        return None
    scratch = Ctx(ctx.source)  # a reading that is not taken warns about nothing
    blocks: list[RawBlock] = []
    loose: list[str] = []  # untimed lines before the first part
    for piece in pieces:
        found = find_duration(piece)
        if found is not None and (found.at is not None or _total(piece[: found.start])):
            return None  # a clock time is the cell's own reading; "Total: 50 min" sums up
        raw = _block(piece, line, scratch) if found is not None and not _metres(piece) else None
        if raw is None:
            if not lines:
                return None  # "Corrida de 40 min, ritmo moderado": one part and its manner
            # "8 x 400 m": a line with no length of its own, said of the part before it
            if blocks:
                blocks[-1].note = "\n".join(n for n in (blocks[-1].note, piece) if n)
            else:
                loose.append(piece)
            continue
        if is_break(raw.title):
            continue  # "Pausa 5 min": a gap between the parts
        if raw.title in ("", "Block") or stated_total(piece):
            return None  # "30 min + 10 min": lengths with nothing to name the parts
        blocks.append(raw)
    if len(blocks) < 2:
        return None
    if loose:
        blocks[0].note = "\n".join(n for n in (*loose, blocks[0].note) if n)
    ctx.warnings.extend(scratch.warnings)
    return blocks


def _cut(cell: str) -> list[str] | None:
    """The parts of a one-line cell at the first separator that leaves two or more."""
    text = one_line(cell)
    if stated_total(text) is not None:
        return None  # "3 min at 4 km/h, 7 min at 6 km/h = 10 min": one length, its parts said
    for separator in _SEPARATORS:
        pieces = [piece.strip() for piece in separator.split(text) if piece.strip()]
        if len(pieces) >= 2:
            if any(repeated(piece) is not None for piece in pieces):
                return None
            return pieces
    return None


def _metres(piece: str) -> bool:
    """`8x400m … com 200m de recuperação`: a distance in metres, which a bare `m` after 100 or
    more, or after a repeat, is in a session's parts (never 200 minutes)."""
    return any(int(match["n"]) >= _LEAST_METRES or match["x"] for match in _BARE_M.finditer(piece))


def _total(text: str) -> bool:
    """`Total:`, `**Gesamt**`: the words before a length that sum up the lines above."""
    words = re.sub(r"[^\w\s]", " ", fold(unwrap(text))).split()
    return bool(words) and words[0] in TOTAL_PART_WORDS and len(words) <= 2


def _block(text: str, line: int, ctx: Ctx) -> RawBlock | None:
    try:
        return try_block(re.sub(r"^[\s:–—-]+", "", text), [], line, ctx)
    except PlanError:
        return None
