"""Sections that say how many days they take, in a plan with no day headings: the days, counted
on from one section to the next.

    Hours per day: 3-4 hours

    ### Stage 1: Foundations (~5 days)
    ### Stage 2: Practice (7 days)

A person reads days 1-5 and days 6-12, each a day of the plan's daily length (when it states
one) with the section's lines as its items: the headings are read as `Days 1-5: Stage 1:
Foundations` and `Days 6-12: Stage 2: Practice`. Only when two sections at least, all at one
level, give a whole number of days in brackets (`(~5 days)`, `(3 Tage)`, `(4 días)`, `(2
jours)`, `(5 giorni)`, `(3 dias)`, `(4 dagen)`), and no heading of the plan names a day.
"""

from __future__ import annotations

import dataclasses
import re

from planexport.reader.day_headings import names_day
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.words import DAY_WORDS

__all__ = ["day_count_sections"]

# "(~5 days)", "(about 3 days)", "(4 Tage)", "(2 jours)": a count of days in brackets.
_COUNT = lazy(
    r"\(\s*(?:~|≈|about|approx\.?|ca\.?|circa|etwa|environ|unos)?\s*(?P<n>\d{1,2})\s*"
    rf"{DAY_WORDS}\s*\)",
    re.IGNORECASE,
)
_LONGEST = 366  # days counted over all the sections: a year at most


def day_count_sections(nodes: list[Node]) -> list[Node]:
    """The nodes, each section heading with a count of days read as the range of those days."""
    heads = [
        (idx, match)
        for idx, node in enumerate(nodes)
        if node.kind == "heading" and "(" in node.text and (match := _COUNT.search(node.text))
    ]
    if len(heads) < 2 or len({nodes[idx].level for idx, _ in heads}) != 1:
        return nodes
    counts = [int(match["n"]) for _, match in heads]
    if min(counts) < 1 or sum(counts) > _LONGEST or any(names_day(node) for node in nodes):
        return nodes
    out = list(nodes)
    first = 1
    for (idx, match), count in zip(heads, counts, strict=True):
        text = nodes[idx].text
        title = re.sub(r"\s{2,}", " ", f"{text[: match.start()]} {text[match.end() :]}").strip()
        days = f"Day {first}" if count == 1 else f"Days {first}-{first + count - 1}"
        out[idx] = dataclasses.replace(nodes[idx], text=f"{days}: {title}")
        first += count
    return out
