"""Weekday grids by part of the day with a length column (`Día | Mañana | Noche | Duración`)."""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx, RawBlock, is_break, session_name, tidy, try_block
from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.table_cells import one_line
from planexport.reader.table_columns import header_names, length_header
from planexport.reader.table_weekly import TableDay, part_columns, weekday_of

__all__ = ["part_length_grid"]

# "40 min + 45 min", "40 min, 45 min", "40 min y 45 min": a length for each session of the row
# ("1,5 Std." is one length).
_JOIN = lazy(r"\s*(?:[+;&]|,(?=\s)|\b(?:and|und|y|et|e|en)\b)\s*")


def _lengths(cell: str) -> list[Found] | None:
    """The lengths a length cell lists, in order; [] for an empty or dashed cell; None when a
    part is no length alone (`60 min approx.`, `1 h 30`)."""
    text = unwrap(one_line(cell)).strip(" *~≈")
    if not text.strip("-—–− "):
        return []
    found: list[Found] = []
    for part in _JOIN.split(text):
        length = find_duration(part)
        if length is None or length.at is not None or part[: length.start].strip(" ~≈*("):
            return None
        found.append(length)
    return found


def _filled(cell: str) -> bool:
    return bool(cell.strip(" -—–−")) and not is_break(unwrap(one_line(cell)))


def _row_lengths(cells: list[str], lengths: list[Found]) -> list[Found | None] | None:
    """The length each filled cell takes from the length column, None for a cell that keeps
    its own; None for a row whose lengths match no reading of its cells."""
    own = [find_duration(cell) is not None for cell in cells]
    if len(lengths) == len(cells):
        return [None if has else length for has, length in zip(own, lengths, strict=True)]
    if len(lengths) == own.count(False):
        given = iter(lengths)
        return [None if has else next(given) for has in own]
    return None


def _shared(
    cells: list[str], length: Found, day: str, line: int, ctx: Ctx
) -> list[Found | None] | None:
    """One length beside two or more sessions without one of their own: their total, shared
    out evenly in whole minutes (the first ones a minute more), said in one warning."""
    own = [find_duration(cell) is not None for cell in cells]
    count = own.count(False)
    if count < 2 or any(own):
        return None
    parts = [
        length._replace(lo=lo, hi=hi)
        for lo, hi in zip(_even(length.lo, count), _even(length.hi, count), strict=True)
    ]
    each = " + ".join(f"{p.lo} min" if p.lo == p.hi else f"{p.lo}–{p.hi} min" for p in parts)
    ctx.warn(
        line,
        f'row "{tidy(unwrap(one_line(day)))}": one length ({tidy(length.text)}) beside {count} '
        f"sessions: read as their total, shared evenly ({each})",
    )
    given = iter(parts)
    return [next(given) for _ in cells]


def _even(minutes: int, count: int) -> list[int]:
    """`minutes` in `count` whole parts, the first ones a minute more: 85 in 2 is 43 and 42."""
    share, extra = divmod(minutes, count)
    return [share + (i < extra) for i in range(count)]


def part_length_grid(node: Node, ctx: Ctx, *, short: bool, dur: int | None) -> list[TableDay]:
    """`| Martes | Carrera suave | Fuerza B | 40 min + 45 min |` under `Día | Mañana | Noche |
    Duración`: a block per filled part cell, titled by it in its part of the day, its length
    the row's length (one for each cell, in order) unless the cell says its own, and one length
    beside two or more sessions their total, shared evenly (with a warning); other columns
    (`Estímulo principal`) are the blocks' note; a row of no weekday and no session (`Total`)
    is left out. [] when the table is not such a grid."""
    header = node.rows[0]
    names = header_names(node)
    if dur is None or dur == 0 or not length_header(names[dur]):
        return []
    parts = [col for col in part_columns(header) if col != dur]
    if len(parts) < 2:
        return []
    rows: list[tuple[list[str], int, str, list[tuple[int, Found | None]]]] = []
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        name = weekday_of(row[0], short=short) if row else None
        cols = [col for col in parts if col < len(row) and _filled(row[col])]
        if name is None and not cols:
            continue  # "| **Totale** | | | 4 h 35 min |": the week's sum, no day
        if name is None:
            return []
        lengths = _lengths(row[dur]) if dur < len(row) else []
        if lengths is None:
            return []
        given = _row_lengths([row[col] for col in cols], lengths) if cols else []
        if given is None and len(lengths) == 1:
            # "| Martes | Carrera | Fuerza B | 85 min |": the day's one length, its sessions'
            given = _shared([row[col] for col in cols], lengths[0], row[0], line, ctx)
        if given is None or (not cols and lengths):
            return []  # a length with no session, or lengths that match no cells
        rows.append((row, line, name, list(zip(cols, given, strict=True))))
    if len(rows) < 2:
        return []
    others = [col for col in range(1, len(header)) if col not in parts and col != dur]
    return [
        _day(row, line, name, cells, header=header, others=others, ctx=ctx)
        for row, line, name, cells in rows
    ]


def _day(
    row: list[str],
    line: int,
    name: str,
    cells: list[tuple[int, Found | None]],
    *,
    header: list[str],
    others: list[int],
    ctx: Ctx,
) -> TableDay:
    day = TableDay(line, tidy(unwrap(row[0])), weekday=name)
    note = "; ".join(
        text for col in others if col < len(row) and (text := tidy(one_line(row[col])))
    )
    for col, given in cells:
        text = one_line(row[col])
        raw = try_block(text, [], line, ctx) if given is None else None
        if raw is None:
            length = given or find_duration(text)
            if length is None:
                continue
            raw = RawBlock(tidy(text) or text, None, length.lo, length.hi, None, [], line)
        raw.session = session_name(header[col]) or tidy(re.sub(r"\([^)]*\)", "", header[col]))
        if note:
            raw.note = f"{raw.note}; {note}" if raw.note else note
        day.blocks.append(raw)
    return day
