"""Paces and distances in training lines (`Easy run: 8km (5:15 min/km)`, `4:30/km`, `6'15"/km`,
`1:45/100m`, `Pace: 4:30-4:45`, `Ritmo objetivo 5:30`, `Swim: 1000m easy`, `Natación: 1500 m`,
`Schwimmen 400m`), and metres with a decimal (`Altura: 1.80 m`, `Salto 2,5 m`): how fast and how
far, never a length or a time of day. They are blanked
before a line's lengths and times are read, each character kept in its place, so they stay in
the title as written."""

from __future__ import annotations

import functools
import re

from planexport.reader.lazy import lazy
from planexport.reader.problem_words import asks_for_result
from planexport.reader.words import fold

__all__ = ["amount_warning", "without_training_amounts"]

# What a pace is counted over: a kilometre, a mile, or a pool or track length (`/100m`, `/500m`
# on a rower); in each language's word too (`min/mile`, `min por kilómetro`, `min pro Meile`).
_OVER = (
    r"(?:\d{2,3}\s*(?:m|y|yd|yds)|km|kms|k|kil[oó]met\w*|mi|mile|miles|milla|millas|meile|milha"
    r"|miglio|mijl|mille)(?!\w)"
)
# `5:15 min/km`, `4:30/km`, `6'15"/km`, `6’15’’/km`, `1:45/100m`, `6 min/km`, `5.5 min per km`,
# `5:30 min por km`, `5 Min. pro km`, `4'30 au km`, `5:00 al km`: minutes and seconds, or minutes
# with their word, then `/` or a word for "per", then what they are counted over.
_PACE = lazy(
    r"(?<![\w:.'’])\d{1,2}(?:"
    r"\s*[:'’′]\s*[0-5]\d(?:\s*(?:\"|”|″|''|’’))?(?:\s*(?:min\w*|mins?)\.?)?"
    r"|(?:[.,]\d)?\s*(?:min\w*\.?|['’′]))"
    rf"\s*(?:/|(?:per|por|pro|par|au|al|je)\s)\s*{_OVER}",
    re.IGNORECASE,
)
# A bare `1000m`, `1500 m` from a hundred on, in a line that names a swim, a run, a ride or a
# row, or by its form (`_by_form`: `6 x 400 m`, a round `400 m`, `Intervalle`): metres, never
# minutes (`45m` stays 45 minutes, and so does `120m` with none of these); `10x100m` too.
_METRES = lazy(r"(?:(?<![\w.,:/'’])|(?<=\d[x×]))[1-9]\d{2,4}\s?m(?![\w'’])", re.IGNORECASE)
# Metres with a decimal, or a range with one: `1.80 m`, `1,75 m`, `2.5m`, `1,5-2 m`: a height or
# a distance in any language's number form, never minutes, which `m` is only after a whole number
# (`45 m`, `30m`). `_decimal_metres` keeps those with a decimal.
_DECIMAL_METRES = lazy(
    r"(?<![\w.,:/'’])(?:\d{1,3}(?:[.,]\d{1,2})?\s*[-–]\s*)?\d{1,3}(?:[.,]\d{1,2})?\s?m(?![\w'’])",
    re.IGNORECASE,
)
# A repeat right before a number of metres: "6 x 400 m", "3 × 800 m", "10x 200m" (`repeats`).
_TIMES_BEFORE = lazy(r"\d\s*[x×]\s*$", re.IGNORECASE)
# Words of a track or of repeats over a distance (folded, word starts): `pista`, `piste`,
# `track`, `Bahn`, `baan`, `Lauf`, `carrera`, `series`, `Serien`, `Intervalle`, `intervals`,
# `ripetute`, `tiros`. Not `course`, which is as often a class as a race.
_TRACK = lazy(
    r"(?<![^\W\d_])(?:pista|piste|track|bahn|baan\b|lauf|carrera|corsa|corrida|series?\b"
    r"|serien\b|intervall|interval|repeats?\b|herhaling|ripetute|tiradas?\b|tiros?\b)"
)
# Swimming, running, cycling and rowing in the seven languages (folded, word starts): `Swim`,
# `Natación`, `Nado`, `Natação`, `Nuoto`, `Schwimmen`, `Zwemmen`, `Nage`; `Run`, `Carrera`,
# `Laufen`, `Course à pied`, `Corsa`, `Corrida`, `Hardlopen`; `Bike`, `Bici`, `Rad`, `Vélo`,
# `Fiets`; `Rowing`, `Rudern`, `Remo`, `Aviron`, `Roeien`; a pool or a track (`Piscina`, `Bahn`).
_SPORT = lazy(
    r"(?<![^\W\d_])(?:swim|natac|natat|nad[ao]\b|nadar|nuot|schwimm|zwem|nage\b|nager"
    r"|freestyle|crawl|kraul|crol\b|brass|braza|pool|piscin|becken|zwembad"
    r"|run\b|runs\b|running|jog|carrera|correr|corrida|rodaje|tirada|lauf|dauerlauf|courir"
    r"|course a pied|footing|corsa\b|correre|hardloop|hardlopen|loopt|sprints?\b|strides"
    r"|bike|biking|cycl|ride\b|bici|ciclis|rodillo|rad\b|radfahr|rennrad|velo\b|fiets|wielren"
    r"|rowing|rower|rudern|ruder|remo\b|aviron|canottag|roei|tria?thl|triatl|duathl|brick\b"
    r"|bahn\b|track\b|pista\b)"
    r"|[\U0001f3ca\U0001f3c3\U0001f6b4\U0001f6a3]"  # swimmer, runner, cyclist, rower
)
# What each of them needs, as a first cheap look at a line: a pace's `/`, `'` or word for "per",
# a number of metres' `m` (three digits, or a decimal).
_MAYBE = lazy(
    r"/|\b(?:per|por|pro|par|au|al|je)\s|\d{3}\s?m(?!\w)|\d[.,]\d{1,2}(?:\s*[-–]\s*\d{1,3})?\s?m(?!\w)",
    re.IGNORECASE,
)
# A pace with no unit, after its word: `Pace 4:45`, `Pace: 4:30-4:45`, `Ritmo objetivo 5:30`,
# `Tempo 5:10`, `allure 5'20`, `andatura 5:40`, `Zieltempo 4:50`, `ritmo alvo 5:15`. Minutes
# from 1 to 15 and their seconds, or two of them less than a minute apart either way (`5:00-4:40`;
# a wider pair such as `Tempo 8:00-9:00` is a clock span); never when hours or a unit over a
# distance follow (`_PACE` reads `ritmo 4:50 min por km`, and `tempo 1:30 h` is Italian for how
# long). A word for minutes alone after it is the pace's (`ritmo 5:30 min`; `Tempo: 1:30 min`
# with no sport or distance is how long, as `_bare_paces` reads the loose words).
_BARE_PACE = lazy(
    r"(?<![^\W\d_])(?P<word>@|pace|ritmo|tempo|allure|rythme|passo|andatura|zieltempo|zielpace"
    r"|renntempo|wettkampftempo|looptempo|wedstrijdtempo)"
    r"(?:\s+(?:target|goal|race|average|avg|objetivo|objetiva|alvo|obiettivo|objectif|cible"
    r"|ziel|doel|medio|media|m[ée]dio|moyen|moyenne|gemiddeld))?\s*[:=@]?\s*"
    r"(?P<value>(?P<a>(?:1[0-5]|0?[1-9])[:'’′][0-5]\d)(?:\s*(?:\"|”|″|''|’’))?"
    r"(?:\s*[-–—~]\s*(?P<b>(?:1[0-5]|0?[1-9])[:'’′][0-5]\d)(?:\s*(?:\"|”|″|''|’’))?)?)"
    r"(?![\d:'’′]|\s*(?:min\w*\.?\s*(?:/|(?:per|por|pro|par|au|al|je)\s)"
    r"|h\b|hrs?\b|hours?|ore\b|ora\b|horas?|heures?|std|stunden?|uur"
    r"|/|per\s|por\s|pro\s|par\s|au\s|al\s|je\s))",
    re.IGNORECASE,
)
# Words that say "pace" only in a line of a sport or a distance (`Tempo` is also a tempo run,
# Italian and Portuguese time; `passo` a step).
_LOOSE_WORDS = ("tempo", "passo")
_DISTANCE = lazy(r"\d\s*(?:km|kms|k|mi|miles?|meilen?|millas?|milhas?|miglia)(?!\w)", re.IGNORECASE)
_ANY_DIGIT = lazy(r"\d")  # what every pattern below needs: a line without one holds nothing
_PACE_STEMS = lazy("pace|ritmo|tempo|allure|rythme|passo|andatura|@")
# A distance a pace after `@` is counted over: `800 m`, `2000m`, `5 km` (`_DISTANCE`).
_METRES_GIVEN = lazy(r"(?<![\w.,:])[1-9]\d{2,4}\s?m(?![\w'’])", re.IGNORECASE)


