"""Prose under a start heading (`### 07:20 AM` over a paragraph of several sentences): the
paragraph is the block, titled by its first sentence, or by the words before its first comma or
`and` when that sentence is long; the paragraph is the block's note."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy

__all__ = ["prose_title"]

# The longest title a person would still read at a glance.
_SHORT = 60
# A sentence's end: `.`, `!`, `?` or `…` (not after a lone letter, as in `e.g.`), then space and
# the next sentence's first letter, which is a capital.
_END = lazy(r"(?<!\b\w)[.!?…]+[\"”»’)]*\s+(?=[\"“„«¿¡‘(\[]*[^\W\d_])")
# Where a long first sentence's first clause ends: a comma or semicolon, or `and`/`but` in the
# seven languages before a new subject or a `now`/`then` (`and now I get to…`, `und dann ich…`),
# not inside a list of things (`mit Zeitung und Tee`). Dutch `en` is left out: it is also
# Spanish and French for "in".
_CLAUSE = lazy(
    r"\s*[,;]\s|\s+(?:and|but|so|und|aber|y|pero|et|mais|e|ma|mas|maar)\s+"
    r"(?=(?:i|you|he|she|we|they|it|now|then|ich|du|er|sie|wir|es|dann|jetzt|danach|yo"
    r"|ahora|luego|despu[ée]s|je|il|elle|on|nous|ils|elles|puis|ensuite|io|ora|poi|dopo|eu"
    r"|agora|depois|ik|hij|zij|we|nu|dan|daarna)\b)",
    re.IGNORECASE,
)
_TRIM = " ,;:.!?…-\u2013\u2014*_"


def prose_title(text: str) -> str | None:
    """The short title of a paragraph of two or more sentences (`I'm back home and ready to
    make some breakfast. Right now …` → `I'm back home and ready to make some breakfast`), or
    None when the text is one sentence or line, which is its own title."""
    plain = " ".join(text.split())
    end = next((m for m in _END.finditer(plain) if _opens_sentence(plain, m.end())), None)
    if end is None:
        return None
    first = plain[: end.start()].strip(_TRIM)
    if len(_words(first)) < 1:
        return None
    if len(first) <= _SHORT:
        return first
    for clause in _CLAUSE.finditer(first[: _SHORT + 1]):
        head = first[: clause.start()].strip(_TRIM)
        if len(_words(head)) >= 3:
            return head
    return first  # no short clause: the whole first sentence, never cut inside it


def _opens_sentence(text: str, pos: int) -> bool:
    letter = re.search(r"[^\W\d_]", text[pos:])
    return letter is not None and letter.group().isupper()


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)
