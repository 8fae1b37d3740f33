"""A time column that is not the first (`Event | Location | Date and Time | Notes`): an agenda."""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx, RawBlock, is_break, tidy
from planexport.reader.dated_row_starts import names_exams
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.start_order import StartEnd, start_ends
from planexport.reader.table_cells import one_line
from planexport.reader.table_columns import cell_at

__all__ = ["time_column_agenda"]

_ABOUT = lazy(r"[~≈]|\bca\.\s*|\bapprox\.?\s*", re.IGNORECASE)


def _time(cell: str) -> tuple[int, int | None] | None:
    """A cell's start and length (`Friday 6:00-8:00 PM`, `~10:00 AM to ~11:00 AM`), or its start
    alone (`Sunday ~2:30 PM`, `5pm`); None when it holds no time of day."""
    plain = _ABOUT.sub("", cell)
    found = find_duration(plain)
    if found is not None:
        return (found.at, found.hi) if found.at is not None else None
    start = find_point_time(plain)
    return None if start is None else (start, None)


def time_column_agenda(node: Node, cols: dict[str, int | None], ctx: Ctx) -> list[RawBlock] | None:
    """The blocks of a table whose times are in a later column, some spans and some starts
    alone: a start lasts until the next later start, as in any agenda; None for other tables.

    Only that column gives times: a Notes cell's "24 hours to claim it" is no length.
    """
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    width = len(node.rows[0]) if node.rows else 0
    for col in range(1, width):
        if col in (cols["note"], cols["title"]):
            continue
        times = [_time(cell_at(row, col)) for row, _ in body]
        filled = sum(1 for row, _ in body if cell_at(row, col))
        timed = [t for t in times if t is not None]
        if len(timed) >= 2 and 2 * len(timed) >= filled and any(t[1] is None for t in timed):
            return _blocks(body, times, cols, col, ctx, exams=names_exams(node))
    return None


def _blocks(
    body: list[tuple[list[str], int]],
    times: list[tuple[int, int | None] | None],
    cols: dict[str, int | None],
    col: int,
    ctx: Ctx,
    *,
    exams: bool = False,
) -> list[RawBlock]:
    from planexport.reader.block_tables import closing_row
    from planexport.reader.event_rows import closes_thing, event_spans

    title_col = cols["title"] if cols["title"] not in (None, col) else 0
    rows = [(row, line, t) for (row, line), t in zip(body, times, strict=True) if t is not None]
    ends = _dated_ends([row for row, _, _ in rows], [t[0] for _, _, t in rows], (col, title_col))
    if exams:
        ends = [StartEnd(None)] * len(rows)  # "| Exam | Time |": no exam lasts until the next
    titles = [tidy(one_line(cell_at(row, title_col))) for row, _, _ in rows]
    # "Round 1 Judging Begins" ... "Round 1 Judging Ends": one block from the one to the other
    spans = event_spans(titles, [t[0] for _, _, t in rows])
    blocks: list[RawBlock] = []
    for pos, ((row, line, (start, own)), end) in enumerate(zip(rows, ends, strict=True)):
        title = titles[pos]
        if not title or is_break(title):
            continue  # a break is a gap, its start the end of the row above
        others = [c for n, c in enumerate(row) if n not in (col, title_col) and c.strip(" -—–")]
        if own is None and (closes_thing(title) or (closing_row(title) and not others)):
            continue  # "| Ende | 17:00 |" only ends the row above, as "| 17:00 | Ende |" does
        length = own
        if length is None and pos in spans:
            title, length = spans[pos]
        if length is None:
            if end.until is None:
                ctx.warn(line, f'row "{title}" has a start time but no length')
                continue
            length = end.until - start
        if length <= 0:
            continue  # "| Hacking ends | Sunday 1:00 PM |" beside a row at the same time
        note = one_line(cell_at(row, cols["note"])) or None
        blocks.append(RawBlock(title, None, length, length, note, [], line, at=start))
    return blocks


def _dated_ends(rows: list[list[str]], starts: list[int], taken: tuple[int, int]) -> list[StartEnd]:
    """Each start's end, as in any agenda, but only among the rows of its own date when a
    column dates the rows (`| Algebra | June 10 | 9:00 AM |`, `| History | June 8 | 1:00 PM |`):
    an exam on June 10 does not last until the next row's start on June 8."""
    from planexport.reader.table_dates import cell_date

    width = max((len(row) for row in rows), default=0)
    for col in range(width):
        if col in taken:
            continue
        cells = [unwrap(cell_at(row, col)).strip() for row in rows]
        found = [cell_date(cell, None) if cell else None for cell in cells]
        if any(cell and date is None for cell, date in zip(cells, found, strict=True)):
            continue
        keys = [(d.day, d.month) if d is not None else None for d in found]
        if len({key for key in keys if key is not None}) < 2:
            continue
        ends = [StartEnd(None)] * len(starts)
        for key in set(keys):
            group = [pos for pos, k in enumerate(keys) if k == key]
            for pos, end in zip(group, start_ends([starts[p] for p in group]), strict=True):
                ends[pos] = end
        return ends
    return start_ends(starts)
