"""Times with a word before them (`h. 8:00 - 10:00`, `ore 16:00`, `alle 18`) and numbered dated
headings (`#### 2. Domenica 10 Agosto 2025`), rewritten in the forms the day readers know."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.clock_prepositions import CLOCK_WORD
from planexport.reader.dates import date_in, month_first, plan_year
from planexport.reader.durations import DASH
from planexport.reader.hour_spans import worded_hour_cell
from planexport.reader.lazy import lazy
from planexport.reader.words import FULL_WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.outline import Item, Node

__all__ = ["hour_prefixes"]

# "h. 8:00", "h 16", "hrs. 9.30", "ore 16:00", "alle 18", "alle ore 18", "a las 9", "às 18",
# "at 18:00": a word that says "at the hour" before the time a line starts with; "om 9 uur",
# "um 9 Uhr", "à 14 heures", "vers 9h30" only with the hour word or the minutes ("um 2 Stunden"
# is by two hours). The hour word after the time ("às 9 horas", "at 9 o'clock") is the time's.
_HOUR_WORD = rf"(?:\s*(?:{CLOCK_WORD}|h)(?!\w))"
_PREFIX = lazy(
    r"^(?P<pre>[\s*_]*)(?:(?P<word>om|um|à|vers|gegen|rond)\s+"
    r"|(?:h\.|h(?=\s)|hrs?\.?|ore|alle(?:\s+ore)?|a\s+las|[aà]s|at)\s*)"
    rf"(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?(?!\d|[.:]\d)(?P<cw>{_HOUR_WORD})?"
    r"(?:\s*[" + DASH + r"]\s*(?:(?P<h2>[01]?\d|2[0-3])(?:[:.h](?P<m2>[0-5]\d))?(?!\d|[.:]\d)"
    rf"{_HOUR_WORD}?|(?=(?:in poi|onwards?|en adelante|em diante)(?!\w))))?",
    re.IGNORECASE,
)
# ", 16-17", "e 16-18", "and 14-15": more spans after the first, a line of spans (see
# `bold_hour_spans`), not a span and its title.
_MORE_SPANS = lazy(
    r"\s*(?:[,;]|(?:e|and|und|y|et|en|&)(?!\w))\s*(?:[^\W\d_]+\s+)?(?:2[0-3]|[01]?\d)(?:[:.h][0-5]\d)?\s*["
    + DASH
    + r"]",
    re.IGNORECASE,
)
# The words before a time that a cell of only a time may open with: `h` alone is also a room
# (`| H 1 |`).
_CELL_WORD = lazy(r"^[\s*_]*(?:ore|alle(?:\s+ore)?|[aà]s|a\s+las)\s+\d", re.IGNORECASE)
# "2. Domenica 10 Agosto 2025", "3) Lunes 11 de agosto": an item number before a dated weekday.
_NUMBERED = lazy(r"^(?P<n>\s*\d{1,2}[.)]\s+)(?P<rest>[^\W\d_]+)")
# "Lunedi'", "venerdi'": Italian weekdays with the accent typed as an apostrophe.
_ACCENT = lazy(r"(?<!\w)(lune|marte|mercole|giove|vener)d[iì]'", re.IGNORECASE)


def _clock(hour: str, minute: str | None) -> str:
    return f"{int(hour):02d}:{minute or '00'}"


def _line(text: str) -> str:
    match = _PREFIX.match(text)
    if match is None or (match["word"] and not match["m"] and not match["cw"]):
        return text
    if match["h2"] is not None and _MORE_SPANS.match(text, match.end()) is not None:
        return text  # "ore 10-11 e 16-17 Laboratorio": spans, kept as written and said
    time = _clock(match["h"], match["m"])
    if match["h2"] is not None:
        time = f"{time} - {_clock(match['h2'], match['m2'])}"
    return f"{match['pre']}{time} {text[match.end() :].lstrip()}".rstrip()


def _cell(text: str) -> str:
    """A table cell that is only a time with its word (`Ore 9:00`, `às 9h`, `dalle ore 9 alle
    11`) as the time alone (`09:00`, `9:00 - 11:00`); any other cell as it is."""
    if not text.lstrip(" *_")[:1].isalpha() or not any(ch.isdigit() for ch in text):
        return text  # "09:00", "Lecture": no word before a time (most cells; cheap)
    match = _PREFIX.match(text)
    if match is not None and _CELL_WORD.match(text) and not text[match.end() :].strip(" *_"):
        return _line(text)  # not "H 1", a room
    return worded_hour_cell(text) or text


def _items(items: list[Item], done: dict[str, str]) -> None:
    """Each item's line rewritten; `done` holds the lines rewritten already (a plan's items
    repeat: `- **Block 3 (DSA – 60 min)**`), each read once."""
    for item in items:
        if item.text not in done:
            done[item.text] = _line(item.text)
        item.text = done[item.text]
        _items(item.children, done)


def hour_prefixes(nodes: list[Node]) -> list[Node]:
    """The nodes with `h. 8:00 - 10:00 Colazione` as `08:00 - 10:00 Colazione` (in a paragraph,
    an item or a heading: `### Ore 9:00 Ripasso`), `h. 18:00 - in poi Ricevimento` as `18:00 in
    poi Ricevimento` (a start with an open end), and the item number before a heading that is a
    weekday and a date dropped (`2. Domenica 10 Agosto 2025`): the date numbers the day."""
    context: tuple[int | None, bool] | None = None
    done: dict[str, str] = {}
    for node in nodes:
        if node.kind == "paragraph":
            node.text = _line(node.text)
        elif node.kind == "list":
            _items(node.items, done)
        elif node.kind == "table":
            for row in node.rows[1:]:
                row[:] = [_cell(cell) for cell in row]
        elif node.kind == "heading":
            node.text = _line(node.text)  # "### Ore 9:00 Ripasso": an agenda line as a heading
            if "'" in node.text:  # "Lunedi'": the accent as typed
                node.text = _ACCENT.sub(r"\1dì", node.text)
            numbered = _NUMBERED.match(node.text)
            if numbered is None or fold(numbered["rest"]) not in FULL_WEEKDAYS:
                continue
            if context is None:
                context = (plan_year(nodes), month_first(nodes))
            rest = node.text[numbered.end("n") :]
            if date_in(rest, context[0], month_first=context[1])[1] is not None:
                node.text = rest
    return nodes
