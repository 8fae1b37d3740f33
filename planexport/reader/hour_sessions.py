"""A part of the day whose heading gives its hours over numbered hours (`### Afternoon Session
(3 hours): Case Studies` over `**Hour 5: Chat System**`): a session of hour blocks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import hour_block, session_name
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["hour_session"]


def hour_session(heading: Node, below: list[Node]) -> bool:
    """Whether a heading is a part of the day over numbered hours: a session of hour blocks,
    not a plan of that many hours."""
    lead = re.split(r"[(:|]|\s[-–—]\s", unwrap(heading.text), maxsplit=1)[0]
    return session_name(lead) is not None and any(
        n.kind == "paragraph" and hour_block(n.text, [], n.line) for n in below
    )
