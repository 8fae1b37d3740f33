"""Days written as one line each (`Day 1 — Arrays: two pointers (2 hours), 3 LeetCode (1 hour)`)."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.line_segments import block_line, block_title, segments
from planexport.reader.outline import Item, Node

__all__ = ["day_lines", "raw_lines"]

# A paragraph's lines before its first day line, and each day: line, label and its lines.
MixedDays = tuple[list[Node], list[tuple[int, tuple[str, str, bool], list[Item]]]]

_EDGE = " \t*_:.,;|–—-"
# What parts a day's label from its content: a colon, a dash, a full stop, a bar.
_PARTED = lazy(r"[:.|–—-]|[*_]{2}\s*$")
_BARE_END = lazy(r".*\w\s+$")  # a word, then the length
_LAST_BRACKET = lazy(r"\([^()]*\)[\s.]*$")
# "Day 18-19", "Tag 3 und 4": a day line of several days is read as it is written.
_SEVERAL = lazy(r"^[*_\s]*(?:[-–—&]|and|und|y|et|e|en|to|bis|a|al|au|tot)\s*\d", re.IGNORECASE)


def raw_lines(node: Node, lines: list[str]) -> list[str] | None:
    """The source lines of a paragraph as written, or None when they do not make its text."""
    found: list[str] = []
    for text in lines[node.line - 1 :] if node.line >= 1 else []:
        if not text.strip():
            break
        found.append(text.strip())
        joined = " ".join(found)
        if joined == node.text:
            return found  # a paragraph may be one line of several (`Mon: …` lines each)
        if len(joined) >= len(node.text):
            break
    return None


def _day_label(text: str, *, several: bool = False) -> tuple[str, str, bool] | None:
    """A line's day label, its content and whether the label is a weekday (`Day 1`, `Arrays
    (2h)`, False), or None if it has none; `Day 8-9` only with `several`."""
    from planexport.reader.day_headings import WEEKDAY_RANGE, day_match, weekday_heading

    match = day_match(text)
    weekday = match is None
    match = match or weekday_heading(text)
    if match is None:
        return None
    label, rest = text[: match.start("title")], match.group("title")
    if weekday and WEEKDAY_RANGE.search(text[: match.start("title") + 16]):
        return None  # "Monday–Friday: 2 hours": a routine of several weekdays
    if "num" in match.re.groupindex and (more := _SEVERAL.match(text[match.end("num") :])):
        if not several:
            return None
        # "Day 8-9: React Router": the label runs to the last day, the topic after it
        end = match.end("num") + more.end()
        end += len(text[end:]) - len(text[end:].lstrip("0123456789"))
        label, rest = text[:end], text[end:]
        if not rest.strip() or _PARTED.match(rest.lstrip()) is None:
            return None
        return label.strip(_EDGE), rest.strip(_EDGE), False
    if rest.strip() and _PARTED.search(label) is None:
        return None  # "Day 1 of the course is …": a sentence about the day
    cleaned = re.sub(r"[*_]{2,}", "", label).strip(_EDGE)
    return cleaned, rest.strip().strip("*_").strip(), weekday


def _head(line: int, label: str, title: str, *, weekday: bool) -> Node:
    """A day line in the bold form the days are read from: `**Day 1 — Arrays**`, `**Monday**
    – Arrays` (a weekday's bold label keeps its title outside, as weekday items are read)."""
    if not title:
        return Node("paragraph", line, text=f"**{label}**")
    text = f"**{label}** – {title}" if weekday else f"**{label} — {title}**"
    return Node("paragraph", line, text=text)


def _clocked(text: str) -> bool:
    found = find_duration(text)
    return found is not None and found.at is not None


def _day_nodes(
    line: int, label: str, rest: str, weekday: bool, *, plain: bool, listed: bool
) -> list[Node]:
    """A day line as a bold day line, and its blocks as a list when it gives several."""
    if weekday:  # "Mardi : 3h de révisions": only a weekday's line leads with its length
        from planexport.reader.length_leads import length_first
    cut = segments(rest) if not listed else None
    if cut is not None:
        topic, parts = cut
        title = topic or ", ".join(re.sub(r"\s*\([^()]*\)$", "", p) for p in parts)
        if weekday and topic is None and length_first(rest):
            title = ""  # "Lundi : 2h de maths, 1h30 de physique": the day is Lundi
        items = [Item(part, line) for part in parts]
        return [_head(line, label, title, weekday=weekday), Node("list", line, items=items)]
    found = find_duration(rest)
    if found is not None and weekday and not listed and length_first(rest):
        # "Mardi : 3h de révisions": the day is Mardi, the line its block
        return [_head(line, label, "", weekday=True), Node("list", line, items=[Item(rest, line)])]
    if found is not None and weekday and _BARE_END.match(rest[: found.start]):
        # "Lunes: Álgebra 1 hr.": a length ending the line with no dash or bracket before it
        tail = rest[found.end :].strip(" .*_")
        if block_line(rest) and not tail:
            rest = f"{block_title(rest, found)} ({found.text.strip()})"
            return [_head(line, label, rest, weekday=True)]
    if found is not None and not weekday and block_line(rest):
        # "**Day 1** — Arrays (2h)" (its bullets the block's items), "Tag 3: Wiederholung 1
        # Std.": the length as the day's, in brackets at the end of a bold day line
        bracket = _LAST_BRACKET.search(rest)
        if bracket is None or bracket.start() > found.start:
            rest = f"{block_title(rest, found)} ({found.text.strip()})"
        return [_head(line, label, rest, weekday=False)]
    # A weekday's line with one length is read as it is written ("**Friday** – Cycling (30 min)")
    return [_head(line, label, rest, weekday=weekday)] if plain else []


def day_lines(nodes: list[Node], lines: list[str]) -> list[Node]:
    """The nodes, with each day written as one line read as a day with its blocks.

    A paragraph whose lines each start with a day label (`Day 1 — …`, `Tag 2: …`, `Lunes: …`)
    is a day a line, as bold day lines are; a day line that carries lengths and has no bullets
    of its own gets them as its blocks, a block per length (`Arrays (2h), Strings (1h)`), and
    the topic before them (`Arrays: …`) as the day's title. Plain lines become days only in a
    plan with no day headings, where nothing else says what its days are.
    """
    from planexport.reader.day_headings import names_day

    headed = any(names_day(n) for n in nodes)
    plain = {
        idx: days
        for idx, node in enumerate(nodes)
        if not headed and node.kind == "paragraph" and not _bold(node.text)
        if (days := _plain_days(node, lines)) is not None
    }
    if not any(find_duration(day[2]) for days in plain.values() for day in days):
        plain = {}  # "Day 3 — Rest" alone is no plan of days; beside timed day lines it is
    mixed = {
        idx: found
        for idx, node in enumerate(nodes)
        if not headed and idx not in plain and node.kind == "paragraph" and not _bold(node.text)
        if (found := _mixed_days(node, lines)) is not None
    }
    out: list[Node] = []
    for idx, node in enumerate(nodes):
        following = nodes[idx + 1] if idx + 1 < len(nodes) else None
        listed = following is not None and following.kind == "list"
        listed_days = _listed_days(node) if not headed else None
        if listed_days is not None:
            # "- Monday — Arrays (2h)", "- Tuesday — Strings 1h, Graphs 30 min": a day an item
            for item, (name, rest, weekday) in zip(node.items, listed_days, strict=True):
                below = bool(item.children)
                out += _day_nodes(item.line, name, rest, weekday, plain=True, listed=below)
                out += [Node("list", item.children[0].line, items=item.children)] if below else []
            continue
        if mixed and idx > max(mixed) and node.kind == "paragraph":
            from planexport.reader.day_line_paragraphs import section_after

            out += section_after(node, raw_lines(node, lines))  # "🎯 Daily Practice Rules"
            continue
        if idx in mixed:
            # "Day 2: Props (2-3 hours)" over "Learn props concept (45 min)" in one paragraph
            before, parts = mixed[idx]
            out += before
            for line, (name, rest, weekday), items in parts:
                out += _day_nodes(line, name, rest, weekday, plain=True, listed=bool(items))
                out += [Node("list", items[0].line, items=items)] if items else []
            continue
        if idx in plain:
            for n, (line, name, rest, weekday) in enumerate(plain[idx]):
                last = n == len(plain[idx]) - 1
                out += _day_nodes(line, name, rest, weekday, plain=True, listed=listed and last)
            continue
        label = _day_label(node.text) if node.kind == "paragraph" and _bold(node.text) else None
        made = [] if label is None else _day_nodes(node.line, *label, plain=False, listed=listed)
        out += made or [node]
    if mixed and not any(n.kind == "heading" for n in nodes):
        from planexport.reader.day_line_paragraphs import first_line_title

        out = first_line_title(out, lines)  # "Complete React Learning Plan" over its days
    return out


def _bold(text: str) -> bool:
    return text.lstrip().startswith(("**", "__"))


def _plain_days(node: Node, lines: list[str]) -> list[tuple[int, str, str, bool]] | None:
    """A plain paragraph's lines as days (line, label, content) when each is a day line."""
    texts = raw_lines(node, lines)
    if not texts or any(_clocked(text) for text in texts):
        return None
    found = [_day_label(text) for text in texts]
    if not all(found):
        return None
    return [(node.line + n, *day) for n, day in enumerate(found) if day is not None]


def _mixed_days(node: Node, lines: list[str]) -> MixedDays | None:
    """A plain paragraph of day lines, each over the lines of its day, when a day line or a line
    under one gives a length (`Day 1: JSX & Components (2-3 hours)`, `Practice (45 min)`)."""
    from planexport.reader.day_line_paragraphs import paragraph_days

    texts = raw_lines(node, lines)
    if not texts or len(texts) < 3 or any(_clocked(text) for text in texts):
        return None
    found = paragraph_days(node, texts, lambda text: _day_label(text, several=True))
    if found is None or not any(
        find_duration(label[1]) or any(find_duration(item.text) for item in items)
        for _, label, items in found[1]
    ):
        return None
    return found


def _listed_days(node: Node) -> list[tuple[str, str, bool]] | None:
    """A list's items as days (label, content, weekday) when each is a day line, none gives a
    time of day and one at least a length; lists of `Day 1:` and `Monday:` items are read
    before (see `expand_day_lists`), so these are the ones with a dash (`Monday — …`)."""
    if node.kind != "list" or len(node.items) < 2:
        return None
    texts = [item.text for item in node.items]
    if any(_clocked(text) for text in texts) or not any(find_duration(t) for t in texts):
        return None
    found = [_day_label(text) for text in texts]
    return [day for day in found if day is not None] if all(found) else None
