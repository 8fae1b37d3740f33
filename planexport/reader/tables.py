"""Tables to blocks: a row per block, a Day column, and weekly grids (weekday × part of the day)."""

from __future__ import annotations

import datetime as dt
import re

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
from planexport.reader.cell_lists import listed_blocks
from planexport.reader.cell_parts import cell_parts
from planexport.reader.cell_titles import split_title
from planexport.reader.closing_words import closes_day
from planexport.reader.day_rows import DayRows, day_rows
from planexport.reader.durations import Found, find_duration, find_point_time
from planexport.reader.grid_blanks import continue_blanks
from planexport.reader.grid_own_times import day_cells
from planexport.reader.hour_spans import hour_span
from planexport.reader.length_rows import length_roles, row_items
from planexport.reader.outline import Node, unwrap
from planexport.reader.part_grid_lengths import part_length_grid
from planexport.reader.point_rows import PointRows
from planexport.reader.range_columns import range_columns, range_grid, unread_weekday_columns
from planexport.reader.repeats import find_length
from planexport.reader.session_rows import break_elsewhere, paper_item
from planexport.reader.start_grids import start_slots
from planexport.reader.start_order import hhmm, start_ends
from planexport.reader.subject_grids import subject_grid
from planexport.reader.sum_rows import sum_row
from planexport.reader.table_cells import (
    cell_blocks,
    headerless_title,
    link_text_joined,
    no_targets,
    one_line,
)
from planexport.reader.table_columns import (
    BARE,
    cell_at,
    column_roles,
    date_column,
    has_word,
    header_names,
    header_unit,
)
from planexport.reader.table_dates import ORDER, YearHint, cell_date, month_of
from planexport.reader.table_grids import date_columns, slot
from planexport.reader.table_groups import group_row
from planexport.reader.table_halves import order_rows
from planexport.reader.table_logs import results_log, row_title
from planexport.reader.table_weekly import TableDay, grid_by_weekday, part_columns, weekday_of
from planexport.reader.time_columns import time_column_agenda
from planexport.reader.total_tables import empty_row, total_row
from planexport.reader.tracking_tables import planned_column
from planexport.reader.twelve_hour_agenda import twelve_hour_starts
from planexport.reader.until_ends import until_end
from planexport.reader.untimed_tables import untimed_table
from planexport.reader.weekday_cells import weekday_column_days
from planexport.reader.words import (
    SKIP_COLUMN_WORDS,
    TITLE_COLUMN_WORDS,
    fold,
)
from planexport.reader.yearless_rows import in_date_order

__all__ = [
    "TableDay",
    "agenda_table",
    "closing_row",
    "is_facts_table",
    "table_blocks",
    "table_days",
    "weekday_of",
]

_FACT_HEADERS = ("information", "info", "details", "detail", "key", "value", "fact", "facts",
                 "angabe", "wert", "dato", "datos", "valor", "valeur", "valore", "waarde",
                 "property", "eigenschaft")  # fmt: skip


def is_facts_table(node: Node) -> bool:
    """Whether a table states facts about the plan (`| **Prüfungsdauer** | 90 Minuten |`): two
    columns, labels in bold (or headed `Information | Details`), and few of the values lengths."""
    if node.kind != "table" or len(node.rows) < 2 or len(node.rows[0]) != 2:
        return False
    body = [row for row in node.rows[1:] if any(cell.strip() for cell in row)]
    if not body or any(len(row) != 2 for row in body):
        return False
    labels = [row[0].strip() for row in body]
    bold = all(re.fullmatch(r"(\*\*|__)[^*_]+\1[:\s]*", label) for label in labels)
    named = any(has_word(name, _FACT_HEADERS) for name in header_names(node))
    if not (bold or named):
        return False
    if any(find_duration(label) or weekday_of(label) or _number(label) for label in labels):
        return False  # "| **09:00–10:00** | Arrays |", "| **Monday** | 2h |": a plan's rows
    if sum(1 for label in labels if find_point_time(label) is not None) >= 2:
        return False  # "| **2:00 pm** | Logging in |": an agenda's start times, not labels
    if bold and named:
        return True  # "| Item | Value |" over "| **Total hours** | 40 h |"
    timed = sum(1 for row in body if find_duration(row[1]))
    return 2 * timed <= len(body)


