"""What a day with no timed block is to the people reading its plan: a rest day when it is empty
or named one (`Rest`, `Ruhetag`, `Pause`, `Descanso`, `Repos`, `Riposo`, `Folga`, `Rust`, `Off`),
in its title, in every line, or at the head of its first line with a note after it (`Riposo –
Recupero completo`, `Ruhetag. Leichtes Dehnen, wenn du magst.`); else a day of untimed lines
(`- Bench press 4x8`) that the tables and calendars label as such."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planexport.model import Day

__all__ = ["REST_LABEL", "UNTIMED_LABEL", "is_untimed", "names_rest", "no_block_label"]

REST_LABEL = "rest"
UNTIMED_LABEL = "no timed blocks"

# A day's name in the seven languages when it is a day off, as the whole of a part of the title
# (`Sunday – Rest`, `Día 7: Descanso activo`); `Freitag` and `vrijdag` are Fridays, not days off.
_REST_WORDS = (
    r"(?:active\s+|activo\s+|actif\s+|aktive[rs]?\s+|attivo\s+|ativo\s+|actieve\s+)?"
    r"(?:rest|recovery|off|free|ruhe|ruhetag|pause|pausentag|frei|freier\s+tag|erholung"
    r"|erholungstag|descanso|libre|repos|relache|riposo|libero|folga|livre|rust|rustdag|vrij"
    r"|vrije\s+dag)"
    r"(?:\s+(?:day|tag|dag|activo|actif|attivo|ativo|actief))?"
)
_REST_PHRASE = (
    rf"(?:(?:day|dia|jour|journee|giorno|dag|tag)\s+(?:de\s+|di\s+|du\s+)?)?{_REST_WORDS}"
    r"|day\s+off|jour\s+off|dia\s+libre|dia\s+livre|dia\s+de\s+folga|giorno\s+libero|vrije\s+dag"
)
# Parts of a title: `WED - Rest`, `Day 7: Rest day`, `Sonntag (Ruhetag)`, `Rest · Stretching`.
_PARTS = r"\s*(?:[-\u2013\u2014:·|/(),;!]|\.(?=\s|$)|\s-\s)\s*"
# The head of a line before a note (`Riposo – Recupero completo`, `Rest. Walk if you like`);
# a word joined by a bare hyphen (`Off-season base`) is no head.
_HEAD = r"\s*(?:[\u2013\u2014:·|/(),;!]|\.(?=\s|$)|\s-\s)\s*"


@functools.cache
def _rest_phrase() -> re.Pattern[str]:
    """A day-off phrase; compiled on the first day with untimed lines asked about."""
    return re.compile(_REST_PHRASE, re.IGNORECASE)


@functools.cache
def _parts() -> re.Pattern[str]:
    return re.compile(_PARTS)


@functools.cache
def _head() -> re.Pattern[str]:
    return re.compile(_HEAD)


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _names_rest(text: str) -> bool:
    """Whether a part of `text` is only a day-off phrase (emphasis, emoji and dots aside)."""
    for part in _parts().split(_folded(text)):
        words = " ".join(re.sub(r"[^\w\s]", " ", part).split())
        if words and _rest_phrase().fullmatch(words):
            return True
    return False


def _leads_with_rest(text: str) -> bool:
    """Whether a line opens with a day-off phrase before a note (`Ruhetag. Leichtes Dehnen`)."""
    head = _head().split(_folded(text), maxsplit=1)[0]
    words = " ".join(re.sub(r"[^\w\s]", " ", head).split())
    return bool(words) and _rest_phrase().fullmatch(words) is not None


def _names_own_rest(text: str, title: str) -> bool:
    """Whether a line only names its day a day off (`Sunday: Rest`, `Domingo — descanso` under
    `## Domingo`): each part a day-off phrase or the day's own name."""
    own = " ".join(re.sub(r"[^\w\s]", " ", _folded(title)).split())
    named = False
    for part in _parts().split(_folded(text)):
        words = " ".join(re.sub(r"[^\w\s]", " ", part).split())
        if not words:
            continue
        if _rest_phrase().fullmatch(words):
            named = True
        elif not own or (words not in own and own not in words):
            return False
    return named


def names_rest(title: str, focus: str, notes: Sequence[str]) -> bool:
    """Whether a day of no timed block and these lines is named a day off: in its title or
    focus, at the head of its first line (`Riposo – Recupero completo`), in a first line that
    names only the day and its rest (`Sunday: Rest`), or in every line."""
    if any(_names_rest(text) for text in (title, focus)):
        return True
    if notes and (_leads_with_rest(notes[0]) or _names_own_rest(notes[0], title)):
        return True  # "Riposo – Recupero completo", "Ruhe" over "Leichtes Dehnen"
    return all(_names_rest(note) for note in notes)


def is_untimed(day: Day) -> bool:
    """Whether a day the plan gives no timed block has lines of its own (`- Bench press 4x8`)
    and is not named a rest day: a day of untimed work, not a day off. A day with blocks, an
    empty day, and a day named a day off (`names_rest`) are not."""
    if not day.is_rest or not day.notes:
        return False
    return not names_rest(day.title, day.focus or "", day.notes)


def no_block_label(day: Day) -> str:
    """The label of a day with no timed block: `rest`, or `no timed blocks` for untimed lines."""
    return UNTIMED_LABEL if is_untimed(day) else REST_LABEL
