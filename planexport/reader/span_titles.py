"""A bold line under a paragraph that gave only a span names that span.

`**10:00 – 12:00**` over `**Doors Open & Check-In**` is one block, `Doors Open & Check-In`
from 10:00 to 12:00, as `**9h00 - 10h30**` over `**Accueil des participants**` is; the prose
under the bold line stays the block's note. A bold break (`**Coffee Break**`) makes the span a
gap, as `**10:30 – 11:00 Coffee Break**` on one line is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import is_break, tidy
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import RawBlock

__all__ = ["span_title"]

# "**Doors Open & Check-In**": a whole line in bold, nothing outside it.
_WHOLE_BOLD = lazy(r"\s*(\*\*|__)(?P<title>[^*_\n]+)\1\s*")
_LONGEST = 80  # a longer bold line is a sentence, not a name


def span_title(blocks: list[RawBlock], current: RawBlock | None, text: str) -> bool:
    """Whether the paragraph `text` named `current`, a block that has only its span so far.

    The bold line titles the block; a break or a meal takes the block out of `blocks`.
    A line ending in a colon (`**Notes:**`) is a label over what follows, not a name, and a
    line that opens with a clock time of its own (`**13.00 - 14.00**` under `**10.30 - 12.00**`,
    a slot left empty) is the next block.
    """
    if current is None or current.title != "Block" or current.at is None:
        return False
    if current.items or current.note:
        return False
    match = _WHOLE_BOLD.fullmatch(text)
    if match is None:
        return False
    title = tidy(match.group("title"))
    if not title or match.group("title").rstrip().endswith(":") or len(title) > _LONGEST:
        return False
    if (found := find_duration(title)) is not None and found.at is not None and not found.start:
        return False
    if is_break(title):
        blocks[:] = [raw for raw in blocks if raw is not current]
        return True
    current.title = title
    return True
