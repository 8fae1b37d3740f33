"""A class time stated once in a sentence (`on Mondays from 19:00 to 22:00`), for the refusal."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.outline import Node

__all__ = ["FROM_TO", "stated_time"]

_CLOCK = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d"
# "from 19:00 to 22:00", "de 19:00 a 22:00 hs", "von 9.00 bis 12.00 Uhr", "19:00 - 22:00"
FROM_TO = lazy(
    rf"(?<![\d:.])(?P<a>{_CLOCK})\s*(?:h|hs|uhr)?\s*(?:-|–|—|to|a|bis|à|al|till|until|tot|"
    rf"alle|às|ate|até)\s*(?P<b>{_CLOCK})(?![\d:])",
    re.IGNORECASE,
)


def stated_time(nodes: list[Node]) -> tuple[int, str] | None:
    """The line and the words of a sentence that gives a start and an end time
    (`Classes are on Mondays and Fridays from 19:00 to 22:00.`), if the plan has one."""
    for node in nodes:
        if node.kind != "paragraph" or len(node.text.split()) < 4:
            continue  # a sentence, not a line of the agenda ("19:00 – 22:00 Class")
        match = FROM_TO.search(node.text)
        if match is not None:
            return node.line, f"{match.group('a')} to {match.group('b')}"
    return None
