"""Markdown text to an outline: headings, paragraphs, lists, tables and code, each with its line."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from planexport.reader.bare_hour_lists import (
    bare_hour_items,
    clock_line,
    hour_lines,
    timed_line,
    worded_line,
)
from planexport.reader.block_parser import block_parser
from planexport.reader.br_starts import br_lines
from planexport.reader.character_references import decoded
from planexport.reader.coded_times import uncoded_times
from planexport.reader.day_links import day_linked
from planexport.reader.lazy import lazy
from planexport.reader.lazy_labels import part_label_line
from planexport.reader.source_text import decode, front_matter, normalise
from planexport.reader.time_starts import starts_timed

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from markdown_it.token import Token

__all__ = [
    "Item",
    "Node",
    "Placed",
    "clean",
    "decode",
    "every_item",
    "front_matter",
    "header_row",
    "normalise",
    "outline",
    "parent_headings",
    "unwrap",
]

_WRAPPED = lazy(r"^(\*\*\*|\*\*|__|\*|_)(?P<inner>.+)\1$", re.DOTALL)
# The same mark again inside a wrapped text: it closes there, so it does not wrap the whole.
# An underscore between two letters (`snake_case`) is no mark at all.
_CLOSES_INSIDE = {
    mark: lazy(
        rf"(?<![*_]){re.escape(mark)}(?![*_])"
        if mark[0] == "*"
        else rf"(?<![*_\w]){mark}(?![*_])|(?<![*_]){mark}(?![*_\w])"
    )
    for mark in ("***", "**", "__", "*", "_")
}
_BOLD_START = lazy(r"^[^\w*_]{0,4}(\*\*|__)")
_LABEL_START = lazy(r"^[^\w]{0,4}([^\W\d_]{3,12})\.?\s*:")


@dataclass
class Item:
    """A list item: its first paragraph's text, any later paragraphs, and nested items."""

    text: str
    line: int
    more: list[str] = field(default_factory=list)
    children: list[Item] = field(default_factory=list)
    # Lines after the item's text that start with their own clock span, as (line, text): a
    # lazy continuation in CommonMark, a new block to a person reading the plan.
    after: list[tuple[int, str]] = field(default_factory=list)
    heading: bool = False  # an agenda line written as a heading (`## 12:00 Snack`): its own block


def every_item(items: list[Item]) -> Iterator[Item]:
    """Each item, then the items nested in it, depth first: every line of a list in its order."""
    for item in items:
        yield item
        yield from every_item(item.children)


@dataclass
class Node:
    """A top-level piece of the document."""

    kind: str  # heading, paragraph, list, table, code, quote, hr, html (raw HTML), other
    line: int
    level: int = 0
    text: str = ""
    items: list[Item] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    row_lines: list[int] = field(default_factory=list)
    html: bool = False  # a table written in HTML, where a cell may span rows (rowspan)
    spans_rows: bool = False  # an HTML table whose merged cells are written out in each row
    beside: bool = False  # plain length lines beside a clock span line: blocks, not its parts
    offsets: bool = False  # a run sheet's starts from 0:00, rewritten as the rows' lengths
    label: bool = False  # a plain line right above a span's line and its description
    own_lengths: bool = False  # a grid of start times whose cells say how long they last


# A line that starts with its own clock span: "**15:00–16:30 (1.5h) → Physics**", "2-4 pm Review".
_SPAN_START = lazy(
    r"^[^\w]{0,4}(?:\d{1,2}[:.h][0-5]\d\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}[:.h][0-5]\d"
    r"|\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?\s*[-–—]\s*\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?m\b)",
    re.I,
)


# A digit within a line's first characters, as a span that opens it has (`**07:30 -`).
_SPAN_FIRST = lazy(r"^\W{0,4}\d")

# A date with its year alone in a code span (`2024-03-11`, `11.03.2024`, `3/11/24`): a heading's
# date, read as written without the marks (other code, `1.20` or `git rebase`, stays code).
_CODED_DATE = lazy(r"`(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})`")
# "### 4\. **Independent Practice**" (a document converted to Markdown): the number as shown.
_ESCAPED_NUMBER = lazy(r"^(\d{1,3})\\(?=[.)]\s)")


