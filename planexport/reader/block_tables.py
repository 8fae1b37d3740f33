"""Tables whose rows are blocks (`| 09:00 - 10:30 | Arrays |`, one row each) and agendas of
start times (`| 09:00 | Welcome |`, each row lasting until the next starts)."""

from __future__ import annotations

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
from planexport.reader.durations import DASH, Found, find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.meal_lists import meal_gap_title
from planexport.reader.outline import Node, unwrap
from planexport.reader.repeats import find_length
from planexport.reader.table_columns import (
    BARE,
    cell_at,
    column_roles,
    has_word,
    header_names,
    header_unit,
)
from planexport.reader.table_logs import results_log
from planexport.reader.tracking_tables import planned_column
from planexport.reader.words import (
    SKIP_COLUMN_WORDS,
    fold,
)

__all__ = ["agenda_table", "closing_row", "placeholder", "row_block", "table_blocks"]


def table_blocks(node: Node, ctx: Ctx, *, lenient: bool) -> list[RawBlock]:
    """Blocks written as a table, one row each; a table without durations holds none."""
    from planexport.reader.md_tracks import tracked
    from planexport.reader.merged_rows import merged_item
    from planexport.reader.point_rows import PointRows
    from planexport.reader.range_columns import unread_weekday_columns
    from planexport.reader.session_rows import paper_item
    from planexport.reader.sum_rows import sum_row
    from planexport.reader.table_groups import group_row
    from planexport.reader.table_halves import order_rows
    from planexport.reader.tables import is_facts_table  # tables reads its rows with this module
    from planexport.reader.time_columns import time_column_agenda
    from planexport.reader.vague_time_rows import VagueRows
    from planexport.reader.weekday_turns import turn_row

    if is_facts_table(node) or results_log(node):
        return []  # "| **Prüfungsdauer** | 90 Minuten |": about the plan, not a block of it
    node = tracked(node) or node  # "| Time | Developer Track | IT Pro Track |": one slot a row
    header = header_names(node)
    cols = planned_column(node, column_roles(node))  # "| Ist | Geplant |": the plan's lengths
    time_col = next((cols[k] for k in ("span", "dur", "start") if cols[k] is not None), None)
    if lenient and cols["dur"] is None and cols["start"] is None:
        agenda = time_column_agenda(node, cols, ctx)  # "| Check in | Friday 5:00 PM | … |"
        if agenda is not None:
            return agenda
    vague = VagueRows(node, header) if lenient else None  # "| Morning | Reading (2 hrs) |"
    if not node.rows[1:] or (time_col is None and not vague):
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
        if vague and (read := vague.take(row, line, ctx)) is not None:
            if isinstance(read, RawBlock):
                blocks.append(read)
            continue
        if lenient and timeline and timeline[-1][0] is not None and (turn := turn_row(row, cols)):
            last = timeline[-1][0]  # "|  |  | Tue/Fri: Paper 2 |": the row above, other weekdays
            last.note = f"{last.note}\n{turn}" if last.note else turn
            continue
        if lenient and session and (paper := paper_item(row, line, cols)):
            blocks[-1].items.append(paper)  # "|  | A. Author | Paper one |" under its session
            continue
        above = timeline[-1][0] if timeline else None
        if lenient and above and (merged := merged_item(node, row, line, cols, above)):
            above.items.append(merged)  # "|  ^  |  ^  | Brush teeth |": a line of the slot above
            continue
        if (named := group_row(row)) is not None:
            # "| **Lunch break** |": a gap, no part; "| **Mittag** |" over rows is the part
            group = None if is_break(named, timed=False) else named
            continue
        if sum_row(row, line, blocks[summed:], ctx):
            summed = len(blocks)  # "| **Total** | **1.25 hours** |": the rows above, summed
            continue
        if lenient and cols["span"] is not None and points.take(row, line, blocks):
            continue
        raw = row_block(row, line, header, cols, ctx, lenient=lenient)
        spanned = find_duration(cell_at(row, cols["span"]))
        timeline.append((raw, spanned))
        # "| 12:30 – 13:30 | Lunch break |", a gap: the start row above ends where it starts
        points.starts(raw.at if raw is not None else spanned.at if spanned else None)
        if raw is not None:
            if group is not None and raw.session is None:
                raw.session = group
            blocks.append(raw)
        session = raw is not None and raw.at is not None
    points.finish(blocks, ctx)
    from planexport.reader.clock24_tables import writes_24_hours

    order_rows(timeline, ctx, clock24=writes_24_hours(node, cols))
    return blocks


