"""Emphasis that only wrapped a time or a whole line is dropped from what the reader keeps."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration, find_point_time
from planexport.reader.lazy import lazy
from planexport.reader.words import SESSION_WORDS, fold

__all__ = ["lead_unwrapped", "plain"]

# "_vormittags_ Beginn der Tagung", "*9:00* Doors open": emphasis around the lead of a line,
# italic around a few words or any emphasis around a time of day.
_LEAD = lazy(r"^(?P<pre>[^\w*_]*)(?P<m>\*\*|__|\*|_)(?P<inner>[^*_\n]{1,40}?)(?P=m)(?![*_\w])")
_WHOLE = lazy(r"^(?P<m>\*\*\*|\*\*|__|\*|_)(?P<inner>\S(?:.*\S)?)(?P=m)$", re.DOTALL)
# Words that say when, leading a line: "_nach dem Essen_ Spaziergang", "_after lunch_ Reading".
_WHEN_WORDS = frozenset(
    ("after", "before", "until", "around", "from", "nach", "vor", "bis", "gegen", "um", "ab",
     "apres", "avant", "vers", "des", "dopo", "prima", "verso", "despues", "antes", "hacia",
     "desde", "na", "voor", "tot", "rond", "vanaf", "depois", "ate")
)  # fmt: skip
# "Read chapter 3 *(30 min)*", "Abendessen _19:00_": emphasis around a time or length at the end.
# "*Invited talk*: **Ana Lopez**", "**Panel:** Open questions": emphasis around a title's lead.
_LEAD_RUN = lazy(r"^(\*\*|__|\*|_)(?=[^\s*_])(?P<inner>[^*_\n]+?)(?<=[^\s*_])\1(?=[^\w*_])")
_TAIL = lazy(
    r"(?<![*_\w])(?P<m>\*\*|__|\*|_)(?P<inner>[^*_\n]*\d[^*_\n]*)(?P=m)(?P<post>[^\w*_]*)$"
)


def plain(text: str) -> str:
    """`text` without emphasis that wraps it whole (`_Beginn der Tagung_`), wraps a time or
    words of when at its start (`_vormittags_ Exkursion`), or a time at its end."""
    if "*" not in text and "_" not in text:
        return text  # most lines have no emphasis at all
    whole = _WHOLE.match(text.strip())
    if whole is not None and whole["m"][0] not in whole["inner"]:
        return whole["inner"].strip()
    lead = _LEAD.match(text)
    if lead is not None and text[lead.end() :].strip() and _when(lead["inner"]):
        text = f"{lead['pre']}{lead['inner']}{text[lead.end() :]}"
    tail = _TAIL.search(text)
    if tail is not None and text[: tail.start()].strip() and _timed(tail["inner"]):
        text = f"{text[: tail.start()]}{tail['inner']}{tail['post']}"
    return text


def _when(inner: str) -> bool:
    """Whether an emphasised lead says when: a time of day or a length, or words of when
    (`vormittags`, `nach dem Essen`, `morning`)."""
    if inner != inner.strip() or not inner.strip():
        return False
    found = find_duration(inner)
    if find_point_time(inner) is not None or (found is not None and found.at is not None):
        return True  # "**10:30 PM**: Bedtime"; "**0-15 min**: review" is a label, kept
    words = fold(inner).split()
    return len(words) <= 3 and (
        words[0] in _WHEN_WORDS or any(words[0].startswith(w) for w in SESSION_WORDS)
    )


def _timed(text: str) -> bool:
    return find_point_time(text) is not None or find_duration(text) is not None


def lead_unwrapped(text: str) -> str:
    """`text` without the emphasis around its lead when more follows (`*Keynote*: Maps` is
    `Keynote: Maps`), so that taking marks off a title's edges cannot leave one behind."""
    text = text.lstrip()
    lead = _LEAD_RUN.match(text) if text[:1] in ("*", "_") else None
    return text if lead is None else lead.group("inner") + text[lead.end() :]
