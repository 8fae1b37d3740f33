"""Work named by when in the day it runs, before bare hours (`Late work 11-7`, `Work (late)
11–19`, `Evening work 6-10`, `Trabajo de tarde 14-22`, `Travail du soir 18-22`, `Lavoro serale
18-23`, `Werk (avond) 18-22`): work as `Work 9-5` is. Only with its hours: with a clock span
(`18:00-20:00 Evening work`) such a title stays a block, as `Morning work` does."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.shift_words import NIGHT
from planexport.reader.words import fold

__all__ = ["work_by_when"]

# When work runs late in the day or at night, in the seven languages (accent-free, lower case);
# the morning's words stay out: `Morning work` is a block of study.
_WHEN = frozenset((
    "late", "afternoon", "evening", "spat", "spate", "spater", "abend", "abends", "nachmittag",
    "nachmittags", "tarde", "tardes", "vespertino", "vespertina", "apres-midi", "soir", "soiree",
    "pomeriggio", "pomeridiano", "pomeridiana", "sera", "serale", "avond", "avonds", "middag",
    "laat",
)) | NIGHT  # fmt: skip
_WORDS = lazy(r"[a-z]+(?:-[a-z]+)*")


def work_by_when(title: str) -> bool:
    """Whether a title is work once the words of when it runs are set aside (`Late work`,
    `Work (late)`, `Trabajo de tarde`, `Lavoro serale`); not a title with no such word, nor
    one whose other words do something (`Late homework`, `Evening work on essays`)."""
    from planexport.reader.work_spans import is_work

    words = _WORDS.findall(fold(title))
    rest = [word for word in words if word not in _WHEN]
    if len(rest) == len(words) or not rest:
        return False
    return is_work(" ".join(rest))