def row_block(
    row: list[str],
    line: int,
    header: list[str],
    cols: dict[str, int | None],
    ctx: Ctx,
    *,
    lenient: bool,
) -> RawBlock | None:
    from planexport.reader.cell_titles import split_title
    from planexport.reader.hour_spans import hour_span
    from planexport.reader.session_rows import break_elsewhere, kind_break
    from planexport.reader.span_asides import span_aside
    from planexport.reader.table_cells import one_line

    if not any(cell.strip() for cell in row):
        return None
    if lenient and (turned := _swapped(row, cols)) is not None:
        row = turned  # "| Final discussion | 16:45 -- 17:00 |": its cells the other way round
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
    if placeholder(title) and label_cell:
        title = label_cell  # "| Mañana | 09:00 - 12:00 | [Reservado para contenido] |"
    elif title.strip(" *_") in ("", "-", "—", "–") and label_cell:
        title, label_cell = label_cell, ""  # "| 9:30–7:00 | work | — |": an empty cell
    # "| Kern | 6 x 3 min tempo, 1 min wandelen |": 18 minutes; "| 4 x 400 m |" none
    found = find_length(time_text)
    if lenient and (meal_gap_title(title, found) if title else break_elsewhere(row, cols)):
        return None  # "Lunch", "Break": a gap between blocks (its name in any column)
    if lenient and ((label_cell and is_break(unwrap(label_cell))) or kind_break(row, cols)):
        return None  # "| 09:40 – 10:10 | Break | Tea and posters |": the kind says a gap
    if lenient and found is not None and found.at is None and found.hi == 0:
        return None  # "| Mo | 🛌 Rest day | 0h |": a day with nothing to do, its text a note
    if cols["title"] is None:
        # "| Block 1 (Concepts – 60 min) | notes |": the cell reads like a block line; a step's
        # number ("| 1. Koud kijken (5 min) |") is its place in the table, not its title.
        raw = try_block(re.sub(r"^\s*\d{1,2}[.)]\s+(?=[^\W\d_])", "", time_text), [], line, ctx)
        if raw is not None and raw.title == "Block" and cols["span"] is not None:
            from planexport.reader.time_headers import worded_time_header

            # "| Day | Study time | Hours |": the span column's header names what is done then
            raw.title = worded_time_header(header[cols["span"]]) or raw.title
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
            # "| 8:00am | | Open Doors |": a start with its end left empty is a time of day
            when = span_cell or cell_at(row, cols["start"]) or cell_at(row, cols["at"])
            if found is None and title and find_point_time(when) and _ends_event(title):
                return None  # "| 17:30 | 🏠 End of Day 1 | - |": the day's end, no block
            what = "a time of day with no length" if find_point_time(when) else "no time"
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
    more = cell_at(row, cols.get("more"))
    if more and more not in ("-", "—"):
        # "| Resources | Specific Action Items |": both, in the table's order
        first = (cols.get("more") or 0) < (cols["note"] or 0)
        notes = (more, raw.note) if first else (raw.note, more)
        raw.note = "\n".join(n for n in notes if n)
    place = cell_at(row, cols.get("place"))
    if place and place not in ("-", "—"):
        raw.note = "\n".join(n for n in (raw.note, place) if n)  # "| Lieu |" of "Hall"
    if (aside := span_aside(span_cell if cols["span"] is not None else "")) is not None:
        raw.note = "\n".join(n for n in (aside, raw.note) if n)  # "9–10 AM *(Optional)*"
    if parts is not None and tidy(parts.title).endswith(raw.title):  # "Partie 1 : …" labelled
        raw.note = "\n".join(n for n in (parts.note, raw.note) if n) or None
        raw.items.extend(parts.item_list(line))
    return raw


def _titled(title: str, found: Found, line: int, ctx: Ctx) -> RawBlock | None:
    """A block from a title cell and the length (or span) of another cell."""
    if found.lo <= 0 or found.hi <= 0 or found.lo > found.hi:
        return block(f"{title} ({found.text})", [], line, ctx)  # warns: says what is wrong
    label = None
    title = _restated(title, found)
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
        backward=found.backward,
    )


# "Welcome and foreword (5 mins)", "**Révisions (2 h)**": a last bracket, its words inside.
_LAST_BRACKET = lazy(r"\s*[(\[](?P<inner>[^()\[\]]*)[)\]](?P<close>[*_]{0,3})\s*$")


