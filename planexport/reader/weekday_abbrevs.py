"""Weekday lines written short, with a length: `- Sat: 4–5h deep work`, `- Tue/Thu: 1–1.5h each`."""

from __future__ import annotations

import re

from planexport.reader.blocks import tidy
from planexport.reader.dates import ORDER
from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.words import WEEKDAYS, fold

__all__ = ["abbreviated_weekdays", "weekdays_named"]

_NAMES = r"[^\W\d_]{2,12}\.?"
# "Sat:", "Tue/Thu:", "Mon–Thu:", "Sa + So:", "**Mon-Wed**:": weekdays leading an item.
_LEAD = lazy(
    rf"^[*_]*(?P<names>{_NAMES}(?:\s*(?:[/,+&{DASH}]|and|und|y|et|e|en)\s*{_NAMES})*)[*_]*"
    rf"\s*:[*_]*\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_BRACKETS = lazy(r"\([^()]*\)")
_EACH = lazy(r"\s*\b(?:each|jeweils|cada\s+uno|chacun|ciascuno|elk)\b\s*", re.IGNORECASE)


def weekdays_named(text: str) -> list[str]:
    """The weekdays `Sat`, `Tue/Thu`, `Mon–Thu`, `Sa + So` name, in order; [] for other words."""
    parts = re.split(rf"\s*([/,+&{DASH}]|\band\b|\bund\b|\by\b|\bet\b|\be\b|\ben\b)\s*", text)
    names = [WEEKDAYS.get(fold(p.strip(". "))) for p in parts[::2]]
    if not names or any(n is None for n in names):
        return []
    days = [n for n in names if n is not None]
    if len(days) == 2 and parts[1] and parts[1] in DASH.replace("\\", ""):
        first, last = ORDER.index(days[0]), ORDER.index(days[1])
        return list(ORDER[first : last + 1]) if first < last else []
    return list(dict.fromkeys(days))


def abbreviated_weekdays(nodes: list[Node]) -> list[Node]:
    """A list whose every item is weekdays and a length (`- Sat: 4–5h deep work`, `- Fri: 30
    min check-in`): a day line per weekday, `**Saturday** – deep work (4–5h)`, as a list of full
    weekday names would give."""
    out: list[Node] = []
    for node in nodes:
        lines = _day_lines(node) if node.kind == "list" and len(node.items) >= 2 else None
        out.extend(lines if lines is not None else [node])
    return out


def _day_lines(node: Node) -> list[Node] | None:
    out: list[Node] = []
    for item in node.items:
        lead = _LEAD.match(item.text)
        days = weekdays_named(lead["names"]) if lead else []
        found = find_duration(lead["rest"]) if lead else None
        if lead is None or not days or found is None or found.at is not None:
            return None  # "- Mon: Gym only": a summary of the week, not its days
        rest = lead["rest"]
        start, end = found.start, found.end
        group = next((m for m in _BRACKETS.finditer(rest) if m.start() < start < m.end()), None)
        if group is not None:
            start, end = group.start(), group.end()  # "Día libre (9h estudio)": no "( estudio)"
        title = tidy(_EACH.sub(" ", rest[:start] + " " + rest[end:])).strip(f" :{DASH}")
        for day in days:
            line = f"**{_FULL[day]}** – {title or _FULL[day]} ({found.text})"
            out.append(Node("paragraph", item.line, text=line))
            if item.children:
                out.append(Node("list", item.children[0].line, items=list(item.children)))
    return out


_FULL = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
