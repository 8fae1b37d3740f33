"""A block named only by a generic label (`### Block A (20 min)`) takes its activity's name too."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock

__all__ = ["name_labels"]

# "Block A", "Bloque 2", "Session 3", "Teil B": a label that says where a block is, not what.
_GENERIC = lazy(
    r"(?:block|bloque|bloc|blocco|bloco|blok|session|sesi[oó]n|sitzung|s[eé]ance|sess[aã]o"
    r"|sessione|sessie|einheit|part|teil|parte|partie|slot|round|runde|ronda)"
    r"(?:\s*#?\s*\d{1,2}|(?:\s+|\s*#\s*)[A-Z])",  # "Block A", not "Bloc" + "k" nor "Part" + "s"
    re.IGNORECASE,
)
_LONGEST = 80  # an activity longer than this is a paragraph, not a name
_BOX = lazy(r"^\s*(?:\[[ xX]\]|[□☐☑✅✔])\s*")


def name_labels(blocks: list[RawBlock]) -> None:
    """Title each block whose title is only a generic label by the label and its activity.

    `### Block A (20 min)` over `- Install the editor` is `Block A: Install the editor`, as
    `**Sessie 1** (9:00 - 10:00): Eerste uitdaging` is `Sessie 1: Eerste uitdaging`; a label
    with its own name (`Block 1 (Concepts – 60 min)`) keeps it. The first item names the
    activity, or else a short line written under the label.
    """
    for raw in blocks:
        if not _GENERIC.fullmatch(raw.title.strip()):
            continue
        activity = _activity(raw)
        if activity:
            raw.title = f"{raw.title.strip()}: {activity}"


def _activity(raw: RawBlock) -> str:
    if any(find_duration(item.text) is not None for item in raw.items):
        return ""  # "- Re-solve it (10 min)": the items are parts with lengths, none names all
    if raw.items:
        text = raw.items[0].text
    elif raw.note:
        text = raw.note
    else:
        return ""
    text = _BOX.sub("", text.splitlines()[0] if text else "")
    if find_duration(text) is not None:
        return ""  # "Reading (10 min)" under the label: a part with its own length, not its name
    name = tidy(unwrap(text)).rstrip(":")
    return name if 0 < len(name) <= _LONGEST else ""