def table_blocks(node: Node, ctx: Ctx, *, lenient: bool) -> list[RawBlock]:
    """Blocks written as a table, one row each; a table without durations holds none."""
    if is_facts_table(node) or results_log(node):
        return []  # "| **Prüfungsdauer** | 90 Minuten |": about the plan, not a block of it
    header = header_names(node)
    cols = planned_column(node, column_roles(node))  # "| Ist | Geplant |": the plan's lengths
    time_col = next((cols[k] for k in ("span", "dur", "start") if cols[k] is not None), None)
    if lenient and cols["dur"] is None and cols["start"] is None:
        agenda = time_column_agenda(node, cols, ctx)  # "| Check in | Friday 5:00 PM | … |"
        if agenda is not None:
            return agenda
    if not node.rows[1:] or time_col is None:
        if lenient:
            agenda = _agenda(node, cols, ctx)
            if agenda is None:
                _warn_points(node, ctx)
            return agenda or []
        return []
    if lenient:
        unread_weekday_columns(node, cols, ctx)  # "| Zeit | Aktivität | Samstag |"
    blocks: list[RawBlock] = []
    session = False  # the row above is a pinned block or one of its papers
    group: str | None = None  # "| **APERTURA** |": the rows below are that part of the day
    timeline: list[tuple[RawBlock | None, Found | None]] = []  # every row's span, in order
    summed = 0  # the blocks from here on are summed up by the next Total row
    points = PointRows(cols, closing_row)  # "| 12.30 | Wrap-up |" among the spans
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        if lenient and session and (paper := paper_item(row, line, cols)):
            blocks[-1].items.append(paper)  # "|  | A. Author | Paper one |" under its session
            continue
        if (named := group_row(row)) is not None:
            group = None if is_break(named) else named  # "| **Lunch break** |": a gap, no part
            continue
        if sum_row(row, line, blocks[summed:], ctx):
            summed = len(blocks)  # "| **Total** | **1.25 hours** |": the rows above, summed
            continue
        if lenient and cols["span"] is not None and points.take(row, line, blocks):
            continue
        raw = _row_block(row, line, header, cols, ctx, lenient=lenient)
        timeline.append((raw, find_duration(cell_at(row, cols["span"]))))
        points.starts(raw.at if raw is not None else None)
        if raw is not None:
            if group is not None and raw.session is None:
                raw.session = group
            blocks.append(raw)
        session = raw is not None and raw.at is not None
    points.finish(blocks, ctx)
    order_rows(timeline, ctx)
    return blocks


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
    span_cell, dur_cell = cell_at(row, cols["span"]), cell_at(row, cols["dur"])
    if cols["span"] is not None and span_cell and find_duration(span_cell) is None:
        span_cell = hour_span(span_cell) or span_cell  # "| 9-10 |" among "| 10:20 -10:30 |"
    if cols["start"] is not None and cell_at(row, cols["start"]) and cell_at(row, cols["end"]):
        span_cell = f"{cell_at(row, cols['start'])} - {cell_at(row, cols['end'])}"
    if dur_cell and BARE.match(dur_cell) and cols["dur"] is not None:
        dur_cell = f"{dur_cell} {header_unit(header[cols['dur']]) or 'min'}"
    time_text = span_cell if find_duration(span_cell) else dur_cell
    parts = split_title(cell_at(row, cols["title"]))  # "**Keynote:** X<br>by A.<br><em>…</em>"
    title = parts.title if parts is not None else one_line(cell_at(row, cols["title"]))
    label_cell = cell_at(row, cols["label"]) if cols["label"] != cols["title"] else ""
    if _placeholder(title) and label_cell:
        title = label_cell  # "| Mañana | 09:00 - 12:00 | [Reservado para contenido] |"
    elif title.strip(" *_") in ("", "-", "—", "–") and label_cell:
        title, label_cell = label_cell, ""  # "| 9:30–7:00 | work | — |": an empty cell
    if lenient and (is_break(title) if title else break_elsewhere(row, cols)):
        return None  # "Lunch", "Break": a gap between blocks (its name in any column)
    # "| Kern | 6 x 3 min tempo, 1 min wandelen |": 18 minutes; "| 4 x 400 m |" none
    found = find_length(time_text)
    if lenient and found is not None and found.at is None and found.hi == 0:
        return None  # "| Mo | 🛌 Rest day | 0h |": a day with nothing to do, its text a note
    if cols["title"] is None:
        # "| Block 1 (Concepts – 60 min) | notes |": the cell reads like a block line; a step's
        # number ("| 1. Koud kijken (5 min) |") is its place in the table, not its title.
        raw = try_block(re.sub(r"^\s*\d{1,2}[.)]\s+(?=[^\W\d_])", "", time_text), [], line, ctx)
    elif found is not None and title:
        raw = _titled(title, found, line, ctx)
    else:
        raw = None
    if raw is None:
        if not lenient and line in ctx.zero:
            return None  # "| Quiz | 0 min |": warned about already, skipped
        if not lenient:
            block(f"{title or time_text} ({time_text})", [], line, ctx)  # warns: no duration
            return None  # block() said why, the row is skipped
        if (title or time_text) and title not in ("-", "—", "–"):
            what = "a time of day with no length" if find_point_time(span_cell) else "no time"
            what = "no title" if found is not None and found.at is not None else what
            ctx.warn(line, f'row "{title or time_text}" skipped: {what}')
        return None
    if raw.at is not None and dur_cell:
        stated = find_duration(dur_cell)
        if stated is not None and (stated.lo, stated.hi) != (raw.lo, raw.hi):
            ctx.warn(
                line,
                f'"{dur_cell}" differs from the span "{span_cell}" ({raw.lo} min); the span counts',
            )
    start = find_point_time(cell_at(row, cols["at"])) if raw.at is None else None
    if start is not None:
        raw.at = start  # "| 13:00 | 15' | Begrüßung |": the row's start, its length beside it
    label_col = cols["label"]
    if label_col is not None and label_cell:
        if session_name(label_cell) is not None:
            raw.session = tidy(unwrap(label_cell))  # "| Bloque | … |" of "Mañana", "Tarde"
        else:
            raw.label = (
                f"{header[label_col].title()} {label_cell}" if label_cell.isdigit() else label_cell
            )
    # "| [x] |" in a Status column, first or not (a first cell is else the title's own mark)
    status = [c for c, name in enumerate(header) if c == 0 and has_word(name, SKIP_COLUMN_WORDS)]
    if any(re.search(r"\[[xX]\]|✅|✔|☑", cell) for c, cell in enumerate(row) if c or status):
        raw.done = True  # "| [x] |" in a Status column: done already
    note = cell_at(row, cols["note"])
    if note and note not in ("-", "—"):
        raw.note = note
    place = cell_at(row, cols.get("place"))
    if place and place not in ("-", "—"):
        raw.note = "\n".join(n for n in (raw.note, place) if n)  # "| Lieu |" of "Hall"
    if parts is not None and raw.title == tidy(parts.title):
        raw.note = "\n".join(n for n in (parts.note, raw.note) if n) or None
        raw.items.extend(parts.item_list(line))
    return raw


