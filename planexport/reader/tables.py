"""Tables to blocks: a row per block, a Day column, and weekly grids (weekday × part of the day)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from planexport.reader.block_tables import placeholder, row_block, table_blocks
from planexport.reader.blocks import (
    Ctx,
    RawBlock,
    is_break,
    tidy,
)
from planexport.reader.day_labels import label_titles
from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.grid_day_numbers import day_number_columns
from planexport.reader.outline import Node, unwrap
from planexport.reader.table_columns import (
    BARE,
    cell_at,
    column_roles,
    date_column,
    has_word,
    header_names,
    header_unit,
)
from planexport.reader.table_logs import results_log, row_title
from planexport.reader.table_weekly import TableDay, grid_by_weekday, part_columns, weekday_of
from planexport.reader.total_tables import empty_row, total_row
from planexport.reader.tracking_tables import planned_column
from planexport.reader.training_amounts import amount_warning
from planexport.reader.training_tables import done_log, second_session
from planexport.reader.words import (
    SKIP_COLUMN_WORDS,
    TITLE_COLUMN_WORDS,
)

if TYPE_CHECKING:
    from planexport.reader.day_rows import DayRows
    from planexport.reader.table_dates import YearHint

__all__ = ["TableDay", "is_facts_table", "table_days", "weekday_of"]

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


def table_days(
    node: Node,
    ctx: Ctx,
    *,
    year: YearHint | None = None,
    where: tuple[list[Node], int] | None = None,
) -> list[TableDay]:
    """Days a table gives: a Day column with rows per day, a date per row, a month of dated
    rows, or a weekly grid; [] when none. `year` is the year of dates written without one;
    `where` the plan's nodes and the table's place among them, for what its section says."""
    from planexport.reader.afternoon_slots import afternoon_slots
    from planexport.reader.br_starts import start_cell
    from planexport.reader.dated_headers import date_header_days, header_weekday
    from planexport.reader.day_rows import day_rows
    from planexport.reader.length_rows import length_roles
    from planexport.reader.part_columns_grid import numbered_part_columns
    from planexport.reader.part_grid_lengths import part_length_grid
    from planexport.reader.range_columns import range_columns, range_grid
    from planexport.reader.start_grids import start_slots
    from planexport.reader.subject_grids import subject_grid
    from planexport.reader.table_grids import date_columns, slot
    from planexport.reader.untimed_tables import untimed_table
    from planexport.reader.weekday_cells import weekday_column_days
    from planexport.reader.weekday_columns import weekday_column_table
    from planexport.reader.weekday_header_grid import weekday_header_grid

    if is_facts_table(node) or len(node.rows) < 2 or results_log(node):
        return []  # "| Fecha | Módulo | Correctas | Tiempo |": results of days gone, no plan
    month = _month_table(node, ctx, year)
    if month:
        return month
    header = node.rows[0]
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    cols = planned_column(node, column_roles(node))  # "| Day | Actual | Planned |": the plan
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
    weekdays = sum(1 for c in header if header_weekday(c)) + 2 * bool(range_columns(header))
    if len(node.rows) < 3 and enough > 1 and weekdays < 2 and not _ranged_rows(node, cols):
        return []  # one row is a day only under a header of weekdays ("| Time | Sat | Sun |")
    # "| Day | Start | End | Activity |": a span written in two columns times the table too
    spanned = cols["start"] is not None and cols["end"] is not None
    timed_table = cols["span"] is not None or cols["dur"] is not None or spanned
    if grid := part_length_grid(node, ctx, short=short, dur=cols["dur"]):
        return grid  # "| Martes | Carrera suave | Fuerza B | 40 min + 45 min |"
    if sum(1 for w in first if w) >= enough and timed_table:
        timed_cols = [
            c
            for c in range(1, len(header))
            if any(c < len(r) and find_duration(r[c]) and not done_log(r[c]) for r, _ in body)
        ]
        # "Tag | Thema | Zeitaufwand | Lernziel": a column named as the topic makes a row a
        # day's block, though a "(90 min)" in the goal column is timed too.
        titled = any(has_word(name, TITLE_COLUMN_WORDS) for name in header_names(node))
        second = second_session(header)  # "| Main session | Second session |": a grid
        by_length = length_roles(node, cols, dates=dates) if len(timed_cols) >= 2 else None
        if by_length is not None:
            # "| Tag | Fokus | Übungen | Dauer |": a block a row, the other cells its items
            return _day_column(
                node, ctx, by_length, short=short, dates=dates, year=year, items=True
            )
        if (len(timed_cols) >= 2 and not titled) or (second and timed_cols):
            return grid_by_weekday(node, ctx, short=short)
        if numbered_part_columns(header, timed_cols):
            # "| Día | Foco | Bloque 1 (Fuerza) | Bloque 2 (Metcon) |": a block per timed part,
            # the focus a note of the day
            return grid_by_weekday(node, ctx, short=short)
        if timed_cols and len(parts := part_columns(header)) >= 2:
            # "Day | Morning | Afternoon | Evening | Focus": a block per part, titled by the focus;
            # a part of the day is no focus ("| Mi | Analysis (2 Std.) | Programmieren |").
            focus = cols["title"] if cols["title"] not in parts else None
            return grid_by_weekday(node, ctx, short=short, title_col=focus)
        return _day_column(node, ctx, cols, short=short, dates=dates, year=year)
    # "| Dia | Tipo | Descrição |" over one "| Terça | Contínuo | Corrida de 40 min |": a day
    lone = enough == 1 and len(body) == 1 and any(find_duration(c) for c in body[0][0][1:])
    lone = lone or (enough == 1 and len(body) == 1 and any(map(start_cell, body[0][0][1:])))
    # "| Day | Morning (2h) | Evening (1h) |" over one "| Mon | S3 classes | S3 quiz |"
    lone = lone or (enough == 1 and len(body) == 1 and _header_lengths(header))
    if sum(1 for w in first if w) >= 2 or (lone and first[0]):
        if untimed_table(node):
            # "| Monday | Education words |": what to do on a weekday, with no time to do it in
            ctx.warn(
                node.line, "a table of weekdays with no time or length in it: not read as days"
            )
            return []
        return grid_by_weekday(node, ctx, short=short)
    if weekdays >= 2 and (programme := weekday_column_table(node, ctx)) is not None:
        date_header_days(header, programme, year)  # "| | Monday 2026-03-02 |": dated
        return programme  # "| Jour | Lundi | Mercredi |" over "| Programme | Course 30 min |"
    if (only := weekday_header_grid(node, ctx)) is not None:
        date_header_days(header, only, year)
        return only  # "| Monday | Tuesday |" over "| Run 30 min | Gym 1h |": no time column
    day_col = cols["day"]
    numbers = [_number(row[day_col]) if day_col is not None and day_col < len(row) else None
               for row, _ in body]  # fmt: skip
    # "| Day 9-14 | Chapters 1-5 | 8 hours per day |": a range of days counts as its days
    if sum(1 for n in numbers if n) + _ranged_rows(node, cols) >= 2 and timed_table:
        return _numbered_days(node, ctx, cols, numbers, dates=dates, year=year)
    if sum(1 for n in numbers if n) >= 2 and day_col == 0 and _header_lengths(header):
        # "| Day | Morning (2h) | Afternoon (1h) |" over "| 1 | Algebra | Geometry |"
        return grid_by_weekday(node, ctx, short=short, numbers=numbers)
    if dates is not None and len(body) >= 2:
        from planexport.reader.phase_rows import phase_lengths

        if (phases := phase_lengths(node, cols["dur"])) is not None:
            ctx.warn(
                node.line,
                f"a table of dated rows each longer than a day ({phases[0]} h, …): "
                "a summary of phases, not read as days",
            )
            return []
        return _dated_rows(node, ctx, cols, dates=dates, year=year, where=where)
    node = afternoon_slots(node)  # "| 12-1 |", "| 1-3 |": the afternoon of a 12-hour grid
    if ranged := range_grid(node, ctx):
        return ranged  # "| Horário | Segunda a Sexta-feira | Sábado |": Mon–Fri, then Sat
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    slots = [row for row, _ in body if slot(row)[0] is not None]
    drawn = True  # the slots are written as spans: a blank cell may continue the one above
    columns: list[tuple[str | None, dt.date | None] | None] = [
        (weekday, None) if (weekday := weekday_of(cell)) else None for cell in header
    ]
    short_names = [weekday_of(cell, short=True) for cell in header]
    if sum(1 for c in columns if c) < 2 and sum(1 for n in short_names if n) >= 3:
        columns = [(n, None) if n else None for n in short_names]  # "| Mo | Tu | We |"
    if sum(1 for c in columns if c) < 2:
        columns = day_number_columns(header)  # "| | Mon 30 | Tue 1 |": weekdays, no month
    if sum(1 for c in columns if c) < 2:
        columns = date_columns(header, year)  # "|  |  | 08/07/2024 | 09/07/2024 |"
    if not slots and (sum(1 for c in columns if c) >= 2 or range_columns(header)):
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
    day.notes.extend(part.notes)
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
        from planexport.reader.table_dates import ORDER, cell_date

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
    where: tuple[list[Node], int] | None = None,
) -> list[TableDay]:
    """`| Mo, 11.05.2020 | - Maths: 07:50 bis 9:30 Uhr<br>- Essay |`: a dated day per row, a
    block per timed item of its cells and the untimed items as notes."""
    from planexport.reader.dated_row_starts import RowStarts
    from planexport.reader.room_columns import rooms_of, section_title
    from planexport.reader.table_cells import cell_blocks, lists_items, unwrapped
    from planexport.reader.table_dates import cell_date
    from planexport.reader.yearless_rows import in_date_order

    header = header_names(node)
    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    items = any(lists_items(cell) for row, _ in body for c, cell in enumerate(row) if c != dates)
    by_rows = (
        not items
        and cols["title"] not in (None, dates)
        and (
            cols["span"] is not None
            or cols["dur"] is not None
            or (cols["start"] is not None and cols["end"] is not None)
        )
    )
    dating = _Dating(year)
    days: dict[str, TableDay] = {}
    current: TableDay | None = None
    skip = {c for c, name in enumerate(header) if has_word(name, SKIP_COLUMN_WORDS)}
    skip |= {c for c in (dates, cols["day"]) if c is not None}
    # "| 14/Oct/2013 | LM1 | 4 | 15:15 - 19:15 |": the room is where, the hours a count
    rooms = None if by_rows or items else rooms_of(node, cols, dates, where)
    # "| 12/02 | 09:00 | Post sobre X |": each row's start is its block's time of day
    starts = None if by_rows else RowStarts.of(node, skip, ctx, section_title(where) or "")
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
            # "Modulprüfung Medizin und<br>Pflegewissenschaft": a name wrapped onto two lines
            rest = [unwrapped(c) if i == cols["title"] else c for i, c in enumerate(rest)]
            raw = row_block(rest, line, header, cols, ctx, lenient=True)
            if raw is not None:
                current.blocks.append(raw)
            continue
        row_blocks: list[RawBlock] = []
        row_notes: list[str] = []
        start = starts.take(rest) if starts is not None else (None, "")
        room, hours = rooms.take(rest) if rooms is not None else ("", "")
        for text in rest:
            blocks, notes = cell_blocks(text, line, ctx)
            row_blocks.extend(blocks)
            row_notes.extend(notes)
        title = row_title(row_notes)
        if title is not None and [b.title for b in row_blocks] == ["Block"]:
            # "| 17/02 | Hardware | 12 min |": the row's words title its one block.
            row_blocks[0].title = tidy(unwrap(title))
            row_notes.remove(title)
        if starts is not None:
            starts.place(current, start, row_blocks, row_notes, line)
        if rooms is not None:
            said = unwrap(cell).strip()
            row_notes += rooms.place_in(
                row_blocks, room=room, hours=hours, date=said, line=line, ctx=ctx
            )
        current.blocks.extend(row_blocks)
        current.notes.extend(row_notes)
    if starts is not None:
        starts.close()
    dating.warn(ctx)
    return in_date_order(list(days.values()))  # "1/03" before "26/02": lived after it


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _month_table(node: Node, ctx: Ctx, year: YearHint | None) -> list[TableDay]:
    """`|June||` over `|9 |**10:00 - 12:00** Synthesis<br>…|`: a dated day per day-of-month
    row, a block per timed entry; the month from the header or a row of its own."""
    from planexport.reader.table_cells import cell_blocks
    from planexport.reader.table_dates import ORDER, month_of

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


def _ranged_rows(node: Node, cols: dict[str, int | None]) -> int:
    """How many days the Day column's ranges of day numbers cover (`| Day 9-14 |`: six)."""
    from planexport.reader.day_number_ranges import day_range

    if cols["day"] is None:
        return 0
    ranges = [day_range(cell_at(row, cols["day"])) for row in node.rows[1:]]
    return sum(r[1] - r[0] + 1 for r in ranges if r is not None)


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
    from planexport.reader.day_number_ranges import day_range, range_days
    from planexport.reader.numbered_weekday_column import numbered_weekday_column

    header = header_names(node)
    skip = {c for c in (cols["day"], dates) if c is not None}
    named = numbered_weekday_column(node, numbers, skip)  # "| 92 | Monday | … |"
    days: dict[int, TableDay] = {}
    current: TableDay | None = None
    dating = _Dating(year)
    labels: dict[int, str] = {}  # "J1", "Day 2": each day's label as written
    rows = zip(node.rows[1:], node.row_lines[1:], numbers, strict=False)
    for row, line, number in rows:
        if number is None and (ranged := day_range(cell_at(row, cols["day"]))) is not None:
            # "| 6–7 | 2h + 2h | Capstone |": the row on each day of the range
            range_days(row, line, ranged, days=days, header=header, cols=cols, ctx=ctx)
            current = None
            continue
        if number is not None:
            current = days.get(number)
            if current is None:
                current = days[number] = TableDay(line, "", number=number)
                labels[number] = cell_at(row, cols["day"])
                if dates is not None and cell_at(row, dates):
                    current.weekday, current.date = dating.day(line, cell_at(row, dates), None)
                    # "| **Día 1** | **Martes, 03 Marzo** | …": a placeholder topic gives way.
                    if placeholder(cell_at(row, cols["title"])):
                        current.title = tidy(unwrap(cell_at(row, dates)))
                if named is not None:
                    current.weekday = weekday_of(cell_at(row, named))
        elif row and total_row(row[0]):
            current = None  # "| **Total** | | **3 h** |": the sum of the days, not a day's block
        if current is None:
            continue
        rest = ["" if c in (cols["day"], dates, named) else cell for c, cell in enumerate(row)]
        raw = row_block(rest, line, header, cols, ctx, lenient=True)
        if raw is not None:
            current.blocks.append(raw)
            current.title = current.title or raw.title
    dating.warn(ctx)
    label_titles(days, labels)  # "| J1 | 09:00–09:30 | Accueil |" and more J1 rows: "J1"
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
    from planexport.reader.active_rest import active_rest_row
    from planexport.reader.cell_lists import listed_blocks
    from planexport.reader.cell_parts import cell_parts
    from planexport.reader.length_rows import row_items
    from planexport.reader.rest_rows import rest_row_note
    from planexport.reader.table_cells import one_line

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
        raw = None if untimed else row_block(rest, line, header, cols, ctx, lenient=True)
        if raw is None and not untimed:
            raw = active_rest_row(rest, line, header, cols, ctx)  # "Descanso activo | 20 min"
        if raw is not None and raw.title == "Block" and cols["title"] is None:
            raw.title = current.title  # "| **Monday** | 3 hours |": the day's hours, no topic
        if raw is not None:
            current.blocks.append(raw)
            if items:
                raw.items.extend(row_items(rest, line, node, cols))
        else:
            text = " ".join(c for c in row[1:] if c.strip(" -—–[]"))
            if (rested := rest_row_note(row[1:])) is not None:
                current.notes.append(rested)  # "| Mer | Riposo | – | Recupero completo |"
            elif text and not is_break(cell_at(row, cols["title"])):
                current.notes.append(text)
                if (amount := amount_warning(text)) is not None:
                    ctx.warn(line, amount)  # "| Lunes | Easy run: 8km (5:15 min/km) |"
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


