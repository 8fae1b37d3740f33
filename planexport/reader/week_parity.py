"""Alternating weeks (`# Gerade Wochen` / `# Ungerade Wochen`, `## Week A` / `## Week B`,
`Semaine paire` / `impaire`): week 1 and week 2, in the order the plan writes them."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.words import WEEK_WORDS, fold

__all__ = ["WeekParity"]

# Accent-free, lower case: the word for the even weeks, then the one for the odd weeks.
_EVEN = ("gerade", "even", "paire", "paires", "par", "pares", "pari")
_ODD = ("ungerade", "odd", "impaire", "impaires", "impar", "impares", "dispari", "oneven")
_WORD = lazy(r"[^\W\d_]+")
_DIGIT = lazy(r"\d")
_WEEK = lazy(rf"^{WEEK_WORDS}$")
# "Week A", "Semaine B", "A-Woche", "B-Wochen": the letter is the week.
_LETTER = lazy(
    rf"(?:^|\s)(?i:{WEEK_WORDS})\s+(?P<a>[AB])(?:\W*$)|^\W*(?P<b>[AB])-(?i:{WEEK_WORDS})\b"
)


def _key(text: str) -> str | None:
    """`even`, `odd`, `A` or `B` for a short heading of alternating weeks, else None."""
    plain = unwrap(text).strip(" *_#:")
    letter = _LETTER.compiled().search(plain)
    if letter is not None and len(plain.split()) <= 3:
        return letter.group("a") or letter.group("b")
    words = _WORD.findall(fold(plain))
    if not 2 <= len(words) <= 4 or _DIGIT.search(plain):
        return None
    if not any(_WEEK.match(w) for w in words):
        return None
    if any(w in _ODD for w in words):
        return "odd"
    if any(w in _EVEN for w in words):
        return "even"
    return None


class WeekParity:
    """Week numbers for headings of alternating weeks: the first kind written is week 1."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def week(self, text: str) -> int | None:
        key = _key(text)
        if key is None:
            return None
        return self._seen.setdefault(key, len(self._seen) + 1)
