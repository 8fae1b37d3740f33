"""Day headings that give a weekday and a day of the month, under a week's heading that gives the
month (`## Week 1 - 20-26 Jul` over `### Mon 20 - Row + Strength (~65 min)`, `## Semana 3 (27
jul - 2 ago)` over `### Qua 29 - Rodagem`, `## Woche 2: 13.-19. Juli` over `### Di 14: Kraft`):
dated days, read as `### Monday 20 Jul - Row + Strength` is, the month (and a year) the week's."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from planexport.reader.durations import DASH
from planexport.reader.lazy import lazy
from planexport.reader.words import MONTHS, WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["numbered_weekday_headings"]

# "Mon 20 - Row + Strength", "**Qua 29** – Rodagem", "Di. 14.: Kraft", "Friday 24", "Martedì 1
# (1.5h)": a weekday, a day of the month, then a title after a spaced dash or a colon, a length
# in brackets, or nothing.
_NUMBERED = lazy(
    r"^(?P<lead>[^\w\s]*\s*)(?P<name>[^\W\d_]{2,}(?:-[^\W\d_]+)?)\.?,?\s+"
    r"(?P<day>3[01]|[12]\d|0?[1-9])\.?(?P<close>[*_]*)"
    rf"(?P<rest>\s+[{DASH}]\s+\S.*|\s*:\s+\S.*|\s+\([^()]*\d[^()]*\)[*_\s]*|\s*)$"
)
_WORD = lazy(r"[^\W\d_]+\.?")
_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _month_words(text: str) -> list[str]:
    """The months `text` names, as written (`Jul`, `julho`, `Juli`), in order."""
    return [
        word.rstrip(".")
        for word in _WORD.findall(text)
        if len(word.rstrip(".")) >= 3 and fold(word.rstrip(".")) in MONTHS
    ]


def _week_heading(nodes: list[Node], index: int) -> Node | None:
    """The nearest heading above `nodes[index]` of a higher level."""
    level = nodes[index].level
    for node in reversed(nodes[:index]):
        if node.kind == "heading" and node.level < level:
            return node
    return None


def numbered_weekday_headings(nodes: list[Node]) -> list[Node]:
    """`nodes` with each heading `Mon 20 - Row` under `## Week 1 - 20-26 Jul` written `Monday 20
    Jul - Row`, a dated day as such a heading reads.

    Only when two headings of that level or more are shaped so, naming two weekdays or more,
    each under a heading that names one month or two (a week across months: a day from the
    15th on is the first month's, an earlier one the second's). A weekday written short takes
    its name in full from the other day headings' language (`Mon` … `Monday`).
    """
    found: dict[int, list[tuple[int, re.Match[str]]]] = {}
    for index, node in enumerate(nodes):
        if node.kind != "heading":
            continue
        match = _NUMBERED.match(node.text)
        if match is not None and fold(match["name"]) in WEEKDAYS:
            found.setdefault(node.level, []).append((index, match))
    if not found:
        return nodes
    from planexport.reader.short_weekday_heads import full_weekday

    out = list(nodes)
    for heads in found.values():
        names = [fold(match["name"]) for _, match in heads]
        if len(heads) < 2 or len({WEEKDAYS[name] for name in names}) < 2:
            continue
        for index, match in heads:
            week = _week_heading(nodes, index)
            months = _month_words(week.text) if week is not None else []
            if week is None or not 1 <= len(months) <= 2:
                continue
            day = int(match["day"])
            month = months[0] if len(months) == 1 or day >= 15 else months[1]
            year = _YEAR.search(week.text)
            full = full_weekday(set(names), match["name"])
            date = f"{day} {month}" + (f" {year.group()}" if year else "")
            text = f"{match['lead']}{full} {date}{match['close']}{match['rest']}"
            out[index] = dataclasses.replace(nodes[index], text=text)
    return out
