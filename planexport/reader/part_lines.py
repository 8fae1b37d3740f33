"""A weekday's line of parts of the day, each with its length: `**Mon:** Morning (2h) Algebra ·
Afternoon (1.5h) Physics`, `Lundi : Matin (2h) Algèbre | Après-midi (1h30) Physique`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.line_segments import block_title
from planexport.reader.outline import Item, Node
from planexport.reader.words import FULL_WEEKDAYS, SESSION_WORDS, WEEKDAYS, fold

__all__ = ["part_lines"]

# "**Mon:**", "Tue/Thu:", "**Lundi** :", "Mo–Fr:": weekdays and a colon leading a line, at the
# start of the text or after the end of the line before (Markdown runs plain lines together).
_LABEL = lazy(
    r"(?:^|(?<=\s))[*_]*(?P<names>[^\W\d_]{2,12}\.?(?:\s*[/,&+\u2013\u2014-]\s*[^\W\d_]{2,12}\.?)*)"
    r"[*_]*\s*:[*_]*\s*",
)
# Between two parts: a middle dot, a bar, a semicolon or a slash with spaces around it.
_BETWEEN = lazy(r"\s*(?:[·•|;]|\s/\s)\s*")
_MARKED = lazy(r"[·•|]|\s/\s")
# "Morning", "Après-midi", "Late night" at the start of a part, then what is done in it.
_LEAD = lazy(r"^(?P<word>[^\W\d_]+(?:[ -][^\W\d_]+)?)")
_PARTS = frozenset(SESSION_WORDS)
_ENGLISH = {
    "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
    "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}  # fmt: skip


@dataclass
class _Part:
    """One part of the line: its part of the day (or None), its title and length as written."""

    session: str | None
    title: str
    length: str | None

    def item(self, line: int) -> Item:
        if self.length is None:
            # "Evening: free": a note of the day, as an untimed line among its blocks is
            return Item(f"{self.session}: {self.title}" if self.session else self.title, line)
        if self.session is None:
            return Item(f"{self.title} ({self.length})", line)
        # "Morning: 2h Algebra": the part of the day labels the line, its block's session
        return Item(f"{self.session}: {self.length} {self.title}", line)


def _session(text: str) -> tuple[str, str] | None:
    """The part of the day that opens `text` (`Morning` of `Morning (2h) Algebra`) and the
    rest, or None."""
    lead = _LEAD.match(text)
    if lead is None:
        return None
    words = lead["word"]
    for word in (words, re.split(r"[ -]", words)[0]):
        if fold(word) in _PARTS:
            rest = text[len(word) :]
            if rest[:1].isalpha():
                return None
            return word, rest.lstrip(f" :{DASH}")
    return None


def _part(text: str) -> _Part | None:
    """A part as a block (`Morning (2h) Algebra`, `Physics 1h`), or None when it has a clock
    time or more than one length."""
    text = text.strip(" *_")
    lead = _session(text)
    session, rest = lead if lead is not None else (None, text)
    found = find_duration(rest)
    if found is None:
        return _Part(session, rest.strip(), None) if rest.strip() or session else None
    if found.at is not None or find_duration(rest, found.end) is not None:
        return None
    title = block_title(rest, found) or session or ""
    if not title:
        return None
    return _Part(session, title, found.text.strip())


def _parts(rest: str) -> list[_Part] | None:
    """The parts of a day line, when one of them opens with a part of the day and one at least
    has a length, or each has a length and a `·`, `|` or ` / ` parts them; else None
    (`Arrays (1h); Strings (1h)` is read as day lines are)."""
    pieces = [p for p in _BETWEEN.split(rest) if p.strip(" *_")]
    parts = [_part(piece) for piece in pieces]
    if not parts or any(part is None for part in parts):
        return None
    found = [part for part in parts if part is not None]
    if not any(p.length for p in found):
        return None
    if any(p.session for p in found):
        return found
    # "Algebra (2h) · Physics (1h)": topics alone, each timed, apart by a mark that no other
    # day line uses (a `;` or a `,` between them is read with the day line)
    marked = _MARKED.search(rest) is not None
    return found if marked and len(found) >= 2 and all(p.length for p in found) else None


def _weekdays(names: str) -> list[tuple[str, str]]:
    """The weekdays a label names, each with the name to write for it (`Lundi` as written,
    `Monday` for `Mon`)."""
    from planexport.reader.weekday_abbrevs import weekdays_named

    name = names.strip(" .")
    one = WEEKDAYS.get(fold(name))
    if one is not None:
        return [(one, name if fold(name) in FULL_WEEKDAYS else _ENGLISH[one])]
    return [(day, _ENGLISH[day]) for day in weekdays_named(names)]


def _lines(node: Node) -> list[tuple[int, str]] | None:
    """A node's day lines (line number, text): a list's items, or a paragraph cut where each
    weekday label starts; None when it is neither."""
    if node.kind == "list":
        if any(item.children for item in node.items):
            return None
        return [(item.line, item.text) for item in node.items]
    first = _LABEL.match(node.text) if node.kind == "paragraph" else None
    if first is None or not _weekdays(first["names"]):
        return None
    starts = [m.start() for m in _LABEL.finditer(node.text) if _weekdays(m["names"])]
    ends = [*starts[1:], len(node.text)]
    return [
        (node.line + n, node.text[a:b].strip())
        for n, (a, b) in enumerate(zip(starts, ends, strict=True))
    ]


def _days(node: Node) -> list[Node] | None:
    """A day per weekday of each line of `node`, or None unless every line is a day of parts."""
    lines = _lines(node)
    if not lines:
        return None
    out: list[Node] = []
    for line, text in lines:
        label = _LABEL.match(text)
        days = _weekdays(label["names"]) if label is not None else []
        parts = _parts(text[label.end() :]) if label is not None and days else None
        if parts is None:
            return None  # every line such a day, or the node is read as before
        items = [part.item(line) for part in parts]
        for _, name in days:
            out.append(Node("paragraph", line, text=f"**{name}**"))
            out.append(Node("list", line, items=list(items)))
    return out


def part_lines(nodes: list[Node]) -> list[Node]:
    """The nodes, with lines that give a weekday's day as parts of the day read as that day.

    `**Mon:** Morning (2h) Algebra · Afternoon (1.5h) Physics` (a bold or plain line, a list
    item, or lines of one paragraph; parts apart by `·`, `|`, `;` or ` / `): a day per weekday
    of the label, each part with a length one block (`Algebra`, 120), its part of the day the
    block's session; a part with no length (`Evening: free`) is a note of the day. Only when
    every line of the paragraph or list is such a line, one part at least opens with a part of
    the day (`Morning`, `Nachmittag`, `Tarde`, `Soir`, `Sera`, `Noite`, `Avond`…) or each part
    has a length and a `·`, `|` or ` / ` parts them, and no heading names a day: a line of
    topics apart by `;` (`Mon: Arrays (1h); Strings (1h)`) is read as other day lines are.
    """
    found = {idx: days for idx, node in enumerate(nodes) if (days := _days(node)) is not None}
    if not found:
        return nodes
    from planexport.reader.day_headings import names_day

    if any(names_day(node) for node in nodes):
        return nodes
    return [n for idx, node in enumerate(nodes) for n in found.get(idx, [node])]