def outline(body: str) -> list[Node]:
    """The document's top-level nodes in order."""
    tokens: list[Token] = block_parser(body).parse(body)
    nodes: list[Node] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = (tok.map[0] + 1) if tok.map else 1
        if tok.type == "heading_open":
            # "## Maandag &ndash; statistiek": the dash that follows the weekday, as written
            text = decoded(clean(tokens[i + 1].content), markdown=True)
            text = day_linked(text)  # "### [Day 1](day1), Monday": the day, not its page
            if "\\" in text:
                text = _ESCAPED_NUMBER.sub(r"\1", text)
            if "`" in text:
                text = _CODED_DATE.sub(r"\g<date>", text)  # "## Monday `2024-03-11`": a date
            nodes.append(Node("heading", line, level=int(tok.tag[1]), text=text))
            i += 3
        elif tok.type in ("paragraph_open", "html_block") and (
            components := _components(
                tok, tokens[i + 1] if tok.type == "paragraph_open" else tok, line
            )
        ):
            nodes.extend(components)
            i += 3 if tok.type == "paragraph_open" else 1
        elif tok.type == "paragraph_open" and _TAGS_LINE.match(tokens[i + 1].content):
            # "<br><br>\n</li> <li>Talk …": the rest of an HTML list a column-0 line cut off
            nodes.append(Node("html", line, text=clean(tokens[i + 1].content)))
            i += 3
        elif tok.type == "paragraph_open":
            nodes.extend(_paragraph_or_rows(tokens[i + 1].content, line))
            i += 3
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            items, i = _list(tokens, i)
            nodes.extend(_split_lazy(line, items))
        elif tok.type == "table_open":
            rows, row_lines, i = _table(tokens, i)
            if rows and len(rows[0]) >= 3 and rows[0][0].lower() == rows[0][-1].lower():
                from planexport.reader.hour_sides import hour_sides  # "| 09:00 | … | 09:00 |"

                rows = hour_sides(rows)
            nodes.append(Node("table", line, rows=rows, row_lines=row_lines))
        elif tok.type == "code_block" and (times := _indented_times(tokens, i, line)) is not None:
            nodes.extend(times)  # "<section>", a blank line, "    <article><time>Ore 19.30…"
            i += 1
        elif tok.type in ("fence", "code_block"):
            # Lines of code keep their own line numbers, as items, for the block they belong to.
            first = line + (1 if tok.type == "fence" else 0)
            from planexport.reader.code_grids import code_table  # "Time  Mon  Tue" over "09:00"

            if grid := code_table(tok.content, first):
                nodes.append(grid)
                i += 1
                continue
            code = [
                Item(text.strip(), first + n)
                for n, text in enumerate(tok.content.split("\n"))
                if text.strip()
            ]
            nodes.append(Node("code", line, items=code))
            i += 1
        elif tok.type == "blockquote_open":
            end = _skip(tokens, i)
            text = " ".join(clean(t.content) for t in tokens[i:end] if t.type == "inline")
            nodes.append(Node("quote", line, text=text))
            i = end
        elif tok.type == "html_block" and (times := _html_times(tok, line)) is not None:
            nodes.extend(times)  # "<time>Ore 19.30 — Terrazzo</time>" over "<h3>Lettura</h3>"
            i += 1
        elif tok.type == "html_block" and re.search(r"<(table|h[1-6])\b", tok.content, re.I):
            from planexport.reader.html_blocks import html_nodes  # only plans with HTML need it
            from planexport.reader.html_cut import whole_element

            # "</thead>", a blank line, "<tbody>": one table; an indented row after a blank line
            # is a code block to Markdown, and still the table's
            whole = whole_element(tokens, i, "table", kinds=("html_block", "code_block"))
            nodes.extend(
                html_nodes(whole[0] if whole else tok.content, line) or [Node("other", line)]
            )
            i = whole[1] if whole else _after_style(tokens, i)
        elif tok.type == "html_block" and (terms := _html_dl(tokens, i, line)) is not None:
            nodes.extend(terms[0])  # "<dl><dt>09:00 - 10:30</dt><dd>Vocabulary review</dd>…"
            i = terms[1]
        elif tok.type == "html_block" and (lines := _html_lines(tok, line)) is not None:
            nodes.append(Node("list", line, items=lines))  # "<div>Office Work 9AM - 5PM</div>"
            i += 1
        elif tok.type == "html_block" and (agenda := _html_agenda(tok, line)) is not None:
            nodes.extend(agenda)  # "<p>Quarta-feira</p>" over "<div>08:00 - 09:00</div><div>…"
            i += 1
        elif tok.type == "html_block" and (tail := _markdown_after_html(tok)) is not None:
            # "<br><br>" at the start of a line ends a list and opens an HTML block that runs
            # to the next blank line, items and all: the items after the HTML are read as the
            # Markdown they are written as.
            nodes.append(Node("html", line))
            nodes.extend(outline(tail))
            i += 1
        elif tok.type == "hr":
            nodes.append(Node("hr", line))
            i += 1
        elif tok.type == "html_block":
            nodes.append(Node("html", line))
            i = _after_style(tokens, i)
        else:
            i = _skip(tokens, i)
            nodes.append(Node("other", line))
    if any(node.kind == "component" for node in nodes):
        from planexport.reader.components import component_tables

        nodes = component_tables(nodes)
    if any(node.label for node in nodes):
        from planexport.reader.described_spans import label_headings

        nodes = label_headings(nodes)
    if any(
        n.kind == "table" and n.rows and n.rows[0][:1] != [""] and n.rows[0][0][-1:].isdigit()
        for n in nodes
    ):
        from planexport.reader.header_days import header_days  # "| Day 1 | What |": its day

        nodes = header_days(nodes)
    return _join_cut_lists(nodes)


