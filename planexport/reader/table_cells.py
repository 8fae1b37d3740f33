"""A table cell that lists a day's items (`- Maths: 07:50 bis 9:30 Uhr<br>- Essay`)."""

from __future__ import annotations

import re

from planexport.errors import PlanError
from planexport.reader.blocks import Ctx, RawBlock, is_break, tidy, try_block
from planexport.reader.closing_words import day_ends
from planexport.reader.durations import find_duration, point_time_at
from planexport.reader.lazy import lazy
from planexport.reader.meal_lists import span_gap
from planexport.reader.open_ends import open_end

__all__ = [
    "LONGEST_GUESS",
    "cell_blocks",
    "cell_items",
    "headerless_title",
    "link_text_joined",
    "lists_items",
    "no_targets",
    "one_line",
    "unwrapped",
]

_BR = lazy(r"<br\s*/?>", re.IGNORECASE)
_BULLET = lazy(r"^(?:[-*•+]|\d{1,2}[.)])\s+")
_STRUCK = lazy(r"^~~.*~~$")
_LINK = lazy(r"\[([^\]]+)\]\([^)\s]*\)")
_TARGET = lazy(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_LINK_TEXT = lazy(r"\[([^\]]*)\]\(")
_HALF_DAY = 12 * 60
LONGEST_GUESS = 3 * 60  # the most a start-only item is taken to last, up to the next start


def one_line(text: str) -> str:
    """A cell's lines as one title: `Hallo!<br>Regeln` -> `Hallo! / Regeln`."""
    text = link_text_joined(text)
    parts = (part.strip().rstrip(" -–—:").strip() for part in _BR.split(text))
    return " / ".join(part for part in parts if part)  # "Welcome reception -<br>Ristorante"


def link_text_joined(text: str) -> str:
    """`[Umstieg - <br>Was ändert sich](…)`: a break inside a link's text is a space."""
    return _LINK_TEXT.sub(lambda m: "[" + _BR.sub(" ", m.group(1)) + "](", text)


def no_targets(text: str) -> str:
    """`[Team market](https://…/uXjVGcMGb9M=/)` as `[Team market]`: a link's address says
    nothing of the plan's times (`9M=` is no length)."""
    return _TARGET.sub("]", text)


def headerless_title(rows: list[list[str]]) -> int | None:
    """The title column of a table with no header row (`|10:00|Room 3.102|Project intro|`):
    the one after the first whose texts are longest, as an activity's are beside a room's."""
    if not rows or any(cell.strip() for cell in rows[0]) or len(rows[0]) < 3:
        return None
    width = len(rows[0])

    def size(col: int) -> float:
        cells = [_LINK.sub(r"\1", row[col]).strip() for row in rows[1:] if col < len(row)]
        return sum(len(cell) for cell in cells) / max(len(cells), 1)

    return max(range(1, width), key=size)


def lists_items(cell: str) -> bool:
    """Whether a cell lists items of its own (`- Maths: 07:50 bis 9:30 Uhr<br>- Essay`), not a
    name wrapped onto a second line (`Modulprüfung Medizin und<br>Pflegewissenschaft`): its lines
    are bulleted or one gives a time or a length."""
    text = link_text_joined(cell)
    if text.lstrip().startswith("- "):
        return True
    parts = _BR.split(text)
    return len(parts) > 1 and any(
        _BULLET.match(part.strip()) or find_duration(part) or point_time_at(part) is not None
        for part in parts
    )


def unwrapped(cell: str) -> str:
    """A name a cell wraps onto lines as one line (`Medizin und<br>Pflegewissenschaft` ->
    `Medizin und Pflegewissenschaft`); a cell that lists items is kept as it is."""
    if lists_items(cell):
        return cell
    return " ".join(part.strip() for part in _BR.split(cell) if part.strip())


def cell_items(cell: str) -> list[str]:
    """The items of a cell: one per `<br>` line, without their bullets."""
    parts = (_BULLET.sub("", part.strip()).strip() for part in _BR.split(cell))
    return [part for part in parts if part]


def _title(text: str) -> str:
    # "Chemie Unterricht: (Notenbesprechung)": the colon stood before the time taken out.
    text = _LINK.sub(r"\1", text)  # "([Summary](notes/summary.md))": the link's words
    return tidy(re.sub(r":\s*(?=\(|$)", " ", text))


def cell_blocks(cell: str, line: int, ctx: Ctx) -> tuple[list[RawBlock], list[str]]:
    """A block per timed item of a cell, in the order of the day, and the untimed items as notes.

    An item with only a start (`Unterricht: 9:40 Uhr`) lasts until the next start in the cell;
    the last one has no length, and is kept as a note with a warning.
    """
    blocks: list[RawBlock] = []
    notes: list[str] = []
    starts: list[tuple[int, str, str]] = []
    last_at: int | None = None
    stops: set[int] = set()  # "12:00 Lunch" among starts: the one before it ends there
    for text in cell_items(cell):
        point = point_time_at(text)
        if is_break(text):
            if point is not None and point[1] < 4 and find_duration(text) is None:
                stops.add(point[0])
            continue  # "n/a", "FREI", "Lunch"
        if _STRUCK.match(text):
            ctx.warn(line, f'"{_title(text.strip("~"))}" is struck out: not read')
            continue
        try:
            raw = try_block(text, [], line, ctx)
        except PlanError:
            raw = None  # "14:00 - 14:00": no length to read; kept as written
        if raw is not None:
            if span_gap(raw):
                continue
            raw.title = _title(raw.title) or raw.title
            if raw.at is not None and not raw.sure and last_at is not None and raw.at < last_at:
                # "10:00 - 12:00<br>1:00 - 3:00": the afternoon, after the item before it.
                raw.at += _HALF_DAY
                hhmm = f"{raw.at // 60:02d}:{raw.at % 60:02d}"
                ctx.warn(line, f'"{raw.title}" read as starting at {hhmm}, after the item before')
            last_at = raw.at if raw.at is not None else last_at
            blocks.append(raw)
            continue
        point = point_time_at(text)
        if point is not None:
            at, start, end = point
            start, end = open_end(text, start, end)  # "ab 18:00 Uhr Ausklang": "ab" says when
            starts.append((at, _title(text[:start] + " " + text[end:]) or text, text))
            continue
        notes.append(tidy(text) or text)
    times = sorted({b.at for b in blocks if b.at is not None} | {at for at, _, _ in starts} | stops)
    for at, title, text in starts:
        after = [t for t in times if t > at]
        if not after and day_ends(title):
            continue  # "17:00 End": when the day ends, no activity
        if not after:
            ctx.warn(line, f'"{title}" has a start time but no length: kept as a note')
            notes.append(tidy(text) or text)
            continue
        minutes = after[0] - at
        if minutes > LONGEST_GUESS:
            # "Unterricht: 10:00 Uhr" then "16:00 Uhr": a class does not last six hours.
            ctx.warn(line, f'"{title}" has a start time but no length: kept as a note')
            notes.append(tidy(text) or text)
            continue
        blocks.append(RawBlock(title, None, minutes, minutes, None, [], line, at=at))
    blocks.sort(key=lambda b: (b.at is None, b.at or 0))
    return blocks, notes
