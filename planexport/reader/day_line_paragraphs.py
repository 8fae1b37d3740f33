"""Plain text with a day line over the lines of that day (`Day 1: JSX & Components (2-3 hours)` /
`Learning Method:` / `Learn props concept (45 min)`), all in one paragraph as pasted text is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.words import WEEK_WORDS

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["day_line_paragraph", "first_line_title", "paragraph_days", "section_after"]

DayLabel = tuple[str, str, bool]  # label, content, weekday

# "📅 Week 2: Practical Application" over the week's day lines: the week's heading.
_WEEK_LINE = lazy(rf"^[\W_]*{WEEK_WORDS}\s*\d+\b", re.IGNORECASE)


def day_line_paragraph(
    texts: list[str], first: int, label: Callable[[str], DayLabel | None]
) -> list[tuple[int, DayLabel, list[Item]]] | None:
    """The days of a paragraph whose lines are day lines, each followed by the lines of that
    day (`Day 2: Props (2-3 hours)`, `Learn props concept (45 min)`): a day line's source line,
    its label, and the lines under it as items; None unless two lines at least are day lines
    and every other line comes after one (lines before the first, such as `📅 Week 1: …`, stay
    a paragraph of their own, said by the caller)."""
    days: list[tuple[int, DayLabel, list[Item]]] = []
    for offset, text in enumerate(texts):
        found = label(text)
        if found is not None and not found[2]:  # "Day 1:", not "Monday:" (a routine's line)
            days.append((first + offset, found, []))
        elif days:
            days[-1][2].append(Item(text, first + offset))
    return days if len(days) >= 2 and any(items for *_, items in days) else None


def paragraph_days(
    node: Node, texts: list[str], label: Callable[[str], DayLabel | None]
) -> tuple[list[Node], list[tuple[int, DayLabel, list[Item]]]] | None:
    """The lines of a paragraph before its first day line as a paragraph node, and its days,
    when it is written as `day_line_paragraph` reads."""
    lead = next((n for n, text in enumerate(texts) if label(text) is not None), None)
    if lead is None:
        return None
    days = day_line_paragraph(texts[lead:], node.line + lead, label)
    if days is None:
        return None
    before = [Node("paragraph", node.line, text=" ".join(texts[:lead]))] if lead else []
    if lead == 1 and _WEEK_LINE.match(texts[0]):
        before = [Node("heading", node.line, level=2, text=texts[0])]
    return before, days


def first_line_title(nodes: list[Node], lines: list[str]) -> list[Node]:
    """Pasted text with no headings: its first line, when short and no day or week line of its
    own, is the plan's title (`Complete React Learning Plan - No Code, Just Strategy`)."""
    first = nodes[0] if nodes else None
    if first is None or first.kind != "paragraph" or not 1 <= first.line <= len(lines):
        return nodes
    title = lines[first.line - 1].strip()
    if not title or len(title) > 80 or _WEEK_LINE.match(title) or not first.text.startswith(title):
        return nodes
    rest = first.text[len(title) :].strip()
    head = Node("heading", first.line, level=1, text=title)
    return [head, *([Node("paragraph", first.line + 1, text=rest)] if rest else []), *nodes[1:]]


def section_after(node: Node, texts: list[str] | None) -> list[Node]:
    """A paragraph after the last day of pasted text whose short first line names the lines
    below it (`🎯 Daily Practice Rules` over `Practice Methodology: …`): a section of its own,
    no part of the last day, as a heading would make it."""
    if not texts or len(texts) < 2 or len(texts[0]) > 40 or texts[0].endswith((":", ".")):
        return [node]
    rest = Node("paragraph", node.line + 1, text=" ".join(texts[1:]))
    return [Node("heading", node.line, level=2, text=texts[0]), rest]
