"""A part of the day as the label of a timed line (`Morning: 3 hrs sectional tests`)."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.length_words import word_length
from planexport.reader.words import SESSION_WORDS, fold

__all__ = ["part_first", "part_label", "part_topic"]

# "Morning: 3 hrs …", "Après-midi : 1 h 30 …", "Vormittag: ca. 2 Std. …", "Tarde: dos horas …":
# a label, a colon, then the length at once.
_LABEL = lazy(
    r"^[^\w]{0,4}(?P<label>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+)?)\s*:\s*(?:~|ca\.?\s*)?(?=\w)"
)
_PARTS = frozenset(SESSION_WORDS)
# "Morning (2.5 hours): Technique Mastery", "Evening Session (1 hour) – Review": the part of the
# day, its length in brackets, then what the block is.
_OPEN = lazy(r"[^\w]{0,4}(?P<label>[^\W\d_]+(?:[ -][^\W\d_]+)?)\s*\(\s*(?:~|ca\.?\s*)?")
_CLOSE = lazy(r"\s*\)\s*(?::|\s[–—-])\s*(?=[^\W_])")


def part_label(text: str) -> str | None:
    """The part of the day that labels a line before its length (`Morning` of `Morning: 3 hrs
    sectional tests`), or None: the session of the block, whose title is the text after the
    length."""
    match = _LABEL.match(text)
    if match is None or fold(match.group("label")) not in _PARTS:
        return None
    if not text[match.end()].isdigit():
        words = word_length(text, match.end())
        if words is None or words[0] != match.end():
            return None
    return match.group("label")


def part_first(text: str, start: int, end: int) -> bool:
    """Whether `text`, whose length is at `start`-`end`, is a part of the day with its length
    in brackets and then what is done (`Morning (2.5 hours): Technique Mastery`): the block is
    the topic, in that session, as `**Morning (2.5 hours):** Technique Mastery` is."""
    from planexport.reader.blocks import session_name

    lead = _OPEN.fullmatch(text, 0, start)
    if lead is None or _CLOSE.match(text, end) is None:
        return False
    return session_name(lead.group("label")) is not None


def part_topic(text: str) -> bool:
    """Whether a plain line is `Morning (2.5 hours): Technique Mastery`: a part of the day, its
    length in brackets, then the topic (a block, not a session heading)."""
    from planexport.reader.durations import find_duration

    found = find_duration(text)
    return found is not None and found.at is None and part_first(text, found.start, found.end)
