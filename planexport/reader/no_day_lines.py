"""Timed lines that stand in no day: a warning for each, since nothing reads them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.bare_hour_lists import meant_hours
from planexport.reader.block_tables import agenda_table
from planexport.reader.blocks import is_total
from planexport.reader.days import month_day
from planexport.reader.durations import find_duration, find_point_time, parse_duration
from planexport.reader.lazy import lazy
from planexport.reader.minute_tables import header_timed_rows
from planexport.reader.opening_hours import opening_hours
from planexport.reader.phase_rows import phase_summary
from planexport.reader.prose_blocks import labelled_length
from planexport.reader.range_calendars import range_calendar
from planexport.reader.range_sessions import budget_below, timed_below
from planexport.reader.session_template import SESSION_LENGTH
from planexport.reader.table_columns import advice_table
from planexport.reader.table_logs import results_log
from planexport.reader.table_weekly import header_spans
from planexport.reader.tables import is_facts_table
from planexport.reader.total_tables import totals_table
from planexport.reader.untimed_weeks import warn_untimed_weeks
from planexport.reader.weekday_notes import weekday_note

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["warn_outside"]

_BOLD_LINE = lazy(r"^[^\w*_`]{0,4}(\*\*|__)")


def warn_outside(
    nodes: list[Node],
    inside: set[int],
    ctx: Ctx,
    *,
    dated: set[tuple[int, int]],
    spans: list[DaySpan],
    tips: frozenset[int] = frozenset(),
) -> None:
    """A warning for each timed line that is in no day: it is not read. A row that names a
    day's date (`| Session | 5 mars | 9h30-18h30 |` over `### Session du 5 mars`) sums it up.
    A tip (`tips`: `(e.g. 20 minutes)` under `## Tips`) is no timed line."""
    read_times = {w.line for w in ctx.warnings if w.message.startswith("the class time ")}
    for idx, node in enumerate(nodes):
        if node.kind == "table" and (first := _unread_calendar(node, idx, spans)) is not None:
            # "| **Nov 4–5** | 2 | Cells |" beside a timed daily structure: its dates untimed
            last = node.row_lines[-1] if node.row_lines else node.line
            ctx.warn(
                node.line,
                f'lines {node.line}-{last}: a calendar of date ranges ("{first}", …) with no time'
                " or length: not read as days",
            )
            continue
        if idx in inside:
            continue
        if node.kind == "list":
            for item in node.items:
                if item.line in tips:
                    continue  # "- A short session (e.g. 20 minutes) …" under "## Tips"
                if SESSION_LENGTH.match(item.text):
                    continue  # "Session length: 50 min": read for "(2 sessions)"
                if _one_undated(spans) and weekday_note(item.text) and _clocked(item.text):
                    # "- Terças-feiras: Terapia 10:00-11:00" under a plan of one day's timetable
                    text = _short(item.text)
                    ctx.warn(item.line, f'"{text}" is for one weekday, the plan one day: not read')
                elif parse_duration(item.text) and not is_total(item.text):
                    ctx.warn(item.line, f'"{_short(item.text)}" is in no day: not read')
                elif not parse_duration(item.text) and (below := timed_below(item)):
                    # "- **Morning:**" over timed lines: they are skipped too, and said once.
                    lines = "1 timed line" if len(below) == 1 else f"{len(below)} timed lines"
                    ctx.warn(
                        item.line, f'"{_short(item.text)}" and its {lines} are in no day: not read'
                    )
                elif not parse_duration(item.text) and (budget := budget_below(item)):
                    # "- DSA:" over "- CF contests: 2hrs": a budget by topic, no day's blocks
                    lines = "1 timed line" if len(budget) == 1 else f"{len(budget)} timed lines"
                    ctx.warn(
                        item.line,
                        f'"{_short(item.text)}" and its {lines} ({_lines(budget)}) are in no day:'
                        " a budget by topic, not read",
                    )
                elif meant_hours(item.text):
                    ctx.warn(item.line, f'"{_short(item.text)}" is in no day: not read')
        elif node.kind == "table" and header_spans(node):
            # "| Day | Study Session 1 (3:30 PM - 5:00 PM) |": its rows are timed by the header.
            head = _short(" | ".join(node.rows[0]))
            ctx.warn(node.line, f'table "{head}" is in no day: not read')
        elif (
            node.kind == "table"
            and not is_facts_table(node)
            and not totals_table(node)
            and not advice_table(node)
            and not results_log(node)
            and not phase_summary(node)
        ):
            agenda = agenda_table(node)  # "| 09:00 | Welcome |": its start times are its times
            timed: list[tuple[int, list[str]]] = []
            summing = False  # a row naming a day's date sums that day up: rows said one by one
            for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False):
                if any(month_day(cell)[0] in dated for cell in row):
                    summing = True
                    continue
                if any(find_duration(cell) for cell in row) or (
                    agenda and row and find_point_time(row[0]) is not None
                ):
                    timed.append((line, row))
            warned = bool(timed)
            if len(timed) > 1 and not summing:
                # A second timetable (a crew's `Draaiboek` after the programme): said once.
                last = node.row_lines[-1] if node.row_lines else node.line
                ctx.warn(node.line, f"lines {node.line}-{last}: a table in no day, not read")
                timed = []
            for line, row in timed:
                ctx.warn(line, f'row "{_short(" | ".join(row))}" is in no day: not read')
            header, count = header_timed_rows(node) if not warned else ("", 0)
            if count:
                # "| Minutes | Activity |" over "| 15 | Improvisation |": said once for the table.
                rows = "1 row" if count == 1 else f"{count} rows"
                ctx.warn(
                    node.line,
                    f'table "{_short(" | ".join(node.rows[0]))}" ({rows} timed by its '
                    f'"{header}" column) is in no day: not read',
                )
        elif node.kind == "code" and any(parse_duration(i.text) for i in node.items):
            ctx.warn(node.line, "timed lines in a code block (a template?) are not read")
        elif node.kind == "paragraph" and (node.line in tips or node.line in read_times):
            continue  # a tip; "on Wednesdays at 3:30 PM … for an hour": every dated row's time
        elif (
            # "# 6-Week Planner (2-4 Hours/Day)" is the plan's title, not a skipped line.
            (
                (node.kind == "heading" and node.level > 1)
                or (node.kind == "paragraph" and _BOLD_LINE.match(node.text))
                or (node.kind == "paragraph" and _spanned(node.text))  # "09:00 - 10:30 Arrays"
            )
            and parse_duration(node.text)
            and not is_total(node.text)
            and not opening_hours(node.text)  # "(stazione, aperto tutti i giorni 10:00–20:00)"
        ) or (
            node.kind == "paragraph"
            and (meant_hours(node.text) or labelled_length(node.text))  # "9 to 11: Maths"
        ):  # "Weekend: project work (2-3 horas)." under "## Notes"
            ctx.warn(node.line, f'"{_short(node.text)}" is in no day: not read')
    warn_untimed_weeks(nodes, inside, ctx)  # "### Semaine 2" over "* **Lundi** : Repos" only


def _spanned(text: str) -> bool:
    """Whether a line starts with a span of clock time, as a timetable's lines do."""
    found = find_duration(text)
    return found is not None and found.at is not None and not text[: found.start].strip("*_ `")


def _one_undated(spans: list[DaySpan]) -> bool:
    return len(spans) == 1 and not spans[0].weekday


def _clocked(text: str) -> bool:
    found = find_duration(text)
    return found is not None and found.at is not None


def _lines(found: list[tuple[int, str]]) -> str:
    """The timed lines' numbers: `lines 2-5` when they follow one another, else `lines 2, 4`."""
    numbers = [line for line, _ in found]
    if len(numbers) == 1:
        return f"line {numbers[0]}"
    if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return f"lines {numbers[0]}-{numbers[-1]}"
    return "lines " + ", ".join(map(str, numbers))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"


def _unread_calendar(node: Node, idx: int, spans: list[DaySpan]) -> str | None:
    """The first range of `node` when it is a calendar of untimed date ranges whose rows are
    read as no day (no day's span starts at it); else None."""
    if any(span.start == idx for span in spans):
        return None
    return range_calendar(node)