def _restated(title: str, found: Found) -> str:
    """`title` without a last bracket that says no more than the row's span says (`Welcome and
    foreword (5 mins)` from 08:30 to 08:35); one that says more (`(incl. 10 min Q&A)`), or
    another length, stays."""
    tail = _LAST_BRACKET.search(title) if found.at is not None else None
    said = find_duration(tail["inner"]) if tail is not None else None
    if (
        tail is None
        or said is None
        or said.at is not None
        or (said.lo, said.hi) != (found.lo, found.hi)
    ):
        return title
    if tail["inner"][: said.start].strip(" ~") or tail["inner"][said.end :].strip(" .~"):
        return title
    kept = title[: tail.start()]
    return kept + tail["close"] if kept.strip(" *_") else title


def _starts(node: Node) -> list[int | None]:
    return [find_point_time(row[0]) if row and len(row[0]) <= 12 else None for row in node.rows[1:]]


def agenda_table(node: Node) -> bool:
    """Whether a table is an agenda of start times (`| 09:00 | Welcome |`), with no lengths."""
    from planexport.reader.tables import is_facts_table  # tables reads its rows with this module

    return (
        node.kind == "table"
        and len(node.rows) > 2
        and len(node.rows[0]) > 1
        and not is_facts_table(node)
        and sum(1 for at in _starts(node) if at is not None) >= 2
    )


def _swapped(row: list[str], cols: dict[str, int | None]) -> list[str] | None:
    from planexport.reader.swapped_rows import swapped_row

    return swapped_row(row, cols)


def _ends_event(title: str) -> bool:
    from planexport.reader.closing_words import ends_event

    return ends_event(title)


def closing_row(title: str) -> bool:
    """Whether a row's title only marks the end of the day (`End`, `✅ Ende`, `Fin`, `Closing`,
    `Clôture`, `Afsluiting`)."""
    from planexport.reader.closing_words import CLOSE_WORDS, END_WORDS, closes_day

    words = re.findall(r"[a-z]+", fold(unwrap(title)))
    return (
        (bool(words) and words[0] in END_WORDS and len(words) <= 3)
        or (len(words) == 1 and words[0] in CLOSE_WORDS)
        or closes_day(title)
    )


def _agenda(node: Node, cols: dict[str, int | None], ctx: Ctx) -> list[RawBlock] | None:
    """`| Zeit | Inhalt |` with start times only: each row lasts until the next one starts;
    a closing row (`| 11:30 | End |`) ends the one before it."""
    from planexport.reader.cell_titles import lead_parts
    from planexport.reader.event_rows import closes_thing, event_spans
    from planexport.reader.noon_slips import noon_slips
    from planexport.reader.part_label_rows import part_label
    from planexport.reader.start_order import hhmm, start_ends
    from planexport.reader.table_cells import headerless_title, no_targets, one_line
    from planexport.reader.twelve_hour_agenda import twelve_hour_starts
    from planexport.reader.until_ends import until_end

    body = list(zip(node.rows[1:], node.row_lines[1:], strict=False))
    starts = _starts(node)[: len(body)]
    if sum(1 for s in starts if s is not None) < 2:
        return None
    cells = [row[0] if row else "" for row, _ in body]
    starts = twelve_hour_starts(starts, cells, [line for _, line in body], ctx)
    if "12" in "".join(cells):
        starts = noon_slips(starts, cells, [line for _, line in body], ctx)  # "12:00 am | Lunch"
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
    # "Welcome<br>[Intro slides (pdf)](intro.pdf)": the links are the block's note, as the
    # words after a bold name are ("**Teil 1: Workflows.** Theorie, dann Aufträge")
    parted = [lead_parts(cell_at(row, title_col)) for _, row, _ in timed]
    titles = [tidy(one_line(cell)) for cell, _ in parted]
    # "Round 1 Judging Begins" ... "Round 1 Judging Ends": one block from the one to the other
    spans = event_spans(titles, [start for start, _, _ in timed])
    for pos, (start, row, line) in enumerate(timed):
        title = titles[pos]
        others = [c for n, c in enumerate(row) if n not in (0, title_col) and c.strip(" -—–")]
        if not title or is_break(title) or (closing_row(title) and not others):
            continue  # "| 16:30 | Dee | Closing |" has a speaker: a session, not the end
        if closes_thing(title):
            continue  # "| Round 1 Judging Ends | Room 101 | 2:00 PM |": ends the row above
        if part_label(titles, [start for start, _, _ in timed], pos):
            continue  # "| 1:00 | **Afternoon Session** |" over "| 1:00 | Topic 3 |"
        end = ends[pos]
        stated = _stated(title, line, ctx) if pos not in spans else None
        if pos in spans:
            title, minutes = spans[pos]
        elif stated is not None:
            title, minutes = stated.title, stated.lo  # "| 09:15 | Lab 2 (60 min) |"
        elif end.until is not None:
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
        # With no header to name them, the other columns (the room) are the block's note; under
        # a header, its note column (`| Time | Activity | Note |`) is.
        note = (
            " / ".join(tidy(one_line(c)) for c in others)
            if bare is not None
            else _agenda_note(row, node.rows[0], cols, title_col)
        )
        if parted[pos][1]:
            note = f"{note}\n{parted[pos][1]}" if note else parted[pos][1]
        if minutes > 0:
            most = stated.hi if stated is not None else minutes  # "(60–75 min)": its range
            blocks.append(RawBlock(title, None, minutes, most, note or None, [], line, at=start))
    return blocks


