"""Words that leave a start time open ("ab 18:00 Uhr", "22:00 en adelante"): the time's words."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["end_left_blank", "open_end", "opens_at", "without_open_end"]

# "ab 18:00 Uhr", "ab ca. 9:30", "from 6 pm", "starting at 18:00", "vanaf 20:00", "dès 19h",
# "desde las 22:00", "a partir de 18h", "à partir de 18h", "a partir das 18h", "dalle ore 18",
# "a partire dalle 18": the time from which it runs, with no end.
_BEFORE = lazy(
    r"(?<!\w)(?:ab(?:\s+ca\.?)?|from|starting(?:\s+(?:at|from))?|vanaf|d\u00e8s"
    r"|desde(?:\s+las?)?|[a\u00e0]\s+partir\s+d(?:e|es|as|os|u)(?:\s+las?)?"
    r"|a\s+partire\s+dall[ae](?:\s+ore)?|dall[ae](?:\s+ore)?)[\s*_]*$",
    re.IGNORECASE,
)
# "18:00 onwards", "22:00 en adelante", "18 in poi", "20h em diante", "ab 18 Uhr open end"
_AFTER = lazy(
    r"^[\s*_]*(?:uhr[\s*_]+)?(?:onwards?|and later|en adelante|in poi|em diante"
    r"|(?:bis\s+)?open[\s-]end"
    # "3:30 - Late : Challenges", "20:00 – spät", "21h - tard" (a word, then ":" or the end)
    # "20h00 - ...", "20:00 – …", "20:00 ... Coding": the end left to be filled in
    r"|(?:[-–—]\s*)?(?:\.{2,}|…)"
    r"|(?:[-–—]\s*(?:open|\?)|(?:[-–—]\s*)?(?:(?:till|until)\s+)?"
    r"(?:late|spät|tard|tardi|laat))(?=\s*(?::|\||$)))(?!\w)",
    re.IGNORECASE,
)


def open_end(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the time at `text[start:end]`, widened over the words around it that leave
    it open (`ab 18:00 Uhr`, `18:00 onwards`): they say when, not what."""
    before = _BEFORE.search(text, 0, start)
    after = _AFTER.match(text[end:])
    return (before.start() if before else start), (end + after.end() if after else end)


def opens_at(text: str, pos: int) -> bool:
    """Whether words that leave a time open follow `text[pos:]` (`20h00 - ...`, `20h onwards`):
    the time before them is a start, not a length of 20 hours."""
    return _AFTER.match(text[pos:]) is not None


def end_left_blank(rest: str) -> bool:
    """Whether what follows a start time leaves its end blank (`- ...`, `– …`, `- ?`): an end
    not known yet, unlike `onwards` or `en adelante`, which say it runs on."""
    after = _AFTER.match(rest)
    return after is not None and any(mark in after.group() for mark in ("..", "…", "?"))


def without_open_end(rest: str) -> str:
    """What follows a start time without the words that leave it open: `Drinks` of
    `onwards: Drinks`."""
    after = _AFTER.match(rest)
    return rest[after.end() :] if after else rest
