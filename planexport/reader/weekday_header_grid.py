"""Tables headed only by weekdays (`| Monday | Tuesday | Wednesday |` over `| Run 30 min | 1h Gym
| Swim 45 min |`): a day per column, each cell that says its length a block of that day in row
order. No column holds the times, so the first one is a day like the others."""

from __future__ import annotations

from planexport.reader.blocks import Ctx, RawBlock, is_break, tidy, try_block
from planexport.reader.dated_headers import header_weekday
from planexport.reader.durations import find_duration
from planexport.reader.outline import Node, unwrap
from planexport.reader.table_cells import one_line
from planexport.reader.table_weekly import TableDay
from planexport.reader.words import FREE_WORDS, REST_DAY_WORDS, fold

__all__ = ["weekday_header_grid"]

# "-", "—", "x", "/": nothing that day.
_NOTHING = frozenset(("", "-", "—", "–", "x", "/", "·", "…"))


def weekday_header_grid(node: Node, ctx: Ctx) -> list[TableDay] | None:
    """The days of a table whose every header cell is a different weekday (two or more) and
    some of whose cells say a length; None for any other table. An untimed cell is its day's
    note (warned about, a row at a time); an empty, `-` or rest cell is nothing."""
    if node.kind != "table" or len(node.rows) < 2 or len(node.rows[0]) < 2:
        return None
    header = node.rows[0]
    names = [header_weekday(cell) for cell in header]
    if any(name is None for name in names) or len(set(names)) < len(names):
        return None  # "| Time | Monday |", "| Mon | Mon |": a time column, or no week
    body = [
        (row, line)
        for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False)
        if any(cell.strip() for cell in row)
    ]
    if not any(find_duration(cell) for row, _ in body for cell in row[: len(header)]):
        return None  # "| Monday | Tuesday |" over topics alone: no time to read
    days = [
        TableDay(node.line, tidy(unwrap(cell)), weekday=name)
        for cell, name in zip(header, names, strict=True)
    ]
    for row, line in body:
        unread: list[str] = []
        for col, day in enumerate(days):
            text = tidy(unwrap(one_line(row[col]))) if col < len(row) else ""
            if _nothing(text):
                continue
            block = _block(row[col], line, ctx)
            if block is None:
                if not is_break(text):
                    unread.append(day.title)
                    day.notes.append(text)
                continue
            day.blocks.append(block)
        if unread:
            ctx.warn(
                line,
                f"the cells of {', '.join(unread)} say no length and are kept as notes, "
                "not read as blocks",
            )
    return days


def _nothing(text: str) -> bool:
    plain = " ".join(fold(text).replace("*", " ").split())
    return text.strip(" *_") in _NOTHING or plain in REST_DAY_WORDS or plain in FREE_WORDS


def _block(cell: str, line: int, ctx: Ctx) -> RawBlock | None:
    raw = try_block(one_line(cell), [], line, ctx)
    if raw is None or is_break(raw.title):
        return None
    return raw
