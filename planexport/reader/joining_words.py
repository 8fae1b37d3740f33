"""The words that join a length to its activity (`30 minutos de caminata`, `Walk for 30 min`,
`Dehnen für 30 Minuten`, `30 Minuten lang laufen`): the length's, not the title's."""

from __future__ import annotations

import re

from planexport.reader.lazy import lazy
from planexport.reader.line_memo import per_line
from planexport.reader.words import DAY_WORDS, WEEK_WORDS

__all__ = ["after_length", "before_length"]

# Right before a length: "Walk for", "Caminar durante", "Marcher pendant", "Lectura de",
# "Lettura di", "A walk of", "Een wandeling van", "Wandelen gedurende", "Dehnen für",
# "Estudar por", "Camminare per", "Leer para"; a bracket or "~" may stand between.
_BEFORE = lazy(
    r"(?<![\w'\u2019-])(?:for|during|of|f[uü]r|w[aä]hrend|von|durante|por|para|de|pendant"
    r"|durant|pour|di|per|gedurende|van)[\s*_(\[~≈]*$",
    re.IGNORECASE,
)
# Right before a length it is done within, written on: "Write a letter in", "Do the set within",
# "Leer el texto en", "Écrire un résumé en", "Einen Text in", "Lees de tekst binnen",
# "Ler o texto em", "Finirlo entro"; never a phrasal verb's ("Log in 5 min", "Check in").
_WITHIN = lazy(
    r"(?<![\w'\u2019-])(?P<before>[\w'\u2019-]+\s+)?(?:in|within|en|em|binnen|entro)\s+$",
    re.IGNORECASE,
)
_PHRASAL = frozenset(
    [
        "log",
        "sign",
        "check",
        "plug",
        "tune",
        "dial",
        "drop",
        "call",
        "fill",
        "hand",
        "turn",
        "clock",
        "sit",
        "settle",
        "move",
        "lock",
        "jump",
        "opt",
        "zoom",
        "dig",
        "cash",
        "break",
    ]
)
# Right after a length: "of walking", "on web development", "de caminata", "di camminata",
# "d'étirements", "de marche", "for review", "für Dehnen", "lang laufen", "pour lire",
# "per ripassare", "por leer".
_AFTER = lazy(
    r"^[\s*_)\].,:~]*(?:(?:of|on|for|f[uü]r|lang|de|di|pour|per|por|para)(?![\w'\u2019-])"
    # "30 min per day", "1 h por semana": how often, kept
    rf"(?!\s*(?:{DAY_WORDS}|{WEEK_WORDS}|each|every|cada|chaque|ogni|jede[nr]?|elke)\b)"
    r"|d['\u2019](?=\w))\s*",
    re.IGNORECASE,
)


@per_line
def before_length(text: str) -> str:
    """What comes before a length without the word that joins it to the length: `Walk` of
    `Walk for `; `text` as it is when no such word ends it."""
    found = _BEFORE.search(text)
    if found is None or not text[: found.start()].strip():
        return _within(text)  # "For 30 min" alone: that word is all there is, kept
    return text[: found.start()]


def _within(text: str) -> str:
    """`text` without the word that says its length is a limit (`in`, `within`, `en`), when
    words come before it and the one right before is no verb it belongs to (`Log in`)."""
    found = _WITHIN.search(text)
    if found is None or not text[: found.start()].strip():
        return text
    before = (found.group("before") or "").strip().lower()
    if before in _PHRASAL:
        return text
    return text[: found.start()] + (found.group("before") or "")


@per_line
def after_length(text: str) -> str:
    """What follows a length without the word that joins it: `walking` of `of walking`, `Anki`
    of `on Anki`."""
    found = _AFTER.match(text)
    if found is None or not text[found.end() :].strip():
        return text
    return text[found.end() :]