def _html_lines(tok: Token, line: int) -> list[Item] | None:
    if not re.match(r"\s*<(?:div|p|span|center|section)\b", tok.content, re.IGNORECASE):
        return None  # most HTML blocks, cheaply
    from planexport.reader.html_lines import html_lines  # only plans with HTML need it

    return html_lines(tok.content, line)


def _html_dl(tokens: list[Token], i: int, line: int) -> tuple[list[Node], int] | None:
    if not re.search(r"<dl\b", tokens[i].content, re.IGNORECASE):
        return None  # most HTML blocks, cheaply
    from planexport.reader.html_dl import dl_agenda  # only plans with HTML need it

    return dl_agenda(tokens, i, line)


def _html_agenda(tok: Token, line: int) -> list[Node] | None:
    if not re.search(r"<(?:div|p|section|li)\b", tok.content, re.IGNORECASE):
        return None  # most HTML blocks, cheaply
    from planexport.reader.html_agenda import html_agenda  # only plans with HTML need it

    return html_agenda(tok.content, line)


def _html_times(tok: Token, line: int) -> list[Node] | None:
    if not re.search(r"<time\b", tok.content, re.I) or re.search(r"<table\b", tok.content, re.I):
        return None  # most HTML blocks, cheaply; a table is read as one
    from planexport.reader.html_agenda import html_agenda  # only plans with HTML need it

    return html_agenda(tok.content, line)


def _indented_times(tokens: list[Token], i: int, line: int) -> list[Node] | None:
    """HTML indented four spaces or more after a blank line inside an open HTML block, which
    Markdown reads as code: read as the HTML it is when it holds `<time>` starts."""
    if i == 0 or tokens[i - 1].type != "html_block" or not tokens[i].content.startswith("<"):
        return None
    return _html_times(tokens[i], line)


def _components(tok: Token, inline: Token, line: int) -> list[Node] | None:
    """MDX components (`<LectureRow date="…" time="…" />`) that make up a whole block."""
    content = inline.content
    if not content.startswith("<") or not content[1:2].isupper():
        return None
    from planexport.reader.components import component_nodes  # only MDX plans need it

    return component_nodes(content, line)


