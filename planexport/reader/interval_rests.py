"""Rests between repeats in an interval line (`4 x 1 km at 5:10/km (recovery 400 m jog 2 min)`,
`6x400m (recuperação 2min)`, `8 × 200 m, récup 1'30`, `Squat 5x5, rest 2 min`, `5 x 3 min Z4 / 2
min Pause`): the rest's length is never the session's. It is passed over when a line's length is
read, so a session of repeated distances has no length and stays a note, with a warning; and a
repeat of two times joined by a slash (`10x 1' forte / 1' suave`) is read whole, each repeat the
work and its rest."""

from __future__ import annotations

import re

from planexport.reader.durations import DASH, Found, find_duration
from planexport.reader.lazy import lazy

__all__ = ["REPEAT_WORDS", "paired_rest", "rest_spans", "rest_warning"]

REPEAT_WORDS = r"(?:[x×]|mal|times|fois|veces|volte|vezes|keer|maal)"
# "6 x 400 m", "4 x 1 km", "5 x 3 min", "10x 1'", "5x5", "4 times 5 minutes": a repeat and what
# is repeated, with its unit or word.
_REPEAT = lazy(
    rf"(?<![\w.,:])\d{{1,2}}\s*{REPEAT_WORDS}\s*\d+(?:[.,]\d+)?"
    r"(?:\s*(?:[^\W\d_]+\.?|['’′]+))?",
    re.IGNORECASE,
)
# The words of a rest between repeats in the seven languages: `recovery`, `rec`, `récup`,
# `récupération`, `recuperação`, `recuperación`, `recupero`, `rest`, `Pause`, `Trabpause`,
# `Gehpause`, `Satzpause`, `pausa`, `descanso`, `riposo`, `repos`, `herstel`, `rust`, `Erholung`
# (not `Mittagspause`, a meal).
_REST = lazy(
    r"(?<![^\W\d_])(?:recover(?:y|ies)?|rec(?=[\s\d:.])|r[ée]cup[^\W\d_]*|rest(?:s|ing)?"
    r"|(?:trab|geh|steh|satz|serien)?pausen?|pausas?|descansos?|riposo|repos|herstel[^\W\d_]*"
    r"|rust|erholung)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# Where a part of a line ends: a comma, a semicolon, a bracket, a slash, a bar, a plus or a
# spaced dash.
_EDGE = lazy(rf"[,;()\[\]/|+]|\s[{DASH}]\s")
# A cheap first look: a digit, a repeat, a digit.
_MAYBE = lazy(rf"\d\s*{REPEAT_WORDS}\s*\d", re.IGNORECASE)
# After a repeated time: a few words of the work (`Z4`, `forte`), a slash, then the rest's time.
_SLASH = lazy(r"^(?P<mid>[^/()\[\],;]{0,40}?)\s*/\s*")


def rest_spans(text: str) -> list[tuple[int, int]]:
    """Where `text`, a line with a repeat, says a rest after it (`(recovery 400 m jog 2 min)`,
    `, récup 1'30`, `/ 2 min Pause`): the part of the line from the repeat or the edge before
    the rest's word to the edge after it. Empty for a line with no repeat before a rest."""
    if _MAYBE.search(text) is None or _REST.search(text) is None:
        return []
    repeats = [m.end() for m in _REPEAT.finditer(text)]
    edges = [(m.start(), m.end()) for m in _EDGE.finditer(text)]
    spans: list[tuple[int, int]] = []
    for word in _REST.finditer(text):
        before = [end for end in repeats if end <= word.start()]
        if not before:
            continue  # "Pause 10 min, then 3 x 20 min": a break before the repeats
        start = max([before[-1]] + [end for _, end in edges if end <= word.start()])
        end = min([len(text)] + [start_ for start_, _ in edges if start_ >= word.end()])
        if spans and spans[-1][1] >= start:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def rest_warning(text: str) -> str | None:
    """What to say of an untimed line whose repeats have a rest with a number
    (`6x400m (recuperação 2min)`), else None."""
    spans = [span for span in rest_spans(text) if any(c.isdigit() for c in text[slice(*span)])]
    if not spans:
        return None
    said = " ".join(text.split())
    said = said if len(said) <= 60 else said[:57] + "…"
    rest = " ".join(_shown(text[slice(*spans[0])]).strip(" ,;()[]/|+.").split())
    return (
        f'"{said}" is a session of repeats whose length is not read ("{rest}" is the rest '
        "between them): kept as a note"
    )


def _shown(part: str) -> str:
    """The rest as a warning quotes it: in the sentence its word is in, before an `=`, up to
    its first length, else three words after its word (`Rest 90 s-2 min` of `h. Rest 90 s-2
    min. Judge by evenness`)."""
    word = _REST.search(part)
    if word is None:
        return part
    start = part.rfind(". ", 0, word.start())
    end = part.find(". ", word.end())
    part = part[start + 2 if start != -1 else 0 : end if end != -1 else len(part)]
    part = part.split(" = ", 1)[0]
    found = find_duration(part)
    if found is not None and found.at is None:
        return part[: found.end]
    words = part.split()
    last = next(k for k, w in enumerate(words) if _REST.search(w) is not None)
    return " ".join(words[: last + 4])


def paired_rest(text: str, work: Found) -> Found | None:
    """The rest's time right after a repeated time and a slash (`5 x 3 min Z4 / 2 min Pause`,
    `10x 1' forte / 1' suave`), when a word goes with one of them; else None (`2 x 30 min /
    45 min` may be a choice of two lengths)."""
    slash = _SLASH.match(text[work.end :])
    if slash is None:
        return None
    at = work.end + slash.end()
    rest = find_duration(text[at:])  # alone: "Z4 / 2 min" is no fraction of four
    if rest is None or rest.start != 0 or rest.at is not None:
        return None
    if not slash["mid"].strip() and re.match(r"\s*[^\W\d_]", text[at + rest.end :]) is None:
        return None
    return rest._replace(start=at, end=at + rest.end)
