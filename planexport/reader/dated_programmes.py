"""A programme of dated lines without weekdays (`- **3 March 2026** - 17:00-18:30 A. Rossi:
Corpora`, `- 3 mars 2026 : 17h00-18h30 …`): each line is a day, its span the day's block.

Lines that give no time (`- **3 marzo 2026** - Anna Rossi, *Lessico e corpora*`) take the one
span a sentence beside them gives for all of them (`Tutti gli incontri si tengono dalle 17.00
alle 18.30.`, `All talks run from 17:00 to 18:30.`, `Alle Termine: 17–18:30 Uhr`).
"""

from __future__ import annotations

import datetime as dt
import re

from planexport.reader.dates import date_in
from planexport.reader.day_heads import day_heading
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.words import fold

__all__ = ["dated_programmes", "untimed_programme"]

# Each text's date and where it stands in the text (`date_in`), by the text.
_Dates = dict[str, tuple[dt.date | None, re.Match[str] | None]]

_BOLD = lazy(r"^(\*\*|__)(?P<date>[^*_]{4,40}?)\s*[:.,]?\s*\1(?P<rest>.*)$")
_SEPARATOR = lazy(r"^\s*[:\u2013\u2014,|-]?\s*")
_AFTER_DATE = lazy(r"^[\s:.,]*$")
_EMPHASIS = lazy(r"\*\*|__")
_HOUR_MINUTE = lazy(r"(\d{1,2})(?:[:.hH](\d{2}))?")
# "Tutti gli incontri", "All talks", "Alle Termine", "Todas as palestras", "Chaque séance":
# a sentence that speaks of every date of the list.
_EVERY = frozenset(
    (
        "all", "every", "each", "alle", "jede", "jeder", "jedes", "samtliche", "tutti", "tutte",
        "ogni", "todos", "todas", "cada", "tous", "toutes", "chaque", "elke", "iedere", "ieder",
    )
)  # fmt: skip


def dated_programmes(nodes: list[Node]) -> list[Node]:
    """Lists whose lines all start with a full date and no weekday, each line a heading of that
    date over its talk: the line's own span, or the one span a sentence gives for every line.
    A list under a day's heading (`### Day 1`, `## Monday`) is that day's, left as written."""
    out: list[Node] = []
    level, under_day = 0, False
    dates: _Dates = {}  # a plan's items repeat ("- **Block 1 (Review – 30 min)**"): read once
    for index, node in enumerate(nodes):
        if node.kind == "heading":
            level, under_day = node.level, day_heading(node.text)
        lines = _dated_lines(node, dates) if node.kind == "list" and not under_day else None
        span = None
        if lines is not None and not all(find_duration(rest) for _, _, rest in lines):
            if any(find_duration(rest) for _, _, rest in lines):
                lines = None  # some lines timed, others not: left as written
            else:
                found = _sentence_spans(nodes, index)
                span = _for_every_line(found)
                lines = lines if span is not None else None
        if lines is None:
            out.append(node)
            continue
        for item, date, rest in lines:
            out.append(Node("heading", item.line, level=min(level + 1, 6), text=date))
            text = f"{span} {rest}" if span is not None else rest
            talk = Item(text, item.line, list(item.more), item.children)
            out.append(Node("list", item.line, items=[talk]))
    return out


def untimed_programme(nodes: list[Node]) -> tuple[int, str] | None:
    """Why a list of dated lines without times took no time from the sentence beside it: the
    sentence gives more than one span, or does not say it is the time of every date."""
    for index, node in enumerate(nodes):
        lines = _dated_lines(node) if node.kind == "list" else None
        if lines is None or any(find_duration(rest) for _, _, rest in lines):
            continue
        found = _sentence_spans(nodes, index)
        if not found:
            continue
        line, spans, _ = found[0]
        why = (
            f"{len(spans)} spans ({', '.join(spans)})"
            if len(spans) > 1
            else f"{spans[0]}, but not as the time of every date"
        )
        if len(found) > 1:
            why = f"{spans[0]}, and line {found[1][0]} another"
        return line, (
            f"no timed blocks found ({len(lines)} dated lines found from line {node.line}, "
            f"none with a time; line {line} gives {why}: write the time on each line, such as "
            f"'- **{lines[0][1]}** - 17:00-18:30 Title', or one sentence such as "
            "'All talks run from 17:00 to 18:30.')"
        )
    return None


def _dated_lines(node: Node, dates: _Dates | None = None) -> list[tuple[Item, str, str]] | None:
    """Each item's date and the rest of its line, when two or more items all start with a full
    date (day, month and year) and no weekday; `dates` keeps the dates read already."""
    found: list[tuple[Item, str, str]] = []
    dates = {} if dates is None else dates
    for item in node.items:
        text = item.text.strip()
        bold = _BOLD.match(text)
        head, rest = (bold["date"], bold["rest"]) if bold else (text, "")
        if head not in dates:
            dates[head] = date_in(head, None)
        date, match = dates[head]
        if date is None or match is None or match.start() != 0:
            return None
        if bold is None:
            rest = text[match.end() :]
            if rest[:1].isalnum():
                return None
        elif not _AFTER_DATE.match(head[match.end() :]):
            return None  # "**3 March 2026, Aula Magna**": more than a date in bold
        rest = _SEPARATOR.sub("", rest, count=1).strip()
        if not rest:
            return None
        found.append((item, head[: match.end()].strip(), rest))
    return found if len(found) >= 2 else None


def _sentence_spans(nodes: list[Node], index: int) -> list[tuple[int, list[str], bool]]:
    """The paragraphs of the list's section that give spans of clock time: line, spans (as
    `17:00-18:30`), and whether the paragraph speaks of every date."""
    start = index
    while start > 0 and nodes[start - 1].kind != "heading":
        start -= 1
    end = index + 1
    while end < len(nodes) and nodes[end].kind != "heading":
        end += 1
    found = []
    for node in nodes[start:end]:
        if node.kind != "paragraph":
            continue
        text = _EMPHASIS.sub("", node.text)
        spans = _spans(text)
        if spans:
            words = {fold(word) for word in re.findall(r"[^\W\d_]+", text)}
            found.append((node.line, spans, bool(words & _EVERY)))
    return found


def _for_every_line(found: list[tuple[int, list[str], bool]]) -> str | None:
    """The one span of the one sentence that gives it for every date, else None."""
    if len(found) != 1:
        return None
    _, spans, every = found[0]
    return spans[0] if every and len(spans) == 1 else None


def _spans(text: str) -> list[str]:
    """The spans of clock time a sentence gives, as `17:00-18:30`."""
    from planexport.reader.prose_time import FROM_TO

    spans: list[str] = []
    pos = 0
    while (found := find_duration(text, pos)) is not None:
        pos = found.end
        if found.at is not None:
            start, end = found.at, found.at + found.lo
            spans.append(f"{_hhmm(start)}-{_hhmm(end)}")
    if not spans:  # "van 17.00 tot 18.30": a span the length reader takes for "18.30 uur"
        for match in FROM_TO.finditer(text):
            start, end = _minutes(match["a"]), _minutes(match["b"])
            if end > start:
                spans.append(f"{_hhmm(start)}-{_hhmm(end)}")
    return spans


def _minutes(text: str) -> int:
    match = _HOUR_MINUTE.match(text)
    assert match is not None
    return int(match[1]) * 60 + int(match[2] or 0)


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
