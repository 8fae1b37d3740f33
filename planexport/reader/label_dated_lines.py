"""Lines that each give a label, then a weekday with its date and a clock span (`- Course:
Monday 09/09/2024, 13h30-15h30. Room B`, `- Vorlesung: Dienstag, 10.09.2024, 10:15–11:45 Uhr,
Raum 2`): a dated day per date, the label the block's title, what follows the span its note."""

from __future__ import annotations

import re
from dataclasses import dataclass

from planexport.reader.bold_dated_labels import bold_dated, bold_dated_paragraphs, dated_span
from planexport.reader.date_heads import NAMES
from planexport.reader.dates import date_in, plan_year
from planexport.reader.day_heads import day_heading
from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap
from planexport.reader.words import ABBREVIATED_WEEKDAYS, FULL_WEEKDAYS, WEEKDAYS, fold

__all__ = ["label_dated_lines"]

# "[ ] :book: Course: Monday …", "🔨 Lab 1 – Thursday …": a task box, marks or `:shortcode:`
# emoji, a short label that starts with a letter, then a colon or a spaced dash.
_LINE = lazy(
    rf"^(?P<box>\[[ xX]\]\s+)?(?:(?::[a-z0-9_+-]+:|[^\w\s:])\s*)*"
    rf"(?P<label>[^\W\d_][^:|]{{0,38}}?)\s*(?::|\s[{DASH}])\s*(?P<rest>.+)$",
)
# "Monday ", "Montag, ", "Thu. ", "segunda-feira ": the weekday before the date.
_WEEKDAY = lazy(r"^(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)\.?,?\s+")
# What may stand between the date and its span: ", ", " (", " | ", " – ".
_BETWEEN = lazy(rf"^[\s,;(|{DASH}]*$")


@dataclass
class _Line:
    """One line: its label, its weekday and date as written, its span and what follows it."""

    item: Item
    label: str
    day: str  # "Monday 09/09/2024"
    date: str  # "09/09/2024"
    start: int
    end: int
    note: str
    box: str
    bold: bool = False  # "Meeting: **November 3, 15:15–17:00**": a bold date, no weekday

    def block(self) -> Item:
        span = f"{_hhmm(self.start)} - {_hhmm(self.end)}"
        children = [Item(self.note, self.item.line)] if self.note else []
        children += self.item.children
        text = f"{self.box}{span} {self.label}"
        return Item(text, self.item.line, list(self.item.more), children)


def _hhmm(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _line(item: Item) -> _Line | None:
    """The line an item writes (`Course: Monday 09/09/2024, 13h30-15h30. Amphi K`), or None."""
    text = re.sub(r"\*\*|__", "", item.text).strip()
    match = _LINE.match(text)
    if match is None:
        return None
    label = match["label"].strip(" *_")
    if len(label.split()) > 6 or fold(label) in WEEKDAYS:
        return None
    rest = match["rest"]
    name = _WEEKDAY.match(rest)
    if name is None:
        return _bold_line(item)
    folded = fold(name["name"])
    weekday = WEEKDAYS.get(folded) or ABBREVIATED_WEEKDAYS.get(folded)
    if weekday is None:
        return _bold_line(item)  # "Meeting: **November 3, …**": a month, no weekday
    found = dated_span(rest[name.end() :], "", _BETWEEN)
    if found is None:
        return None
    date, start, end, note = found
    # "Wed. 11/09/2024": the weekday in full, as a heading of that day would write it
    written = name["name"] if folded in FULL_WEEKDAYS else NAMES[weekday]
    return _Line(item, label, f"{written} {date}", date, start, end, note, match["box"] or "")


def label_dated_lines(given: list[Node], source: list[str]) -> list[Node]:
    """The nodes, with list lines that each give a label, a weekday, its date and a clock span
    read as dated days: a heading of the weekday and date (one level under the heading above,
    its title the labels) over the lines of that date, each a block from its span titled by
    its label (`- 13:30 - 15:30 Course`), what follows the span its first item (`Amphi K`).

    Several lines of one date are one day; other lines of the list stay where they are, in the
    day before them. Only where at least two lines of the plan are of this kind and no heading
    names a day: under `## Monday`, such a line is an appointment inside that day.

    A line with its date in bold and no weekday (`Meeting: **November 3, 15:15–17:00**`, see
    `bold_dated`; paragraph lines too, `source` being the text's lines) is such a line, and one
    is enough; but where no line names a weekday and another line of the plan is timed (`-
    9:00-10:00 Reading`), bold dates are appointments beside that timetable, as before.
    """
    if any(node.kind == "heading" and day_heading(unwrap(node.text)) for node in given):
        return given  # before reading every list line: most plans have day headings
    nodes = bold_dated_paragraphs(given, source)
    found = {
        idx: [_line(item) for item in node.items]
        for idx, node in enumerate(nodes)
        if node.kind == "list"
    }
    dated = [line for lines in found.values() for line in lines if line is not None]
    if not dated or (all(line.bold for line in dated) and _other_timed(nodes, found)):
        return given
    if len(dated) < 2 and not any(line.bold for line in dated):
        return given
    year = plan_year(nodes)
    out: list[Node] = []
    level = 0
    for idx, node in enumerate(nodes):
        if node.kind == "heading":
            level = node.level
        lines = found.get(idx)
        if not lines or not any(lines):
            out.append(node)
            continue
        out += _days(node, lines, min(level + 1, 6), year=year)
    return out


def _bold_line(item: Item) -> _Line | None:
    """The line an item writes with a bold date and no weekday (`Meeting: **November 3,
    15:15–17:00**`), or None."""
    found = bold_dated(item.text)
    if found is None:
        return None
    label, date, start, end, note, box = found
    # "November 3" and "3 November" are one date: lines of it are one day however written
    same, _ = date_in(date, 2000)  # a leap year: "29 February" is a date too
    key = same.isoformat()[5:] if same is not None else date
    return _Line(item, label, date, key, start, end, note, box, bold=True)


def _other_timed(nodes: list[Node], found: dict[int, list[_Line | None]]) -> bool:
    """Whether a list item that is no dated line gives a length or a span: a bold date beside a
    timetable (`Exam: **May 4, 9:00-11:00**` under `- 9:00-10:00 Reading`) is no day of its own."""
    return any(
        line is None and find_duration(item.text) is not None
        for idx, lines in found.items()
        for line, item in zip(lines, nodes[idx].items, strict=True)
    )


def _days(node: Node, lines: list[_Line | None], level: int, *, year: int | None) -> list[Node]:
    """A heading per date over the blocks of its lines (two lines of one date, together or
    apart, are one day), the list's other lines kept after the line before them."""
    before: list[Item] = []  # other lines above the first dated one: left as they are
    runs: dict[str, tuple[list[_Line], list[Item]]] = {}
    last: list[Item] = before
    for item, line in zip(node.items, lines, strict=True):
        if line is None:
            last.append(item)
            continue
        dated, last = runs.setdefault(line.date, ([], []))
        dated.append(line)
        last.append(line.block())
    out = [Node("list", before[0].line, items=before)] if before else []
    for dated, items in runs.values():
        labels = ", ".join(dict.fromkeys(line.label for line in dated))
        # "November 3" in a plan with no year: the day keeps its date as its title, as under a
        # heading of that date; with the year, the date is the day's and the labels its title.
        text = dated[0].day if dated[0].bold and year is None else f"{dated[0].day} – {labels}"
        out.append(Node("heading", dated[0].item.line, level=level, text=text))
        out.append(Node("list", items[0].line, items=items))
    return out
