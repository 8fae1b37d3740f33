"""A class's weekdays and time on lines of their own (`- **Days:** Tuesday & Friday` over
`- **Time:** 2:00pm - 3:50pm ET`), as course pages give their meetings: one line of both."""

from __future__ import annotations

import re

from planexport.reader.day_lines import raw_lines
from planexport.reader.durations import find_duration
from planexport.reader.lazy import Lazy, lazy
from planexport.reader.outline import Item, Node

__all__ = ["paired_meetings"]

_WHO = r"(?:(?:class|meeting|lecture|course|session|lab|seminar)\s+)?"
# "**Days:** Tuesday & Friday", "Meeting days: Mon/Wed", "Días: lunes y miércoles"
_DAYS = lazy(
    rf"^{_WHO}(?:days?|d[ií]as?|tage|wochentage|jours|giorni|dagen|when)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# "**Time:** 2:00pm - 3:50pm ET", "Horario: 18:00-20:00", "Uhrzeit: 14-16 Uhr"
_TIME = lazy(
    rf"^{_WHO}(?:times?|hours|hora|horario|hor[aá]rio|zeit|uhrzeit|heures?|horaire|orario|ora"
    r"|tijd)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# "Days: Tuesday & Friday" with no bold: the plain label form
_PLAIN = lazy(r"^(?P<label>[^\W\d_][^:]{0,24}):\s+(?P<value>\S.*)$")
# "(ET)", "EST", "CET", "UTC+1" after the span: the zone the page writes times in
_ZONE = lazy(r"\s*\(?\b(?:[A-Z]{1,2}[SD]?T|UTC|GMT)(?:[+-]\d{1,2})?\)?\s*$")
# "**Duration:** 1 hour 50 minutes per session": the span's length said again
_LENGTH = lazy(
    r"^(?:duration|length|dauer|duraci[oó]n|dura[cç][aã]o|dur[eé]e|durata|duur)\b",
    re.IGNORECASE,
)


def paired_meetings(nodes: list[Node], lines: list[str]) -> list[Node]:
    """The nodes, with each list (or paragraph of lines) that gives a weekdays label and a time
    label (`- **Days:** Tuesday & Friday`, `- **Time:** 2:00pm - 3:50pm ET`) made one line
    of both (`Tuesday & Friday, 2:00pm - 3:50pm`), the weekly meeting the weekday entries
    read; the zone after the span is left out, and the list's other lines (`**Location:**
    Hall 2`) are the meeting's notes, but for a length that only says the span's again."""
    if not any(node.kind in ("list", "paragraph") and ":" in _text(node) for node in nodes):
        return nodes
    out: list[Node] = []
    pos = 0
    while pos < len(nodes):
        node = nodes[pos]
        end = pos + 1
        if node.kind == "paragraph":
            # "**Días:** lunes y miércoles" / "**Horario:** 18:00 - 20:00": lines of one
            # paragraph, or paragraphs of a line each
            while end < len(nodes) and nodes[end].kind == "paragraph":
                end += 1
        merged = _merged(nodes[pos:end], lines) if node.kind in ("list", "paragraph") else None
        if merged is None:
            out.append(node)
            pos += 1
            continue
        out.append(merged)
        pos = end
    return out


def _text(node: Node) -> str:
    return " ".join(item.text for item in node.items) if node.kind == "list" else node.text


def _merged(run: list[Node], lines: list[str]) -> Node | None:
    entries: list[tuple[str, int, list[Item]]] = []
    for node in run:
        if node.kind == "list":
            entries += [(item.text, item.line, item.children) for item in node.items]
        else:
            texts = raw_lines(node, lines) or [node.text]
            entries += [(text, node.line + n, []) for n, text in enumerate(texts)]
    if len(entries) < 2 or len(entries) > 8:
        return None
    days = [n for n, (text, _, _) in enumerate(entries) if _label(_DAYS, text)]
    times = [n for n, (text, _, _) in enumerate(entries) if _label(_TIME, text)]
    if len(days) != 1 or len(times) != 1:
        return None
    weekdays, span = _label(_DAYS, entries[days[0]][0]), _label(_TIME, entries[times[0]][0])
    found = find_duration(span)
    if found is None or found.at is None or found.start > 2 or found.lo != found.hi:
        return None
    span = _ZONE.sub("", span)
    notes: list[Item] = []
    for n, (text, line, children) in enumerate(entries):
        if n in (days[0], times[0]):
            continue
        plain = _plain(text)
        if _LENGTH.match(plain) and (said := find_duration(plain)) and said.hi == found.hi:
            continue  # "Duration: 1 hour 50 minutes per session" beside 2:00pm - 3:50pm
        if not _PLAIN.match(plain):
            return None  # a line that is no label: the list is something else
        notes += [Item(plain, line, children=children)]
    from planexport.reader.weekday_entries import line_entries

    text = f"{weekdays}, {span}"
    line = entries[days[0]][1]
    if not line_entries(f"{text} Class", line, []):
        return None  # no weekday the entries know (`Days: see below`)
    return Node("list", run[0].line, items=[Item(text, line, children=notes)])


def _plain(text: str) -> str:
    return text.replace("**", "").replace("__", "").strip()


def _label(pattern: Lazy, text: str) -> str:
    """The value of a labelled line (`Tuesday & Friday` of `**Days:** Tuesday & Friday`)."""
    match = pattern.match(_plain(text))
    return match["value"].strip(" *_") if match else ""
