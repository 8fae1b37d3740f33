"""What a plan says outside its days: a table of each day's focus, its goals and its links.

`| Day | Focus |` (or Topic, Theme, Subject) names each numbered day's focus; the lists under a
`## Goals` or `## Objectives` heading are the plan's goals; a list of nothing but links is its
links. A `| Day | Focus |` table after the last day that numbers fewer days than the plan has
(`## If You Only Have 2 Days` under a ten-day plan) is a shorter plan of its own: it names no
day's focus, and is warned of as a table in no day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, unwrap

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["focus_table", "goals_and_links"]

# A day's number, not one counted down to an exam ("| Day -3 |", "| D−1 |": days before it).
_DAY_NUMBER = lazy(r"(?<![-\u2212\u2013\d])\d+")
_LINK_ONLY = lazy(r"^\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)\s*$")


def focus_table(nodes: list[Node], spans: Sequence[DaySpan] = ()) -> dict[int, str]:
    """Day number -> focus, from the first table with a Day column, but for one after the last
    of the days `spans` finds that numbers fewer of them (another, shorter plan)."""
    days = [span for span in spans if not span.guide]
    last = max((span.end for span in days), default=len(nodes))
    count = len({number for span in days for number in span.numbers})
    for idx, node in enumerate(nodes):
        if node.kind != "table" or len(node.rows) < 2:
            continue
        header = [unwrap(cell).lower() for cell in node.rows[0]]
        day_col = next((i for i, h in enumerate(header) if h.startswith("day")), None)
        if day_col is None:
            continue
        focus_col = next(
            (
                i
                for i, h in enumerate(header)
                if i != day_col and any(w in h for w in ("focus", "topic", "theme", "subject"))
            ),
            next((i for i in range(len(header)) if i != day_col), None),
        )
        if focus_col is None:
            continue
        found: dict[int, str] = {}
        for row in node.rows[1:]:
            if max(day_col, focus_col) >= len(row):
                continue
            number = _DAY_NUMBER.search(row[day_col])
            if number and row[focus_col].strip(" -—–"):  # "| 3 | — | — |": no focus
                found[int(number.group())] = row[focus_col].strip()
        if found and idx >= last and len(found) < count:
            continue  # "## If You Only Have 3 Days" after 14 days: not their focus
        if found:
            return found
    return {}


def goals_and_links(
    preamble: list[Node],
) -> tuple[list[tuple[str, list[str]]], list[tuple[str, str]]]:
    """The goals (a title and its lines) under a Goals or Objectives heading, and the links of
    lists that are nothing but links, in what comes before the days."""
    goals: list[tuple[str, list[str]]] = []
    links: list[tuple[str, str]] = []
    in_goals = False
    goals_title = "Goals"
    for node in preamble:
        if node.kind == "heading":
            in_goals = "goal" in node.text.lower() or "objective" in node.text.lower()
            if in_goals:
                goals_title = unwrap(node.text)
            continue
        if node.kind != "list":
            continue
        pure_links = [_LINK_ONLY.match(item.text) for item in node.items]
        if node.items and all(pure_links) and not any(i.children for i in node.items):
            links.extend((m.group("text"), m.group("target")) for m in pure_links if m)
            continue
        if not in_goals:
            continue
        if any(item.children for item in node.items):
            for item in node.items:
                goals.append((unwrap(item.text), [t for c in item.children for t in _flat(c)]))
        else:
            goals.append((goals_title, [item.text for item in node.items]))
    return goals, links


def _flat(item: Item) -> list[str]:
    return [" ".join([item.text, *item.more]).strip()] + [
        t for c in item.children for t in _flat(c)
    ]