def _titled(title: str, found: Found, line: int, ctx: Ctx) -> RawBlock | None:
    """A block from a title cell and the length (or span) of another cell."""
    if found.lo <= 0 or found.hi <= 0 or found.lo > found.hi:
        return block(f"{title} ({found.text})", [], line, ctx)  # warns: says what is wrong
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


def _starts(node: Node) -> list[int | None]:
    return [find_point_time(row[0]) if row and len(row[0]) <= 12 else None for row in node.rows[1:]]


def agenda_table(node: Node) -> bool:
    """Whether a table is an agenda of start times (`| 09:00 | Welcome |`), with no lengths."""
    return (
        node.kind == "table"
        and len(node.rows) > 2
        and len(node.rows[0]) > 1
        and not is_facts_table(node)
        and sum(1 for at in _starts(node) if at is not None) >= 2
    )


_CLOSING = ("end", "ende", "fin", "fim", "einde", "fine", "schluss", "finish", "termine")


def closing_row(title: str) -> bool:
    """Whether a row's title only marks the end of the day (`End`, `✅ Ende`, `Fin`)."""
    words = re.findall(r"[a-z]+", fold(unwrap(title)))
    return (
        (bool(words) and words[0] in _CLOSING and len(words) <= 3)
        or words == ["closing"]
        or closes_day(title)
    )


