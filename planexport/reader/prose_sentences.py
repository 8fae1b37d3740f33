"""A length said inside a sentence (`Sleep is 6h15. That is the tightest part.`) is no block."""

from __future__ import annotations

import re

from planexport.reader.durations import Found
from planexport.reader.lazy import lazy
from planexport.reader.words import fold

__all__ = ["is_sentence"]

# Verbs that state rather than plan, folded: "Sleep is 6h15", "Chaque groupe aura 10 minutes",
# "Si no puedes aguantar 5 minutos". An instruction ("Read chapter 3 for 45 min") is a block.
_STATING = frozenset(
    ("is", "are", "was", "were", "will", "would", "be", "has", "have", "had", "can", "could",
     "cannot", "can't", "should", "must", "lasts", "takes",
     "est", "sont", "sera", "etait", "aura", "auront", "ont", "avez", "peut", "peux",
     "pouvez", "doit", "dure",
     "es", "son", "sera", "era", "esta", "tiene", "tienes", "tendra", "tendras", "puedes",
     "puede", "debe", "dura",
     "ist", "sind", "war", "wird", "hat", "hast", "haben", "kann", "kannst", "dauert", "muss",
     "e", "sono", "sara", "hai", "avra", "puo", "puoi", "deve",
     "sao", "tem", "tera", "pode", "podes",
     "zijn", "wordt", "heeft", "hebt", "heb", "kan", "kun", "duurt", "moet")
)  # fmt: skip
# "If you cannot hold 5 minutes: …", "Si no puedes …": a condition, which advice starts with.
_IF = frozenset(("if", "si", "wenn", "falls", "se", "als", "when", "quand", "cuando", "quando"))
# "30–60 segundos entre ejercicios y 1–2 minutos entre rondas": rests between sets.
_SECONDS = lazy(
    r"\d\s*(?:seconds?|secs?|segundos?|sekunden?|secondes?|secondi|seconden)\b", re.IGNORECASE
)
# "To keep going, I recommend sleeping 6-8 hours a night.": a writer speaking of themselves
# in a full sentence tells, and plans nothing.
_FIRST_PERSON = frozenset(("i", "we", "ich", "wir", "je", "nous", "yo", "nosotros", "io", "noi",
                           "eu", "nos", "ik", "wij"))  # fmt: skip
_NEXT_SENTENCE = lazy(r"[.!?]\s+[*_]*[A-ZÀ-Ý¿¡]")
_MARKUP = lazy(r"[*_`]+")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:'[^\W_]+)?", fold(text))


def _rule(before: list[str], after: list[str]) -> bool:
    """Whether a line sets a condition on its length and says what to do then: a condition word
    and one more before it (`If stuck for`), two words of what follows after it."""
    return len(before) >= 2 and before[0] in _IF and len(after) >= 2


def is_sentence(text: str, found: Found) -> bool:
    """Whether the length `found` in `text` is said inside a sentence of prose, not planned.

    A sentence has words before and after the length and ends with a full stop; it states
    (`is`, `aura`, `puedes`), sets a condition (`Si …`), runs on into another sentence or
    speaks of seconds besides. A condition followed by what to do then needs no full stop (`If
    stuck for >20 minutes, move on`). `Read chapter 3 (45 min)`, `Mock exam 2h` and `45 min
    review of notes` are blocks.
    """
    if found.at is not None:
        return False
    before, after = text[: found.start], text[found.end :]
    if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
        return False  # "Read chapter 3 (45 min)": a bracketed length
    plain = _MARKUP.sub("", text).strip()
    words_before, words_after = _words(before), _words(after)
    if _rule(words_before, words_after):
        return True  # "If stuck for >20 minutes, move to the next problem": a rule, no stop
    if not plain.endswith((".", "!")) or plain.endswith(".."):
        return False
    if len(words_before) < 2 or len(words_after) < 2:
        return False
    return bool(
        _NEXT_SENTENCE.search(_MARKUP.sub("", text))
        or words_before[0] in _IF
        or any(w in _STATING for w in words_before[-2:])
        or any(w in _FIRST_PERSON for w in words_before)
        or _SECONDS.search(text)
    )
