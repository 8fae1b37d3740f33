"""A timetable in a section beside the days' section (`## In person` by `## Online`) is a day."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.days import DaySpan
from planexport.reader.durations import find_duration, start_time
from planexport.reader.lazy import lazy
from planexport.reader.outline import section_end, unwrap
from planexport.reader.words import DAY_WORDS

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["sibling_days"]

# A table or list needs this many rows that start at a time of day to be a day's timetable;
# fewer, or rows of lengths only (`| Reading | 30 min |`), are a side table of the plan.
_TIMETABLE = 3
# "## Daily routine", "## Typical day", "## Tagesablauf": a template for every day, not a day.
_TEMPLATE = lazy(
    r"(?<!\w)(?:daily|every\s*day|each\s*day|per\s*day|typical|template|routine|example|sample|"
    r"t[aä]glich\w*|tagesablauf|jeden\s*tag|diari[oa]s?|cada\s*d[ií]a|t[ií]pic[oa]|plantilla|"
    r"quotidien\w*|chaque\s*jour|type|giornalier[oa]|ogni\s*giorno|dagelijks\w*|elke\s*dag)"
    r"(?!\w)",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"eins|zwei|drei|vier|f[üu]nf|uno|dos|tres|cuatro|cinco|un|deux|trois|quatre|cinq"
)
# "Day One", "Tag 2", "**Día 3**": how a day heading names its day, kept in the new title.
_DAY_LEAD = lazy(rf"^[\W_]*(?P<lead>{DAY_WORDS}\s*#?\s*(?:\d+|{_NUMBER_WORDS}))\b", re.I)


def sibling_days(nodes: list[Node], spans: list[DaySpan]) -> list[DaySpan]:
    """The days, with a day for each timetable that sits in a section beside theirs.

    `## Single-Day (In-person)` over a table of clock spans (`| Orientation | 09:00 - 09:30 |`)
    next to `## Multiple Days (Virtual)` over `### Day One` and `### Day Two`: a person reads
    the in-person day as a day of its own, not as rows "in no day". It takes its place in the
    file's order, titled by its heading; the days after it are numbered on, each titled by its
    section and heading (`Multiple Days (Virtual): Day One`) so that no number is lost.

    Only a whole timetable counts: one table or list with three or more rows that start at a
    time of day, in a section with no day in it, whose heading is not a template's ("Daily
    routine", "Typical day"). Only simple day headings are renumbered: one number each, in
    order from 1, under one section, without weekdays or dates.
    """
    if not spans or not _plain(nodes, spans):
        return spans
    parent = spans[0].parent
    assert parent is not None
    level = nodes[parent].level
    outer = _enclosing(nodes, parent)
    taken = [(span.start, span.end) for span in spans]
    added: list[DaySpan] = []
    for idx, node in enumerate(nodes):
        if node.kind != "heading" or node.level != level or idx == parent:
            continue
        end = section_end(nodes, idx)
        if any(idx <= a < end or a <= idx < b for a, b in taken) or _enclosing(nodes, idx) != outer:
            continue
        if _TEMPLATE.search(node.text) or not any(_timetable(n) for n in nodes[idx + 1 : end]):
            continue
        title = unwrap(node.text)
        added.append(DaySpan(idx, end, node.line, [0], title, level, parent=outer))
    if not added:
        return spans
    section = unwrap(nodes[parent].text)
    out = sorted([*spans, *added], key=lambda span: span.start)
    for number, span in enumerate(out, start=1):
        if span.numbers not in ([number], [0]):
            lead = _DAY_LEAD.match(unwrap(nodes[span.start].text))
            said = lead.group("lead") if lead is not None else f"Day {span.numbers[0]}"
            span.title = f"{section}: {said}" + (f" – {span.title}" if span.title.strip() else "")
        span.numbers = [number]
    return out


def _plain(nodes: list[Node], spans: list[DaySpan]) -> bool:
    """Whether the days are headings numbered 1, 2, … under one section, without weekdays or
    dates: days a new one may be put among by renumbering them."""
    return (
        all(
            span.start >= 0
            and nodes[span.start].kind == "heading"
            and span.table is None
            and span.weekday is None
            and span.date is None
            and span.month_day is None
            and not span.guide
            for span in spans
        )
        and [span.numbers for span in spans] == [[n] for n in range(1, len(spans) + 1)]
        and all(a.start < b.start for a, b in itertools.pairwise(spans))
        and len({span.parent for span in spans}) == 1
        and spans[0].parent is not None
    )


def _enclosing(nodes: list[Node], idx: int) -> int | None:
    """The index of the heading whose section holds the heading at `idx`, or None."""
    level = nodes[idx].level
    return next(
        (
            j
            for j in range(idx - 1, -1, -1)
            if nodes[j].kind == "heading" and nodes[j].level < level
        ),
        None,
    )


def _timetable(node: Node) -> bool:
    """Whether a table or list is one day's timetable: three or more rows that start at a time
    of day, going forward (`| Session | 14 mai | 9h30-18h30 |` row after row is a list of
    whole days, not one day's hours)."""
    if node.kind == "table":
        texts = [" | ".join(row) for row in node.rows[1:]]
    elif node.kind == "list":
        texts = [item.text for item in node.items]  # nested lines are a block's parts
    else:
        return False
    starts = [at for text in texts if (at := _start(text)) is not None]
    return len(set(starts)) >= _TIMETABLE and all(a <= b for a, b in itertools.pairwise(starts))


def _start(text: str) -> int | None:
    """When a row starts: its first clock span, else the time of day that leads it."""
    for cell in text.split(" | "):
        found = find_duration(cell)
        if found is not None and found.at is not None:
            return found.at
        lead = start_time(unwrap(cell))
        if lead is not None:
            return lead[0]
    return None
