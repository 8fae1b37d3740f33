"""Two hyphens between two clock times (`15:00--15:10`, `9am -- 11am`), as some editors and
Markdown writers type an en dash: a span of clock time, read as `15:00–15:10`."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["en_dash_spans"]

# "15:00", "9.30", "9h30", "9am", "9:30 pm": a time of day with its minutes or its half of the day
_TIME = r"\d{1,2}(?:[:.h][0-5]\d(?:\s?[ap]\.?m\b\.?)?|\s?[ap]\.?m\b\.?)"
# Exactly two hyphens ("---" is a rule or a table's line, never a dash), a time on each side.
_DOUBLE = lazy(rf"(?<![\d:.])(?P<a>{_TIME})(?P<gap>\s*)(?<!-)--(?!-)(?=\s*{_TIME}(?![\d:]))", re.I)


def en_dash_spans(text: str) -> str:
    """The text with each `--` between two clock times written as an en dash."""
    if not _two_alone(text):
        return text  # most plans: no double hyphen, or only the runs of a table's rule line
    return _DOUBLE.sub(lambda m: f"{m['a']}{m['gap']}\u2013", text)


def _two_alone(text: str) -> bool:
    """Whether `text` has a run of exactly two hyphens, as `_DOUBLE` wants: a look at each run
    is far cheaper than the pattern, which tries every place of the text (`|---|---|` rows)."""
    at = text.find("--")
    while at != -1:
        end = at + 2
        while text.startswith("-", end):
            end += 1
        if end - at == 2:
            return True
        at = text.find("--", end)  # the first pair after a run starts a run of its own
    return False