def _join_cut_lists(nodes: list[Node]) -> list[Node]:
    """Lists with only raw HTML between them as one list, the HTML's text in the notes of the
    item before it: an item's indented HTML that holds a line at column 0 ends the list in
    CommonMark, where its writer meant one list going on."""
    joined: list[Node] = []
    last = -1  # index in `joined` of the latest list with nothing but HTML after it
    for node in nodes:
        if node.kind == "list" and last >= 0 and len(joined) > last + 1:
            notes = [n.text for n in joined[last + 1 :] if n.text]
            if joined[last].items and notes:
                joined[last].items[-1].more.extend(notes)
            del joined[last + 1 :]
            joined[last].items.extend(node.items)
            continue
        joined.append(node)
        if node.kind == "list":
            last = len(joined) - 1
        elif node.kind != "html":
            last = -1
    return joined


# A line that starts a Markdown list item or heading: "* 12:00 Lunch", "1. Intro", "## Day 2".
_MARKDOWN_LINE = lazy(r" {0,3}(?:[*+-]|\d{1,3}[.)])[ \t]+\S| {0,3}#{1,6}[ \t]")


def _markdown_after_html(tok: Token) -> str | None:
    """The text of an HTML block from its first line that is a Markdown item or heading on,
    padded with blank lines to keep its line numbers; None when every line is HTML."""
    lines = tok.content.split("\n")
    if re.match(r"\s*<(?:!--|pre|script|style|textarea)\b", lines[0], re.IGNORECASE):
        return None  # comments and preformatted text end at their own close, not at a blank
    hidden = False  # inside an HTML comment: commented-out lines are not plan
    for at, text in enumerate(lines):
        if hidden or "<!--" in text:
            hidden = text.rfind("<!--") > text.rfind("-->")
            continue
        if at and _MARKDOWN_LINE.match(text):
            first = tok.map[0] if tok.map else 0
            return "\n" * (first + at) + "\n".join(lines[at:])
    return None


def _paragraphs(content: str, line: int) -> list[Node]:
    """A paragraph; one per line when each line starts bold (`**Day 11:** …`, `**Total:** …`)."""
    if re.fullmatch(r"(?:\s*<br\s*/?>)+\s*", content, re.IGNORECASE):
        return []  # "<br><br>": spacing, not text
    lines = [_unbroken(part) for part in content.split("\n")]
    if len(lines) > 1 and (
        all(_BOLD_START.match(part) for part in lines if part)
        or _timetable(lines)
        or all(_weekday_label(part) for part in lines if part)
        or ((_day_label(lines[0]) or _label_alone(lines[0])) and _timetable(lines, first=1))
        or _prose_over_spans(lines)
        or _length_lines(lines)
        or _weekday_tail(lines)
    ):
        return [
            Node("paragraph", line + n, text=worded_line(part))  # "De 10 a 12: programación"
            for n, part in enumerate(lines)
            if part.strip()
        ]
    if "\n" in content and (spans := _described(lines, line)) is not None:
        return spans  # "07:30 AM - 08:00 AM: Wake up" over "Stretch first, then water."
    if "\n" in content and (broken := _broken_lines(content)) is not None:
        return [Node("paragraph", line + n, text=part) for n, part in enumerate(broken)]
    if (parts := br_lines(content)) is not None:  # "09:00 Welcome<br>09:30 Talk<br>…": a list
        items = [Item(clean(part), line + n) for n, part in parts]
        bare_hour_items(items)
        return [Node("list", line, items=items)]
    # "De 10 a 12: programación" alone: its hours a span, as in a list
    return [Node("paragraph", line, text=worded_line(clean(content)))]


def _described(lines: list[str], line: int) -> list[Node] | None:
    """A span's line over its description as an item and its note, after a label line above it
    (`Daily Schedule`) as a paragraph of its own; None when the lines are no such."""
    label = 1 if len(lines) > 2 and len(lines[0]) <= 40 and not starts_timed(lines[0]) else 0
    if not _SPAN_FIRST.match(lines[label]):
        return None  # cheap: no span opens the line, so no such paragraph
    from planexport.reader.described_spans import described

    found = described("\n".join(lines[label:]))
    if found is None:
        return None
    item = Item(clean(found[0]), line + label, more=[clean(found[1])])
    head = [Node("paragraph", line, text=clean(lines[0]), label=True)] if label else []
    return [*head, Node("list", line + label, items=[item])]


