"""Parts of a heading of several weekdays that each name their own weekday: a bold lead over its
lines (`#### Weekend: Light Review (1.5 hours total)` over `**Saturday (1 hour)** - optional`
and its bullets, then `**Sunday (30 min)**` and its bullets), or a labelled bullet under a
shared block (`- **Mon:** Review notes`, `- **Tue/Thu →** Trees`). Each day keeps the parts
that name it and the lines that name no weekday; a part for another weekday of the heading is
left out of that day, so Saturday's hour is not read on Sunday as well."""

from __future__ import annotations

import re
from dataclasses import replace

from planexport.reader.day_leads import WEEKDAY_NAME
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.words import SESSION_WORDS, WEEKDAYS, fold

__all__ = ["weekday_parts"]

# "**Saturday (1 hour)** - optional", "**Sunday:**", "__Sat & Sun__": a bold lead, then the rest.
_BOLD_LEAD = lazy(r"^\s*(?:\*\*|__)(?P<label>[^*_]{2,60}?)(?:\*\*|__)")
# "**Mon:** Review", "Tue/Thu → Trees", "**Mon/Wed/Fri → Precalculus**": a label before a mark.
_ITEM_LABEL = lazy(r"^\s*(?:\*\*|__)?(?P<label>[^:*_→>]{2,40}?)\s*(?::|→|->)")
_NAME = lazy(rf"(?<!\w){WEEKDAY_NAME}(?!\w)", re.IGNORECASE)
# What may stand between weekday names in a label: "Mon/Wed", "Sat & Sun", "Tue, Thu and Fri".
_PARTS = frozenset(SESSION_WORDS)
_JOINERS = lazy(r"(?:[\s/,&+.:()\-–—]|\band\b|\bund\b|\by\b|\bet\b|\be\b|\bor\b)+", re.I)


def _only_weekdays(label: str) -> list[str]:
    """The weekdays a label names when it names nothing else (`Saturday (1 hour)`, `Mon/Wed`,
    `Tue & Thu`); [] for a label with other words (`Monday review`, `Evening`)."""
    from planexport.reader.day_headings import weekdays_of

    found = find_duration(label)
    if found is not None:
        label = label[: found.start] + label[found.end :]
    names = [m.group(0) for m in _NAME.finditer(label)]
    # "Saturday Morning (3 hours)": a part of the day after the weekday is still its label
    rest = _JOINERS.sub(" ", _NAME.sub(" ", label)).split()
    if not names or any(fold(word) not in _PARTS for word in rest):
        return []
    named = weekdays_of(Node("heading", 0, text=label.strip(" :.-–—")))
    listed = [day for name in names if (day := WEEKDAYS.get(fold(name.rstrip("."))))]
    return named if len(named) >= len(listed) else list(dict.fromkeys(listed))


def _lead(node: Node) -> list[str]:
    """The weekdays a bold paragraph opens with (`**Saturday (1 hour)** - optional`)."""
    if node.kind != "paragraph":
        return []
    match = _BOLD_LEAD.match(node.text)
    return _only_weekdays(match["label"]) if match else []


def _item_weekdays(item: Item) -> list[str]:
    match = _ITEM_LABEL.match(item.text)
    return _only_weekdays(match["label"]) if match else []


def _labels(nodes: list[Node]) -> list[list[str]]:
    found = [named for node in nodes if (named := _lead(node))]
    for node in nodes:
        if node.kind == "list":
            found += _item_labels(node.items)
    return found


def _item_labels(items: list[Item]) -> list[list[str]]:
    found: list[list[str]] = []
    for item in items:
        if named := _item_weekdays(item):
            found.append(named)
        found += _item_labels(item.children)
    return found


def _kept_items(items: list[Item], weekday: str, group: set[str]) -> list[Item]:
    kept: list[Item] = []
    for item in items:
        named = _item_weekdays(item)
        if named and set(named) <= group and weekday not in named:
            continue
        children = _kept_items(item.children, weekday, group)
        kept.append(item if children == item.children else replace(item, children=children))
    return kept


def weekday_parts(nodes: list[Node], weekday: str | None, *, group: list[str]) -> list[Node]:
    """The lines of one weekday of a heading naming several (`group`), when its leads or bullets
    name weekdays of the group and none names a day outside it; the lines as they are
    otherwise."""
    if weekday is None or len(group) < 2:
        return nodes
    labels = _labels(nodes)
    days = {day for named in labels for day in named}
    if not labels or not days <= set(group) or (days == set(group) and len(labels) == 1):
        return nodes
    out: list[Node] = []
    keep = True
    for node in nodes:
        named = _lead(node)
        if named:
            keep = weekday in named
        elif node.kind in ("heading", "hr"):
            keep = True
        if not keep:
            continue
        if node.kind == "list":
            items = _kept_items(node.items, weekday, set(group))
            if not items:
                continue
            out.append(replace(node, items=items) if items != node.items else node)
            continue
        out.append(node)
    return out
