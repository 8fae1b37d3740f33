"""Lists of dated weekday lines not in bold (`- Mon 14/04 — Algebra past paper (2h)`, `- [ ] Tue
15/04: Geometry (45 min)`, `- Lunes 14 de abril – Repaso (1 h)`): each line is a day, as its bold
form (`- **Mon 14/04**: …`, see `dated_lines`) is.

The weekday and its date come first, then a colon, a dash or a bar, then the day's topic. Only a
list of two such lines or more, all of them, one at least giving a length and none a clock time
in its label: a list of dated reminders (`- Mon 14/04: dentist`) stays as written.
"""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.weekday_lists import dated_weekday

__all__ = ["plain_dated_days"]

_LINE = lazy(
    r"^(?P<box>\[[ xX]\]\s+)?(?P<day>[^*_:|\u2013\u2014\n]{3,40}?)"
    r"\s*(?:[:|\u2013\u2014]|\s-\s)\s*(?P<rest>\S.*)$"
)
_FIRST_WORD = lazy(r"^([^\W\d_]+)\.?")
_BOX = lazy(r"^\[[ xX]\]\s+")
_CLOCK = lazy(r"\d[:.h]\d\d|\d\s*[ap]\.?m\b", re.IGNORECASE)


def plain_dated_days(node: Node) -> list[tuple[Item, str, str]] | None:
    """Each item, its day's heading and its topic (its box kept), when the list is one of dated
    weekday lines."""
    if node.kind != "list" or len(node.items) < 2:
        return None
    found: list[tuple[Item, str, str]] = []
    for item in node.items:
        match = _LINE.match(item.text)
        if match is None or _CLOCK.search(item.text) or dated_weekday(match["day"]) is None:
            return None
        found.append((item, match["day"].strip(), f"{match['box'] or ''}{match['rest']}".strip()))
    lengths = [find_duration(rest) for _, _, rest in found]
    if any(f is not None and f.at is not None for f in lengths) or not any(lengths):
        return None  # "Lundi 3/11 : Échecs (17h - 18h)": `weekday_date_items` reads the line
    return [(item, _heading(day, rest), rest) for item, day, rest in found]


def _heading(day: str, rest: str) -> str:
    """The day's heading: its weekday in full and its date, then its topic (`Monday 12/04/2027 –
    Algebra` of `Mon 12/04/2027 — Algebra (2h)`), as a heading of that day is read."""
    from planexport.reader.date_heads import NAMES
    from planexport.reader.line_segments import block_title
    from planexport.reader.words import FULL_WEEKDAYS, WEEKDAYS, fold

    first = _FIRST_WORD.match(day)
    name = WEEKDAYS.get(fold(first.group(1))) if first is not None else None
    if first is not None and name is not None and fold(first.group(1)) not in FULL_WEEKDAYS:
        day = f"{NAMES[name]}{day[first.end() :]}"  # "Mon" in full
    found = find_duration(rest)
    topic = block_title(rest, found) if found is not None else rest
    topic = _BOX.sub("", topic).strip()
    return f"{day} – {topic}" if topic else day
