"""A weekday heading with its length over one untimed point (`### Sábado (2 horas)` over
`- Proyecto personal`, `## Monday – 2h` over `- Past papers`) or over one short line of its own
(`Proyecto personal`): that is what the day's one block is spent on, so it titles the block, and
the point's own points are the block's items. Two or more points stay items of a block titled by
the weekday, and a sentence stays the day's note. A heading that dates the day (`### Martes 19 Nov`
over `**Tiempo estimado: 2 horas**` and `- Repasar apuntes`) is read the same way: a date is never
what the block is spent on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy, tidy_emphasis
from planexport.reader.dates import date_in
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.words import WEEKDAYS, WEEKEND_WORDS, WORKWEEK_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.outline import Item

__all__ = ["lone_label", "lone_point"]

# "[ ] Chapter 3", "[Notes](notes.md)", "https://…": a task or a link, not the activity;
# "Resources:" labels the points under it.
_NOT_ACTIVITY = lazy(r"^\[|https?://|:\s*$")
# A line that says more than what is done: a sentence ("Rest, then review what is left."), a
# label ("Focus: graphs") or a question.
_SENTENCE = lazy(r"[.!?:;]\s*\S|[.!?;]\s*$|:")
_SHORT = 60  # characters: a title, not a paragraph about the day
# "*Deep Build:* Implement a thread-safe pointer", "**Timed Drill:** Solve four problems": a
# short emphasised label before what is done.
_LABEL = lazy(r"^(?:\*\*|__|\*|_)(?P<label>[^*_:]{2,40}?):(?:\*\*|__|\*|_)\s+\S")


def lone_label(items: list[Item]) -> str:
    """The emphasised label of a day's one point (`*Deep Build:* Implement …`: `Deep Build`):
    what the day's one block is spent on, when the day's own line names no topic; else ""."""
    if len(items) != 1:
        return ""
    match = _LABEL.match(items[0].text)
    if match is None or find_duration(match["label"]) is not None:
        return ""
    return tidy(match["label"])


def _activity(text: str) -> str | None:
    text = tidy(tidy_emphasis(text))
    if not any(c.isalpha() for c in text) or _NOT_ACTIVITY.search(text):
        return None
    if find_duration(text) is not None:
        return None  # "- 2 Stunden Mathe" is a length, not only a title
    return text


def _day_only(title: str) -> str | None:
    """The weekday a title names when it says no more than which day it is (`Sábado`, `Martes 19
    Nov`, `Wednesday, November 20`), "" for a date alone (`19 Nov`), else None."""
    text = title.strip(" .:*_")
    if fold(text) in WEEKDAYS or fold(text) in WEEKEND_WORDS or fold(text) in WORKWEEK_WORDS:
        return title  # "Weekend", "Wochenende" say which days as much as "Saturday" does
    _, match = date_in(text, None)
    if match is None:
        return None
    rest = f"{text[: match.start()]} {text[match.end() :]}".strip(" .,:;*_-–—()")
    return rest if not rest or fold(rest) in WEEKDAYS else None


def lone_point(raw: RawBlock, notes: list[str]) -> RawBlock:
    """`raw` titled by its one untimed point, or by the day's one short note (taken out of
    `notes`), when its title is a weekday alone or the day's date; else as it is. A block
    titled by a weekday and a date with several points is titled by the weekday."""
    weekday = _day_only(raw.title)
    if weekday is None:
        return raw
    if len(raw.items) == 1 and not raw.items[0].more:
        point = raw.items[0]
        title = _activity(point.text)
        if title is not None:
            raw.title, raw.items = title, list(point.children)
        elif weekday:
            raw.title = weekday
        return raw
    if not raw.items and len(notes) == 1 and len(notes[0]) <= _SHORT and "\n" not in notes[0]:
        title = _activity(notes[0]) if not _SENTENCE.search(notes[0]) else None
        if title is not None:
            raw.title = title
            notes.clear()  # "Proyecto personal" under "### Sábado (3 horas)": the block's title
            return raw
    raw.title = weekday or raw.title  # "### Martes 19 Nov" over two points: "Martes"
    return raw
