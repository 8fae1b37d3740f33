"""A day's length written after a clock or timer sign on a line of its own (`⏱️ 2 hours`,
`🕐 **45 min**`, `⏳ 1-2 hrs`): read as `Time: 2 hours`, the day's stated length."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["timer_lengths"]

# The signs: stopwatch, alarm clock, hourglasses, the clock faces 🕐 to 🕧.
_SIGNS = "⏱⏰⌛⏳" + "".join(chr(c) for c in range(0x1F550, 0x1F568))
# A quote's marker goes too: "> ⏰ 2 hours" alone under a day says its length, not an aside.
_LINE = lazy(
    rf"^(?P<lead>[ \t]{{0,3}})(?:>[ \t]*)?[{_SIGNS}]\ufe0f?[ \t]*(?P<rest>[^\n]+?)[ \t]*$", re.M
)


def timer_lengths(body: str) -> str:
    """The body with each line that is a timer sign and a length alone (`⏱️ 2 hours`) written
    as `Time: 2 hours`; any other line, a list item or one with more words, as it is."""
    if not any(sign in body for sign in _SIGNS):
        return body

    def swap(match: re.Match[str]) -> str:
        rest = match["rest"]
        plain = rest.strip("*_ \t")
        found = find_duration(plain)
        if found is None or found.at is not None or plain[: found.start].strip():
            return match.group(0)
        if plain[found.end :].strip(" .*_"):
            return match.group(0)  # "⏱️ 2h - Botticelli": more than a length, read as written
        return f"{match['lead']}Time: {plain}"

    return _LINE.sub(swap, body)