def _grid_by_slot(
    node: Node,
    ctx: Ctx,
    columns: list[tuple[str | None, dt.date | None] | None],
    *,
    drawn: bool,
) -> list[TableDay]:
    """`Hora | Lunes | Martes …` or `| | | 08/07/2024 | …`: a row per time slot, a block per
    filled cell; empty cells and breaks are nothing."""
    from planexport.reader.grid_blanks import continue_blanks, join_spans, span_breaks
    from planexport.reader.grid_own_times import day_cells

    node, bridged = span_breaks(node)  # <td rowspan="3">Sport</td> over a "Pause" row

    days = [
        TableDay(node.line, tidy(unwrap(node.rows[0][col])), weekday=key[0], date=key[1])
        if key is not None
        else None
        for col, key in enumerate(columns)
    ]
    cells = day_cells(node, columns, ctx)  # "| | Maandag | | Zaterdag |": own times
    if drawn:
        continue_blanks(node, cells)  # "| 09:30–10:00 | |" below "Training": it goes on
    join_spans(node, cells, bridged)  # <td rowspan="2">Session A</td>: one block over both
    for col, blocks in cells.items():
        day = days[col]
        if day is not None:
            day.blocks.extend(blocks)
    return [day for day in days if day is not None and (day.blocks or day.notes)]
