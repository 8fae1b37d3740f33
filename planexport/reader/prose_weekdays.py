"""A sentence of prose that gives groups of weekdays each their hours (`Los lunes, jueves y viernes
voy al gimnasio por las mañanas, de 8:00 a 10:00, y los martes y miércoles por las tardes, de
6:00 a 8:00`, `On Mondays and Thursdays I go to the gym in the afternoon, from 2:00 to 4:00`,
`Montags und freitags gehe ich nachmittags von 2 bis 4 Uhr ins Fitnessstudio`): a pinned block
on each weekday named, a part of the day (`por las tardes`, `in the afternoon`, `nachmittags`,
`l'après-midi`, `il pomeriggio`, `à tarde`, `'s middags`) moving hours of a 12-hour clock past
noon, the block titled by the activity the words around the hours name (`Gimnasio`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from planexport.reader.dates import ORDER
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.prose_span_days import CLOCK, SPAN, sentence_subject
from planexport.reader.words import FULL_WEEKDAYS, WEEKDAY_TITLES, fold

__all__ = ["WeekdaySpan", "weekday_spans", "weekday_titles"]

_WORD = lazy(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# An hour without its mark: "6:00", "2" of "2h", "8h30".
_CORE = lazy(r"(\d{1,2})(?:[:.h][0-5]\d(?!\d))?")
_MARKED = lazy(r"\d\s*[ap]\.?\s?m\b", re.IGNORECASE)
# Words between the weekdays of one group, folded: "lunes, jueves y viernes", "le lundi et le
# jeudi", "op maandag en vrijdag", "às segundas e quintas".
_GROUP_GAP = frozenset(
    ("and", "y", "e", "et", "und", "en", "or", "o", "ou", "oder", "of", "the", "on", "le", "la",
     "les", "los", "las", "el", "il", "i", "os", "as", "a", "aos", "op", "am", "an", "jeden",
     "jedem", "every", "each", "cada", "chaque", "ogni", "elke", "todos", "todas", "tous")
)  # fmt: skip
# Parts of the day, folded, and the hours of a 12-hour clock each moves past noon: the
# afternoon 1–7, the evening 5–11 (as a session heading names them).
_LATE = {
    **dict.fromkeys(
        ("afternoon", "afternoons", "nachmittag", "nachmittags", "tarde", "tardes",
         "apres-midi", "pomeriggio", "pomeriggi", "middag", "middags", "namiddag"),
        range(1, 8),
    ),
    **dict.fromkeys(
        ("evening", "evenings", "night", "nights", "abend", "abends", "noche", "noches", "soir",
         "soiree", "sera", "sere", "noite", "noites", "avond", "avonds"),
        range(5, 12),
    ),
}  # fmt: skip
_EARLY = frozenset(
    ("morning", "mornings", "morgen", "morgens", "vormittag", "vormittags", "manana", "mananas",
     "matin", "matinee", "mattina", "mattine", "mattino", "manha", "manhas", "ochtend",
     "ochtends", "voormiddag")
)  # fmt: skip
# Words around the activity, folded: who goes, the verb of going or doing, the small words
# before a place or a part of the day ("voy al gimnasio por las", "je vais à la salle de sport").
_AROUND = frozenset(
    ("i", "we", "je", "j", "nous", "ich", "wir", "yo", "nosotros", "io", "noi", "eu", "nos", "ik",
     "wij", "y", "go", "goes", "do", "have", "train", "vais", "va", "allons", "fais", "gehe",
     "gehen", "mache", "habe", "voy", "vamos", "hago", "tengo", "vado", "andiamo", "faccio",
     "ho", "vou", "faco", "tenho", "ga", "gaan", "doe", "heb", "to", "the", "a", "an", "at",
     "in", "on", "for", "of", "au", "aux", "la", "le", "les", "l", "de", "du", "des", "d", "zum",
     "zur", "ins", "im", "ans", "am", "der", "die", "das", "den", "dem", "ein", "eine", "al",
     "el", "los", "las", "del", "en", "un", "una", "alla", "il", "lo", "gli", "della", "ao",
     "na", "no", "os", "as", "um", "uma", "da", "do", "naar", "het", "een", "op", "s", "por",
     "per", "pour", "para", "and", "et", "und", "e", "or", "ou", "oder", "also", "too",
     "tambien", "aussi", "auch", "anche", "tambem", "ook", "then", "again", "otra", "vez",
     "encore", "wieder", "ancora", "novo", "weer", "there", "dort", "alli", "ahi", "ci", "er",
     "daar")
)  # fmt: skip
_CUT = lazy(r"[,;:()\u2013\u2014]")


@dataclass(frozen=True)
class WeekdaySpan:
    """One block a sentence gives: its weekday, start and end (minutes after midnight), title."""

    weekday: str
    start: int
    end: int
    title: str


def _forms(word: str) -> tuple[str, ...]:
    """A weekday word folded, as written and without a plural's `s` or `en` (`segundas-feiras`:
    `segundas`, `segunda`; `maandagen`: `maandag`)."""
    name = fold(word).split("-")[0]
    plural = name[:-1] if name.endswith("s") else ""
    dutch = name[:-2] if name.endswith("en") else ""
    return tuple(form for form in (name, plural, dutch) if form)


def _weekday(word: str) -> str | None:
    """The weekday a word names, plural or as an adverb: `lunes`, `Mondays`, `segundas-feiras`,
    `lundis`, `maandagen`, `montags`."""
    return next((FULL_WEEKDAYS[f] for f in _forms(word) if f in FULL_WEEKDAYS), None)


def weekday_titles(sentence: str) -> tuple[str, ...]:
    """The weekdays' titles in the language of the sentence's first weekday (`lunes`: Spanish)."""
    for word in _WORD.findall(sentence):
        if _weekday(word) is None:
            continue
        for titles in WEEKDAY_TITLES.values():
            names = {fold(t).split("-")[0] for t in titles}
            if any(form in names for form in _forms(word)):
                return titles
    return WEEKDAY_TITLES["en"]


def weekday_spans(sentence: str, default: str) -> list[WeekdaySpan] | None:
    """The blocks of a sentence whose every group of weekdays is followed by its hours (`de 8:00
    a 10:00`, `from 2 to 4pm`, `von 2 bis 4 Uhr`), or None when it is no sentence on one line
    ending in a full stop, names no weekday or one without hours of its own, or gives hours
    that are no time of day (`de 8 a 10`) or a length. A block is titled by the activity its
    clause names, else the one before it, else what the sentence opens with, else `default`."""
    text = re.sub(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)", "", sentence).strip()
    words = list(_WORD.finditer(text))
    if not text.endswith((".", "!")) or "\n" in text or len(words) < 8:
        return None  # "Monday 9:00-10:00 Maths": a line of a plan, not a sentence
    groups: list[tuple[list[str], int, int]] = []  # weekdays, where they start and end
    last_word = -2
    for n, word in enumerate(words):
        day = _weekday(word[0])
        if day is None:
            continue
        gap = text[groups[-1][2] : word.start()] if groups else ""
        joined = (
            bool(groups)
            and all(fold(w[0]) in _GROUP_GAP for w in words[last_word + 1 : n])
            and not re.search(r"[^\w\s,/&'\u2019]", gap)
        )
        if joined:
            groups[-1][0].append(day)
            groups[-1] = (groups[-1][0], groups[-1][1], word.end())
        else:
            groups.append(([day], word.start(), word.end()))
        last_word = n
    if not groups:
        return None
    out: list[WeekdaySpan] = []
    title = ""
    for k, (days, _, end) in enumerate(groups):
        clause = text[end : groups[k + 1][1] if k + 1 < len(groups) else len(text)]
        spans = _clause_spans(clause)
        if not spans:
            return None
        title = _activity(clause) or title
        if not title:
            before = text[: groups[0][1]]  # "Les cours ont lieu le lundi …", "Swim on Mondays …"
            title = sentence_subject(before, with_verb=True) or _activity(before) or default
        out += [WeekdaySpan(d, a, b, title) for d in days for a, b in spans]
    return sorted(out, key=lambda s: (ORDER.index(s.weekday), s.start))


def _clause_spans(clause: str) -> list[tuple[int, int]]:
    """The spans in words of one weekday group's clause, moved past noon when its part of the
    day is the afternoon or evening and no hour says am or pm; [] when any is no time of day."""
    from planexport.reader.worded_spans import clock_span

    late = next((_LATE[w] for w in map(fold, _WORD.findall(clause)) if w in _LATE), None)
    spans: list[tuple[int, int]] = []
    rest = clause
    for match in SPAN.finditer(clause):
        if not (CLOCK.search(match["a"]) or CLOCK.search(match["b"])):
            return []
        first, last = _CORE.match(match["a"]), _CORE.match(match["b"])
        if (
            late is not None
            and first is not None
            and last is not None
            and not _MARKED.search(match[0])
            and int(first[1]) in late
        ):
            # "por las tardes, de 6:00 a 8:00": the hours of the afternoon, 18:00-20:00
            end = f"{last[0]} am" if int(last[1]) == 12 else f"{last[0]} pm"
            span = clock_span(f"{first[0]} pm", end)
        else:
            span = clock_span(match["a"], match["b"])
        if span is None:
            return []
        spans.append(span)
        rest = rest.replace(match[0], " ")
    found = find_duration(rest)
    while found is not None:
        if found.at is None:
            return []  # a length besides the hours
        at = found.at
        if late is not None and at < 720 and at // 60 in late and not _MARKED.search(found.text):
            at += 720  # "nachmittags 2:00-4:00"
        spans.append((at, at + found.hi))
        found = find_duration(rest, found.end)
    return spans


def _activity(text: str) -> str:
    """The activity a clause names: its first stretch of words between commas, the hours and
    a part of the day that is more than who goes where (`gimnasio` in `voy al gimnasio por las
    mañanas`, `salle de sport` in `je vais à la salle de sport le matin`)."""
    plain = SPAN.sub(",", text)
    for piece in _CUT.split(plain):
        words = _WORD.findall(piece)
        stretch: list[str] = []
        for word in [*words, ""]:
            folded = fold(word)
            if word and folded not in _LATE and folded not in _EARLY and _weekday(word) is None:
                stretch.append(word)
                continue
            while stretch and fold(stretch[0]) in _AROUND:
                stretch.pop(0)
            while stretch and fold(stretch[-1]) in _AROUND:
                stretch.pop()
            if 0 < len(stretch) <= 4:
                title = " ".join(stretch)
                return title[:1].upper() + title[1:]
            stretch = []
    return ""
