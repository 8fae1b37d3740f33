"""A two-column table whose header row names a session (`| Nulmeting | |`): one block, its rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from planexport.reader.blocks import Ctx, RawBlock, tidy
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.repeats import find_length, starts_with_repeat
from planexport.reader.table_cells import one_line
from planexport.reader.words import (
    DAY_COLUMN_WORDS,
    NOTE_COLUMN_WORDS,
    TIME_COLUMN_WORDS,
    TITLE_COLUMN_WORDS,
    fold,
)

__all__ = ["SessionTable", "session_table"]


@dataclass
class SessionTable:
    """What a session table gives: its block, or its rows as notes when nothing times them."""

    blocks: list[RawBlock] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def session_table(node: Node, ctx: Ctx) -> SessionTable | None:
    """`| Nulmeting | |` over `| Warming-up | Inlopen tot de brug |`, `| CooperTest | 12 min
    lopen |`: the header row is the session's name, each row one of its items (`Warming-up:
    Inlopen tot de brug`). The lengths in the rows are the block's minutes when every row has
    one; when only some have, the block is their sum and a warning says so; when none has, the
    rows are the day's notes and a warning says the session is untimed. None for any other
    table: a header of column names (`| Horário | |`), rows that start with a time."""
    from planexport.reader.tables import is_facts_table

    if node.kind != "table" or len(node.rows) < 2 or len(node.rows[0]) != 2:
        return None
    head, empty = (cell.strip() for cell in node.rows[0])
    name = tidy(unwrap(head))
    body = [
        (row, line)
        for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False)
        if any(cell.strip() for cell in row)
    ]
    if empty or not name or not body or any(len(row) > 2 for row, _ in body):
        return None
    stated = find_duration(head)
    if _column_name(head) or find_point_time(head) is not None or (stated and stated.at):
        return None  # "| Horário | |" over "| 08:00 | Abertura |": an agenda
    if stated is not None:
        name = tidy(unwrap(head[: stated.start] + head[stated.end :])).strip(" ()[]:-–—")
        if not name or stated.lo <= 0:
            return None
    if any(find_point_time(row[0]) is not None for row, _ in body) or is_facts_table(node):
        return None
    items: list[Item] = []
    lengths: list[tuple[int, int]] = []
    for row, line in body:
        label = one_line(row[0].strip())
        text = one_line(row[1].strip()) if len(row) > 1 else ""
        items.append(Item(f"{label}: {text}" if label and text else label or text, line))
        own = _lengths(row[1] if len(row) > 1 else "") or _lengths(row[0])
        if own:
            lengths.append((sum(lo for lo, _ in own), sum(hi for _, hi in own)))
    if stated is not None:
        # "| Gainage (15 min) | |": the session's length as its header states it
        return SessionTable(
            blocks=[RawBlock(name, None, stated.lo, stated.hi, None, items, node.line)]
        )
    found_in = (
        f"{len(lengths)} of its {len(body)} rows give"
        if len(lengths) > 1
        else (f"1 of its {len(body)} rows gives")
    )
    if not lengths:
        ctx.warn(
            node.line,
            f'session "{name}" gives no length in its rows: kept as a note of the day, '
            "not scheduled (add its minutes to the header, e.g. "
            f'"| {name} (30 min) | |")',
        )
        return SessionTable(notes=[name, *(item.text for item in items)])
    lo, hi = sum(lo for lo, _ in lengths), sum(hi for _, hi in lengths)
    if len(lengths) < len(body):
        ctx.warn(
            node.line,
            f'session "{name}": {found_in} a length; read as their sum, {lo} min '
            f"{'' if lo == hi else f'to {hi} min '}(the other rows are not counted)",
        )
    return SessionTable(blocks=[RawBlock(name, None, lo, hi, None, items, node.line)])


def _lengths(cell: str) -> list[tuple[int, int]]:
    """The lengths a row's cell gives, line by line (`12 min lopen`, `1200 m in 10 min<br>2 min
    wandelen`); a bare `m` after a number is metres here (`25 m borstcrawl`), never minutes."""
    found: list[tuple[int, int]] = []
    for part in _BR.split(unwrap(cell)):
        rest = part
        while (hit := find_length(rest)) is not None:
            if hit.at is None and hit.lo > 0 and not _METRES.search(hit.text):
                found.append((hit.lo, hit.hi))
            if starts_with_repeat(rest):
                break  # "6 x 3 min tempo, 1 min wandelen": the repeats, their pauses said
            rest = rest[hit.end :]
    return found


_BR = lazy(r"<br\s*/?>", re.IGNORECASE)
# "25 m", "1200m": metres in a training plan, though "m" may stand for minutes elsewhere.
_METRES = lazy(r"\d\s*m\.?$")


def _column_name(head: str) -> bool:
    """Whether a header cell names a column (`Horário`, `Activity`, `Tag`) more than a session."""
    words = fold(unwrap(head)).split()
    names = (*TIME_COLUMN_WORDS, *TITLE_COLUMN_WORDS, *NOTE_COLUMN_WORDS, *DAY_COLUMN_WORDS)
    return len(words) <= 2 and any(w.strip(":*_.") in names for w in words)
