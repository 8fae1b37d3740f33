"""A title cell of several `<br>` parts: the first part names the block, the rest describe it."""

from __future__ import annotations

import bisect
import re

from planexport.reader.blocks import tidy
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, unwrap
from planexport.reader.table_cells import link_text_joined

__all__ = ["CellTitle", "lead_parts", "linked_parts", "split_title"]

_BR = lazy(r"<br\s*/?>", re.IGNORECASE)
_BULLET = lazy(r"^(?:[-*•+]|\d{1,2}[.)])\s+")
_TAG = lazy(r"</?(?:em|i|b|strong|span|small|u)\b[^>]*>", re.IGNORECASE)
_LINK = lazy(r"\[([^\]]+)\]\([^)\s]*\)")
# Emphasis in pairs, as `(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1` finds them (`_unpaired`).
_MARKS = ("**", "__", "*", "_")
_MARK = lazy(r"[*_]")
# Where each mark may close a pair: after a character that is no space (they may overlap).
_CLOSE = {mark: lazy(rf"(?<=\S)(?={re.escape(mark)})") for mark in _MARKS}
_LONG = 100  # a cell longer than this joined into one line is a title and its description
# "**Teil 1: Workflows.** Theorie, dann Aufträge 1a bis 1c": a bold name closed by a full stop,
# then what is done in it.
_NAMED_LEAD = lazy(r"^\s*(\*\*|__)(?P<name>[^*_\s][^*_]{0,78}?\.)\1\s+(?P<rest>\S.*)$", re.DOTALL)


class CellTitle:
    """The title a cell gives, with the note and items its other parts hold."""

    def __init__(self, title: str, note: str | None = None, items: list[str] | None = None):
        self.title = title
        self.note = note
        self.items = items or []

    def item_list(self, line: int) -> list[Item]:
        return [Item(text, line) for text in self.items]


def split_title(cell: str) -> CellTitle | None:
    """The title, note and items of a cell with `<br>` parts, or None to read it as one line.

    `**Keynote:** Glass boxes<br>by A. Speaker<br><em>Abstract…</em><br>**[[Slides](s.pdf)]**`
    is titled `Keynote: Glass boxes`; `by A. Speaker`, the abstract and the links are its note.
    `**Poster session 1**<br>- [Paper A](a.pdf)<br>- [Paper B](b.pdf)` has the papers as items.
    A short cell of plain parts (`Welcome<br>Hall B`) is read as one line, as before; a cell
    of one line that opens with a bold name closed by a full stop (`**Teil 1: Workflows.**
    Theorie, dann Aufträge`) is titled by that name, the rest its note.
    """
    cell = link_text_joined(cell)
    parts = [p.strip() for p in _BR.split(cell) if p.strip()]
    if len(parts) < 2:
        return _named_lead(cell)
    first, rest = parts[0], parts[1:]
    bulleted = any(_BULLET.match(p) for p in rest)
    if not (first.startswith(("**", "__")) or bulleted or len(" / ".join(parts)) > _LONG):
        return None
    title = _plain(first)
    if not title:
        return None
    items = [_plain(_BULLET.sub("", p)) for p in rest if _BULLET.match(p)]
    lines = [unwrap(_TAG.sub("", p)) for p in rest if not _BULLET.match(p)]
    note = "\n".join(line for line in lines if line) or None
    return CellTitle(title, note, [i for i in items if i])


def _named_lead(cell: str) -> CellTitle | None:
    """The bold name a one-line cell opens with, closed by a full stop, and the words after it
    as its note (`**Teil 2: Agenten.** Theorie, dann Aufträge 2a und 2b`), or None."""
    lead = _NAMED_LEAD.match(cell)
    if lead is None or len(re.findall(r"\w+", lead.group("rest"))) < 3:
        return None
    title = _plain(lead.group("name").rstrip("."))
    return CellTitle(title, unwrap(lead.group("rest").strip())) if title else None


def _plain(text: str) -> str:
    """A part's words: no HTML emphasis, Markdown emphasis taken off in pairs, links as text."""
    text = _TAG.sub("", text)
    text = _LINK.sub(r"\1", text)
    for _ in range(3):
        text = _unpaired(text)
    return tidy(text.replace("**", "").replace("__", ""))


def _unpaired(text: str) -> str:
    r"""`text` with the marks of each emphasis in pairs taken off, as `re.sub` of
    `(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1` with `\2` would: from the left, each mark and the
    first closing one of its kind after it on its line (`**` tried before `*`).

    Each closing mark is found once: that pattern reads the rest of the line again from every
    mark that has none after it (`*a *a *a …`).
    """
    if "*" not in text and "_" not in text:
        return text
    closes = {mark: [m.start() for m in _CLOSE[mark].finditer(text)] for mark in _MARKS}
    breaks = [at for at, ch in enumerate(text) if ch == "\n"]  # a pair stays on its line
    out: list[str] = []
    done = 0
    at = _MARK.search(text)
    while at is not None:
        start = at.start()
        for mark in _MARKS:
            inner = start + len(mark)
            if not text.startswith(mark, start) or inner >= len(text) or text[inner].isspace():
                continue
            ends = closes[mark]
            nearest = bisect.bisect_left(ends, inner + 1)
            if nearest < len(ends) and ends[nearest] < _after(breaks, inner, len(text)):
                out += (text[done:start], text[inner : ends[nearest]])
                done = ends[nearest] + len(mark)
                break
        at = _MARK.search(text, max(done, start + 1))
    return "".join(out) + text[done:]


def _after(places: list[int], at: int, none: int) -> int:
    """The first of `places` (in order) from `at` on, else `none`."""
    nearest = bisect.bisect_left(places, at)
    return places[nearest] if nearest < len(places) else none


# A part that is one Markdown link and nothing else: `[Intro slides (pdf)](intro.pdf)`.
_LONE_LINK = lazy(r"^\[[^\]]+\]\([^)\s]*\)$")


def linked_parts(cell: str) -> tuple[str, str]:
    """A title cell whose `<br>` parts after the first are links alone (`Welcome and setup<br>
    [Intro slides (pdf)](intro.pdf)`): the first part, and the links as a note. Any other cell,
    and one whose first part leads into the link (`Exercise:<br>[Marker genes](ex.Rmd)`), is
    given back whole with no note."""
    if "<br" not in cell.lower():
        return cell, ""
    parts = [p.strip() for p in _BR.split(cell) if p.strip()]
    if len(parts) < 2 or _LONE_LINK.match(parts[0]) or parts[0].endswith(":"):
        return cell, ""
    if not all(_LONE_LINK.match(p) for p in parts[1:]):
        return cell, ""
    return parts[0], "\n".join(parts[1:])


def lead_parts(cell: str) -> tuple[str, str]:
    """A start row's title cell as its title and note: the links after its first `<br>` part
    apart (`linked_parts`), or the bold name it opens with, closed by a full stop, apart from
    the words after it (`**Teil 3: Agenten.** Theorie, dann Aufträge 3a und 3b`)."""
    title, note = linked_parts(cell)
    if note:
        return title, note
    named = _named_lead(cell)
    return (named.title, named.note or "") if named is not None else (cell, "")
