"""A week's load by weekday (`- **Seg–Sex:** 2h/dia`, `- **Sábado:** 4h`, `- **Sunday:** 3h`)
over days that name their weekday but give no time: each such day is one block of its
weekday's length, titled by the day's topic. Not days of their own: before, the lines of the
load were read as a week of days titled `/dia`, or the plan was refused as untimed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import try_block
from planexport.reader.day_headings import WEEKDAY_RANGE
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import (
    DAY_WORDS,
    PER_DAY_WORDS,
    WEEKDAYS,
    WEEKEND_WORDS,
    WORKWEEK_WORDS,
    fold,
)

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.durations import Found
    from planexport.reader.outline import Node

__all__ = ["weekday_loads"]

_ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "Seg–Sex: 2h/dia (…)": a short label, its colon, then the value.
_LABELLED = lazy(r"^[\W_]*(?P<label>[^\W\d_][^:]{0,30}?)[*_\s]*:[*_\s]*(?P<value>\S.*)$")
# What may follow the length: "/dia", "per day", "a day", then a note in brackets or after a dash.
_PER_DAY = lazy(rf"^\s*(?:/\s*{DAY_WORDS}\b|{PER_DAY_WORDS}\b)?", re.IGNORECASE)
_NOTE = lazy(r"^\s*(?:$|[(\[,;]|[-–—]\s)")


def weekday_loads(
    nodes: list[Node], spans: list[DaySpan], lines: list[str], ctx: Ctx
) -> tuple[list[DaySpan], set[int]]:
    """The days with the load's lines no longer days of their own, the days below given their
    weekday's length; and the indexes of the nodes the load was read from. `lines` is the text
    the nodes were read from. Only when at least two lines of the load come before the days
    they are for, and none of those days is timed."""
    original = spans
    targets = [s for s in spans if s.weekday and s.length is None]
    if len(targets) >= 2:
        first = min(s.start for s in targets)
        candidates = list(range(max(first, 0)))
    else:  # the load's own lines may be the only days found: "- **Mon–Fri:** 2h/day" as a week
        candidates = sorted({s.start for s in spans if s.weekday and s.length is not None})
    loads: dict[str, tuple[int, Found]] = {}
    used: set[int] = set()
    for idx in candidates:
        node = nodes[idx]
        if node.kind not in ("list", "paragraph"):
            continue
        # the lines as written: a load's lines may be days already ("**Monday** – /dia (2h)")
        for line in sorted({node.line, *(item.line for item in node.items)}):
            text = lines[line - 1] if 0 < line <= len(lines) else ""
            said = _load(text) if ":" in text else None
            if said is not None:
                loads.update(dict.fromkeys(said[0], (line, said[1])))
                used.add(idx)
    if len({line for line, _ in loads.values()}) < 2:
        return spans, set()
    if len(targets) < 2:
        spans = _found_again(nodes, used, ctx)  # "| Lun 02/03 | Legami |" below the load
        if sum(1 for s in spans if s.weekday and s.length is None) < 2:
            return original, set()
    days = [s for s in spans if s.start not in used]
    given = [s for s in days if s.weekday in loads and s.length is None and _untimed(nodes, s)]
    if not given or any(not _untimed(nodes, s) for s in days):
        if spans is not original or not days or len(days) == len(spans):
            return original, set()
        # "## Monday" over "- 09:00-10:00 Arrays": the days give their own times; the load's
        # lines are no days of their own either, and say only how long a day should be
        for line in sorted({line for line, _ in loads.values()}):
            ctx.warn(line, "a day's length by weekday, not read: the days give their own times")
        return _renumbered(days, len(spans)), used
    for span in given:
        line, found = loads[span.weekday or ""]
        span.length, span.stated = found, True
        if span.table is not None and span.table.notes:
            topic, *rest = span.table.notes  # "| Seg 01/06 | Estatuto parte 1 |": the topic
            raw = try_block(f"{topic} ({found.text})", [], span.table.line, ctx)
            if raw is not None:
                span.table.blocks, span.table.notes = [raw], rest
    days = _renumbered(days, len(spans))
    for line in sorted({line for line, _ in loads.values()}):
        names = [s for s in given if loads[s.weekday or ""][0] == line]
        if names:
            text = loads[names[0].weekday or ""][1].text
            ctx.warn(
                line,
                f'"{text}" a day on the weekdays it names: {len(names)} '
                f"day{'s' * (len(names) != 1)} of those weekdays, each one block that long, "
                "titled by the day's topic",
            )
    return days, used


def _renumbered(days: list[DaySpan], found: int) -> list[DaySpan]:
    """`days` numbered from 1 again when the load's lines, days no more, took the first numbers."""
    if len(days) < found and all(len(s.numbers) == 1 for s in days):
        for number, span in enumerate(days, start=1):
            span.numbers = [number]
    return days


def _found_again(nodes: list[Node], used: set[int], ctx: Ctx) -> list[DaySpan]:
    """The days found with the load's lines read as no day: the days they were found for."""
    from planexport.reader.days import find_days
    from planexport.reader.outline import Node

    said = list(ctx.warnings)
    hidden = [Node("other", node.line) if idx in used else node for idx, node in enumerate(nodes)]
    again = find_days(hidden, ctx)
    ctx.warnings = said  # the days found first were warned of already
    return again


def _load(text: str) -> tuple[list[str], Found] | None:
    """The weekdays a line of a load names and its length: `**Seg–Sex:** 2h/dia` is Monday to
    Friday, two hours; None for a line with more than a length after its label."""
    match = _LABELLED.match(unwrap(text))
    if match is None:
        return None
    weekdays = _weekdays(match.group("label"))
    value = match.group("value")
    found = find_duration(value)
    if not weekdays or found is None or found.at is not None:
        return None
    if value[: found.start].strip(" ~≈*_"):
        return None  # "Sábado: simulado de 4h": an activity, not the day's load
    rest = value[found.end :]
    rest = rest[_PER_DAY.match(rest).end() :]  # type: ignore[union-attr]
    return (weekdays, found) if _NOTE.match(rest.strip("*_")) else None


def _weekdays(label: str) -> list[str]:
    """The weekdays a label names: one (`Sábado`), a range (`Seg–Sex`, `Mon to Fri`), a list
    (`Sáb/Dom`), the weekend or the working week."""
    name = fold(label.strip(" *_"))
    if name in (fold(w) for w in WEEKEND_WORDS):
        return ["sat", "sun"]
    if name in (fold(w) for w in WORKWEEK_WORDS):
        return list(_ORDER[:5])
    if (span := WEEKDAY_RANGE.fullmatch(label.strip(" *_"))) is not None:
        a, b = WEEKDAYS.get(fold(span.group("a"))), WEEKDAYS.get(fold(span.group("b")))
        if a and b and _ORDER.index(a) < _ORDER.index(b):
            return list(_ORDER[_ORDER.index(a) : _ORDER.index(b) + 1])
        return []
    days = [WEEKDAYS.get(part) for part in re.split(r"\s*[/,&+]\s*|\s+(?:e|y|and|und|et)\s+", name)]
    return [d for d in days if d] if all(days) else []


def _untimed(nodes: list[Node], span: DaySpan) -> bool:
    """Whether a day gives no time of its own: a table's day no block, a heading's day no line
    with a length or a clock time."""
    if span.table is not None:
        return not span.table.blocks
    for node in nodes[span.start + 1 : span.end]:
        texts = [i.text for i in node.items] or [node.text, *(c for r in node.rows for c in r)]
        if any(t and find_duration(t) is not None for t in texts):
            return False
    return True
