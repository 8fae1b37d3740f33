"""A Pomodoro tracker's day: its fields and its ticked Pomodoros, read as the Pomodoros.

```
### Day 1
- **Time Started:** 13:00 GMT
- **Focus Duration:** 25 minutes
- **Break Duration:** 5 minutes
- **Accomplishments:** the inheritance exercises
    - [X] Pomodoro 1
    - [ ] Pomodoro 2
```
is the day's two Pomodoros of 25 minutes, the first at 13:00 and the next after the break
(`[X] 13:00-13:25 Pomodoro 1`, `[ ] 13:30-13:55 Pomodoro 2`), ticked ones done; with no start
written, each is `Pomodoro N (25 min)`. The other fields stay the day's notes. Only a list that
gives the focus length and numbers its Pomodoros is read so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, every_item

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["pomodoro_lists"]

# "**Focus Duration:** 25 minutes", "Work time: 50 min", "Pomodoro length: 30 minutes"
_FIELD = lazy(
    r"^[*_\s]*(?P<what>focus|work|pomodoro|break|rest|pause|time\s+started|start(?:ed)?"
    r"(?:\s+time)?)(?:\s+(?:duration|time|length))?[*_\s]*:[*_\s]*(?P<value>.*)$",
    re.IGNORECASE,
)
_MINUTES = lazy(r"^(\d{1,3})\s*(?:min(?:ute)?s?|m)\b", re.IGNORECASE)
_CLOCK = lazy(r"^(\d{1,2})[:.h](\d{2})(?!\d)")
# "[X] Pomodoro 1", "[ ] Pomodoro 12": one numbered Pomodoro and nothing more
_NUMBERED = lazy(r"^\[(?P<mark>[ xX])\]\s*pomodoro\s*#?(?P<n>\d{1,2})[\s.:]*$", re.IGNORECASE)


def pomodoro_lists(nodes: list[Node]) -> list[Node]:
    """`nodes` with each Pomodoro tracker's list rewritten as its Pomodoros (module doc)."""
    out = nodes
    for idx, node in enumerate(nodes):
        if node.kind != "list" or not any("omodoro" in i.text for i in every_item(node.items)):
            continue
        items = _pomodoros(node.items)
        if items is not None:
            out = out if out is not nodes else list(nodes)
            out[idx] = replace(node, items=items)
    return out


def _pomodoros(items: list[Item]) -> list[Item] | None:
    """The list's items with its Pomodoros first and its timing fields read, or None."""
    focus = rest = start = None
    counted: list[tuple[Item, str]] = []
    fields: set[int] = set()  # the items read here, by their line
    for item in every_item(items):
        field = _FIELD.match(item.text)
        what = field.group("what").lower() if field else ""
        value = field.group("value").strip(" *_") if field else ""
        if (numbered := _NUMBERED.match(item.text)) is not None:
            counted.append((item, numbered.group("mark")))
        elif what in ("focus", "work", "pomodoro") and (length := _MINUTES.match(value)):
            focus = int(length.group(1))
        elif what in ("break", "rest", "pause") and (length := _MINUTES.match(value)):
            rest = int(length.group(1))
        elif what.startswith(("time", "start")) and (clock := _CLOCK.match(value)):
            hour, minute = int(clock.group(1)), int(clock.group(2))
            start = hour * 60 + minute if hour < 24 and minute < 60 else None
        else:
            continue
        fields.add(item.line)
    kept = [
        replace(item, children=[c for c in item.children if c.line not in fields])
        for item in items
        if item.line not in fields
    ]
    if focus is None or not counted:
        return None
    out = []
    for order, (item, mark) in enumerate(counted):
        title = f"Pomodoro {_NUMBERED.match(item.text).group('n')}"  # type: ignore[union-attr]
        if start is None:
            text = f"[{mark}] {title} ({focus} min)"
        else:
            begin = start + order * (focus + (rest or 0))
            text = f"[{mark}] {_hhmm(begin)}-{_hhmm(begin + focus)} {title}"
        out.append(Item(text, item.line))
    return out + kept


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
