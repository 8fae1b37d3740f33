"""A length written inside a spanned line's text (`07:00 - 08:00: Café / 20 minutos de yoga`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planexport.reader.durations import Found

__all__ = ["length_in_words"]


def length_in_words(text: str, found: Found) -> bool:
    """Whether a length in the title of a spanned line is part of what is done, not the span's
    length said again.

    `Café da manhã / meditar / 20 minutos de exercícios / conversar` under `07:00 - 08:00`:
    twenty minutes of the hour go to exercise; the title keeps them as written and nothing
    differs. A length that closes the text (`Arrays 90 min`) or stands in brackets (`(2.5h)`)
    restates the span and is checked against it. An hour after a weekday or a word for "at"
    (`aula quarta 16h`, `às 14h30`) is the time of something the line mentions.
    """
    if "h" in found.text.lower() and found.text.strip()[:1].isdigit():
        from planexport.reader.clock_mentions import mentioned_clock

        if mentioned_clock(text, found):
            return True  # "(aula quarta 16h)": the class is at four, the title keeps it
    before = text[: found.start]
    if before.rfind("(") > before.rfind(")"):
        return False  # "(2.5h, chapter 3)": an aside about the span
    after = text[found.end :]
    return re.match(r"\s+(?:[^\W\d_]{2,}|[^\W\d_]\s)", after) is not None and bool(
        before.strip(" *_:-")
    )
