"""A start line followed by prose that says its time again (`**17h15 - Rendu**` over `À 17h15,
on vous demandera de présenter ce qui a été fait.`): the prose belongs to the line above."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import find_duration, start_time

if TYPE_CHECKING:
    from planexport.reader.outline import Item

__all__ = ["repeated_starts"]

_FEWEST_WORDS = 4  # "À 17h15, on vous demandera …": a sentence, not a short title


def repeated_starts(items: list[Item]) -> list[Item]:
    """The items with each sentence that starts at the time of the start line just above it
    moved under that line, as its own line of detail; other items as they are."""
    out: list[Item] = []
    for item in items:
        above = out[-1] if out else None
        if above is not None and _repeats(above, item):
            above.children.append(item)
            continue
        out.append(item)
    return out


def _repeats(above: Item, item: Item) -> bool:
    first, second = _start_only(above.text), _start_only(item.text)
    if first is None or second is None or first[0] != second[0]:
        return False
    title = first[1].strip(" *_:.-–—")
    return bool(title) and _sentence(second[1])


def _start_only(text: str) -> tuple[int, str] | None:
    start = start_time(text)
    if start is None or find_duration(start[1]) is not None:
        return None
    return start


def _sentence(text: str) -> bool:
    """Whether the words after a time are a sentence of prose: a comma after the time or a
    lower-case first word, several words, and a full stop at the end."""
    plain = re.sub(r"[*_`]+", "", text).strip()
    words = re.findall(r"[^\W\d_]+", plain)
    opens = plain.startswith(",") or plain[:1].islower()
    return opens and len(words) >= _FEWEST_WORDS and plain.endswith((".", "!", "?"))