def _seconds(pace: str) -> int:
    minutes, seconds = re.split(r"[:'’′]", pace)
    return int(minutes) * 60 + int(seconds)


def _bare_paces(text: str) -> list[tuple[int, int, str]]:
    """Where `text` holds a pace with no unit after its word (`Pace: 4:30-4:45`)."""
    lower = text.lower()
    if _PACE_STEMS.search(lower) is None:
        return []
    found: list[tuple[int, int, str]] = []
    for match in _BARE_PACE.finditer(text):
        if match["b"] is not None and abs(_seconds(match["b"]) - _seconds(match["a"])) >= 60:
            continue  # "Tempo 8:00-9:00": an hour apart, a span of clock time ("5:00-4:40" is)
        if match["word"] == "@" and not _at_pace(text, match):
            continue  # "Run @ 7:00-7:15": a time of day, with no distance to run
        loose = match["word"].lower() in _LOOSE_WORDS
        if loose and _SPORT.search(fold(text)) is None and _DISTANCE.search(text) is None:
            continue  # "Tempo: 1:30" with no sport or distance: a length, in Italian
        found.append((match.start("value"), match.end("value"), "a pace"))
    return found


def _at_pace(text: str, match: re.Match[str]) -> bool:
    """Whether `@ 4:00-4:06` is a pace: two of them 20 seconds apart at most, in a line that
    gives a distance (`Treadmill 800 m @ 4:00-4:06`, `5 km @ 4:30-4:40`)."""
    if match["b"] is None or abs(_seconds(match["b"]) - _seconds(match["a"])) > 20:
        return False
    return _DISTANCE.search(text) is not None or _METRES_GIVEN.search(text) is not None


