"""Lessons under weeks: `## Week 1` over `### Blokuur 1 — Introductie` and `### Los uur 1`,
each lesson over a table of lengths (`| Tijd | Activiteit |` / `| 10 min | **Kick-off**: … |`).
Lessons with no week above them (`## Lesson 1` / `## Lesson 2`, `### Clase 1`) read the same.

Each lesson heading is a day of its week (or of the plan), in the order written, titled by the
heading; its table's rows are its blocks. A row's activity led by a bold name and a colon
(`**Kick-off**: app installeren`) is titled by the bold name, the rest its note.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from planexport.reader.blocks import Ctx, tidy
from planexport.reader.dates import date_in
from planexport.reader.days import DaySpan
from planexport.reader.durations import find_duration, start_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.sections import timed
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["week_lessons"]

# "Lesson 2", "Les 3", "Blokuur 1", "Los uur 1", "Lektion 4", "Doppelstunde 2", "Lección 1",
# "Clase 5", "Leçon 2", "Séance 3", "Lezione 1", "Aula 2": a numbered lesson, perhaps with
# one word before it naming its kind ("Los uur", "Double lesson").
_LESSON = lazy(
    r"^[\W_]*(?:[^\W\d_]+[\s-]+)?(?:lessons?|les(?:sen|uur)?|blokuur|uur|lektion|"
    r"(?:doppel|unterrichts)?stunde|lecci[oó]n|clase|le[cç]on|s[eé]ance|lezione|aula)"
    r"\s*#?\s*\d+\b",
    re.IGNORECASE,
)
# "Session 2", "Sesión 1", "Sitzung 3", "Sessão 2", "Sessie 4": a numbered sitting, read as a
# lesson where no week is above it (under a week, "Session 1" is read by the sessions' rules).
_SESSION = lazy(
    r"^[\W_]*(?:sessions?|sesi[oó]n|sitzung|sessione|sess[aã]o|sessie)\s*#?\s*\d+\b",
    re.IGNORECASE,
)
_MINUTES = lazy(r"^\d{1,3}$")  # "| 10 |" under "Minutes"
_CLOCK = lazy(r"(?<![\d.,:/])(?:[01]?\d|2[0-3])[:.h]\d{2}(?![\d.,:/])")  # "8:50", "10.15", "9h30"
# "**Kick-off**: app installeren", "**Kick-off:** app installeren", "**Toets** (optioneel): …":
# a bold name (with the bracket after it), then the rest.
_BOLD_LEAD = lazy(
    r"^(\*\*|__)(?P<name>[^*_]+?)\s*(?::\s*\1|\1(?P<aside>\s*\([^()]*\))?\s*:)\s*(?P<rest>\S.*)$"
)


def week_lessons(nodes: list[Node], weeks: list[int]) -> tuple[list[Node], list[DaySpan]]:
    """The lessons under the week headings at `weeks` as days, or (nodes, []) when not so.
    With no week headings, the lessons of the whole plan (see `_plan_lessons`).

    Only when there are two lessons or more, all at one heading level, none dated or named by
    a weekday, each over a table with lengths, and nothing timed in a week outside its lessons.
    Returns the nodes (bold-led activity cells of the lessons' tables split into a title and
    a note) and one span per lesson, numbered from 1 in each week.
    """
    if not weeks:
        return _plan_lessons(nodes)
    spans: list[DaySpan] = []
    for pos, week in enumerate(weeks):
        level = nodes[week].level
        end = next(
            (
                j
                for j in range(week + 1, len(nodes))
                if nodes[j].kind == "heading" and (nodes[j].level <= level or j in weeks[pos:])
            ),
            len(nodes),
        )
        heads = [
            j
            for j in range(week + 1, end)
            if nodes[j].kind == "heading" and _LESSON.match(unwrap(nodes[j].text))
        ]
        if not heads:
            if timed(nodes[week + 1 : end]):
                return nodes, []  # a week of timed lines and no lessons: read as before
            continue
        if timed(nodes[week + 1 : heads[0]]):
            return nodes, []  # timed lines before the week's first lesson
        for number, head in enumerate(heads, start=1):
            node = nodes[head]
            stop = next(
                (
                    j
                    for j in range(head + 1, end)
                    if nodes[j].kind == "heading" and nodes[j].level <= node.level
                ),
                end,
            )
            if not _lesson_table(nodes[head + 1 : stop]) or _dated(node.text):
                return nodes, []
            title = tidy(unwrap(node.text))
            spans.append(DaySpan(head, stop, node.line, [number], title, node.level))
    return _split(nodes, spans)


def _plan_lessons(nodes: list[Node]) -> tuple[list[Node], list[DaySpan]]:
    """The lessons of a plan with no week headings (`### Blokuur 1` over a table of lengths,
    then `### Los uur 1` over another; `## Lesson 2` over `- Review (15 min)`; `### Sesión 2`),
    numbered 1, 2, … in the order written.

    Only when nothing timed sits outside the lessons, and no lesson gives a length in its heading
    or a time of day anywhere: `## Lesson 2 (8:50–9:35)` is a period of one school day, `###
    Lektion 1 (50 Min.)` under `# Kurstag` and `## Session 2` over `- 11:00-11:45 Lab` parts of
    one day, as before.
    """
    heads = [
        idx
        for idx, node in enumerate(nodes)
        if node.kind == "heading"
        and (_LESSON.match(unwrap(node.text)) or _SESSION.match(unwrap(node.text)))
    ]
    spans: list[DaySpan] = []
    for number, head in enumerate(heads, start=1):
        node = nodes[head]
        stop = next(
            (
                j
                for j in range(head + 1, len(nodes))
                if nodes[j].kind == "heading" and nodes[j].level <= node.level
            ),
            len(nodes),
        )
        body = nodes[head + 1 : stop]
        if not (timed(body) or _lesson_table(body)) or _dated(node.text) or _clocked(node.text):
            return nodes, []
        if any(_at_clock(text) for text in _texts(body)):
            return nodes, []  # "## Session 2" over "- 11:00-11:45 Lab": a part of one day
        title = tidy(unwrap(node.text))
        spans.append(DaySpan(head, stop, node.line, [number], title, node.level))
    inside = {idx for span in spans for idx in range(span.start, span.end)}
    if timed([node for idx, node in enumerate(nodes) if idx not in inside]):
        return nodes, []  # timed lines beside the lessons: the plan is read as before
    return _split(nodes, spans)


def _split(nodes: list[Node], spans: list[DaySpan]) -> tuple[list[Node], list[DaySpan]]:
    """The lessons as days, when two or more at one heading level, their tables' bold-led
    activity cells split into a title and a note; else (nodes, [])."""
    if len(spans) < 2 or len({span.level for span in spans}) > 1:
        return nodes, []
    inside = {idx for span in spans for idx in range(span.start + 1, span.end)}
    return [_split_leads(n) if i in inside else n for i, n in enumerate(nodes)], spans


def _lesson_table(body: list[Node]) -> bool:
    """Whether a lesson's section holds a table of lengths (`| 10 min |`, or `| 10 |` under
    `Minutes`)."""
    from planexport.reader.block_tables import table_blocks

    tables = [node for node in body if node.kind == "table"]
    if not tables:
        return False
    return timed(body) or any(table_blocks(node, Ctx("<lesson>"), lenient=True) for node in tables)


def _dated(text: str) -> bool:
    """Whether a lesson heading names its date or weekday (`Séance 1 (jeudi 04/09)`): such
    sessions are read as dated days elsewhere."""
    if date_in(text, None)[1] is not None:
        return True
    return any(word in WEEKDAYS for word in re.findall(r"[^\W\d_]+", fold(unwrap(text))))


def _clocked(text: str) -> bool:
    """Whether a lesson heading gives a length or a time of day (`Lektion 1 (50 Min.)`,
    `Lesson 2 (8:50–9:35)`, `Les 3 – 10:15`)."""
    return find_duration(unwrap(text)) is not None or _CLOCK.search(text) is not None


def _at_clock(text: str) -> bool:
    """Whether a line gives a time of day: a span (`11:00-11:45 Lab`) or a start (`9:30 Quiz`)."""
    found = find_duration(text)
    return (found is not None and found.at is not None) or start_time(text) is not None


def _texts(nodes: list[Node]) -> Iterator[str]:
    """Every line of `nodes`: headings, paragraphs, table cells and list items, nested too."""
    for node in nodes:
        if node.kind in ("heading", "paragraph"):
            yield node.text
        for row in node.rows[1:]:
            yield from row
        stack: list[Item] = list(node.items)
        while stack:
            item = stack.pop()
            yield item.text
            stack.extend(item.children)


def _split_leads(node: Node) -> Node:
    """A table whose cells `**Kick-off**: app installeren` read as `**Kick-off**<br>app
    installeren`: the bold name titles the row's block, the rest is its note."""
    if node.kind != "table" or len(node.rows) < 2:
        return node
    rows = [node.rows[0]]
    for row in node.rows[1:]:
        timed_cells = [
            c
            for c, cell in enumerate(row)
            if find_duration(cell) is not None or _MINUTES.match(cell.strip())
        ]
        rows.append([_split_cell(cell, c, timed_cells) for c, cell in enumerate(row)])
    return replace(node, rows=rows) if rows != node.rows else node


def _split_cell(cell: str, col: int, timed_cells: list[int]) -> str:
    """The cell with its bold name apart from the rest, when another cell of its row gives the
    length (`| 10 min |`): a length in the rest (`in 45 minuten`) is the activity's text."""
    text = cell.strip()
    match = _BOLD_LEAD.match(text)
    if match is None or "<br" in text.lower() or not any(c != col for c in timed_cells):
        return cell
    name = tidy(f"{match.group('name')} {match.group('aside') or ''}")
    if find_duration(name) is not None:
        return cell  # "**Retrieval (10 min)**: …": the name says the length
    mark = match.group(1)
    return f"{mark}{name}{mark}<br>{match.group('rest').strip()}"
