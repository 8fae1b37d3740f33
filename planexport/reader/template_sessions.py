"""A daily template that gives each session its length, and days that only name the sessions.

    ## Daily Template
    ### Morning Session (1.5 hours)
    - New topic, notes
    ### Evening Review (30 min)

    ## Day 1
    - Morning Session: Cell structure
    - **Evening:** Anki deck 1

Each day line is read as its session, as long as the template says: `Cell structure` (90 min)
in the session `Morning Session`. The template may be a table (`| Session | Duration |`). A day
line that gives its own length keeps it. The template itself is no day: its lines are read here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.words import fold

if TYPE_CHECKING:
    from planexport.model import Day

__all__ = ["TemplateDays", "template_sessions", "with_sessions"]

# "## Daily Template", "## Session template", "### Tagesvorlage", "## Plantilla diaria"
_TEMPLATE = lazy(
    r"(?<!\w)(?:template|vorlage|tagesvorlage|plantilla|mod[eè]le|modello|modelo)(?!\w)",
    re.IGNORECASE,
)
# "Morning Session: …", "**Morning:** …", "__Evening Review__ – …": a label, then the topic;
# "✅ **Morning:** …", "📺 Morning: …": a mark (a status, an emoji) may stand before the label.
_LABEL = lazy(
    r"^(?:[^\w\s*_\[(]+\s*)?[*_]*(?P<label>[^:*_–—\d][^:*_–—]{0,40}?)[*_]*\s*[:–—][*_]*\s*(?P<rest>\S.*)$"
)
# "| Session | Duration |": the header of a template table.
_NAME_HEAD = lazy(r"^(?:session|block|slot|part|sitzung|sesi[oó]n|s[ée]ance)s?$", re.I)
# A clock time in a session heading (`- 8:00 AM - 11:00 AM`): the cheap test before a span.
_CLOCK = lazy(r"\d[:.h]\d\d|\d\s*[ap]\.?m\b", re.IGNORECASE)
_LENGTH_HEAD = lazy(r"^(?:duration|length|time|minutes|hours|dauer|duraci[oó]n|dur[ée]e)$", re.I)


class TemplateDays:
    """What the template gave: each filled day line's session, and the template's own lines."""

    def __init__(self) -> None:
        self.sessions: dict[int, str] = {}  # a day line → its session's name
        self.lines: set[int] = set()  # the template's lines, read as the sessions


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", fold(unwrap(text)))


def _heading_sessions(
    nodes: list[Node], start: int, end: int, spans: dict[str, str]
) -> dict[str, str] | None:
    """`### Morning Session (1.5 hours)` headings under the template: name → length text; the
    clock span a heading gives after its length (`(2-3 hours) - 8:00 AM - 11:00 AM`) in `spans`."""
    found: dict[str, str] = {}
    for node in nodes[start:end]:
        if node.kind != "heading":
            continue
        length = find_duration(node.text)
        if length is None or length.at is not None:
            return None
        text = node.text[: length.start] + node.text[length.end :]
        span = find_duration(text[length.start :]) if _CLOCK.search(text) else None
        if span is not None and span.at is not None:
            cut = length.start + span.start
            text = text[:cut] + text[cut + len(span.text) :]
        name = unwrap(text).strip(" *_:-–—()")
        if not name:
            return None
        found[name] = length.text.strip()
        if span is not None and span.at is not None:
            spans[name] = span.text.strip()
    return found


def _table_sessions(node: Node) -> dict[str, str] | None:
    """`| Morning Session | 1.5 hours |` under `| Session | Duration |`: name → length text."""
    if len(node.rows) < 3 or len(node.rows[0]) < 2:
        return None
    head = [unwrap(cell).strip() for cell in node.rows[0]]
    if not _NAME_HEAD.match(head[0]) or not _LENGTH_HEAD.match(head[1]):
        return None
    found: dict[str, str] = {}
    for row in node.rows[1:]:
        if len(row) < 2:
            continue
        name, length = unwrap(row[0]).strip(" *_"), find_duration(row[1])
        if not name or length is None or length.at is not None:
            return None
        found[name] = length.text.strip()
    return found


def _template(nodes: list[Node], spans: dict[str, str]) -> tuple[int, int, dict[str, str]] | None:
    """The template section (its first and last node) and its sessions, when it has two or more;
    the clock spans its session headings give in `spans`."""
    for idx, node in enumerate(nodes):
        if node.kind != "heading" or not _TEMPLATE.search(unwrap(node.text)):
            continue
        end = next(
            (
                j
                for j in range(idx + 1, len(nodes))
                if nodes[j].kind == "heading" and nodes[j].level <= node.level
            ),
            len(nodes),
        )
        tables = [n for n in nodes[idx + 1 : end] if n.kind == "table"]
        heads = any(n.kind == "heading" for n in nodes[idx + 1 : end])
        found = (
            _heading_sessions(nodes, idx + 1, end, spans)
            if heads
            else _table_sessions(tables[0])
            if len(tables) == 1
            else None
        )
        if found is not None and len(found) >= 2:
            return idx, end, found
    return None


def _session_of(label: str, names: list[str]) -> str | None:
    """The template's session a day's label names: all of it (`Morning Session`) or its first
    words (`Morning`)."""
    words = _words(label)
    if not words:
        return None
    for name in names:
        full = _words(name)
        if words == full or (len(words) < len(full) and full[: len(words)] == words):
            return name
    return None


def _filled(item: Item, lengths: dict[str, str], days: TemplateDays, spans: dict[str, str]) -> Item:
    """A day's `Morning Session: Cell structure` as `Cell structure (1.5 hours)`, its session
    said; a line that gives its own length keeps it. A session the template sets at a clock span
    (`8:00 AM - 11:00 AM`) puts the line there: `8:00 AM - 11:00 AM: Cell structure`."""
    match = _LABEL.match(item.text)
    if match is None:
        return item
    session = _session_of(match["label"], list(lengths))
    if session is None:
        return item
    rest = match["rest"].strip()
    days.sessions[item.line] = session
    own = find_duration(rest)
    if own is not None:
        text = rest
    elif session in spans:
        text = f"{spans[session]}: {rest}"
    else:
        text = f"{rest} ({lengths[session]})"
    return replace(item, text=text)


def template_sessions(nodes: list[Node]) -> tuple[list[Node], TemplateDays]:
    """The nodes with each day line that names a template's session given its length."""
    days = TemplateDays()
    spans: dict[str, str] = {}
    found = _template(nodes, spans)
    if found is None:
        return nodes, days
    start, end, lengths = found
    out = list(nodes)
    for idx in range(end, len(nodes)):
        node = nodes[idx]
        if node.kind == "list":
            items = [_filled(item, lengths, days, spans) for item in node.items]
            if all(item.line in days.sessions for item in items):
                order = list(lengths)  # the day's sessions in the template's order
                items.sort(key=lambda item: order.index(days.sessions[item.line]))
            out[idx] = replace(node, items=items)
    if not days.sessions:
        return nodes, days
    for node in nodes[start:end]:
        if node.kind in {"heading", "table"}:
            days.lines |= {node.line, *node.row_lines}
    return out, days


def with_sessions(
    days: list[Day], lines: dict[tuple[int, int, int], int], filled: TemplateDays
) -> list[Day]:
    """The days with each block read from a template's session carrying that session."""
    if not filled.sessions:
        return days
    out: list[Day] = []
    for d, day in enumerate(days):
        variants = []
        for v, variant in enumerate(day.variants):
            blocks = [
                block.model_copy(update={"session": filled.sessions[line]})
                if (line := lines.get((d, v, b))) in filled.sessions and block.session is None
                else block
                for b, block in enumerate(variant.blocks)
            ]
            variants.append(variant.model_copy(update={"blocks": tuple(blocks)}))
        out.append(day.model_copy(update={"variants": tuple(variants)}))
    return out