def _agenda(node: Node, cols: dict[str, int | None], ctx: Ctx) -> list[RawBlock] | None:
    """`| Zeit | Inhalt |` with start times only: each row lasts until the next one starts;
    a closing row (`| 11:30 | End |`) ends the one before it."""
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    starts = _starts(node)[: len(body)]
    if sum(1 for s in starts if s is not None) < 2:
        return None
    cells = [row[0] if row else "" for row, _ in body]
    starts = twelve_hour_starts(starts, cells, [line for _, line in body], ctx)
    title_col = (
        cols["title"] if cols["title"] not in (None, 0) else (1 if len(node.rows[0]) > 1 else None)
    )
    bare = headerless_title(node.rows)  # "|10:00|Room 3.102|Project introduction|"
    title_col = bare if bare is not None else title_col
    blocks: list[RawBlock] = []
    timed = [
        (start, row, line)
        for start, (row, line) in zip(starts, body, strict=False)
        if start is not None
    ]
    ends = start_ends([start for start, _, _ in timed])
    for pos, (start, row, line) in enumerate(timed):
        title = tidy(one_line(cell_at(row, title_col)))
        others = [c for n, c in enumerate(row) if n not in (0, title_col) and c.strip(" -—–")]
        if not title or is_break(title) or (closing_row(title) and not others):
            continue  # "| 16:30 | Dee | Closing |" has a speaker: a session, not the end
        end = ends[pos]
        if end.until is not None:
            minutes = end.until - start
            if end.behind is not None:
                ctx.warn(
                    line,
                    f'row "{title}" starts at {hhmm(start)}, before the row above it at '
                    f"{hhmm(end.behind)}: read in time order, until {hhmm(end.until)}",
                )
        else:
            own = next(
                (f for cell in row[1:] if (f := find_duration(no_targets(cell))) is not None),
                None,
            )
            ended = until_end(title, start)  # "… until 1:00 AM", "tot 1 uur": its end
            if own is None and ended is None:
                ctx.warn(line, f'row "{title}" has a start time but no length')
                continue
            minutes, title = ended or (own.hi if own else 0, title)
        # With no header to name them, the other columns (the room) are the block's note.
        note = " / ".join(tidy(one_line(c)) for c in others) if bare is not None else ""
        if minutes > 0:
            blocks.append(RawBlock(title, None, minutes, minutes, note or None, [], line, at=start))
    return blocks


def _warn_points(node: Node, ctx: Ctx) -> None:
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        if any(find_point_time(cell) is not None for cell in row[:1]):
            ctx.warn(line, "row skipped: a time of day with no length")


