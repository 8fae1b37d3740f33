"""Days written as list items: `- **Day 1**` over its bullets, `1. **Monday** – Arrays (60 min)`."""

from __future__ import annotations

import re

from planexport.reader.blocks import tidy
from planexport.reader.date_heads import date_label
from planexport.reader.day_headings import day_match, weekday_heading, weekday_item, weekdays_of
from planexport.reader.days import _BOLD_DAY, _BOLD_LEAD
from planexport.reader.durations import DASH, find_duration
from planexport.reader.joining_words import after_length, before_length
from planexport.reader.lazy import lazy
from planexport.reader.line_segments import segments
from planexport.reader.outline import Node, unwrap
from planexport.reader.words import DAY_WORDS

__all__ = ["expand_day_lists", "weekday_parents"]

_DAY_WORD = lazy(rf"(?<!\w){DAY_WORDS}(?!\w)", re.IGNORECASE)  # "## Study days"


def _weekday_items(nodes: list[Node], node: Node, before: Node | None) -> list[Node] | None:
    """A list of weekdays (`1. **Monday** – Arrays (60 min)`, `- Tuesday: Practice
    (2 sessions)`) in a plan with no weekday headings: a day per item."""
    if node.kind != "list" or len(node.items) < 2:
        return None
    matches = []
    for item in node.items:  # the first item that is no weekday's decides (most lists)
        match = weekday_item(item.text)
        if match is None:
            return None
        matches.append(match)
    for match in matches:
        assert match is not None
        found = find_duration(match.group("rest"))
        if found is not None and found.at is not None:
            return None  # "- **Monday 10:30–11:30** — Coding": a weekly structure
    from planexport.reader.length_leads import length_first
    from planexport.reader.session_template import SESSIONS, in_sessions, session_length
    from planexport.reader.weekday_lines import range_length

    per_day = range_length(before)  # "**Thursday-Monday (work days - 3 hours/day)**" above
    if per_day is None and any(n.kind == "heading" and weekdays_of(n) for n in nodes):
        return None  # the days are the headings; this list is about them
    length = session_length(nodes)
    if per_day is None and not any(
        find_duration(m.group("rest")) or SESSIONS.search(m.group("rest"))
        for m in matches
        if m is not None
    ):
        return None  # "- **Montag:** IT-Sicherheit (SU + P)": a summary of the days, untimed
    out: list[Node] = []
    for item, match in zip(node.items, matches, strict=True):
        assert match is not None
        rest = SESSIONS.sub("", match.group("rest"))
        if segments(rest) is not None:
            # "- Monday: Arrays 1h, Strings 30 min": a block each, read with the day line
            out.append(Node("paragraph", item.line, text=f"**{match.group('name')}** – {rest}"))
            out += [Node("list", item.line, items=item.children)] if item.children else []
            continue
        found = find_duration(rest)
        # "API versioning (v1, v2 routes)": with no length taken out, its brackets stay
        title = tidy(rest[: found.start] + rest[found.end :] if found else rest)
        title = title.strip(f" (){DASH}" if found else f" {DASH}")
        if found is not None and length_first(rest):
            title = ""  # "Jeudi : 3h de révisions": the day is Jeudi, the block révisions
        elif found is not None:
            head, tail = before_length(rest[: found.start]), after_length(rest[found.end :])
            if (head, tail) != (rest[: found.start], rest[found.end :]):
                # "Jeudi : révisions pendant 3h": no joining word at the title's edge
                title = tidy(f"{head} {tail}").strip(f" (){DASH}")
        line = f"**{match.group('name')}**" + (f" – {title}" if title else "")
        line += f" ({per_day.text})" if per_day is not None and found is None else ""
        out.append(Node("paragraph", item.line, text=line))
        said = match.group("rest") and per_day is None
        body = in_sessions(match.group("rest"), length, item.line) if said else []
        if body:
            body[-1].children = list(item.children)
        elif item.children:
            body = list(item.children)
        if body:
            out.append(Node("list", item.line, items=body))
    return out


