"""A break named with a word for what it is for (`Pausa para el café`, `Break for lunch`, `Pause
für Fragen`, `Intervalo de 15 minutos`, `Intervalo para o café`): a gap between blocks.

Portuguese and Spanish `intervalo` is also a topic of statistics and mathematics
(`Intervalo de confiança`, `Intervalo de confianza para la media`): it names a break only when
what follows its `de`/`para` is a break, a meal, a length or nothing."""

from __future__ import annotations

from planexport.reader.words import BREAK_WORDS, fold

__all__ = ["pause_for"]

_PAUSES = frozenset(("break", "pause", "pausa", "descanso", "receso", "intervalo", "pauze"))
_FOR = frozenset(("for", "para", "pour", "per", "fur", "voor", "de", "del", "do", "da", "di"))
_ARTICLES = frozenset(("o", "a", "os", "as", "el", "la", "los", "las", "um", "uma", "un", "una"))
# What an interval that is a break is for or how long it is: "almoço", "café", "15 minutos".
_GAP_WORDS = frozenset(
    {fold(word) for meal in BREAK_WORDS for word in meal.split()}
    | _PAUSES
    | {"cafe", "agua", "alongamento", "estiramiento", "refeicao", "recreio", "recreo"}
    | {"minutos", "minuto", "min", "mins", "minutes", "horas", "hora", "h", "hs", "segundos"}
)


def pause_for(words: str) -> bool:
    """Whether folded `words` open with a word for a break and one for what it is for
    (`pausa para el cafe`, `break for lunch`); `intervalo de confianca` is no break."""
    head = words.split()
    if len(head) < 2 or head[0] not in _PAUSES or head[1] not in _FOR:
        return False
    if head[0] != "intervalo":
        return True
    rest = [word for word in head[2:] if word not in _ARTICLES]
    return not rest or rest[0] in _GAP_WORDS