def table_days(node: Node, ctx: Ctx, *, year: YearHint | None = None) -> list[TableDay]:
    """Days a table gives: a Day column with rows per day, a date per row, a month of dated
    rows, or a weekly grid; [] when none. `year` is the year of dates written without one."""
    if is_facts_table(node) or len(node.rows) < 2 or results_log(node):
        return []  # "| Fecha | Módulo | Correctas | Tiempo |": results of days gone, no plan
    month = _month_table(node, ctx, year)
    if month:
        return month
    header = node.rows[0]
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    cols = column_roles(node)
    if (split := day_rows(node, cols, year)) is not None:
        return [_rows_day(node, part, ctx) for part in split]  # "| **Day 1** | |" over times
    read = lambda sub: table_blocks(sub, ctx, lenient=True)  # noqa: E731
    if (later := weekday_column_days(node, cols, ctx, read=read)) is not None:
        return later  # "| Course | Time | Day |": the weekday column need not come first
    short = cols["day"] == 0
    first = [weekday_of(row[0], short=short) if row else None for row, _ in body]
    dates = date_column(node, cols)
    # "| Tag | Datum | Thema | Zeitaufwand |" with one row: a day, as its header says.
    enough = 1 if short and (len(body) == 1 or _continued(body)) else 2
    weekdays = sum(1 for c in header if weekday_of(c)) + 2 * bool(range_columns(header))
    if len(node.rows) < 3 and enough > 1 and weekdays < 2:
        return []  # one row is a day only under a header of weekdays ("| Time | Sat | Sun |")
    timed_table = cols["span"] is not None or cols["dur"] is not None
    if grid := part_length_grid(node, ctx, short=short, dur=cols["dur"]):
        return grid  # "| Martes | Carrera suave | Fuerza B | 40 min + 45 min |"
    if sum(1 for w in first if w) >= enough and timed_table:
        timed_cols = [
            c
            for c in range(1, len(header))
            if sum(1 for row, _ in body if c < len(row) and find_duration(row[c])) > 0
        ]
        # "Tag | Thema | Zeitaufwand | Lernziel": a column named as the topic makes a row a
        # day's block, though a "(90 min)" in the goal column is timed too.
        titled = any(has_word(name, TITLE_COLUMN_WORDS) for name in header_names(node))
        by_length = length_roles(node, cols, dates=dates) if len(timed_cols) >= 2 else None
        if by_length is not None:
            # "| Tag | Fokus | Übungen | Dauer |": a block a row, the other cells its items
            return _day_column(
                node, ctx, by_length, short=short, dates=dates, year=year, items=True
            )
        if len(timed_cols) >= 2 and not titled:
            return grid_by_weekday(node, ctx, short=short)
        if timed_cols and len(parts := part_columns(header)) >= 2:
            # "Day | Morning | Afternoon | Evening | Focus": a block per part, titled by the focus;
            # a part of the day is no focus ("| Mi | Analysis (2 Std.) | Programmieren |").
            focus = cols["title"] if cols["title"] not in parts else None
            return grid_by_weekday(node, ctx, short=short, title_col=focus)
        return _day_column(node, ctx, cols, short=short, dates=dates, year=year)
    # "| Dia | Tipo | Descrição |" over one "| Terça | Contínuo | Corrida de 40 min |": a day
    lone = enough == 1 and len(body) == 1 and any(find_duration(c) for c in body[0][0][1:])
    if sum(1 for w in first if w) >= 2 or (lone and first[0]):
        if untimed_table(node):
            # "| Monday | Education words |": what to do on a weekday, with no time to do it in
            ctx.warn(
                node.line, "a table of weekdays with no time or length in it: not read as days"
            )
            return []
        return grid_by_weekday(node, ctx, short=short)
    day_col = cols["day"]
    numbers = [_number(row[day_col]) if day_col is not None and day_col < len(row) else None
               for row, _ in body]  # fmt: skip
    if sum(1 for n in numbers if n) >= 2 and timed_table:
        return _numbered_days(node, ctx, cols, numbers, dates=dates, year=year)
    if sum(1 for n in numbers if n) >= 2 and day_col == 0 and _header_lengths(header):
        # "| Day | Morning (2h) | Afternoon (1h) |" over "| 1 | Algebra | Geometry |"
        return grid_by_weekday(node, ctx, short=short, numbers=numbers)
    if dates is not None and len(body) >= 2:
        return _dated_rows(node, ctx, cols, dates=dates, year=year)
    if ranged := range_grid(node, ctx):
        return ranged  # "| Horário | Segunda a Sexta-feira | Sábado |": Mon–Fri, then Sat
    slots = [row for row, _ in body if slot(row)[0] is not None]
    drawn = True  # the slots are written as spans: a blank cell may continue the one above
    columns: list[tuple[str | None, dt.date | None] | None] = [
        (weekday, None) if (weekday := weekday_of(cell)) else None for cell in header
    ]
    short_names = [weekday_of(cell, short=True) for cell in header]
    if sum(1 for c in columns if c) < 2 and sum(1 for n in short_names if n) >= 3:
        columns = [(n, None) if n else None for n in short_names]  # "| Mo | Tu | We |"
    if sum(1 for c in columns if c) < 2:
        columns = date_columns(header, year)  # "|  |  | 08/07/2024 | 09/07/2024 |"
    if sum(1 for c in columns if c) >= 2 and not slots:
        if subjects := subject_grid(node, ctx):
            return subjects  # "| Algebra | 9-10 | - | 9-11 |": a row per subject
        node = start_slots(node, ctx) or node  # "| 09:00 | Anna | | Marco |": start times
        slots = node.rows[1:] if node.rows[1:] != [row for row, _ in body] else []
        drawn = False  # a blank cell below a start time is no entry going on
    if sum(1 for c in columns if c) >= 2 and slots:
        return _grid_by_slot(node, ctx, columns, drawn=drawn)
    return []


def _rows_day(node: Node, part: DayRows, ctx: Ctx) -> TableDay:
    """A day of a table split by day rows: its rows read as a table of their own."""
    rows = Node(
        "table",
        part.line,
        rows=[node.rows[0], *(row for row, _ in part.rows)],
        row_lines=[node.row_lines[0], *(line for _, line in part.rows)],
    )
    day = TableDay(part.line, part.title, part.weekday, part.number, part.date)
    day.blocks = table_blocks(rows, ctx, lenient=True)
    return day