def _unbroken(line: str) -> str:
    """A paragraph's line without the `<br>` that ends it (`__MONTAG__<br>` -> `__MONTAG__`): the
    break is the line's end, no word of a label or a title."""
    line = line.strip()
    if not line.endswith(">"):
        return line
    return _END_BREAK.sub("", line)


def _timetable(lines: list[str], *, first: int = 0) -> bool:
    """Whether the lines from `first` on are a timetable: each starts with a time of day or with
    bare hours, one with a time (`9 to 11: Maths` among `08:00-09:00 Physics`); its bare hours
    are then written as clock spans, in place."""
    parts = [part for part in lines[first:] if part]
    timed = [timed_line(part) for part in parts]
    if not all(timed) and not (timed[0] and _beside(parts, timed)):
        return False  # "Lecture (90 min)" between span lines is one line of them
    if not any(map(clock_line, parts)):
        return False
    lines[first:] = hour_lines(lines[first:])
    return True


def _beside(parts: list[str], timed: list[bool]) -> bool:
    from planexport.reader.beside_spans import beside_lines  # imports line_segments, this module

    return beside_lines(parts, timed)


def _length_lines(lines: list[str]) -> bool:
    """`Drills → 2 hours` over `Total: 3 hours`: lines of lengths, read apart."""
    from planexport.reader.length_paragraphs import length_lines

    return length_lines(lines)


def _weekday_tail(lines: list[str]) -> bool:
    from planexport.reader.label_tails import weekday_tail  # "…PLAN (8–10 HOURS)" over "SATURDAY"

    return weekday_tail(lines)


def _broken_lines(content: str) -> list[str] | None:
    from planexport.reader.hard_breaks import broken_lines  # imports this module

    return broken_lines(content)


def _prose_over_spans(lines: list[str]) -> bool:
    """Whether a paragraph's lines are clock spans to read one by one: two or more lines that
    open with a span, the first among them (`**09:00–11:00:** álgebra` / `revisar o capítulo 3`
    / `**11:00–12:00:** física`), or a line of prose over lines that each open with one
    (`Manhã tranquila.` over `**09:00–11:00:** álgebra`). The spans are then lines of their own,
    read as blocks, and the other lines notes, never words of one title that hides them. A
    sentence the writer wrapped (`… reste ouvert` over `de 9 à 12 heures, …`) ends on no stop
    and stays one line; a bold label (`**School Days (Mon-Fri)**` over `⏰ 18:00-00:00 → Study
    Sessions`) is a heading of what follows, and its spans stay its note."""
    parts = [part for part in lines if part]
    spans = [bool(_SPAN_START.match(part)) for part in parts]
    if len(parts) < 2 or (not all(spans[1:]) and not (spans[0] and sum(spans) >= 2)):
        return False
    # "Manhã tranquila." over spans: a line of its own, not a sentence wrapped into them
    return spans[0] or (
        parts[0].rstrip().endswith((".", ":", "!", "?")) and not starts_timed(parts[0])
    )


def _day_label(line: str) -> bool:
    """Whether a line is a day's name alone (`Monday`, `**Day 2:**`, `Mardi 3 mai`), as plain
    timetables write it on the line above the day's times, in one paragraph."""
    from planexport.reader.day_heads import day_heading

    return len(line) <= 40 and not starts_timed(line) and day_heading(line)


def _label_alone(line: str) -> bool:
    from planexport.reader.odd_labels import label_alone  # "__Wahlpflicht__" over span lines

    return label_alone(line)


def _weekday_label(line: str) -> bool:
    """Whether a line starts with a weekday and a colon (`Mon: coding drill`, `Lunes: …`)."""
    from planexport.reader.words import WEEKDAYS, fold

    match = _LABEL_START.match(line)
    return match is not None and fold(match.group(1)) in WEEKDAYS


