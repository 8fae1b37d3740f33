"""Dated rows whose only words are where they take place (`| 14/Oct/2013 | 15:15-19:15 | LM1 | 4 |`
under `## Laboratorio`, or under a caption line `**Laboratori:**`, in a table headed
`Data | Orario | Aula | Ore`): the room is where each block is, never its title.

Each row's block is titled by the row's other words (`| Redes |`), or else by the table's
section (its caption line just above it, else the nearest heading above), or `Block` when it
has none; the room is the block's note (a block has no place of its own), not the day's. A
column that counts the row's hours (`Ore`, `Hours`, `Stunden`, `N. ore accademiche`) says again
how long the span is: it is checked against the span, with a warning where the two differ, and
is no note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planexport.reader.emphasis import plain
from planexport.reader.outline import unwrap
from planexport.reader.table_columns import BARE, has_word, header_names

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx, RawBlock
    from planexport.reader.outline import Node

__all__ = ["Rooms", "rooms_of"]

# Headers of a column that counts hours, folded: "Ore", "Hours", "Stunden", "N. ore accademiche".
_COUNT_WORDS = ("ore", "hour", "hours", "hrs", "stunden", "std", "horas", "heures", "uren", "uur")
# "ore accademiche", "academic hours", "Unterrichtsstunden": hours of 45 minutes, or of 60.
_ACADEMIC = ("accademiche", "academic", "academicas", "academiques", "akademische", "academische")


@dataclass
class Rooms:
    """The columns of a dated table that say where (`place`) and how many hours (`count`)."""

    place: int
    count: int | None
    count_name: str
    academic: bool
    title: str

    def take(self, cells: list[str]) -> tuple[str, str]:
        """The row's room and hour count, their cells left blank in `cells`."""
        room = hours = ""
        if self.place < len(cells):
            room, cells[self.place] = plain(unwrap(cells[self.place])).strip(), ""
        if self.count is not None and self.count < len(cells):
            hours, cells[self.count] = unwrap(cells[self.count]).strip(" *_"), ""
        return room, hours

    def place_in(
        self, blocks: list[RawBlock], *, room: str, hours: str, date: str, line: int, ctx: Ctx
    ) -> list[str]:
        """Title the row's one block by the table's section when nothing else names it, make
        the room its note and check the hours the row counts against its span. The room and
        the count as the day's notes, as before, when the row has no one block."""
        if len(blocks) != 1:
            return [cell for cell in (room, hours) if cell]
        raw = blocks[0]
        if raw.title == "Block":
            raw.title = self.title
        if room and room.strip("-—– "):
            raw.note = f"{raw.note}; {room}" if raw.note else room
        if not BARE.fullmatch(hours) or "-" in hours or "–" in hours:
            return []
        count = float(hours.replace(",", "."))
        if raw.at is None or any(abs(count * unit - raw.hi) < 1 for unit in self._units()):
            return []
        said = f"{count:g}"
        ctx.warn(
            line,
            f'row "{date}" counts {said} hours ("{self.count_name}"), but its span is '
            f"{raw.hi} min: read as the span",
        )
        return []

    def _units(self) -> tuple[int, ...]:
        return (60, 45) if self.academic else (60,)


def rooms_of(
    node: Node, cols: dict[str, int | None], dates: int, where: tuple[list[Node], int] | None
) -> Rooms | None:
    """The room and hour-count columns of a dated table whose rows are timed by a span and
    have no column that the table names as their title; None for other tables."""
    place, span = cols["place"], cols["span"]
    if place is None or span is None or cols["title"] not in (None, dates, place):
        return None
    header = header_names(node)
    body = node.rows[1:]
    taken = {place, span, dates, cols["day"]}
    count = next(
        (
            c
            for c, name in enumerate(header)
            if c not in taken
            and has_word(name, _COUNT_WORDS)
            and all(BARE.match(unwrap(r[c]).strip(" *_")) for r in body if c < len(r) and r[c])
        ),
        None,
    )
    count_name = unwrap(node.rows[0][count]).strip() if count is not None else ""
    academic = count is not None and has_word(header[count], _ACADEMIC)
    return Rooms(place, count, count_name, academic, section_title(where) or "Block")


def section_title(where: tuple[list[Node], int] | None) -> str | None:
    """What a table is about: its caption line just above it (`**Laboratori:**`), else the
    nearest heading above it (`## Laboratorio`)."""
    if where is None:
        return None
    nodes, idx = where
    above = nodes[idx - 1] if idx > 0 else None
    if above is not None and above.kind == "paragraph" and "\n" not in above.text.strip():
        caption = plain(unwrap(above.text)).strip()
        if caption.endswith(":") and 0 < len(caption) <= 60:
            return caption.rstrip(": ").strip() or None
    for back in range(idx - 1, -1, -1):
        if nodes[back].kind == "heading":
            heading = re.sub(r"\s+", " ", plain(unwrap(nodes[back].text))).strip()
            return heading or None
    return None