def _continued(body: list[tuple[list[str], int]]) -> bool:
    """`| **Jueves** | | |` over `| | Electiva 2 | 14:30 a 17:30 |`: a day row, its rows below."""
    return (
        bool(body)
        and bool(weekday_of(body[0][0][0] if body[0][0] else "", short=True))
        and all(not row[0].strip() for row, _ in body[1:] if row)
    )


class _Dating:
    """Dates of a table's rows, checked against the weekday each row writes."""

    def __init__(self, year: YearHint | None) -> None:
        self.year = year
        self.wrong: list[tuple[int, str, dt.date]] = []
        self.last: dt.date | None = None
        self.later = 0

    def day(
        self, line: int, cell: str, weekday: str | None, *, label: str = ""
    ) -> tuple[str | None, dt.date | None]:
        """The weekday and date of a row: the weekday as written (`label`, in its own column),
        the date when it agrees."""
        found = cell_date(cell, self.year)
        if found is None:
            return weekday, None
        if found.inferred:
            found = found.later(self.later)
            date = found.date()
            if date is not None and self.last is not None and (self.last - date).days > 180:
                # "12 décembre" then "9 janvier" under "Programme 2019": the rows go on into 2020.
                self.later += 1
                found = found.later(1)
            self.last = found.date() or self.last
        weekday = weekday or found.weekday
        date = found.date()
        if date is not None and weekday is not None and ORDER[date.weekday()] != weekday:
            self.wrong.append((line, f"{label} {found.text}".strip(), date))
            return weekday, None
        return weekday or (ORDER[date.weekday()] if date else None), date

    def warn(self, ctx: Ctx) -> None:
        if not self.wrong:
            return
        line, text, date = self.wrong[0]
        others = len(self.wrong) - 1
        more = f" (and {others} more row{'s' * (others > 1)})" if others else ""
        ctx.warn(
            line,
            f'"{text}": {date:%d.%m.%Y} is a {date:%A}, not the weekday '
            f"written; the weekday is kept and the date left out{more}",
        )


def _dated_rows(
    node: Node,
    ctx: Ctx,
    cols: dict[str, int | None],
    *,
    dates: int,
    year: YearHint | None,
) -> list[TableDay]:
    """`| Mo, 11.05.2020 | - Maths: 07:50 bis 9:30 Uhr<br>- Essay |`: a dated day per row, a
    block per timed item of its cells and the untimed items as notes."""
    header = header_names(node)
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    items = any(
        "<br" in link_text_joined(cell).lower() or cell.lstrip().startswith("- ")
        for row, _ in body
        for c, cell in enumerate(row)
        if c != dates
    )
    by_rows = (
        not items
        and cols["title"] not in (None, dates)
        and (cols["span"] is not None or cols["dur"] is not None)
    )
    dating = _Dating(year)
    days: dict[str, TableDay] = {}
    current: TableDay | None = None
    skip = {c for c, name in enumerate(header) if has_word(name, SKIP_COLUMN_WORDS)}
    skip |= {c for c in (dates, cols["day"]) if c is not None}
    for row, line in body:
        cell = cell_at(row, dates)
        found = cell_date(cell, year) if cell else None
        if cell and found is None:
            ctx.warn(line, f'row "{_short(cell)}" skipped: no date read in it')
            current = None
            continue
        if found is not None:
            # "| 05.01. | Mon | … |": the weekday may have a column of its own.
            label = cell_at(row, cols["day"])
            written = weekday_of(label, short=True) if label else None
            weekday, date = dating.day(line, cell, written, label=tidy(unwrap(label)))
            key = f"{found.day}.{found.month}.{found.year}"
            current = days.get(key)
            if current is None:
                current = days[key] = TableDay(line, found.text, weekday=weekday, date=date)
        if current is None:
            continue
        # "| Anmeldung |" of "Ja", "Nein": no part of the day's plan
        rest = [
            "" if c in (dates, cols["day"]) or c in skip else cell for c, cell in enumerate(row)
        ]
        if by_rows:
            raw = _row_block(rest, line, header, cols, ctx, lenient=True)
            if raw is not None:
                current.blocks.append(raw)
            continue
        row_blocks: list[RawBlock] = []
        row_notes: list[str] = []
        for text in rest:
            blocks, notes = cell_blocks(text, line, ctx)
            row_blocks.extend(blocks)
            row_notes.extend(notes)
        title = row_title(row_notes)
        if title is not None and [b.title for b in row_blocks] == ["Block"]:
            # "| 17/02 | Hardware | 12 min |": the row's words title its one block.
            row_blocks[0].title = tidy(unwrap(title))
            row_notes.remove(title)
        current.blocks.extend(row_blocks)
        current.notes.extend(row_notes)
    dating.warn(ctx)
    return in_date_order(list(days.values()))  # "1/03" before "26/02": lived after it


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _month_table(node: Node, ctx: Ctx, year: YearHint | None) -> list[TableDay]:
    """`|June||` over `|9 |**10:00 - 12:00** Synthesis<br>…|`: a dated day per day-of-month
    row, a block per timed entry; the month from the header or a row of its own."""
    month = month_of(node.rows[0][0]) if node.rows[0] else None
    numbered = sum(1 for row in node.rows[1:] if row and _day_of_month(row[0]))
    if numbered == 0:
        return []
    written = unwrap(node.rows[0][0]).strip() if month else ""
    days: list[TableDay] = []
    later = 0  # "December" then "January" in one table: the next year
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        if not row or not any(cell.strip() for cell in row):
            continue
        if month_of(row[0]) and not any(cell.strip() for cell in row[1:]):
            previous, month, written = month, month_of(row[0]), unwrap(row[0]).strip()
            later += previous is not None and month is not None and month < previous
            continue
        number = _day_of_month(row[0])
        if number is None or month is None:
            if not days:
                return []  # a row that is no day before any that is: not a month table
            continue
        date = None
        if year is not None:
            try:
                date = dt.date(year.of(month) + later, month, number)
            except ValueError:
                date = None
        day = TableDay(
            line,
            f"{written} {number}",
            weekday=ORDER[date.weekday()] if date else None,
            date=date,
        )
        for cell in row[1:]:
            blocks, notes = cell_blocks(cell, line, ctx)
            day.blocks.extend(blocks)
            day.notes.extend(notes)
        days.append(day)
    return days


