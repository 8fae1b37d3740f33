"""A length in the middle of an instruction (`- Do 10–15 minutes of warm-up`, `- Haz 10 minutos
de calentamiento`, `- Mach 10 Minuten Aufwärmen`, `- Faire 10 minutes d'échauffement`): the
block is titled by what the length is an amount of (`Warm-up`, `Calentamiento`, `Aufwärmen`,
`Échauffement`), not by the verb that only says to do it.

Only when the words before the length are one such verb (`Do`, `Spend`, `Take`, `Mach`, `Tu`,
`Haz`, `Dedica`, `Fais`, `Faire`, `Fai`, `Faça`, `Doe`, `Besteed` …) and words follow the length,
after a word that joins them to it or none (`of`, `on`, `de`, `d'`, `di`, `aan`, `lang`…). What
follows a comma, a semicolon or a colon after them stays the block's note (`Do 20 minutes of
yoga, slowly`: `Yoga`, `slowly`). A line with a verb that says what is done (`Read 30 min of
chapter 2`) or a title before its length (`Cooldown 5 min easy stretching`) reads as before.
"""

from __future__ import annotations

import re

from planexport.reader.durations import Found, find_duration
from planexport.reader.joining_words import after_length
from planexport.reader.lazy import lazy
from planexport.reader.words import PER_DAY_WORDS, WEEK_WORDS

__all__ = ["amount_of", "amount_title", "joined_amount", "without_article"]

# Verbs that only say to do something, as instructions in the seven languages.
_DO = lazy(
    r"^\s*(?:do|spend|take|get|mach|mache|macht|tu|tue|verbringe|haz|haga|hagan|haced|hacer"
    r"|dedica|dedique|dedicar|realiza|realice|fais|faites|faire|consacre|consacrez|fai|fate"
    r"|fare|faccia|faça|faca|façam|faz|fazer|doe|doen|maak|besteed)\s*$",
    re.IGNORECASE,
)
# The word that joins the length to what it is an amount of: "of warm-up", "on flashcards",
# "de calentamiento", "d'échauffement", "di riscaldamento", "aan rekoefeningen", "lang Dehnen".
_JOIN = lazy(
    r"^\s*(?:(?:of|on|de|del|du|des|di|della|dello|dei|degli|delle|da|do|dos|das|a|à|al|ao|aan|lang)"
    r"\s+|[dD]['’](?=\w))",
)
# How often, not what: "Spend 20 minutes a day", "Do 2 hours per week".
_RATE = lazy(
    rf"(?<![\w'’-])(?:{PER_DAY_WORDS}|(?:a|per|each|every|pro|je|par|por|cada|ogni|elke)\s+"
    rf"{WEEK_WORDS})(?![\w'’-])",
    re.IGNORECASE,
)
# A leading article of what the length is an amount of, in the seven languages: "the flashcards",
# "die Übungen", "la lectura", "l'exercice", "gli esercizi", "os exercícios", "het huiswerk".
_ARTICLE = lazy(
    r"^\s*(?:(?:the|an?|der|die|das|den|dem|ein|eine|einen|el|la|los|las|un|una|unos|unas|le|les"
    r"|une|il|lo|gli|uno|o|os|as|um|uma|de|het|een)\s+|[lL]['’](?=\w))",
    re.IGNORECASE,
)
# What the length is an amount of: words, up to a comma, semicolon, colon or spaced dash.
_WHAT = lazy(r"^\s*(?P<what>[^\W\d_][^,;:()\[\]]*?)\s*(?:(?:[,;:]|\s[–—-]\s)\s*(?P<rest>.*))?$")


def amount_title(before: str, after: str) -> tuple[str, str] | None:
    """The title and the note of a line whose length sits between a verb that only says to do
    it and what it is an amount of: `("Warm-up", "")` for `Do` and ` of warm-up`; None when the
    line is not written so."""
    if not _DO.match(before) or not after.strip():
        return None
    if _RATE.search(after):
        return None  # "Spend 20 minutes a day": how often, not what
    join = _JOIN.match(after)
    what = _WHAT.match(after[join.end() :] if join is not None else after)
    if what is None or find_duration(what.group("what")) is not None:
        return None
    title = without_article(what.group("what").strip())
    return title[:1].upper() + title[1:], (what.group("rest") or "").strip()


def without_article(text: str) -> str:
    """What a length is an amount of without its leading article (`flashcards` of `the
    flashcards`, `exercice` of `l'exercice`); `text` as it is when the article is all of it."""
    found = _ARTICLE.match(text)
    if found is None or not text[found.end() :].strip():
        return text
    return text[found.end() :]


def amount_of(text: str) -> str:
    """What follows a length without the word that joins it, and then without its article (`of
    the reading`: `reading`); with no joining word (`: the flashcards`) it is a title as
    written, article and all."""
    joined = after_length(text)
    return joined if joined == text else without_article(joined)


def joined_amount(text: str, length: Found, note: str) -> str:
    """`note`, the words after a part of the day and its length, without the word that joins
    them to the length right before them (`Tarde: 2h de biología`: `biología`, `Morning: 3h of
    chemistry`: `chemistry`); as written when the length is not right before them, as in a
    label that holds it (`**Manhã (3h):** De Morgan`: `De Morgan`)."""
    pos = text.find(note) if note else -1
    if pos == -1 or not text[:pos].rstrip(" *_").endswith(length.text):
        return note
    return amount_of(note)