def _after_style(tokens: list[Token], i: int) -> int:
    """Index after the HTML block at `i` and, when it opens a `<style>` or `<script>` that a
    blank line cut short, after the blocks up to its close (CSS rules are not plan text)."""
    text = tokens[i].content.lower()
    opened = next(
        (t for t in ("style", "script") if text.count(f"<{t}") > text.count(f"</{t}")), None
    )
    i += 1
    while opened is not None and i < len(tokens):
        end = _skip(tokens, i)
        closed = any(f"</{opened}" in t.content.lower() for t in tokens[i:end])
        i = end
        if closed:
            break
    return i


def _skip(tokens: list[Token], i: int) -> int:
    """Index after the block that starts at `i`."""
    depth: int = tokens[i].nesting
    i += 1
    while depth > 0 and i < len(tokens):
        depth += tokens[i].nesting
        i += 1
    return i


def _list(tokens: list[Token], i: int) -> tuple[list[Item], int]:
    """Parse the list opening at `i`; return its items and the index after it."""
    items: list[Item] = []
    i += 1
    while tokens[i].type == "list_item_open":
        tok = tokens[i]
        item = Item("", (tok.map[0] + 1) if tok.map else 1)
        part: Item | None = None  # a paragraph after the item's list, over the lists below it
        broken: list[Item] = []  # the rest of a first line broken by `<br>` at its times
        i += 1
        while tokens[i].type != "list_item_close":
            t = tokens[i]
            if t.type in ("paragraph_open", "html_block", "fence", "code_block") or (
                t.type == "heading_open" and not item.text and not item.children
            ):
                # "- <kbd>Ctrl</kbd> C": HTML that starts an item is its text, kept as written;
                # "- ##### `8:00 am - 8:30 am`": a heading that starts an item is its text.
                inline = t.type in ("paragraph_open", "heading_open")
                raw = tokens[i + 1].content if inline else t.content
                note = None
                if t.type == "paragraph_open" and t.map:
                    raw = _cut_lazy(raw, t.map[0] + 1, item)
                    if not item.text and (found := _described_item(raw)) is not None:
                        raw, note = found  # "- 09:00 - 10:30 Arrays" over "Read chapter 3."
                text = clean(raw)
                if not item.text and not item.more and not item.children:
                    item.text = text
                    item.more += [clean(note)] if note else []
                    if t.type == "paragraph_open" and (parts := br_lines(raw)) is not None:
                        # "- 09:00 Welcome<br>09:30 Talk": an item per start, as shown
                        item.text = clean(parts[0][1])
                        broken = [Item(clean(p), item.line + n) for n, p in parts[1:]]
                elif text and item.children and t.type == "paragraph_open" and t.map:
                    # "- **Syntax**" over its points, then "**Practice**:" over its own: a
                    # part of the item, not more words of its first line.
                    part = Item(text, t.map[0] + 1)
                    item.children.append(part)
                elif text:
                    item.more.append(text)
                i += 3 if inline else 1
            elif t.type in ("bullet_list_open", "ordered_list_open"):
                children, i = _list(tokens, i)
                (part.children if part is not None else item.children).extend(children)
            else:
                i = _skip(tokens, i)
        if broken:  # what is under the item is under its last line
            broken[-1].more, broken[-1].children, item.more, item.children = (
                item.more,
                item.children,
                [],
                [],
            )
        items.extend([item, *broken])
        i += 1
    # "- " alone at the end of a list of talks: a bullet left empty, no item
    kept = [it for it in items if it.text.strip() or it.more or it.children or it.after] or items
    bare_hour_items(kept)  # "- 9-11 Maths", "- 2-4 Chemistry": a timetable's hours
    return kept, i + 1


def _described_item(raw: str) -> tuple[str, str] | None:
    if "\n" not in raw or not _SPAN_FIRST.match(raw):
        return None  # cheap: one line, or no span first
    from planexport.reader.described_spans import described

    return described(raw)