def _day_of_month(cell: str) -> int | None:
    match = re.fullmatch(r"[*_\s]*(\d{1,2})\.?[*_\s]*", cell)
    return int(match.group(1)) if match and 1 <= int(match.group(1)) <= 31 else None


def _header_lengths(header: list[str]) -> bool:
    """Whether a column after the first is headed with a length (`Morning (2h)`), no time."""
    return any((found := find_duration(cell)) and found.at is None for cell in header[1:])


def _number(cell: str) -> int | None:
    """The day number of a Day cell: `3`, `Day 3`, `**Día 3**`."""
    match = re.fullmatch(r"[*_\s]*(?:[^\W\d_]+\s*)?(\d{1,3})[*_\s.:]*", cell)
    return int(match.group(1)) if match and int(match.group(1)) > 0 else None


def _numbered_days(
    node: Node,
    ctx: Ctx,
    cols: dict[str, int | None],
    numbers: list[int | None],
    *,
    dates: int | None = None,
    year: YearHint | None = None,
) -> list[TableDay]:
    """`| Day | Topic | Hours |` with a row (or several) per day number."""
    header = header_names(node)
    days: dict[int, TableDay] = {}
    current: TableDay | None = None
    dating = _Dating(year)
    rows = zip(node.rows[1:], node.row_lines[1:], numbers, strict=False)
    for row, line, number in rows:
        if number is not None:
            current = days.get(number)
            if current is None:
                current = days[number] = TableDay(line, "", number=number)
                if dates is not None and cell_at(row, dates):
                    current.weekday, current.date = dating.day(line, cell_at(row, dates), None)
                    # "| **Día 1** | **Martes, 03 Marzo** | …": a placeholder topic gives way.
                    if _placeholder(cell_at(row, cols["title"])):
                        current.title = tidy(unwrap(cell_at(row, dates)))
        elif row and total_row(row[0]):
            current = None  # "| **Total** | | **3 h** |": the sum of the days, not a day's block
        if current is None:
            continue
        rest = ["" if c in (cols["day"], dates) else cell for c, cell in enumerate(row)]
        raw = _row_block(rest, line, header, cols, ctx, lenient=True)
        if raw is not None:
            current.blocks.append(raw)
            current.title = current.title or raw.title
    dating.warn(ctx)
    return list(days.values())


