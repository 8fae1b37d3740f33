"""A rough start beside a length (`Long run, around 10am, 75 to 180 minutes`; `Sortie longue,
vers 10h, environ 90 minutes`; `Lauf gegen 10 Uhr, 90 Minuten`; `hacia las 10`, `verso le 10`,
`por volta das 10h`, `rond 10 uur`): the block starts at that time of day.

The start is read from the block's own line, or from the paragraph the block was read from,
when it says one rough start and no other time of day; a block that has its time is left as is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.model import Block, Day

__all__ = ["rough_start", "rough_starts"]

_AMPM = r"(?P<ampm>[ap])\.?\s?m\b\.?"
# The words before the hour, by language; those that may lead a length too ("about 2h",
# "environ 1h") are followed by an hour that only a time of day has (`10am`, `10 Uhr`, `10:00`).
_ROUGH = lazy(
    r"(?<![\w])(?:"
    # English: "around 10am", "at about 9:30", "about 10 o'clock"
    r"(?:at\s+)?(?:around|about|roughly|approximately|approx\.?|circa)\s+"
    rf"(?P<en>[01]?\d|2[0-3])(?::(?P<enm>[0-5]\d))?\s*(?:{_AMPM}|o'?clock\b|(?<=:\d\d)(?![\w:]))"
    # German: "gegen 10 Uhr", "gegen 9:30", "etwa um 10 Uhr", "so um 10 Uhr"
    r"|(?:gegen|(?:etwa|ungefähr|ca\.?|so)\s+um)\s+"
    r"(?P<de>[01]?\d|2[0-3])(?:[:.](?P<dem>[0-5]\d))?\s*(?:uhr\b|(?<=[:.]\d\d)(?![\w:.]))"
    # French: "vers 10h", "autour de 10h30", "aux alentours de 10 h"
    r"|(?:vers|autour\s+de|aux\s+alentours\s+de)\s+"
    r"(?P<fr>[01]?\d|2[0-3])\s?(?:h|:)(?P<frm>[0-5]\d)?(?![\w])"
    # Spanish: "hacia las 10", "sobre las 10:30", "a eso de las 10h"
    r"|(?:hacia|sobre|a\s+eso\s+de|alrededor\s+de)\s+la(?:s)?\s+"
    r"(?P<es>[01]?\d|2[0-3])(?:[:h](?P<esm>[0-5]\d)?)?(?![\w:])"
    # Italian: "verso le 10", "intorno alle 10:30", "verso l'una"
    r"|(?:verso\s+(?:le|alle)|intorno\s+alle|attorno\s+alle)\s+"
    r"(?P<it>[01]?\d|2[0-3])(?:[:.](?P<itm>[0-5]\d))?(?![\w:])"
    # Portuguese: "por volta das 10h", "perto das 10:30", "lá pelas 10"
    r"|(?:por\s+volta\s+d[ao]s?|perto\s+d[ao]s?|l[aá]\s+pel[ao]s?|cerca\s+das)\s+"
    r"(?P<pt>[01]?\d|2[0-3])(?:[:h](?P<ptm>[0-5]\d)?)?(?![\w:])"
    # Dutch: "rond 10 uur", "omstreeks 9:30", "rond half elf" is not read
    r"|(?:rond|omstreeks|tegen)\s+"
    r"(?P<nl>[01]?\d|2[0-3])(?:[:.](?P<nlm>[0-5]\d))?\s*(?:uur\b|(?<=[:.]\d\d)(?![\w:.]))"
    r")(?!\s*(?:min|hrs?\b|hours?|stunden?|lang\b|per\b|minutos|minuti|minuten))",
    re.IGNORECASE,
)
_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl")
# A written time of day the rough start would contradict: "10:00", "9h30 - 11h", "3 pm".
_CLOCK = lazy(r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d|\s?[ap]\.?m\b)", re.IGNORECASE)


def rough_start(text: str) -> int | None:
    """Minutes after midnight of the one rough start in `text`, if it names no other time of day."""
    found = list(_ROUGH.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    lang = next(lang for lang in _LANGS if match.group(lang) is not None)
    hour = int(match.group(lang))
    minute = int(match.group(lang + "m") or 0)
    if lang == "en" and match.group("ampm"):
        if hour == 0 or hour > 12:
            return None
        hour = hour % 12 + (12 if match.group("ampm").lower() == "p" else 0)
    rest = text[: match.start()] + " " + text[match.end() :]
    if _CLOCK.search(rest) is not None:
        return None
    return hour * 60 + minute


def _paragraph(text_lines: list[str], line: int) -> str:
    """The block's line, with the lines of its paragraph when it is a line of prose."""
    index = line - 1
    if not 0 <= index < len(text_lines):
        return ""
    own = text_lines[index]
    if re.match(r"\s*(?:[-*+|#>]|\d+[.)]\s)", own):
        return own  # a list item, a table row, a heading: its own line only
    start = end = index
    while start > 0 and _prose(text_lines[start - 1]):
        start -= 1
    while end + 1 < len(text_lines) and _prose(text_lines[end + 1]):
        end += 1
    return " ".join(text_lines[start : end + 1])


def _prose(text: str) -> bool:
    return bool(text.strip()) and re.match(r"\s*(?:[-*+|#>]|\d+[.)]\s|```)", text) is None


def _without_start(title: str) -> str:
    """`Long run in the morning, around 10am` without its start, if words are left."""
    match = next((m for m in _ROUGH.finditer(title) if not title[m.end() :].strip(" .,;")), None)
    if match is None:
        return title
    head = title[: match.start()].rstrip(" ,;:-\u2013\u2014(")
    return head if re.search(r"\w{3}", head) else title


def rough_starts(
    days: list[Day], lines: dict[tuple[int, int, int], int], text_lines: list[str]
) -> list[Day]:
    """The days, each untimed block whose line or paragraph gives one rough start set at it, when
    its day's blocks are then still in order of their starts."""
    out = list(days)
    said: dict[str, int | None] = {}  # a plan's lines repeat ("- **Block 1 (Review – 30 min)**")
    for d, day in enumerate(days):
        variants = list(day.variants)
        for v, variant in enumerate(day.variants):
            blocks: list[Block] = list(variant.blocks)
            changed = False
            for b, block in enumerate(variant.blocks):
                line = lines.get((d, v, b))
                if block.at is not None or line is None:
                    continue
                paragraph = _paragraph(text_lines, line)
                if paragraph not in said:
                    said[paragraph] = rough_start(paragraph)
                start = said[paragraph]
                if start is None:
                    continue
                blocks[b] = block.model_copy(
                    update={
                        "at": f"{start // 60:02d}:{start % 60:02d}",
                        "title": _without_start(block.title),
                    }
                )
                changed = True
            ats = [blk.at for blk in blocks if blk.at is not None]
            if changed and ats == sorted(ats) and len(set(ats)) == len(ats):
                variants[v] = variant.model_copy(update={"blocks": tuple(blocks)})
        if variants != list(day.variants):
            out[d] = day.model_copy(update={"variants": tuple(variants)})
    return out
