"""A length said as repeats: `5 mal 2 Minuten laufen`, `3 x 25 min Pomodoro` is N times M."""

from __future__ import annotations

import re

from planexport.reader.durations import Found, find_duration
from planexport.reader.interval_rests import REPEAT_WORDS, paired_rest, rest_spans
from planexport.reader.lazy import lazy
from planexport.reader.line_memo import per_line

__all__ = ["find_length", "repeated", "starts_with_repeat"]

# "5 mal", "3 x", "4×", "6 times", "3 fois", "4 veces", "5 volte", "3 vezes", "5 keer", "5 maal"
_TIMES = lazy(
    rf"(?<![\w.,:])(?P<n>\d{{1,2}})\s*{REPEAT_WORDS}\s*$",
    re.IGNORECASE,
)
# "4 x 400 m", "6x200m": a repeated distance; after a repeat a bare `m` is metres, never minutes.
_DISTANCE = lazy(
    rf"(?<![\w.,:])\d{{1,2}}\s*{REPEAT_WORDS}\s*\d+(?:[.,]\d+)?\s*m\.?(?!\w)", re.IGNORECASE
)
# "(, descanso 1 min)" once the repeats are taken out: the bracket keeps its words only.
_EMPTIED = lazy(r"(?<=[(\[])\s*[,;:]\s*")
_EMPTY = lazy(r"\s*\(\s*\)")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


@per_line
def _first(text: str, pos: int = 0) -> tuple[Found, re.Match[str] | None] | None:
    """The first length from `pos` that is no repeated distance, with the `N x` before it
    (N of 2 or more; None when it is not repeated)."""
    written = text
    if "m" in text.lower():
        text = _DISTANCE.sub(_blank, text)  # "4 x 400 m": a distance, no length; one pass
    for start, end in rest_spans(written):
        text = text[:start] + " " * (end - start) + text[end:]  # "(recovery 2 min)": no length
    found = find_duration(text, pos)
    if found is None or found.at is not None:
        return None if found is None else (found, None)
    times = _TIMES.search(text, pos, found.start)
    if times is None or int(times["n"]) < 2:
        return found, None
    pause = paired_rest(written, found)
    if pause is not None:  # "5 x 3 min Z4 / 2 min Pause": each repeat its work and its rest
        text = f"{found.text.strip()} / {pause.text.strip()}"
        found = Found(found.start, pause.end, found.lo + pause.lo, found.hi + pause.hi, text)
    return found, times


def find_length(text: str, pos: int = 0) -> Found | None:
    """The first length in `text` from `pos`, its repeats counted: `6 x 3 min tempo` is 18
    minutes from the `6`. A repeated distance (`4 x 400 m`) is no length and is passed over,
    so `6 x 400 m, 20 min` is 20 minutes, and so is the rest after repeats (`6x400m
    (recuperação 2min)` has none). Clock spans and other lengths as `find_duration`."""
    first = _first(text, pos)
    if first is None:
        return None
    found, times = first
    if times is None:
        return found
    n, start = int(times["n"]), times.start()
    return Found(start, found.end, found.lo * n, found.hi * n, text[start : found.end])


def starts_with_repeat(text: str) -> bool:
    """Whether the first length of `text` is a repeat (`Kern: 6 x 3 min tempo, 1 min
    wandelen`): the line is one activity, the lengths after it its pauses."""
    first = _first(text)
    return first is not None and first[1] is not None


def repeated(text: str) -> tuple[Found, str] | None:
    """The length of `text` when its first one is repeated (`5 mal 2 Minuten laufen mit jeweils
    2 Minuten Gehpause`: 10 min; the pauses between are the title's), and the title: the rest of
    the line with the repeats in brackets, `laufen mit jeweils 2 Minuten Gehpause (5 × 2
    Minuten)`. None when the first length is not repeated or is a span of clock time; a
    repeated distance (`4 x 400 m`) is passed over."""
    first = _first(text)
    if first is None:
        return None
    found, times = first
    if times is None:
        return None
    n = int(times["n"])
    said = f"{n} × {found.text.strip()}"
    rest = f"{text[: times.start()]} {text[found.end :]}".strip()
    if " / " in found.text:  # "Z4 / 2 min Pause": the words of the work and of the rest
        work, pause = found.text.split(" / ", 1)
        after = found.start + len(work)
        cut = text.find(pause, after)
        if text.startswith(work, found.start) and cut != -1:
            rest = f"{text[: times.start()]} {text[after:cut]} {text[found.end :]}"
            rest = " ".join(rest.split())
    # "Series (, descanso 1 min)", "tempo ()": no mark and no empty bracket left
    rest = _EMPTY.sub("", _EMPTIED.sub("", rest))
    lead = re.match(r"^(?P<lead>[\W_]*)", rest)
    if rest.startswith(("(", "[")):
        return _total(text, found, times, n), f"{said} {rest}"  # "3 x 10 min (rec 3 min)"
    if lead is not None and lead["lead"].strip(" *_"):
        rest = rest[lead.end() :]  # ", laufen" after the repeats: no mark left at the front
    title = f"{rest} ({said})" if rest else said
    return _total(text, found, times, n), title


def _total(text: str, found: Found, times: re.Match[str], n: int) -> Found:
    """The length of `n` repeats of `found`, from the repeat's number to the end of the length."""
    return Found(
        times.start(), found.end, found.lo * n, found.hi * n, text[times.start() : found.end]
    )