def _day_column(
    node: Node,
    ctx: Ctx,
    cols: dict[str, int | None],
    *,
    short: bool,
    dates: int | None = None,
    year: YearHint | None = None,
    items: bool = False,
) -> list[TableDay]:
    header = header_names(node)
    days: dict[str, TableDay] = {}
    current: TableDay | None = None
    dating = _Dating(year)
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        name = weekday_of(row[0], short=short) if row else None
        if name is not None:
            date_cell = cell_at(row, dates) if dates not in (None, 0) else ""
            # "| Mo | 17.02. |" and "| Mo | 24.02. |": two Mondays, two days.
            key = f"{name} {date_cell}" if date_cell else name
            current = days.get(key)
            if current is None:
                label = tidy(unwrap(row[0]))
                weekday, date = (
                    dating.day(line, date_cell, name, label=label) if date_cell else (name, None)
                )
                current = days[key] = TableDay(
                    line, tidy(unwrap(row[0])), weekday=weekday, date=date
                )
        if name is None and row and total_row(row[0]):
            current = None  # "| **Total** | **23 hours** |": the sum of the days, not a day
        if current is None:
            continue
        rest = ["" if c in (0, dates) else cell for c, cell in enumerate(row)]
        if empty_row(rest):
            continue  # "| **Saturday** | - |": a day off
        if listed := listed_blocks(rest, line, ctx):
            current.blocks.extend(listed[0])  # "| Friday | - 09:00 - 09:30 Welcome<br>- … |"
            current.notes.extend(listed[1])
            continue
        if cols["span"] is None and (parted := cell_parts(cell_at(rest, cols["dur"]), line, ctx)):
            for part in parted:  # "| Di | Tempo | Einlaufen 15 Min + Tempolauf 20 Min |"
                part.session = tidy(one_line(cell_at(rest, cols["title"]))) or None
            current.blocks.extend(parted)
            continue
        untimed = items and find_duration(cell_at(rest, cols["dur"])) is None
        # "| Za | 04 Juli | | Sporthal gesloten |": no time at all, the day's note (unwarned)
        untimed = untimed or not any(
            find_duration(cell) or find_point_time(cell) is not None
            for cell in (cell_at(rest, cols[key]) for key in ("span", "dur", "start", "end"))
        )
        if untimed and not items and _unit_number(rest, header, cols["dur"]):
            untimed = False  # "| Mon | Arrays | 2 |" under "Hours": 2 hours
        # "| **Sonntag** | Ruhe | … | variabel |": a day with no length given, its text a note
        raw = None if untimed else _row_block(rest, line, header, cols, ctx, lenient=True)
        if raw is not None and raw.title == "Block" and cols["title"] is None:
            raw.title = current.title  # "| **Monday** | 3 hours |": the day's hours, no topic
        if raw is not None:
            current.blocks.append(raw)
            if items:
                raw.items.extend(row_items(rest, line, node, cols))
        else:
            text = " ".join(c for c in row[1:] if c.strip(" -—–[]"))
            if text and not is_break(cell_at(row, cols["title"])):
                current.notes.append(text)
    dating.warn(ctx)
    return list(days.values())


def _unit_number(row: list[str], header: list[str], col: int | None) -> bool:
    """Whether a row's length cell is a bare number whose unit its header gives (`Hours`)."""
    return (
        col is not None
        and col < len(header)
        and header_unit(header[col]) is not None
        and BARE.match(cell_at(row, col)) is not None
    )


def _placeholder(cell: str) -> bool:
    """`[Reservado para contenido]`, `[TBD]`: a cell the writer left to fill in."""
    return bool(re.fullmatch(r"\s*\[(?![ xX]\])[^\]]+\]\s*", cell))


def _grid_by_slot(
    node: Node,
    ctx: Ctx,
    columns: list[tuple[str | None, dt.date | None] | None],
    *,
    drawn: bool,
) -> list[TableDay]:
    """`Hora | Lunes | Martes …` or `| | | 08/07/2024 | …`: a row per time slot, a block per
    filled cell; empty cells and breaks are nothing."""
    days = [
        TableDay(node.line, tidy(unwrap(node.rows[0][col])), weekday=key[0], date=key[1])
        if key is not None
        else None
        for col, key in enumerate(columns)
    ]
    cells = day_cells(node, columns, ctx)  # "| | Maandag | | Zaterdag |": own times
    if drawn:
        continue_blanks(node, cells)  # "| 09:30–10:00 | |" below "Training": it goes on
    for col, blocks in cells.items():
        day = days[col]
        if day is not None:
            day.blocks.extend(blocks)
    return [day for day in days if day is not None and (day.blocks or day.notes)]