# A length alone in its bracket (`Lab 2 (60 min)`, `(~45 min)`) or after a dash or colon at the
# end (`Review – 30 min`): the row's own length.
_OPENS = lazy(r"\S\s*\(\s*(?:~|≈|ca\.?|approx\.?)?\s*$", re.IGNORECASE)
_CLOSES = lazy(r"\s*\)[\s*_.]*$")
_LEADS = lazy(rf"\S\s*(?:[{DASH}:,]|\s-)\s*$")


def _stated(title: str, line: int, ctx: Ctx) -> RawBlock | None:
    """A row's activity that gives its own length (`Lab 2 (60 min)`), read as a list line
    reads it: its title without the length, and the length the block's, not the time until
    the next row starts (which may leave a gap, or overlap and be said so)."""
    found = find_duration(title)
    if found is None or found.at is not None:
        return None
    before, after = title[: found.start], title[found.end :]
    alone = _OPENS.search(before) is not None and _CLOSES.match(after) is not None
    if not alone and not (_LEADS.search(before) is not None and not after.strip(" *_.")):
        return None  # "Lexers (15 min demo included)": a part of the session, not its length
    stated = try_block(title, [], line, Ctx(ctx.source))  # its own warnings are no row's
    if stated is None or stated.at is not None or not stated.title:
        return None
    return stated


def _agenda_note(
    row: list[str], header: list[str], cols: dict[str, int | None], title_col: int | None
) -> str:
    """The other cells of a row of start times (`| 09:00 | Welcome | Hall A | coffee served |`):
    the note cell, the place, then any column no role takes as `Materials: slides`, each on a
    line of the block's note, never dropped. A status or who column, and a cell that holds a
    length or a time, add nothing."""
    from planexport.reader.table_cells import one_line
    from planexport.reader.title_markup import plain_title

    known = (cols["note"], cols.get("place"))
    taken = {0, title_col, *(col for col in cols.values() if col is not None)}
    cells = []
    for col in (*known, *range(len(row))):
        if col is None or (col in taken and col not in known) or col in (0, title_col):
            continue
        cell = tidy(one_line(cell_at(row, col)))
        if not cell.strip(" -—–") or (col not in known and find_duration(cell) is not None):
            continue
        name = tidy(unwrap(header[col])) if col < len(header) else ""
        if col not in known and (not name or has_word(name.lower(), SKIP_COLUMN_WORDS)):
            continue
        text = cell if col in known else f"{name}: {plain_title(cell)}"  # "<em>L. Brandt</em>"
        if text not in cells:
            cells.append(text)
    return "\n".join(cells)


def _warn_points(node: Node, ctx: Ctx) -> None:
    for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
        if any(find_point_time(cell) is not None for cell in row[:1]):
            ctx.warn(line, "row skipped: a time of day with no length")


def placeholder(cell: str) -> bool:
    """`[Reservado para contenido]`, `[TBD]`: a cell the writer left to fill in."""
    if not re.fullmatch(r"\s*\[(?![ xX]\])[^\]]+\]\s*", cell):
        return False
    from planexport.reader.fill_in_titles import names_block

    return not names_block(cell)  # "[Fill in: Deep work]" names its block