def expand_day_lists(nodes: list[Node]) -> list[Node]:
    """`* **Day 1**` list items with nested bullets: a bold day line, then its bullets."""
    out: list[Node] = []
    heading = ""
    # Whether a heading is a weekday: asked only of a list that may be such days (most plans
    # have none, and a long plan has thousands of headings), then kept.
    named_kept: list[bool] = []

    def named() -> bool:
        if not named_kept:
            named_kept.append(
                any(n.kind == "heading" and weekday_heading(unwrap(n.text)) for n in nodes)
            )
        return named_kept[0]

    # A plan's items repeat ("- **Block 1 (Review – 30 min)**"): each text is asked once.
    days: dict[str, bool] = {}
    dates: dict[str, bool] = {}

    def is_day(text: str) -> bool:
        if text not in days:
            days[text] = day_match(text) is not None
        return days[text]

    def is_date(text: str) -> bool:
        if text not in dates:
            dates[text] = date_label(text)
        return dates[text]

    for node in nodes:
        heading = node.text if node.kind == "heading" else heading
        weekdays = _weekday_items(nodes, node, out[-1] if out else None)
        if weekdays is not None:
            from planexport.reader.weekday_lines import range_length

            if out and range_length(out[-1]) is not None:
                out.pop()  # the range line's length is in the days now
            out.extend(weekdays)
            continue
        bold = node.kind == "list" and any(
            _BOLD_DAY.match(item.text)
            and (is_day(item.text) or (item.children and is_date(item.text)))
            for item in node.items
        )
        # "- Day 1: Arrays (2h)", "- Day 2: Strings (2h)": plain items that are all days, and
        # "- 2026-12-07 (Mon)" over its own bullets, each item.
        plain = (
            node.kind == "list"
            and len(node.items) >= 2
            and (
                all(is_day(item.text) for item in node.items)
                or all(item.children and is_date(item.text) for item in node.items)
            )
        )
        # "- **Martes**: Día libre productivo (9h estudio)" beside weekday headings or under
        # "## Study days": each item a weekday of that length.
        weekly = (
            node.kind == "list"
            and len(node.items) >= 2
            and all(_bold_weekday_length(item.text) for item in node.items)
            and (_DAY_WORD.search(heading) is not None or named())
        )
        bold = bold or weekly
        # "- Montag, 06.01.2026" or "- **Monday**" over its own timed bullets: each item a day
        parents = not (bold or plain) and weekday_parents(node) and not named()
        bold = bold or (parents and all(_BOLD_DAY.match(i.text) for i in node.items))
        plain = plain or parents
        if not bold and not plain:
            out.append(node)
            continue
        for item in node.items:
            text = item.text if bold else f"**{item.text}**"
            out.append(Node("paragraph", item.line, text=text))
            if item.children:
                out.append(Node("list", item.children[0].line, items=item.children))
    return out


def _bold_weekday_length(text: str) -> bool:
    bold = _BOLD_LEAD.match(text)
    if bold is None or len(text) > 120:
        return False
    match = weekday_heading(bold.group("inner"))
    found = find_duration(bold.group("rest"))
    return match is not None and found is not None and found.at is None


def weekday_parents(node: Node) -> bool:
    """A list whose every item is a weekday (with its date, a note or a topic after it:
    `Freitag, 03.01.2026 (Heute)`, `**Monday**`) over bullets of its own, most items with a
    timed bullet (`1.5h Lernblock: …`, `Reading (30 min)`): a day per item. Items with no
    timed bullet under them (`- Sun: Review the week` over `- flashcards`) stay as they are."""
    if node.kind != "list" or len(node.items) < 2:
        return False
    if not all(item.children for item in node.items):
        return False
    if not all(weekday_heading(unwrap(item.text)) for item in node.items):
        return False
    timed = sum(
        any(find_duration(child.text) is not None for child in item.children) for item in node.items
    )
    return timed * 2 >= len(node.items)