def _cut_lazy(raw: str, line: int, item: Item) -> str:
    """The paragraph up to its first later line that starts with a clock span or is a bold part
    of the day (`**Tarde**`); the rest goes to `item.after`, read after the list as written."""
    if "\n" not in raw:
        return raw  # one line: nothing after it
    lines = raw.split("\n")
    for n, text in enumerate(lines[1:], start=1):
        if _SPAN_START.match(text.strip()) or part_label_line(text):  # "**Tarde**" too
            item.after.append((line + n, "\n".join(lines[n:])))
            return "\n".join(lines[:n])
    return raw


def _split_lazy(line: int, items: list[Item]) -> list[Node]:
    """The list as nodes: cut after each item that holds a timed line written right under it."""
    out: list[Node] = []
    current: list[Item] = []
    for item in items:
        current.append(item)
        tails = _pop_after(item)
        if tails:
            out.append(Node("list", current[0].line if out else line, items=current))
            current = []
            for at, text in tails:
                out.extend(_paragraphs(text, at))
    if current:
        out.append(Node("list", current[0].line if out else line, items=current))
    return out


def _pop_after(item: Item) -> list[tuple[int, str]]:
    """The lazy lines of an item and of the items inside it, in order, taken off them."""
    found, item.after = item.after, []
    for child in item.children:
        found.extend(_pop_after(child))
    return sorted(found)


_PIPE_ROW = lazy(r"^\s*\|.*\|\s*$")


def _open_row(text: str) -> bool:
    """`|**9:30 am**  | Talk by A. Speaker`: a row whose closing pipe was left off, as Markdown
    allows."""
    row = text.strip()
    return row.startswith("|") and "|" in row[1:] and not row.endswith("|")


def _paragraph_or_rows(content: str, line: int) -> list[Node]:
    """A paragraph; pipe rows that end it with no `|---|` line under their header (not a table
    to CommonMark) are still a table, as their writer meant."""
    lines = content.split("\n")
    start = len(lines)
    while start > 0 and (_PIPE_ROW.match(lines[start - 1]) or _open_row(lines[start - 1])):
        start -= 1
    while start < len(lines) and not _PIPE_ROW.match(lines[start]):
        start += 1  # a run of rows opens with a whole one
    if sum(1 for text in lines[start:] if _PIPE_ROW.match(text)) < 2:
        return _paragraphs(content, line)
    rows = [_cells(text) for text in lines[start:]]
    if len(rows) < 2 or any(len(row) < 2 for row in rows):
        return _paragraphs(content, line)
    before = _paragraphs("\n".join(lines[:start]), line) if start else []
    rows, lines_of = header_row(rows, [line + start + n for n in range(len(rows))])
    return [*before, Node("table", line + start, rows=rows, row_lines=lines_of)]


def header_row(rows: list[list[str]], lines: list[int]) -> tuple[list[list[str]], list[int]]:
    """Rows with a header: a blank one over rows whose first already holds a time."""
    if rows and rows[0] and starts_timed(rows[0][0].strip()):
        return [[""] * len(rows[0]), *rows], [lines[0], *lines]
    return rows, lines


