"""Tables of lengths under section headings that name no day (`## Daily practice`, `## Ablauf`,
`## Déroulé`), in a plan with no day anywhere: its one day, or the sessions of it.

A plan with no day heading is one day, the section of its first timed table. Among other
sections under the plan's title (`# Guitar` over `## Tips` and `## Daily practice`) the day is
that section's, titled by its heading; a lone section (`# My day` over `## Timetable`) is titled
by the title, as before. When sibling sections after it (same level, same heading above) each
hold a table of lengths and nothing else timed, a person reads them as the same day's sessions
(`## Morning routine` / `## Evening routine`, `## Warm-up` / `## Main set`): the day holds them
all, where before only the first was read and the others were warned as tables in no day. When
each heading names a level (`## Beginner` / `## Advanced`, `## Anfänger` / `## Fortgeschrittene`,
`## Débutant` / `## Avancé`), they are alternatives, not sessions: a day each, titled by its
heading. A sibling section with a timed list or a time of day leaves the first table the day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import is_total
from planexport.reader.days import DaySpan
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import section_end, unwrap
from planexport.reader.sections import timed
from planexport.reader.versions import version_heads
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["table_days"]

# A level of a learner, as a heading names it: "Beginner routine", "Fortgeschrittene", "Niveau 2".
_LEVEL = lazy(
    r"(?<!\w)(?:beginners?|intermediate|advanced|expert|anfanger\w*|einsteiger\w*"
    r"|fortgeschritten\w*|principiantes?|intermedio|avanzad[oa]s?|avanzat[oi]|debutante?s?"
    r"|intermediaire|avancee?s?|confirmee?s?|iniciantes?|intermediari[oa]|avancad[oa]s?"
    r"|gevorderd\w*|level|stufe|nivel|niveau|livello)(?!\w)"
)


def table_days(nodes: list[Node], spans: list[DaySpan]) -> list[DaySpan]:
    """`spans`, or the one day grown over its sibling sections of tables of lengths (a day each
    when their headings name levels), when `spans` is the one day of a plan with no day."""
    if len(spans) != 1:
        return spans
    head = spans[0].start + 1
    if not 0 <= head < len(nodes) or nodes[head].kind != "heading":
        return spans
    if _section(nodes, head) != "table" or version_heads(nodes):
        return spans  # "## Versione Base" / "## Versione Completa": versions of one day
    level = nodes[head].level
    sections = [(head, section_end(nodes, head))]
    idx = sections[0][1]
    while idx < len(nodes) and not (nodes[idx].kind == "heading" and nodes[idx].level < level):
        end = section_end(nodes, idx)
        kind = _section(nodes, idx)
        if kind == "other":
            sections = sections[:1]  # a timed list or a timetable beside them: read as before
            break
        if kind == "table":
            sections.append((idx, end))
        idx = end
    if len(sections) < 2:
        if _has_siblings(nodes, head):
            # "# Guitar" over "## Tips" and "## Daily practice": the day is the section's.
            spans[0].title = unwrap(nodes[head].text).strip()
        return spans
    if all(_LEVEL.search(fold(unwrap(nodes[h].text))) for h, _ in sections):
        days: list[DaySpan] = []
        for number, (start, end) in enumerate(sections, start=1):
            node = nodes[start]
            title = unwrap(node.text).strip()
            day = DaySpan(start, end, node.line, [number], title, level)
            day.parent = spans[0].parent
            days.append(day)
        return days
    spans[0].end = max(spans[0].end, sections[-1][1])
    return spans


def _section(nodes: list[Node], head: int) -> str:
    """What the section of heading `head` holds that is timed: `table` for tables of lengths
    only, `other` for anything else timed (a list, a timed heading, a time of day), else ``."""
    end = section_end(nodes, head)
    found = ""
    for node in nodes[head:end]:
        if not timed([node]) or (node.kind == "paragraph" and is_total(node.text)):
            continue  # "**Total time:** about 15–25 minutes" sums the table up
        if node.kind != "table" or _clocked(node):
            return "other"
        found = "table"
    return found


def _clocked(node: Node) -> bool:
    """Whether a table gives a time of day: an agenda, read by the timetable rules."""
    for row in node.rows[1:]:
        for cell in row:
            found = find_duration(cell)
            if found is not None and found.at is not None:
                return True
            if re.match(r"^\s*\d{1,2}[:.h]\d{2}\b", cell):
                return True
    return False


def _has_siblings(nodes: list[Node], head: int) -> bool:
    """Whether a heading has others of its level under the same heading above it."""
    level = nodes[head].level
    for j in range(head - 1, -1, -1):
        if nodes[j].kind == "heading" and nodes[j].level < level:
            break
        if nodes[j].kind == "heading" and nodes[j].level == level:
            return True
    for j in range(head + 1, len(nodes)):
        if nodes[j].kind == "heading" and nodes[j].level < level:
            break
        if nodes[j].kind == "heading" and nodes[j].level == level:
            return True
    return False
