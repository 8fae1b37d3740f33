"""Tables to blocks: a row per block, a Day column, and weekly grids (weekday × part of the day)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from planexport.reader.blocks import (
    LABEL,
    Ctx,
    RawBlock,
    block,
    is_break,
    session_name,
    tidy,
    try_block,
)
from planexport.reader.durations import Found, find_duration, find_point_time
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import (
    DAY_COLUMN_WORDS,
    HOUR_WORDS,
    MINUTE_WORDS,
    NOTE_COLUMN_WORDS,
    SKIP_COLUMN_WORDS,
    TITLE_COLUMN_WORDS,
    WEEKDAYS,
    fold,
)

__all__ = ["TableDay", "table_blocks", "table_days", "weekday_of"]

_LABEL_COLUMNS = ("block", "session", "slot", "step", "part")
_STARTS = ("start", "begin", "from", "von", "desde", "inicio", "debut", "inizio", "beginn", "van",
           "starts", "ab")  # fmt: skip
_ENDS = ("end", "until", "to", "bis", "hasta", "fin", "fine", "fim", "tot", "ende", "ends")
_UNIT_IN_HEADER = re.compile(
    rf"\(\s*(?:(?P<h>{HOUR_WORDS})|(?P<m>{MINUTE_WORDS}))\s*\)|\bin\s+(?:(?P<h2>{HOUR_WORDS})"
    rf"|(?P<m2>{MINUTE_WORDS}))\b",
    re.IGNORECASE,
)
_BARE = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*$")


@dataclass
class TableDay:
    """A day that a table gives: by weekday or by number, with its blocks and untimed notes."""

    line: int
    title: str
    weekday: str | None = None
    number: int | None = None
    blocks: list[RawBlock] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def weekday_of(text: str) -> str | None:
    """The weekday a cell or heading names on its own (`**Lunes**`, `Mon`), else None."""
    words = re.sub(r"[^\w\s-]", " ", fold(unwrap(text))).split()
    if len(words) != 1:
        return None
    return WEEKDAYS.get(words[0]) if len(words[0]) >= 3 else None


def _header(node: Node) -> list[str]:
    return [fold(unwrap(cell)) for cell in node.rows[0]] if node.rows else []


def _has_word(header: str, words: tuple[str, ...]) -> bool:
    found = re.findall(r"[a-z]+", header)
    return any(w == word or w in (word + "s", word + "es") for w in found for word in words)


def _unit(header: str) -> str | None:
    words = re.sub(r"[^\w\s]", " ", header).split()
    if len(words) == 1 and re.fullmatch(HOUR_WORDS, words[0], re.IGNORECASE):
        return "h"  # "| Hours |", "| Stunden |"
    if len(words) == 1 and re.fullmatch(MINUTE_WORDS, words[0], re.IGNORECASE):
        return "min"
    match = _UNIT_IN_HEADER.search(header)
    if match is None:
        return None
    return "h" if match.group("h") or match.group("h2") else "min"


def _columns(node: Node) -> dict[str, int | None]:
    """Which column holds what: span, duration, title, note, label, day."""
    header = _header(node)
    body = node.rows[1:]
    width = len(header)

    def count(col: int, test: Callable[[str], bool]) -> int:
        return sum(1 for row in body if col < len(row) and test(row[col]))

    def span(cell: str) -> bool:
        found = find_duration(cell)
        return found is not None and found.at is not None

    def length(cell: str) -> bool:
        found = find_duration(cell)
        return found is not None and found.at is None

    spans = [count(c, span) for c in range(width)]
    lengths = [count(c, length) for c in range(width)]
    for col in range(width):
        if _unit(header[col]) and count(col, lambda cell: bool(_BARE.match(cell))):
            lengths[col] = max(lengths[col], count(col, lambda cell: bool(_BARE.match(cell))))
    # "| Start | End | Activity |": a span written in two columns.
    points = [count(c, lambda cell: find_point_time(cell) is not None and len(cell) <= 12)
              for c in range(width)]  # fmt: skip
    start_col = next((c for c in range(width) if points[c] and _has_word(header[c], _STARTS)), None)
    end_col = next((c for c in range(width) if points[c] and _has_word(header[c], _ENDS)), None)
    most_spans, most_lengths = max(spans, default=0), max(lengths, default=0)
    span_col = spans.index(most_spans) if most_spans else None
    dur_col = lengths.index(most_lengths) if most_lengths else None
    if span_col is not None and dur_col == span_col:
        dur_col = None
    taken = {span_col, dur_col}
    if start_col is not None and end_col is not None and span_col is None:
        taken |= {start_col, end_col}
    else:
        start_col = end_col = None

    def named(words: tuple[str, ...]) -> int | None:
        return next(
            (c for c, name in enumerate(header) if c not in taken and _has_word(name, words)),
            None,
        )

    day_col = next(
        (
            c
            for c, name in enumerate(header)
            if c not in taken and _has_word(name, DAY_COLUMN_WORDS)
        ),
        None,
    )
    taken.add(day_col)
    title_col = named(TITLE_COLUMN_WORDS)
    taken.add(title_col)
    note_col = named(NOTE_COLUMN_WORDS)
    label_col = named(_LABEL_COLUMNS)
    skip = {c for c, name in enumerate(header) if _has_word(name, SKIP_COLUMN_WORDS)}
    if title_col is None:
        title_col = next(
            (
                c
                for c in range(width)
                if c not in taken and c != label_col and c not in skip and c != note_col
            ),
            None,
        )
        if title_col is not None and title_col == note_col:
            note_col = None
    if note_col is None and title_col is not None and span_col is not None:
        # "Subject | Topic": a second title column is the block's note.
        taken.add(title_col)
        note_col = named(TITLE_COLUMN_WORDS)
        if note_col in skip:
            note_col = None
    return {
        "span": span_col,
        "dur": dur_col,
        "title": title_col,
        "note": note_col,
        "label": label_col,
        "day": day_col,
        "start": start_col,
        "end": end_col,
    }


def table_blocks(node: Node, ctx: Ctx, *, lenient: bool) -> list[RawBlock]:
    """Blocks written as a table, one row each; a table without durations holds none."""
    header = _header(node)
    cols = _columns(node)
    time_col = next((cols[k] for k in ("span", "dur", "start") if cols[k] is not None), None)
    if not node.rows[1:] or time_col is None:
        if lenient:
            agenda = _agenda(node, cols, ctx)
            if agenda is None:
                _warn_points(node, ctx)
            return agenda or []
        return []
    blocks: list[RawBlock] = []
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        raw = _row_block(row, line, header, cols, ctx, lenient=lenient)
        if raw is not None:
            blocks.append(raw)
    return blocks


def _cell(row: list[str], col: int | None) -> str:
    return row[col].strip() if col is not None and col < len(row) else ""


def _row_block(
    row: list[str],
    line: int,
    header: list[str],
    cols: dict[str, int | None],
    ctx: Ctx,
    *,
    lenient: bool,
) -> RawBlock | None:
    if not any(cell.strip() for cell in row):
        return None
    span_cell, dur_cell = _cell(row, cols["span"]), _cell(row, cols["dur"])
    if cols["start"] is not None and _cell(row, cols["start"]) and _cell(row, cols["end"]):
        span_cell = f"{_cell(row, cols['start'])} - {_cell(row, cols['end'])}"
    if dur_cell and _BARE.match(dur_cell) and cols["dur"] is not None:
        dur_cell = f"{dur_cell} {_unit(header[cols['dur']]) or 'min'}"
    time_text = span_cell if find_duration(span_cell) else dur_cell
    title = _cell(row, cols["title"])
    if lenient and title and is_break(title):
        return None  # "Lunch", "Break": a gap between blocks
    found = find_duration(time_text)
    if cols["title"] is None:
        # "| Block 1 (Concepts – 60 min) | notes |": the cell reads like a block line.
        raw = try_block(time_text, [], line, ctx)
    elif found is not None and title:
        raw = _titled(title, found, line, ctx)
    else:
        raw = None
    if raw is None:
        if not lenient:
            block(f"{title or time_text} ({time_text})", [], line, ctx)  # raises: no duration
        if (title or time_text) and title not in ("-", "—", "–"):
            what = "a time of day with no length" if find_point_time(span_cell) else "no time"
            ctx.warn(line, f'row "{title or time_text}" skipped: {what}')
        return None
    if raw.at is not None and dur_cell:
        stated = find_duration(dur_cell)
        if stated is not None and (stated.lo, stated.hi) != (raw.lo, raw.hi):
            ctx.warn(
                line,
                f'"{dur_cell}" differs from the span "{span_cell}" ({raw.lo} min); the span counts',
            )
    label_col = cols["label"]
    if label_col is not None and label_col != cols["title"] and _cell(row, label_col):
        label = _cell(row, label_col)
        raw.label = f"{header[label_col].title()} {label}" if label.isdigit() else label
    if any(re.search(r"\[[xX]\]|✅|✔|☑", cell) for cell in row if cell is not row[0]):
        raw.done = True  # "| [x] |" in a Status column: done already
    note = _cell(row, cols["note"])
    if note and note not in ("-", "—"):
        raw.note = note
    return raw


def _titled(title: str, found: Found, line: int, ctx: Ctx) -> RawBlock | None:
    """A block from a title cell and the length (or span) of another cell."""
    if found.lo <= 0 or found.hi <= 0 or found.lo > found.hi:
        return block(f"{title} ({found.text})", [], line, ctx)  # raises: says what is wrong
    label = None
    lab = LABEL.match(title)
    text = title
    if lab:
        label, text = lab.group("label"), title[lab.end() :]
    return RawBlock(
        tidy(text) or label or title,
        label,
        found.lo,
        found.hi,
        None,
        [],
        line,
        at=found.at,
        sure=found.sure,
    )


def _agenda(node: Node, cols: dict[str, int | None], ctx: Ctx) -> list[RawBlock] | None:
    """`| Zeit | Inhalt |` with start times only: each row lasts until the next one starts."""
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    starts = [find_point_time(row[0]) if row and len(row[0]) <= 12 else None for row, _ in body]
    if sum(1 for s in starts if s is not None) < 2:
        return None
    title_col = (
        cols["title"] if cols["title"] not in (None, 0) else (1 if len(node.rows[0]) > 1 else None)
    )
    blocks: list[RawBlock] = []
    timed = [
        (start, row, line)
        for start, (row, line) in zip(starts, body, strict=False)
        if start is not None
    ]
    for pos, (start, row, line) in enumerate(timed):
        title = tidy(_cell(row, title_col))
        if not title or is_break(title):
            continue
        if pos + 1 < len(timed):
            minutes = (timed[pos + 1][0] - start) % (24 * 60)
        else:
            own = next((f for cell in row[1:] if (f := find_duration(cell)) is not None), None)
            if own is None:
                ctx.warn(line, f'row "{title}" has a start time but no length')
                continue
            minutes = own.hi
        if minutes > 0:
            blocks.append(RawBlock(title, None, minutes, minutes, None, [], line, at=start))
    return blocks


def _warn_points(node: Node, ctx: Ctx) -> None:
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        if any(find_point_time(cell) is not None for cell in row[:1]):
            ctx.warn(line, "row skipped: a time of day with no length")


def table_days(node: Node, ctx: Ctx) -> list[TableDay]:
    """Days a table gives: a Day column with rows per day, or a weekly grid; [] when none."""
    if len(node.rows) < 3:
        return []
    header = node.rows[0]
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    first = [weekday_of(row[0]) if row else None for row, _ in body]
    cols = _columns(node)
    if sum(1 for w in first if w) >= 2 and (cols["span"] is not None or cols["dur"] is not None):
        timed_cols = [
            c
            for c in range(1, len(header))
            if sum(1 for row, _ in body if c < len(row) and find_duration(row[c])) > 0
        ]
        if len(timed_cols) >= 2 or (cols["span"] is None and cols["dur"] is None):
            return _grid_by_weekday(node, ctx)
        return _day_column(node, ctx, cols)
    if sum(1 for w in first if w) >= 2:
        return _grid_by_weekday(node, ctx)
    day_col = cols["day"]
    numbers = [_number(row[day_col]) if day_col is not None and day_col < len(row) else None
               for row, _ in body]  # fmt: skip
    if sum(1 for n in numbers if n) >= 2 and (cols["span"] is not None or cols["dur"] is not None):
        return _numbered_days(node, ctx, cols, numbers)
    columns = [weekday_of(cell) for cell in header]
    slots = [row for row, _ in body if row and find_duration(row[0]) is not None]
    if sum(1 for w in columns if w) >= 2 and slots:
        return _grid_by_slot(node, ctx, columns)
    return []


def _number(cell: str) -> int | None:
    """The day number of a Day cell: `3`, `Day 3`, `**Día 3**`."""
    match = re.fullmatch(r"[*_\s]*(?:[^\W\d_]+\s*)?(\d{1,3})[*_\s.:]*", cell)
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


def _numbered_days(
    node: Node, ctx: Ctx, cols: dict[str, int | None], numbers: list[int | None]
) -> list[TableDay]:
    """`| Day | Topic | Hours |` with a row (or several) per day number."""
    header = _header(node)
    days: dict[int, TableDay] = {}
    current: TableDay | None = None
    rows = zip(node.rows[1:], node.row_lines[1:], numbers, strict=False)
    for row, line, number in rows:
        if number is not None:
            current = days.get(number)
            if current is None:
                current = days[number] = TableDay(line, "", number=number)
        if current is None:
            continue
        rest = ["" if c == cols["day"] else cell for c, cell in enumerate(row)]
        raw = _row_block(rest, line, header, cols, ctx, lenient=True)
        if raw is not None:
            current.blocks.append(raw)
            current.title = current.title or raw.title
    return list(days.values())


def _day_column(node: Node, ctx: Ctx, cols: dict[str, int | None]) -> list[TableDay]:
    header = _header(node)
    days: dict[str, TableDay] = {}
    current: TableDay | None = None
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        name = weekday_of(row[0]) if row else None
        if name is not None:
            current = days.get(name)
            if current is None:
                current = days[name] = TableDay(line, tidy(unwrap(row[0])), weekday=name)
        if current is None:
            continue
        rest = [cell if c else "" for c, cell in enumerate(row)]
        raw = _row_block(rest, line, header, cols, ctx, lenient=True)
        if raw is not None:
            current.blocks.append(raw)
        else:
            text = " ".join(c for c in row[1:] if c.strip(" -—–[]"))
            if text and not is_break(_cell(row, cols["title"])):
                current.notes.append(text)
    return list(days.values())


def _grid_by_weekday(node: Node, ctx: Ctx) -> list[TableDay]:
    """`Día | Mañana (6:00 - 8:30) | Tarde | Noche`: a block per timed cell."""
    header = node.rows[0]
    days: list[TableDay] = []
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        name = weekday_of(row[0]) if row else None
        if name is None:
            continue
        day = TableDay(line, tidy(unwrap(row[0])), weekday=name)
        for col in range(1, min(len(row), len(header))):
            cell = row[col].strip()
            if not cell or cell.strip("-—– ") == "":
                continue
            head_span = find_duration(header[col])
            session = session_name(header[col]) or tidy(
                re.sub(r"\([^)]*\)", "", unwrap(header[col]))
            )
            raw = try_block(cell, [], line, ctx)
            if raw is None or is_break(raw.title):
                if raw is None:
                    day.notes.append(cell)
                continue
            raw.session = session or None
            if raw.at is None and head_span is not None and head_span.at is not None:
                raw.at, raw.sure = head_span.at, head_span.sure
            day.blocks.append(raw)
        days.append(day)
    return days


def _grid_by_slot(node: Node, ctx: Ctx, columns: list[str | None]) -> list[TableDay]:
    """`Hora | Lunes | Martes …`: a row per time slot, a block per filled cell."""
    days = {
        w: TableDay(node.line, tidy(unwrap(node.rows[0][c])), weekday=w)
        for c, w in enumerate(columns)
        if w is not None
    }
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        slot = find_duration(row[0]) if row else None
        if slot is None:
            continue
        for col, weekday in enumerate(columns):
            if weekday is None or col >= len(row):
                continue
            cell = row[col].strip()
            if not cell or cell.strip("-—– ") == "" or is_break(cell):
                continue
            days[weekday].blocks.append(
                RawBlock(
                    tidy(cell) or cell,
                    None,
                    slot.lo,
                    slot.hi,
                    None,
                    [],
                    line,
                    at=slot.at,
                    sure=slot.sure,
                )
            )
    return [day for day in days.values() if day.blocks or day.notes]