def _cells(text: str) -> list[str]:
    inner = text.strip()[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [_joined(cell) for cell in re.split(r"(?<!\\)\|", inner)]


def _table(tokens: list[Token], i: int) -> tuple[list[list[str]], list[int], int]:
    rows: list[list[str]] = []
    lines: list[int] = []
    end = _skip(tokens, i)
    row: list[str] | None = None
    for tok in tokens[i:end]:
        if tok.type == "tr_open":
            row = []
            lines.append((tok.map[0] + 1) if tok.map else 1)
        elif tok.type == "inline" and row is not None:
            # a cell keeps its `<br>`: table readers split there
            row.append(uncoded_times(_joined(tok.content)))
        elif tok.type == "tr_close" and row is not None:
            rows.append(row)
            row = None
    return rows, lines, end


def clean(text: str) -> str:
    """Inline text as written, with soft line breaks joined by a space and inline HTML tags
    taken out (`Keynote<br><b>A. Speaker</b>` -> `Keynote / A. Speaker`), and no backticks
    around a time or a length (`` `09:00` ``, see `uncoded_times`)."""
    return uncoded_times(_joined(_tagless(text) if "<" in text else text))


def _joined(text: str) -> str:
    if "\n" not in text:
        return text.strip()  # one line, as most are
    return " ".join(part.strip() for part in text.split("\n") if part.strip())


# The inline HTML people put around words; other `<…>` stays (`List<T>`, `<kbd>Ctrl</kbd>`).
# A closing tag written with its slash last (`# <center> Weekly plan <center/>`) goes too.
_TAG = lazy(
    r"</?(?:b|i|u|s|em|strong|span|font|small|big|mark|sup|sub|del|ins|a|abbr|time|p|div|li|ul|ol|center)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
# A first line of nothing but tags: "<br><br>", "</span></li>".
_TAGS_LINE = lazy(r"(?:\s*</?[a-zA-Z][^<>\n]*>)+\s*(?:\n|$)")
_LINE_BREAK = lazy(r"(?:\s*<br\s*/?>)+\s*", re.IGNORECASE)
_END_BREAK = lazy(r"(?:\s*<br\s*/?>)+$", re.IGNORECASE)


# What the author hid from readers (`<span style="display: none;">Abstract …</span>`).
_HIDDEN = lazy(r"<(span|div|p)\b[^<>]*display:\s*none[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


# A code span: "`<section>` vs `<div>`" shows tags, it does not use them.
_CODE_SPAN = lazy(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)


def _tagless(text: str) -> str:
    spans: list[str] = []
    if "`" in text:  # set code spans aside while tags go

        def aside(match: re.Match[str]) -> str:
            spans.append(match.group(0))
            return f"\ue000{len(spans) - 1}\ue001"

        text = _CODE_SPAN.sub(aside, text)
    text = _TAG.sub("", _HIDDEN.sub(" ", text))
    parts = [part.strip() for part in _LINE_BREAK.split(text)]
    text = " / ".join(part for part in parts if part)
    if spans:
        text = re.sub("\ue000(\\d+)\ue001", lambda m: spans[int(m.group(1))], text)
    return text


def section_end(nodes: list[Node], idx: int) -> int:
    """Where the section of the heading at `idx` ends: its next heading of that level or above."""
    level = nodes[idx].level
    for j in range(idx + 1, len(nodes)):
        if nodes[j].kind == "heading" and nodes[j].level <= level:
            return j
    return len(nodes)


@functools.lru_cache(maxsize=4096)
def unwrap(text: str) -> str:
    """Drop emphasis that wraps the whole text (`**Title**` -> `Title`); keep inner Markdown.

    Kept per text: the stages ask about one heading or title in turn, tens of thousands of
    times in a long plan, and the answer depends on the text alone.
    """
    text = text.strip()
    while True:
        if text[:1] not in ("*", "_"):
            return text  # no emphasis can wrap it: the pattern wants a mark first
        match = _WRAPPED.match(text)
        if not match or match.group("inner") != match.group("inner").strip():
            return text
        if _CLOSES_INSIDE[match.group(1)].search(match.group("inner")):
            return text  # "**1.1** to **1.7**": two bold spans, not one around the whole
        text = match.group("inner").strip()


class Placed(Protocol):
    """Something that starts at a node and sits at a heading level (a day, for instance)."""

    start: int
    level: int


def parent_headings(nodes: list[Node], spans: Sequence[Placed]) -> list[int | None]:
    """For each span, the index of the nearest heading before its start that ranks above its
    level (a level past 6 counts as 7), or None.

    One pass over the outline: walking back from every day costs days × nodes on a long plan.
    """
    last: dict[int, int] = {}  # heading level -> index of the latest heading of that level
    found: dict[int, int | None] = {}
    seen = 0  # nodes before this index are in `last`
    for pos in sorted(range(len(spans)), key=lambda pos: spans[pos].start):
        while seen < spans[pos].start:
            if nodes[seen].kind == "heading":
                last[nodes[seen].level] = seen
            seen += 1
        above = [at for rank, at in last.items() if rank < min(spans[pos].level, 7)]
        found[pos] = max(above) if above else None
    return [found[pos] for pos in range(len(spans))]
