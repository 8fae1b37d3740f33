"""A block titled only by where it happens (`- 18h30-19h30 Stade municipal de Dijon`, `Gymnase
Jean Moulin`, `Sportplatz Am Berg`, `Polideportivo Norte`, `12 Rue des Lilas, 21000 Dijon`)
in a session that has a name: its day's heading (`## Mardi — Fractionné`), or a heading or a
bold line just before it (`### Renforcement`, `**Sortie longue**`). The name is the title and
the place the block's note."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.day_headings import weekdays_of
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node, unwrap

if TYPE_CHECKING:
    from planexport.model import Block, Day

__all__ = ["is_place", "place_titles"]

# The words a place's name starts with, in the seven languages.
_PLACE = lazy(
    r"^(?:(?:stadium|park|gym|track|field)\s+(?:at|of|on)\s|terrain|stade|parc|gymnase|salle|piscine|complexe"
    r"|sportplatz|sporthalle|turnhalle|halle|stadion|schwimmbad|campo|polideportivo|pabell[oó]n"
    r"|piscina|pista|palestra|palazzetto|quadra|gin[aá]sio|est[aá]dio|sportpark|sporthal"
    r"|zwembad|atletiekbaan)\b",
    re.IGNORECASE,
)
# An address: a street number and a street word, or a postcode before a town.
_ADDRESS = lazy(
    r"\b\d{1,4},?\s+(?:[\w'’-]+\s+){0,3}(?:rue|avenue|bd|boulevard|chemin|place|street|st\.?|road|rd\.?|ave\.?"
    r"|stra(?:ß|ss)e|str\.|weg|calle|avenida|via|viale|piazza|rua|pra[cç]a|straat|laan|plein)\b"
    r"|\b(?:rue|avenue|calle|via|rua)\b[^,]{2,40},\s*\d{4,5}\s+(?-i:[A-ZÀ-Ý])"
    r"|,\s*\d{5}\s+(?-i:[A-ZÀ-Ý])[\w-]+$",
    re.IGNORECASE,
)
_CASED = lazy(r"\b[A-ZÀ-Ý][\w'’-]*")


def is_place(title: str) -> bool:
    """Whether a title is only a place: a place word and a proper name (`Terrain Communal de
    Blaisy-Bas`), or an address; never a title with a length or a time."""
    text = unwrap(title).strip(" *_")
    if not text or find_duration(text) is not None:
        return False
    if _ADDRESS.search(text) is not None:
        return True
    match = _PLACE.match(text)
    if match is None:
        return False
    rest = text[len(text.split()[0]) :]
    return _CASED.search(rest) is not None or bool(re.search(r"\d", rest))


def _name_before(text_lines: list[str], line: int) -> str | None:
    """A heading or a bold line just before the block's line (`### Renforcement`, `**Sortie
    longue**`), that names no weekday and gives no time."""
    index = line - 2
    while index >= 0 and not text_lines[index].strip():
        index -= 1
    if index < 0:
        return None
    prev = text_lines[index].strip()
    heading = re.match(r"#{2,6}\s+(.+?)\s*#*$", prev)
    bold = re.fullmatch(r"(\*\*|__)(?P<t>[^*_]{2,60})\1:?", prev)
    name = heading.group(1) if heading else bold.group("t") if bold else None
    if name is None or find_duration(name) is not None or is_place(name):
        return None
    if weekdays_of(Node("heading", 2, text=name)) or not re.search(r"[^\W\d_]{3}", name):
        return None
    return tidy(unwrap(name))


def _day_name(day: Day) -> str | None:
    """The day's title when it names the session (`Fractionné` of `## Mardi — Fractionné`)."""
    title = day.title
    if not re.search(r"[^\W\d_]{3}", title) or is_place(title) or find_duration(title):
        return None
    return None if weekdays_of(Node("heading", 2, text=title)) else title


def place_titles(
    days: list[Day], lines: dict[tuple[int, int, int], int], text_lines: list[str]
) -> list[Day]:
    """The days, each block titled by a place in a named session titled by the name, the place
    its note."""
    out = list(days)
    places: dict[str, bool] = {}  # a plan's titles repeat ("Review"): each is asked once
    for d, day in enumerate(days):
        variants = list(day.variants)
        notes = list(day.notes)
        for v, variant in enumerate(day.variants):
            blocks: list[Block] = list(variant.blocks)
            changed = False
            for b, block in enumerate(variant.blocks):
                line = lines.get((d, v, b))
                if line is None:
                    continue
                if block.title not in places:
                    places[block.title] = is_place(block.title)
                if not places[block.title]:
                    continue
                name = _name_before(text_lines, line)
                if name is None and len(variant.blocks) == 1 and len(day.variants) == 1:
                    name = _day_name(day)
                if name is None or name == block.title:
                    continue
                note = block.title if not block.note else f"{block.title}; {block.note}"
                blocks[b] = block.model_copy(update={"title": name, "note": note})
                changed = True
                if name in notes:
                    notes.remove(name)  # "**Sortie longue**": the block's title now
            if changed:  # a variant with no place is kept as it is, not copied
                variants[v] = variant.model_copy(update={"blocks": tuple(blocks)})
        if variants != list(day.variants):
            out[d] = day.model_copy(update={"variants": tuple(variants), "notes": tuple(notes)})
    return out
