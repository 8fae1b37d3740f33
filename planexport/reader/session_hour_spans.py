"""A part of the day with its bare hours in brackets (`**Morning (9–12)**`, `- **Afternoon
(1–3:30):** IAM policies`, `| Evening (7–8:30) | … |`): the span of those hours, written on the
24-hour clock (`Morning (09:00-12:00)`), the afternoon's and the evening's after noon."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.word_gates import may_hold
from planexport.reader.words import LATER_SESSION_WORDS, SESSION_WORDS, fold

__all__ = ["session_hour_spans"]

_SESSIONS = frozenset(SESSION_WORDS)
# The stems a plan must hold for a part of the day to be named at all (ASCII, lower case).
_STEMS = (
    "morn", "noon", "evening", "night", "midday", "lunch", "work", "morgen", "mittag", "abend",
    "nacht", "ana", "tarde", "noche", "madrugada", "matin", "midi", "soir", "nuit", "mattin",
    "pomeriggio", "sera", "notte", "noite", "ochtend", "middag", "avond",
)  # fmt: skip
# "(9–12)", "(1–3:30)": two hours in brackets. Found by its bracket first.
_HOURS = lazy(
    r"\([ \t]*(?P<a>[01]?\d)(?::(?P<am>[0-5]\d))?[ \t]*[-–—][ \t]*"
    r"(?P<b>[012]?\d)(?::(?P<bm>[0-5]\d))?[ \t]*\)"
)
# "Morning ", "**Early evening ": one to three words just before the bracket.
_NAME = lazy(r"(?<![\w-])(?P<name>[^\W\d_][^\W\d_'-]*(?:[ -][^\W\d_]+){0,2})[ \t]*$")


def session_hour_spans(body: str) -> str:
    """The body with each part of the day's bracketed bare hours written as a clock span."""
    if "(" not in body or not may_hold(body, _STEMS):
        return body
    out: list[str] = []
    last = 0
    for match in _HOURS.finditer(body):
        line_start = body.rfind("\n", 0, match.start()) + 1
        name = _NAME.search(body, line_start, match.start())
        span = _span(name["name"], match) if name is not None else None
        if span is not None:
            out += [body[last : match.start()], span]
            last = match.end()
    return "".join([*out, body[last:]]) if out else body


def _span(name: str, match: re.Match[str]) -> str | None:
    """`(09:00-12:00)` for the hours after a part of the day's name, else None."""
    part = fold(name)  # folded: lower case, no accents
    if part not in _SESSIONS:
        return None  # "Weeks (1-2)", "Chapter (3-4)": no part of the day
    a, b = int(match["a"]), int(match["b"])
    a_min, b_min = int(match["am"] or 0), int(match["bm"] or 0)
    if part in LATER_SESSION_WORDS and a < 12:
        a += 12
    if b < 12 and (b * 60 + b_min <= (a % 12) * 60 + a_min or a >= 12):
        b += 12  # "Midday (12-2)", "Afternoon (1–3:30)": the end after noon too
    elif b == 12 and a > 12 and not b_min:
        b = 24  # "Evening (9-12)": up to midnight
    if not a * 60 + a_min < b * 60 + b_min <= 24 * 60:
        return None  # hours that do not run forward within one day
    if match["am"] and match["bm"] and (a, b) == (int(match["a"]), int(match["b"])):
        return None  # "Morning (9:00-12:00)": a clock span as it is written
    return f"({a:02d}:{a_min:02d}-{b:02d}:{b_min:02d})"
