"""Plain lines of a day that start as a block and go on: `Cooldown 5 min easy stretching.`,
`Finisher 6 min EMOM` over `Min 1: 8 burpees`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import Item
from planexport.reader.words import PER_DAY_WORDS, WEEK_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["led_line", "paragraph_items", "warn_lone"]

# A time of day, a link, a question or a sum: such a line is something else.
_OTHER = lazy(r"\d[:.hH][0-5]\d(?!\d)|https?://|[=?|]")
_WORD = lazy(r"[^\W\d_]+")
# A rate ("2 horas al día", "3 hours a week"): a habit said of the plan, not a block.
_RATE = lazy(
    rf"\b(?:{PER_DAY_WORDS}|(?:per|a|each|every|pro|je|al|por|cada|par|chaque|ogni|ao|elke)"
    rf"\s+{WEEK_WORDS})\b",
    re.IGNORECASE,
)
# Words a sentence starts with, folded: a subject ("I try to do 2 hours a day."), a pointer
# back ("This takes 5 min longer."), a condition; a block's title starts with what is done.
_SENTENCE_START = frozenset(
    ("i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "there",
     "if", "then", "after", "before", "only", "just", "about", "around", "each", "every",
     "ich", "wir", "du", "ihr", "sie", "er", "es", "das", "dies", "dann", "danach", "wenn",
     "nur", "etwa", "jede", "jeden", "jeder",
     "yo", "nosotros", "tu", "usted", "ustedes", "el", "ella", "ellos", "esto", "eso", "este",
     "esta", "luego", "despues", "antes", "si", "solo", "unos", "cada",
     "je", "nous", "vous", "on", "il", "elle", "ils", "ce", "cela", "ceci", "puis", "ensuite",
     "apres", "avant", "seulement", "environ", "chaque",
     "io", "noi", "voi", "lui", "lei", "loro", "questo", "questa", "poi", "dopo", "prima",
     "solo", "circa", "ogni",
     "eu", "nos", "voce", "voces", "ele", "ela", "eles", "isto", "isso", "depois", "entao",
     "so", "cerca",
     "ik", "wij", "jij", "jullie", "hij", "zij", "het", "dit", "dat", "dan", "daarna",
     "voor", "na", "als", "alleen", "ongeveer", "elke", "ieder")
)  # fmt: skip
_MARKUP = ("#", ">", "|", "!", "?", "<", ":", "=", "*", "_", "`", "[", "(", "-", "+")


def led_line(text: str) -> bool:
    """Whether a plain line is a block led by its title and run on into what it is made of:
    `Cooldown 5 min easy stretching.`, `Vuelta a la calma 5 min estiramientos suaves.`,
    `Auslaufen 10 Min. locker traben.` (title, one length, then words), not a sentence that
    gives a length (`I try to do 2 hours a day.`, `Das dauert 2 Stunden.`)."""
    from planexport.reader.blocks import is_break, is_total, session_name
    from planexport.reader.joining_words import before_length
    from planexport.reader.line_segments import lengths
    from planexport.reader.prose_lengths import not_a_block

    text = text.strip()
    if not text or len(text) > 120 or text.startswith(_MARKUP) or not text[0].isupper():
        return False
    found = lengths(text)
    if len(found) != 1 or found[0].at is not None:
        return False
    before, after = text[: found[0].start], text[found[0].end :]
    words = _WORD.findall(before)
    if not 1 <= len(words) <= 4 or re.search(r"[\d(\[:;,]", before):
        return False  # "Day 2: 30 min …", "Read chapter 3 (45 min) …": another shape
    if fold(words[0]) in _SENTENCE_START or before_length(before) != before:
        return False  # "It takes 5 min …", "Walk for 20 min …": said, not titled
    if not _WORD.search(after) or _OTHER.search(text) or _RATE.search(after):
        return False
    return not (
        is_total(text) or session_name(text) is not None or is_break(before) or not_a_block(text)
    )


def _untimed(text: str) -> bool:
    from planexport.reader.durations import find_duration
    from planexport.reader.line_segments import lengths

    found = find_duration(text)  # "Round 1: 4 x 400 m" is a distance, no length
    return not lengths(text) and (found is None or found.at is None)


def paragraph_items(texts: list[str], line: int, *, led: bool) -> list[Item] | None:
    """The lines of a plain paragraph as list items, when each timed line starts a block and
    every other line sits under one: `Finisher 6 min EMOM` over `Min 1: 8 burpees` is one item
    with that line under it; a line led by its block (`Cooldown 5 min easy stretching.`) is an
    item when `led`. None when a timed line is neither, or a line stands above every block."""
    from planexport.reader.line_segments import block_line, segments

    items: list[Item] = []
    for pos, text in enumerate(texts):
        if block_line(text) or segments(text) or (led and led_line(text)):
            items.append(Item(text, line + pos))
        elif items and not segments(items[-1].text) and _untimed(text):
            items[-1].children.append(Item(text, line + pos))
        else:
            return None
    return items


def warn_lone(texts: list[str], line: int, ctx: Ctx) -> None:
    """Say so when a line led by its block stays a note because no other line of its day is a
    block (`## Día 2` over `Vuelta a la calma 5 min estiramientos suaves.` alone)."""
    from planexport.reader.line_segments import lengths

    for pos, text in enumerate(texts):
        if led_line(text):
            ctx.warn(
                line + pos,
                f'"{text}" may be a block of {lengths(text)[0].text}, but no plain line of its '
                "day reads as one: kept as the day's note",
            )
