"""Bold option labels under a block's heading (`#### Mañana (2h): Diseño`, `**Opción A: Diseño**`
over its steps): choices inside the block, their steps its items."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy_emphasis
from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["OPTION_WORDS", "option_part"]

# The words that name one of several options, in the seven languages.
OPTION_WORDS = (
    r"option|opci[oó]n|op[cç][aã]o|opzione|optie|variante|variant|alternative|alternativa"
    r"|alternatief|choice|choix|wahl|m[oö]glichkeit|scelta|escolha|keuze"
)

# "**Opción A: Diseño**", "**Option B**", "**Variante 2:** …", "**Keuze 1**"
_OPTION = lazy(
    rf"^[^\w*_]{{0,4}}(?:\*\*|__)\s*(?:{OPTION_WORDS})"
    rf"\s+(?:[a-z]|\d{{1,2}})\b\s*(?:[:.){DASH}]\s*(?:\S[^*_]*)?)?(?:\*\*|__)\s*:?[^*_]*$",
    re.IGNORECASE,
)


def option_part(nodes: list[Node], idx: int) -> Item | None:
    """The part a bold option label over a list opens inside the block above it, or None.

    A label with a length of its own, or with no list below it, is no option of the block.
    """
    node = nodes[idx]
    following = nodes[idx + 1 : idx + 2]
    if not following or following[0].kind != "list" or find_duration(node.text) is not None:
        return None
    if _OPTION.match(node.text) is None:
        return None
    # "**Option A:** a CLI tool" is "Option A: a CLI tool", "**Option B**:" is "Option B"
    text = re.sub(r"\*\*|__", "", tidy_emphasis(node.text)).strip().rstrip(":").strip()
    return Item(" ".join(text.split()), node.line)
