"""Headings naming several weekdays with one clock span, each over what happens then: a week.

`### Monday, Wednesday, Friday: 9am - 3pm` over `Watch the recorded lectures. Take notes.`,
then `### Monday - Friday: 4pm - 6pm` over `Live Q&A with the tutors.`: a weekly template, so
each weekday named is a day holding the pinned block of every heading that names it (Monday:
09:00-15:00 and 16:00-18:00; Tuesday: 16:00-18:00). A block is titled by the heading's words
other than its weekdays and span (`### Mon/Wed 18:00-20:00 – Gym`), else by the first sentence
or item under it (`Watch the recorded lectures`), whose other lines are its items. Also
`### Lunes y miércoles: 18:00-20:00`, `### Mo–Fr 16-18 Uhr`, `### Mardi et jeudi : 9h-11h`.

Only a run of such headings with nothing but paragraphs and lists under them, one of them
naming two weekdays or more, in a plan with no other day heading; one weekday heading with a
span stays a day of its own as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.weekday_entries import entry_days, line_entries
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.weekday_entries import Entry

__all__ = ["weekday_list_spans"]

_DIGIT = lazy(r"\d")
# A weekday's name or its short form, folded ("mo", "mon", "monday", "lunes", "mardi"); the
# lookahead, the names' first letters, only lets the search pass other places quicker.
_WEEKDAY = lazy(
    "(?=["
    + "".join(sorted({re.escape(name[0]) for name in WEEKDAYS}))
    + r"])(?<![^\W\d_])(?:"
    + "|".join(sorted(map(re.escape, WEEKDAYS), key=len)[::-1])
    + r")(?![^\W\d_])"
)
_JOINED = 3  # so many short items under a heading title its block together
_SHORT = 40
# The end of a sentence: ". " before a capital or the end of the text.
_SENTENCE_END = lazy(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")


def weekday_list_spans(nodes: list[Node]) -> list[Node]:
    """The nodes, with each run of weekday-span headings and their lines read as weekdays."""
    heads = [
        i
        for i, n in enumerate(nodes)
        if n.kind == "heading" and _DIGIT.search(n.text) and _WEEKDAY.search(fold(n.text))
    ]
    if not heads:
        return nodes  # no heading with a weekday and a number: no weekday span in any
    found: dict[int, tuple[int, list[Entry]]] = {}  # heading's index -> (section end, entries)
    for idx in heads:
        section = _section(nodes, idx)
        if section is not None:
            found[idx] = section
    if not any(len({e.day for e in entries}) >= 2 for _, entries in found.values()):
        return nodes
    if _other_days(nodes, found):
        return nodes
    out: list[Node] = []
    above = 0  # the level of the heading above the run
    pos = 0
    while pos < len(nodes):
        if pos not in found:
            above = nodes[pos].level if nodes[pos].kind == "heading" else above
            out.append(nodes[pos])
            pos += 1
            continue
        level = nodes[pos].level
        run: list[Entry] = []
        while pos in found and nodes[pos].level == level:
            end, entries = found[pos]
            run += entries
            pos = end
        # one level under the heading above, as weekday entries are: a section after the week
        # (`### Deadlines`) is then the last day's notes, not dropped
        out += entry_days(run, min(level, above + 1))
    return out


def _section(nodes: list[Node], idx: int) -> tuple[int, list[Entry]] | None:
    """Where the section of the weekday-span heading at `idx` ends and its entries; None when
    the heading is no such heading or something other than lines is under it."""
    head = nodes[idx]
    end = idx + 1
    while end < len(nodes) and nodes[end].kind != "heading":
        if nodes[end].kind not in ("paragraph", "list"):
            return None
        end += 1
    if end < len(nodes) and nodes[end].level > head.level:
        return None  # "### Mon, Wed: 9-11" over "#### Part 1": a section of its own
    text = re.sub(r"\*\*|__", "", unwrap(head.text)).strip()
    title, children = _under(nodes[idx + 1 : end])
    own = line_entries(text, head.line, _lines(nodes[idx + 1 : end]))
    if own is not None and all(e.start is not None for e in own):
        return end, own
    if own is not None or not title:
        return None
    told = line_entries(f"{text} – {title}", head.line, children)
    if told is None or any(e.start is None for e in told):
        return None
    return end, told


def _under(body: list[Node]) -> tuple[str, list[Item]]:
    """The title the lines under a heading give (the first sentence or item) and the rest as
    items."""
    texts: list[tuple[int, str]] = []
    children: list[Item] = []
    for node in body:
        if node.kind == "paragraph":
            texts.append((node.line, " ".join(unwrap(node.text).split())))
        else:
            children += node.items
    if not texts:
        if not children:
            return "", []
        names = [unwrap(item.text).strip() for item in children]
        if len(names) <= _JOINED and all(
            len(n) <= _SHORT and not i.children for n, i in zip(names, children, strict=True)
        ):
            return ", ".join(names), []  # "- Scales" / "- Breathing": `Scales, Breathing`
        return names[0], [*children[0].children, *children[1:]]
    line, first = texts[0]
    sentences = _SENTENCE_END.split(first)
    title = sentences[0].rstrip(" .")
    rest = [Item(s, line) for s in sentences[1:]]
    rest += [Item(text, at) for at, text in texts[1:]]
    return title, [*rest, *children]


def _lines(body: list[Node]) -> list[Item]:
    """The lines under a heading whose own words title its block, each an item of it."""
    items: list[Item] = []
    for node in body:
        if node.kind == "paragraph":
            items.append(Item(" ".join(unwrap(node.text).split()), node.line))
        else:
            items += node.items
    return items


def _other_days(nodes: list[Node], found: dict[int, tuple[int, list[Entry]]]) -> bool:
    """Whether a heading or bold line outside the weekday-span sections names a day."""
    from planexport.reader.day_headings import day_match, weekday_heading

    inside = {i for idx, (end, _) in found.items() for i in range(idx, end)}
    for idx, node in enumerate(nodes):
        if idx in inside or node.kind != "heading":
            continue
        text = unwrap(node.text)
        if day_match(text) or weekday_heading(text):
            return True
    return False
