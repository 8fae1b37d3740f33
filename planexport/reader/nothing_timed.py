"""Why a plan has no timed block: the error names what was read instead, and where."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.meal_tips import meal_tip_line
from planexport.reader.outline import Node
from planexport.reader.session_template import counts_sessions

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan

__all__ = ["counted", "nothing_timed"]

# "Deep Work :06:00, 2h": a mermaid gantt task, its start after the colon.
_TASK_TIME = lazy(r":\s*(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")
_ADMONITION = lazy(r'^(?:!!!|\?\?\?\+?)[ \t]*[\w-]+(?:[ \t]+"[^"\n]*")?')  # !!! done "Title"


def counted(number: int, noun: str) -> str:
    """`1 heading`, `3 headings`: a count with its noun, singular for one."""
    return f"{number} {noun}{'s' * (number != 1)}"


def nothing_timed(
    nodes: list[Node], spans: list[DaySpan], meta: dict[str, Any] | None = None, text: str = ""
) -> tuple[int, str]:
    """Where and why a plan has no timed block: what was found instead (`meta` and `text`: the
    front matter as read, and the file's text, for a schedule written in the front matter)."""
    for node in nodes:
        box = _ADMONITION.match(node.text) if node.kind == "paragraph" else None
        if box is not None:
            # MkDocs admonitions: Markdown reads their indented lines as text or code, not plan.
            return node.line, (
                f"no timed blocks found: '{box.group(0)}' is an MkDocs admonition, and the "
                "indented lines under it are plain text or code in Markdown, not days or "
                "blocks (write each session as a heading such as '### Session 1 (2h) – Topic' "
                "over its bullets)"
            )
    skipped = next((n for n in nodes if n.kind == "skipped"), None)
    if skipped is not None:
        return skipped.line, f"no timed blocks found: {skipped.text}"
    if not spans:
        from planexport.reader.dated_programmes import untimed_programme

        programme = untimed_programme(nodes)
        if programme is not None:
            return programme
        from planexport.reader.front_plans import front_matter_plan

        front = front_matter_plan(meta or {}, text)
        if front is not None:
            return front
        headings = sum(1 for n in nodes if n.kind == "heading")
        items = sum(len(n.items) for n in nodes if n.kind == "list")
        tables = sum(1 for n in nodes if n.kind == "table")
        read = (
            f"{counted(headings, 'heading')}, {counted(items, 'list item')} and "
            f"{counted(tables, 'table')}"
            if tables
            else f"{counted(headings, 'heading')} and {counted(items, 'list item')}"
        )
        why, where = _none_timed(nodes, prose=True)
        return where or 1, (
            "no timed blocks found (no days found: expected headings such as "
            f"'### Day 1 – Topic' over lines such as '- Concepts (60 min)'; read {read}, {why})"
        )
    count = len({n for span in spans for n in span.numbers})
    if counts_sessions(nodes):
        return spans[0].line, (
            f"no timed blocks found ({count} day{'s' if count != 1 else ''} found, counted in "
            "sessions, and no session length: add a line such as 'Session length: 50 min')"
        )
    from planexport.reader.untimed_exams import untimed_exams

    exams = untimed_exams(nodes, spans)
    if exams is not None:
        return exams
    from planexport.reader.prose_time import stated_time

    stated = stated_time(nodes)
    if stated is not None:
        return stated[0], (
            f"no timed blocks found ({count} day{'s' if count != 1 else ''} found, none with "
            f"a length or a time; this sentence gives a time, {stated[1]}, but not as any "
            "day's: write it on each day, such as '| 11 March | 19:00–22:00 | Topic |')"
        )
    why, where = _none_timed(nodes)
    tip = meal_tip_line(_lines_of(nodes)) if where is None and "; " not in why else None
    if tip is not None:
        # "- Pre-run: Light snack 1-2h before" in a day of runs given in distances only
        return tip[0], (
            f"no timed blocks found ({count} day{'s' if count != 1 else ''} found, no block "
            f'with a length or a clock time; the only lengths are tips, line {tip[0]}: "{tip[1]}"'
            " says when to eat or drink, not a block to schedule: write lines such as "
            "'- Easy run (40 min)' or '- 07:00–07:45 Easy run')"
        )
    return where or spans[0].line, (
        f"no timed blocks found ({count} day{'s' if count != 1 else ''} found, "
        f"{why}: write lines such as '- Concepts (60 min)' or '- 09:00–10:30 Arrays')"
    )


def _none_timed(nodes: list[Node], *, prose: bool = False) -> tuple[str, int | None]:
    """What the plan's lines lack: a length, or (when some give a time of day) an end; and
    the line of a timetable drawn in a code block, when that is why.

    A line with a span (`17:30-19:00`) is counted apart: it has its end, only not where the
    reader takes blocks from, and the message names the first such line.
    """
    points = spans = 0
    first: tuple[int, str] | None = None
    rows: list[tuple[int, str]] = []  # table rows with a length: "| CooperTest | 12 min … |"
    tabled = {line for node in nodes if node.kind == "table" for line in node.row_lines[1:]}
    for line, text in _lines_of(nodes):
        found = find_duration(text)
        if found is not None and found.at is not None:
            spans += 1
            first = first or (line, found.text.strip())
        elif find_point_time(text) is not None:
            points += 1
        elif found is not None and line in tabled:
            rows.append((line, found.text.strip()))
    said = []
    if rows:
        lines = "1 table row gives" if len(rows) == 1 else f"{len(rows)} table rows give"
        said.append(
            f'{lines} a length in a table not read as blocks (line {rows[0][0]}: "{rows[0][1]}")'
        )
    if spans:
        lines = "line gives" if spans == 1 else "lines give"
        assert first is not None
        said.append(
            f"{spans} {lines} a span of clock time in a form not read as a block "
            f'(line {first[0]}: "{first[1]}")'
        )
    if points:
        lines = f"{points} line gives" if points == 1 else f"{points} lines give"
        said.append(f"{lines} a time of day but no length or end time")
    told = [
        (node.line, found.text.strip())
        for node in (nodes if prose and not said else [])
        if node.kind == "paragraph" and (found := find_duration(node.text)) and found.at is None
    ]
    if told:
        # With no day found: "We recommend at least **2-3 hour a day**." is advice, no day's.
        lines = "1 paragraph gives" if len(told) == 1 else f"{len(told)} paragraphs give"
        said.append(
            f'{lines} a length in prose (line {told[0][0]}: "{told[0][1]}"), which is '
            "not read as a day's block"
        )
    if said:
        # Lengths in table cells are lengths all the same: the lines are not read as blocks.
        return ("none read as a block; " if rows else "none with a length; ") + "; ".join(
            said
        ), None
    from planexport.reader.period_grids import period_grid

    periods = period_grid(nodes)
    if periods is not None:
        # "| 1ste uur | FRO | CMS |": a place in the day's order, and nothing says when it is
        return (
            f"none with a length or a clock time; the table at line {periods[0]} is a timetable "
            f"of numbered lesson periods ({periods[1]}) with no clock times, and a period is no "
            f"time of day (give each period its time, such as '| {periods[2]} (08:30-09:20) |' "
            "or '| 08:30-09:20 |', to read it)"
        ), periods[0]
    from planexport.reader.code_grids import code_grid

    grid = code_grid(nodes)
    if grid is not None:
        # "```" over "09:00-11:00  11:00-13:00" and "Lunedì  Reti (E)" astray: a timetable, unread
        return (
            "none with a length or a clock time outside code blocks; the timetable of weekdays "
            f'and time slots at line {grid[0]} ("{_short(grid[1])}") is inside a code block '
            "whose cells do not line up under its header, and is not read (line each cell up "
            "under its column, or write it as a Markdown table such as "
            "'| | 09:00-11:00 |' over '| Monday | Algebra |')"
        ), grid[0]
    coded = sum(
        1
        for n in nodes
        if n.kind == "code"
        for item in n.items
        if find_point_time(item.text) or _TASK_TIME.search(item.text)
    )
    if coded:
        # "```text" over "05:00 Alarm": the times are there, but code is not read as a plan
        lines = "1 line" if coded == 1 else f"{coded} lines"
        return (
            f"none with a length or a clock time outside code blocks; {lines} in code blocks "
            "give times of day, and code blocks are not read (write them as a list such as "
            "'- 05:00 Alarm')"
        ), None
    return "none with a length or a clock time", None


def _lines_of(nodes: list[Node]) -> list[tuple[int, str]]:
    """Each line that may give a time: a table row (its cells joined), an item, a paragraph."""
    found: list[tuple[int, str]] = []
    for node in nodes:
        if node.kind == "table":
            found += [
                (line, " | ".join(row))
                for row, line in zip(node.rows[1:], node.row_lines[1:], strict=False)
            ]
        elif node.kind == "list":
            found += [(item.line, item.text) for item in node.items]
        elif node.kind in ("paragraph", "heading"):
            found.append((node.line, node.text))
    return found


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:49].rstrip() + "…"