def _amounts(text: str) -> list[tuple[int, int, str]]:
    """Where `text` holds a pace or, in a line of a sport, metres: (start, end, kind)."""
    if _ANY_DIGIT.search(text) is None:
        return []
    bare = _bare_paces(text)
    if _MAYBE.search(text) is None:
        return bare
    found = [(m.start(), m.end(), "a pace") for m in _PACE.finditer(text)]
    found += [b for b in bare if not any(start <= b[0] < end for start, end, _ in found)]
    metres = [
        (m.start(), m.end(), "a distance")
        for m in _METRES.finditer(text)
        if not any(start <= m.start() < end for start, end, _ in found)
    ]
    found += [m for m in _decimal_metres(text) if not any(s <= m[0] < e for s, e, _ in found)]
    if metres and _SPORT.search(fold(text)) is not None:
        found += metres
    elif metres:
        found += [m for m in metres if _by_form(text, m[0], m[1])]
    return found


def _decimal_metres(text: str) -> list[tuple[int, int, str]]:
    """Where `text` holds metres with a decimal (`Altura/Peso: 1.80 m`, `1,5-2 m`)."""
    return [
        (m.start(), m.end(), "a distance")
        for m in _DECIMAL_METRES.finditer(text)
        if re.search(r"\d[.,]\d", m.group()) is not None
    ]


def _by_form(text: str, start: int, end: int) -> bool:
    """Whether a bare `400 m` in a line that names no sport is metres by its form: a round
    number (a multiple of 50: `series de 400 m`), or in a line of a distance or a track (`1 km`,
    `Bahn`, `pista`, `Intervalle`). After a repeat (`6 x 400 m`) it is left to `repeats`, which
    keeps the line a note without a warning."""
    if _TIMES_BEFORE.search(text[:start]) is not None or asks_for_result(text):
        return False  # "percorre 200 m em 25 s": an exercise's quantity (`prose_lengths`)
    if int(re.sub(r"\D", "", text[start:end])) % 50 == 0:
        return True
    return _TRACK.search(fold(text)) is not None or _DISTANCE.search(text) is not None


@functools.lru_cache(maxsize=1024)
def without_training_amounts(text: str) -> str:
    """`text` with its paces, and its metres in a line of a sport, blanked in place.

    >>> without_training_amounts("Easy run: 8km (5:15 min/km)")
    'Easy run: 8km (           )'
    """
    for start, end, _ in _amounts(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def amount_warning(text: str) -> str | None:
    """What to say of a line with no length whose only numbers of time were a pace or a
    distance (`Easy run: 8km (5:15 min/km)`, `Swim: 1000m easy`), or a rest between repeats
    (`6x400m (recuperação 2min)`), else None."""
    from planexport.reader.interval_rests import rest_warning

    if (rest := rest_warning(text)) is not None:
        return rest
    found = _amounts(text)
    if not found:
        return None
    start, end, kind = found[0]
    said = " ".join(text.split())
    said = said if len(said) <= 60 else said[:57] + "…"
    amount = " ".join(text[start:end].split())
    return f'"{said}" gives {kind} ({amount}), not a length: kept as a note'
