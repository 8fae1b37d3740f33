"""A daily timetable, then a weekday or two of their own (`## Daily timetable` over `| 7:00 AM –
9:00 AM | Newspaper |` rows, then `**Sunday:** Full-length mock test (3 hours)`): the timetable
is every other weekday's day, as it would be under `**Monday - Saturday**`.

Without that, the weekday lines are the plan's only days and the timetable above them is in no
day. Only a timetable of clock times (three rows or more) under a heading or title that calls
it daily, a timetable or a routine is read so, before the first of one to three weekdays named
on their own, in a plan with no numbered or dated days.
"""

from __future__ import annotations

from planexport.reader.daily_template import says_daily
from planexport.reader.date_heads import NAMES
from planexport.reader.dates import ORDER
from planexport.reader.day_headings import day_match, weekdays_of
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import fold

__all__ = ["rest_of_week"]

# "Timetable", "Routine", "Schedule", "Stundenplan", "Horario", "Emploi du temps", "Orario".
_TIMETABLE = lazy(
    r"(?<!\w)(?:timetable|time\s*table|routine|schedule|stundenplan|tagesplan|tagesablauf"
    r"|horario|rutina|emploi\s+du\s+temps|orario|rooster|rotina)(?!\w)"
)
_BOLD_LEAD = lazy(r"^(?:\*\*|__)(?P<name>[^*_]{2,30}?)[\s:]*(?:\*\*|__)")
_CLOCKED_ROWS = 3  # rows with clock spans that make a table a timetable
_MOST_NAMED = 3  # weekdays of their own beside a daily timetable: a few, not the week


def rest_of_week(nodes: list[Node]) -> list[Node]:
    """`nodes`, with a label of the weekdays no line names put over a daily timetable that
    stands before the plan's few weekday lines."""
    if any(node.kind == "heading" and day_match(unwrap(node.text)) for node in nodes):
        return nodes  # "## Day 1": numbered days, read as such (checked first: it is cheaper)
    marks = [(idx, days) for idx, node in enumerate(nodes) if (days := _weekdays(node))]
    named = {day for _, days in marks for day in days}
    if not marks or len(named) > _MOST_NAMED:
        return nodes
    first = marks[0][0]
    table = next((i for i in range(first) if _clock_timetable(nodes[i])), None)
    if table is None or not _called_daily(nodes, table):
        return nodes
    rest = [day for day in ORDER if day not in named]
    label = Node("paragraph", nodes[table].line, text=f"**{_label(rest)}**")
    return [*nodes[:table], label, *nodes[table:]]


def _weekdays(node: Node) -> list[str]:
    if node.kind == "heading":
        return weekdays_of(node)
    if node.kind != "paragraph" or (lead := _BOLD_LEAD.match(node.text)) is None:
        return []
    return weekdays_of(Node("heading", node.line, level=6, text=lead["name"]))


def _clock_timetable(node: Node) -> bool:
    """A table of three rows or more that each give a clock span."""
    if node.kind != "table":
        return False
    clocked = 0
    for row in node.rows[1:]:
        spans = [find_duration(cell) for cell in row]
        clocked += any(found is not None and found.at is not None for found in spans)
    return clocked >= 3


def _called_daily(nodes: list[Node], idx: int) -> bool:
    """Whether the heading nearest above the table (or the file's title) says it is daily, a
    timetable or a routine."""
    heading = next((nodes[j] for j in range(idx - 1, -1, -1) if nodes[j].kind == "heading"), None)
    text = fold(unwrap(heading.text)) if heading is not None else ""
    return says_daily(text) or _TIMETABLE.search(text) is not None


def _label(days: list[str]) -> str:
    """`Monday - Saturday` for days in a row, `Monday, Wednesday, Friday` otherwise."""
    indexes = [ORDER.index(day) for day in days]
    if indexes == list(range(indexes[0], indexes[-1] + 1)) and len(days) > 1:
        return f"{NAMES[days[0]]} - {NAMES[days[-1]]}"
    return ", ".join(NAMES[day] for day in days)
