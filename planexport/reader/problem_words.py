"""What asks for a result in an exercise (`Calcule a velocidade …`, `a = 3 m/s²`, `What is its
speed?`): a question, a formula, or a verb that sets a problem in any of the seven languages.
Its quantities (`200 m`, `25 s`) are the problem's, never lengths or distances to train."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["asks_for_result"]

_ASKS = lazy(
    r"\?|\w\s*=\s*[\w(]|\b(?:calculate|compute|determine|find|solve|calcule[rz]?|calcula[r]?"
    r"|encontre|resolva|determina|berechne[n]?|bestimme|ermittle|trouve[rz]?|calcola|trova"
    r"|bereken|bepaal)\b",
    re.IGNORECASE,
)


def asks_for_result(text: str) -> bool:
    """Whether a line asks for a result: a question, a formula or a verb that sets a problem."""
    return _ASKS.search(text) is not None
