"""Weeks named in words: `Erste Woche`, `First week`, `Week one`, `Primera semana`, `Semana uno`."""

from __future__ import annotations

from planexport.reader.lazy import lazy
from planexport.reader.words import fold

__all__ = ["dated_week", "ordinal_number", "ordinal_week"]

# Accent-free, lower case; each row is one week number, 1 to 12, in every supported language.
# The masculine forms too ("primero", "premier", "primeiro"): a day is masculine where a week
# is not ("Primer día", "Premier jour", "Primeiro dia").
_ORDINALS: tuple[tuple[str, ...], ...] = (
    ("first", "erste", "primera", "primer", "premiere", "eerste", "prima", "primeira", "primo",
     "primero", "premier", "primeiro"),
    ("second", "zweite", "segunda", "deuxieme", "seconde", "tweede", "seconda", "secondo",
     "segundo"),
    ("third", "dritte", "tercera", "tercer", "troisieme", "derde", "terza", "terceira", "terzo",
     "tercero", "terceiro"),
    ("fourth", "vierte", "cuarta", "quatrieme", "vierde", "quarta", "quarto", "cuarto"),
    ("fifth", "funfte", "fuenfte", "quinta", "cinquieme", "vijfde", "quinto"),
    ("sixth", "sechste", "sexta", "sixieme", "zesde", "sesta", "sesto", "sexto"),
    ("seventh", "siebte", "siebente", "septima", "septieme", "zevende", "settima", "setima",
     "septimo", "setimo"),
    ("eighth", "achte", "octava", "huitieme", "achtste", "ottava", "oitava", "octavo", "ottavo",
     "oitavo"),
    ("ninth", "neunte", "novena", "neuvieme", "negende", "nona", "noveno", "nono"),
    ("tenth", "zehnte", "decima", "dixieme", "tiende", "decimo"),
    ("eleventh", "elfte", "undecima", "onzieme", "elfde", "undicesima"),
    ("twelfth", "zwolfte", "zwoelfte", "duodecima", "douzieme", "twaalfde", "dodicesima"),
)  # fmt: skip
# "Week one", "Semana uno", "Semaine deux", "Settimana tre", "Semana um": a number after the word.
_CARDINALS: tuple[tuple[str, ...], ...] = (
    ("one", "eins", "uno", "un", "une", "een", "um", "uma"),
    ("two", "zwei", "dos", "deux", "twee", "due", "dois", "duas"),
    ("three", "drei", "tres", "trois", "drie", "tre"),
    ("four", "vier", "cuatro", "quatre", "quattro", "quatro"),
    ("five", "funf", "fuenf", "cinco", "cinq", "vijf", "cinque"),
    ("six", "sechs", "seis", "zes", "sei"),
    ("seven", "sieben", "siete", "sept", "zeven", "sette", "sete"),
    ("eight", "acht", "ocho", "huit", "otto", "oito"),
    ("nine", "neun", "nueve", "neuf", "negen", "nove"),
    ("ten", "zehn", "diez", "dix", "tien", "dieci", "dez"),
    ("eleven", "elf", "once", "onze", "undici"),
    ("twelve", "zwolf", "zwoelf", "doce", "douze", "twaalf", "dodici", "doze"),
)  # fmt: skip
_ORDINAL = {word: n for n, words in enumerate(_ORDINALS, 1) for word in words}
_CARDINAL = {word: n for n, words in enumerate(_CARDINALS, 1) for word in words}
_WEEK = r"(?:week|woche|semana|semaine|settimana)"
# "Erste Woche", "The first week:", "Die zweite Woche": the ordinal, then the week word, at the
# head; "Ersten sechs Wochen" (the first six weeks) is several weeks, and no match.
_BEFORE = lazy(rf"^[\W_]*(?:(?:the|die|der|la|le|de|a)\s+)?(?P<word>[a-z]+)\s+{_WEEK}(?![a-z])")
_AFTER = lazy(rf"^[\W_]*{_WEEK}\s+(?P<word>[a-z]+)(?![a-z])")


def ordinal_number(word: str) -> int | None:
    """The number an ordinal word says, folded (`erster` and `erste` are 1, `tercero` 3), or
    None; German endings (`-r`, `-n`, `-s`) are read off."""
    for form in (word, word[:-1] if word[-1:] in "nrs" else word):
        if form in _ORDINAL:
            return _ORDINAL[form]
    return None


def ordinal_week(text: str) -> int | None:
    """The week a heading names in words (`## Zweite Woche` is 2), or None."""
    folded = fold(text)
    after = _AFTER.match(folded)
    if after is not None:
        word = after["word"]
        return _CARDINAL.get(word) or _ORDINAL.get(word)
    before = _BEFORE.match(folded)
    if before is None:
        return None
    return ordinal_number(before["word"])


# "Week 42 - 16 oktober", "Semana 3 – 20 de enero": a week number, then the date it starts.
_DATED = lazy(rf"^[\W_]*{_WEEK}\s*(?P<num>\d{{1,2}})\s*[-–—:]\s*(?P<date>\d{{1,2}}\.?\s*\S.*)$")


def dated_week(text: str) -> int | None:
    """The week of a heading that gives its number and then a date (`Week 42 - 16 oktober`)."""
    from planexport.reader.dates import month_day

    match = _DATED.match(fold(text))
    if match is None or month_day(match["date"])[0] is None:
        return None
    return int(match["num"])
