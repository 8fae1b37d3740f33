"""What a plan says outside its days: a table of each day's focus, its goals and its links.

`| Day | Focus |` (or Topic, Theme, Subject) names each numbered day's focus; the lists under a
`## Goals` or `## Objectives` heading are the plan's goals; a list of nothing but links is its
links.
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
    """Day number -> focus, from the first table with a Day column. A table after the first
    day that names fewer days than the plan has (`## If You Only Have 3 Days` under a plan of
    14) is another, shorter plan's: it names none of these days."""
    first = min((s.start for s in spans if s.start >= 0), default=len(nodes))
    numbers = {n for s in spans for n in s.numbers}
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
        if found and idx > first and not numbers <= found.keys():
            continue
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
