"""A length in the middle of an instruction (`- Do 10–15 minutes of warm-up`, `- Haz 10 minutos
de calentamiento`, `- Mach 10 Minuten Aufwärmen`, `- Faire 10 minutes d'échauffement`): the
block is titled by what the length is an amount of (`Warm-up`, `Calentamiento`, `Aufwärmen`,
`Échauffement`), not by the verb that only says to do it.

Only when the words before the length are one such verb (`Do`, `Spend`, `Take`, `Mach`, `Tu`,
`Haz`, `Dedica`, `Fais`, `Faire`, `Fai`, `Faça`, `Doe`, `Besteed` …) and words follow the length,
after a word that joins them to it or none (`of`, `on`, `de`, `d'`, `di`, `aan`, `lang`…). What
follows a comma, a semicolon or a colon after them stays the block's note (`Do 20 minutes of
yoga, slowly`: `Yoga`, `slowly`). A verb that says what is done keeps its place before what
the length is an amount of (`- Watch 15 minutes of NHK Easy News`: `Watch NHK Easy News`,
`Listen to 20 min of a podcast`: `Listen to a podcast`), when `of`, `de`, `d'` or `di` joins them;
a title before its length (`Cooldown 5 min easy stretching`) reads as before.
"""

from __future__ import annotations

import re

from planexport.reader.durations import Found, find_duration
from planexport.reader.joining_words import after_length
from planexport.reader.lazy import lazy
from planexport.reader.words import PER_DAY_WORDS, WEEK_WORDS

__all__ = ["amount_of", "amount_title", "joined_amount", "verb_words", "without_article"]

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


# "of", "de", "d'", "di": the words that make what follows a length an amount of it
_OF = lazy(r"^\s*(?:(?:of|de|di)\s+|[dD]['’](?=\w))", re.IGNORECASE)
# A verb that says what is done, one word of letters ("Watch", "Read") or one with the small word
# that goes with it ("Listen to", "Go over"); "Grammar drills" before "20 min of Genki" is a title
_VERB = lazy(
    r"^\s*[^\W\d_]+(?:\s(?:to|at|through|over|up|out|along|with|aloud|escuchar|écouter))?\s*$",
    re.IGNORECASE,
)


def amount_title(before: str, after: str) -> tuple[str, str] | None:
    """The title and the note of a line whose length sits between a verb that only says to do
    it and what it is an amount of: `("Warm-up", "")` for `Do` and ` of warm-up`, or between a
    verb that says what is done and what it is done to: `("Watch NHK Easy News", "")` for
    `Watch` and ` of NHK Easy News`; None when the line is not written so."""
    if not after.strip():
        return None
    if not _DO.match(before):
        return _verb_title(before, after)
    if _RATE.search(after):
        return None  # "Spend 20 minutes a day": how often, not what
    join = _JOIN.match(after)
    what = _WHAT.match(after[join.end() :] if join is not None else after)
    if what is None or find_duration(what.group("what")) is not None:
        return None
    title = without_article(what.group("what").strip())
    return title[:1].upper() + title[1:], (what.group("rest") or "").strip()


def verb_words(before: str) -> bool:
    """Whether the words before a length are one word of letters (`Do`, `Watch`) or one with the
    small word that goes with it (`Listen to`): a verb that may say what the length is spent on."""
    return _VERB.match(before) is not None


def _verb_title(before: str, after: str) -> tuple[str, str] | None:
    """`Watch NHK Easy News` for `Watch` and ` of NHK Easy News`: the verb, then what the length
    is an amount of; None without `of` (or `de`, `d'`, `di`) right after the length."""
    join = _OF.match(after)
    if join is None or not _VERB.match(before) or _RATE.search(after):
        return None
    what = _WHAT.match(after[join.end() :])
    if what is None or find_duration(what.group("what")) is not None:
        return None
    return f"{before.strip()} {what.group('what').strip()}", (what.group("rest") or "").strip()


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
