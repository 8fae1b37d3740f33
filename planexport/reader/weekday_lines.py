"""Weekday lines as days: `**Lunes:**`, `**Monday**: Phase 1 - 2 hours`, `Mon: coding drill`."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.clock_brackets import without_clock_tail
from planexport.reader.day_headings import WEEKDAY_RANGE, weekday_heading
from planexport.reader.days import _BOLD_LEAD, _PER_DAY, DaySpan, _length
from planexport.reader.durations import DASH, Found, find_duration
from planexport.reader.outline import Node, unwrap
from planexport.reader.range_label_topics import range_topic_day, topic_title, weekend_range
from planexport.reader.session_weekdays import session_weekday
from planexport.reader.untimed_groups import label_group, label_groups
from planexport.reader.weekday_lists import weekday_list
from planexport.reader.weekday_ranges import range_days
from planexport.reader.words import WEEKDAYS, WEEKEND_WORDS, WORKWEEK_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["bold_weekdays", "range_length"]


@functools.cache
def _name_line() -> re.Pattern[str]:
    """`Mon: coding timed + postmortem`, `Lunedì: Fase 1`: a weekday, or its short name, and a
    colon (compiled on first use, as the reader's other patterns)."""
    return re.compile(r"^[^\w*_]{0,4}(?P<name>[^\W\d_]{3,12})\.?\s*:\s*(?P<rest>\S.*)$")


def bold_weekdays(nodes: list[Node], ctx: Ctx | None = None) -> list[DaySpan]:
    """`**Saturday Nov 22**`, `**Lunes:**`, `Mon: topic` as lines of their own: days, when no
    heading is one. A line's own length (`- 2 hours`, `(9h)`) or else the per-day length of
    the heading above it (`## 60–90 minutes/day plan`) makes the day one block that long."""
    heads: list[DaySpan] = []
    labelled: list[DaySpan] = []  # groups of weekdays over nothing timed: kept only beside days
    parent = 0
    per_day: Found | None = None
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            parent = node.level
            per_day = _length(unwrap(node.text), 2)
            continue
        # a long line only as the day line its parts were split from (a list on its line)
        after = nodes[idx + 1] if idx + 1 < len(nodes) else None
        split = after is not None and after.kind == "list" and after.line == node.line
        if node.kind != "paragraph" or (len(node.text) > 120 and not split):
            continue
        text = session_weekday(node.text)  # "**Session 1** - Thursday": that Thursday's
        bold = _BOLD_LEAD.match(text)
        # "Monday:" on a line of its own is a day as much as "**Monday:**".
        # "Sonntag 15.11.2026 (10:00-15:00)": the day's hours after it count for nothing
        short = len(text) <= 30 or len(without_clock_tail(text)) <= 30
        inner = bold.group("inner") if bold else text if short else ""
        if (
            WEEKDAY_RANGE.search(inner)
            or (bold and _several(inner))
            or (bold and "eekend" in inner and weekend_range(inner))  # "**Friday - Weekend:**"
        ):
            # "**Thursday-Monday (work days - 3 hours/day)**" over weekday lines: the days are
            # below; "**Mon–Thu**" over timed bullets: each of those days holds them.
            days = range_days(nodes, idx, inner) if bold else []
            if days:
                span = DaySpan(idx, len(nodes), node.line, [], tidy(inner), parent, weekdays=days)
                span.text = _group_note(bold.group("rest")) if bold else ""
                heads.append(span)
            elif bold is not None:
                group = _group_day(nodes, idx, bold, parent, ctx)  # "**Weekend** (3 hours):"
                # "**Monday - Wednesday:** Algebra" over untimed bullets: those days, untimed
                topic = range_topic_day(nodes, idx, bold["inner"], bold["rest"], parent)
                if topic is None and not group:  # "**SAMSTAG & SONNTAG** Ganztags frei"
                    topic = label_group(nodes, idx, bold["inner"], bold["rest"], parent)
                    labelled += [topic] if topic is not None else []
                heads += group or ([topic] if topic is not None else [])
            continue
        match = weekday_heading(inner)
        name = WEEKDAYS.get(fold(match.group("name"))) if match else None
        rest = bold.group("rest").strip(" :–—-") if bold else ""
        if match is not None and name is not None:
            title = match.group("title") or rest or match.group("name")
            if not re.search(r"[^\W\d_]", title):
                title = match.group("name")  # "**TUESDAY (DAY OFF - 8 hours) 🚀**"
        else:
            line = None if bold else _name_line().match(node.text)
            name = WEEKDAYS.get(fold(line.group("name"))) if line else None
            if line is None or name is None:
                continue
            title = rest = line.group("rest").strip()
        span = DaySpan(idx, len(nodes), node.line, [], title, parent, weekdays=[name])
        last = re.search(r"\(([^()]*)\)[*_\s:.]*$", rest)
        if last is not None and rest == title and _length(last.group(1), 1) is not None:
            # "**Martes**: Día libre productivo (9h estudio)": the day is one block that long.
            span.length, span.title = _length(last.group(1), 1), tidy(rest[: last.start()])
            if not span.title and match is not None:
                span.title = match.group("name")  # "**Monday** (1 hour)": titled Monday
        elif match is not None and _length(match.group("paren"), 1) is not None:
            # "**Tuesday (day off - 8 hours)**"; "**Sábado (3h):** Proyecto": 3 hours of it
            span.length = _length(match.group("paren"), 1)
        elif rest and rest == title:
            _trailing_length(span, rest)
            if span.length is None and per_day is not None:
                span.length = per_day  # "Mon: pattern drill" under "## 60–90 minutes/day plan"
        heads.append(span)
    return label_groups(heads, labelled) if labelled else heads


def _group_note(rest: str) -> str:
    """What follows a bold line of several weekdays, as its days' note: none for a length it
    gives each of them (`**Weekdays** (1 hour/day):`), which their timed lines already say."""
    text = rest.strip(" :–—-")
    said = re.fullmatch(r"\(([^()]*)\)", text)
    found = find_duration(said.group(1)) if said is not None else None
    if said is None or found is None or found.at is not None or found.start > 0:
        return text
    after = said.group(1)[found.end :].lstrip(".")  # "(1 Std./Tag)"
    per_day = _PER_DAY.match(after)
    return "" if per_day is not None and not after[per_day.end() :].strip() else text


def _group_day(
    nodes: list[Node], idx: int, bold: re.Match[str], parent: int, ctx: Ctx | None
) -> list[DaySpan]:
    """The day a bold line of several weekdays with a length makes over untimed bullets."""
    from planexport.reader.group_lengths import group_length

    group = group_length(nodes, idx, bold.group("inner"), bold.group("rest"), ctx)
    if group is None:
        return []
    names, length, title, text = group
    title, text = topic_title(title, text)  # "**Mon - Wed:** Soil types (2 hours)": Soil types
    span = DaySpan(idx, len(nodes), nodes[idx].line, [], tidy(title), parent, weekdays=names)
    span.length, span.text = length, text
    return [span]


def _several(inner: str) -> bool:
    """Whether a bold line names several weekdays as one day plan: a list (`**Saturday &
    Sunday**`, `**Tuesday, Thursday**`) or a group alone (`**Weekend**`, `**Weekdays:**`), or
    with the word for its usual day (`**Weekday Pattern**`)."""
    if weekday_list(inner):
        return True
    from planexport.reader.group_patterns import group_pattern

    words = re.sub(r"\([^()]*\)", " ", fold(inner)).strip(" :*_-–—")
    # "**Weekday Pattern** (1-1.5 hours/day):" is the weekdays' day as "**Weekdays**" is
    return words in WEEKEND_WORDS or words in WORKWEEK_WORDS or group_pattern(words)


def _trailing_length(span: DaySpan, rest: str) -> None:
    """`Phase 1 (overview) - 2 hours evening`: the day is 2 hours of `Phase 1 (overview)`; the
    words after the length (`evening`, `+ review`) are a note of the day."""
    found = find_duration(rest)
    if found is None or found.at is not None or found.hi <= 0:
        return
    before, after = rest[: found.start], rest[found.end :]
    if not re.search(rf"\S\s*[{DASH}:]\s*$", before) or re.search(r"\d", after):
        return
    span.length = found
    span.title = tidy(re.sub(rf"\s*[{DASH}:]\s*$", "", before))
    span.text = after.strip(f" .,;+{DASH}")


def range_length(node: Node | None) -> Found | None:
    """The length per day a line over a range of weekdays gives (`**Thursday-Monday (work days
    - 3 hours/day)**`), for the `- Thursday: topic` items below it."""
    if node is None or node.kind not in ("paragraph", "heading") or len(node.text) > 120:
        return None
    text = unwrap(node.text)
    if WEEKDAY_RANGE.search(text) is None:
        return None
    return _length(text, 2)
