"""A timed list item whose title is its next paragraph (`- **08:50 – 09:40** (2nd Period)`,
a blank line, then `    **PHY 101** – Mechanics`) or its one nested line (`  - Lunch with …`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.durations import DASHES, find_duration
from planexport.reader.emphasis import plain
from planexport.reader.lazy import lazy
from planexport.reader.meals import rest_after_meal
from planexport.reader.words import BREAK_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock
    from planexport.reader.durations import Found
    from planexport.reader.outline import Item

__all__ = ["gap_under_span", "loose_title"]

# What may be left of the item's first paragraph beside its span: marks, and one bracket that
# labels the hour ("(2nd Period)", "[Lab]").
_SPAN_ONLY = lazy(r"^(?:[(\[](?P<label>[^()\[\]]+)[)\]])?$")
_MARKS = f" \t*_:|→{DASHES}"


def _beside_span(text: str, found: Found) -> re.Match[str] | None:
    """What is left of a line beside its span, when it is no more than marks and a bracket."""
    return _SPAN_ONLY.match((text[: found.start] + " " + text[found.end :]).strip(_MARKS))


def loose_title(raw: RawBlock, item: Item) -> None:
    """Title `raw` by the paragraph after its span when the span's own line holds no title.

    The bracket beside the span becomes the block's label. Later paragraphs, and those after a
    line that has its title (`- **09:00 – 10:00** Math`, then `    Room 4`), are its note.
    """
    if not item.more:
        return
    found = find_duration(item.text)
    match = _beside_span(item.text, found) if found is not None and found.at is not None else None
    title = tidy(plain(item.more[0]))
    rest = item.more
    if raw.at is not None and match is not None and title:
        raw.title, rest = title, item.more[1:]
        if match.group("label") and raw.label is None:
            raw.label = tidy(match.group("label"))
    said = [plain(text).strip() for text in rest if plain(text).strip() not in (raw.note or "")]
    raw.note = "\n".join(filter(None, [raw.note, *said])) or None


# "Lunch with the provided meal", "Almuerzo con el equipo", "Mittagessen mit dem Team": a meal
# or a pause, then with whom or what.
_WITH = frozenset(("with", "mit", "con", "avec", "com", "met"))
_MEALS = frozenset(BREAK_WORDS)


def gap_under_span(raw: RawBlock, item: Item) -> bool:
    """Whether a span's one nested line names a meal or pause with company (`- 12:00-13:00`
    over `  - Lunch with the provided meal`): a gap, as `Lunch` alone there is."""
    if raw.at is None or len(item.children) != 1 or item.children[0].children:
        return False
    found = find_duration(item.text)
    if found is None or _beside_span(item.text, found) is None:
        return False
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", fold(plain(item.children[0].text)))
    if rest_after_meal(words):
        return True  # "Lunch with the provided meal and take a rest"
    return 2 < len(words) <= 6 and words[0] in _MEALS and words[1] in _WITH
