"""Lines that each start with a weekday and its date, then the day's activities with their clock
spans after them (`* Lundi 19/10 : Jeux de société (17h30 - 19h)`, `- Dienstag 20.10.: Mathe
16:00-17:30`), or the weekday and date alone over bullets of such activities: a dated day each."""

from __future__ import annotations

import re

from planexport.reader.dates import date_in
from planexport.reader.day_heads import day_heading
from planexport.reader.day_lines import raw_lines
from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.words import ABBREVIATED_WEEKDAYS, WEEKDAYS, fold

__all__ = ["weekday_date_items"]

# "Lundi ", "Mo., ", "segunda-feira, ": the weekday that starts the line, before its date.
_WEEKDAY = lazy(r"^(?P<box>\[[ xX]\]\s+)?(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)\.?,?\s+")
# " : ", " – ", " | ": what stands between the date and the day's activities.
_SEPARATOR = lazy(rf"^\s*[:|{DASH}]\s*")
_EMPHASIS = lazy(r"\*\*|__")

# A line read: its day as written (`Lundi 19/10`) and its activities (`Jeux (17h30 - 19h)`,
# "" for a day whose activities are the bullets under it).
_Line = tuple[str, str]


def weekday_date_items(nodes: list[Node], lines: list[str]) -> list[Node]:
    """The nodes, with lines that each start with a weekday and a date read as dated days: a
    heading of that weekday and date (one level under the heading above) over the line's
    activities, each a block at its clock span (`- Jeux de société (17h30 - 19h)`), or over
    the bullets nested under a line of the weekday and date alone (`* Samedi 31/10` over
    `- Cuisine (16h30-18h)`, `- Soirée jeux (18h - 20h)`).

    A list (or a paragraph's lines) is read so only when each of its lines is of this kind and
    the plan writes at least two of them, and only where no heading names a day: under `##
    Monday`, such a line is an appointment inside that day. A line that gives a topic and no
    time over bullets that do (`* Samedi 31/10 : Sortie` over `- Musée (14h-16h)`) is a day of
    that topic, its bullets the blocks. `lines` are the source's lines.
    """
    if any(node.kind == "heading" and day_heading(unwrap(node.text)) for node in nodes):
        return nodes  # before reading every line: most plans have day headings
    found: dict[int, list[tuple[Item, _Line]]] = {}
    for idx, node in enumerate(nodes):
        read = _node_lines(node, lines)
        if read:
            found[idx] = read
    if sum(len(read) for read in found.values()) < 2:
        return nodes
    out: list[Node] = []
    level = 0
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            level = node.level
        if idx not in found:
            out.append(node)
            continue
        for item, (day, rest) in found[idx]:
            out.append(Node("heading", item.line, level=min(level + 1, 6), text=day))
            items = [Item(rest, item.line, list(item.more), item.children)] if rest else []
            out.append(Node("list", item.line, items=items or item.children))
    return out


def _node_lines(node: Node, lines: list[str]) -> list[tuple[Item, _Line]] | None:
    """A list's items or a paragraph's lines with what each says, when each one is a dated day."""
    if node.kind == "list":
        items = node.items
    elif node.kind == "paragraph":
        texts = raw_lines(node, lines) or [node.text]
        items = [Item(text, node.line + n) for n, text in enumerate(texts)]
    else:
        return None
    read: list[tuple[Item, _Line]] = []
    for item in items:
        line = _line(item)
        if line is None:
            return None
        read.append((item, line))
    return read or None


def _line(item: Item) -> _Line | None:
    """The day a line starts with and its activities, or None unless it is such a line."""
    text = _EMPHASIS.sub("", item.text).strip()
    name = _WEEKDAY.match(text)
    if name is None:
        return None
    folded = fold(name["name"])
    if WEEKDAYS.get(folded) is None and ABBREVIATED_WEEKDAYS.get(folded) is None:
        return None
    after = text[name.end() :]
    # "23/11: Xadrez": the date alone, as a colon right after it makes it no date to `date_in`
    _, hit = date_in(re.split(r"[:|]", after, maxsplit=1)[0], None)
    if hit is None or hit.start() != 0:
        return None
    day = text[name.start("name") : name.end() + hit.end()].strip(" ,")
    tail = after[hit.end() :]
    if not tail.strip():
        # "* Samedi 31/10" over "- Cuisine (16h30-18h)": the bullets are the day's activities
        return (day, "") if any(_spanned(child.text) for child in item.children) else None
    separator = _SEPARATOR.match(tail)
    if separator is None:
        return None
    rest = tail[separator.end() :].strip()
    if find_duration(rest) is None and any(_spanned(child.text) for child in item.children):
        # "* Samedi 31/10 : Sortie" over "- Musée (14h-16h)": the day's topic over its blocks
        return (f"{day} – {rest}", "") if re.search(r"[^\W\d_]", rest) else None
    if not _spanned(rest) or not re.search(r"[^\W\d_]", _without_spans(rest)):
        return None  # "Lundi 19/10 : 17h30 - 19h": a span with nothing to do in it
    box = name["box"] or ""
    return day, f"{box}{rest}"


def _spanned(text: str) -> bool:
    """Whether `text` gives a clock span (`17h30 - 19h`, `16:00-17:30`)."""
    found = find_duration(text)
    return found is not None and found.at is not None and found.hi > 0


def _without_spans(text: str) -> str:
    """`text` without the first clock span it gives."""
    found = find_duration(text)
    return text if found is None else text[: found.start] + text[found.end :]
