"""Agendas of start times written with a dot or an `h` and nothing else to say they are times:
list lines that open with a dotted time (`- 19.00 Lezen` / `- 19.45 Oefenen`, numbered too:
`1. 9.00 Lezen` / `2. 10.30 Schrijven`), list lines that close with one and its hour word
(`- Ontvangst 8.50 uur` / `- Opening - 9.00 uur`, `- Begrüßung: 9.00 Uhr`, `- Bienvenida: 9.00
h`, `- Accueil : 9.00 heures`), with one alone after a colon (`- Accueil : 9.00`) or with an
`h` time (`- Accueil : 9h00`), and paragraph
lines that open with an `h` time (`9h00 Accueil` / `9h30 Conférence`). Each run is read as the same
lines written `19:00 Lezen` are: a start each, lasting until the next.

A run is an agenda only when its times rise through the day, so section numbers (`- 1.10
Sets`), lengths after a title (`- Lezen 1.30 uur`) and `h` lengths (`1h30 Lecture`) keep their
reading: a list of lengths seldom rises from six in the morning on, three lines or more, and a
list of numbered sections gives each its own length.
"""

from __future__ import annotations

import itertools
import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

__all__ = ["dotted_agendas", "list_items"]

# Any line that may open or close such a run; most plans have none and pass untouched.
_ANY = lazy(
    r"^\s*(?:(?:[-*+]|\d{1,2}[.)])\s+)?[*_]*(?:[01]?\d|2[0-3])(?:\.[0-5]\d|h)"
    r"|(?<![\w.,:])(?:[01]?\d|2[0-3])(?:\.[0-5]\d(?:\s*(?:uur|uhr|h|heures?)\.?)?|h(?:[0-5]\d)?)"
    r"[*_)]*\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# What every line `_ANY` finds holds, in the digits plans write: an hour's digit, then its
# minutes after a dot, or an `h`. A plain set of characters first lets the search skip ahead
# fast, so a long plan's text is spared one slow search of the whole pattern.
_HINT = lazy(r"[0-9](?:\.[0-5][0-9]|[hH])")
# "- ", "* ", "1. ", "2) ": an item of a list, bulleted or numbered.
_BULLET = lazy(r"^(?P<indent>\s*)(?:[-*+]|\d{1,2}[.)])\s+")
_FENCE = lazy(r"^\s{0,3}(```|~~~)")
_HEADING = lazy(r"^\s{0,3}(?:#|>|\||<)")
# "- 19.00 Lezen", "- **9.30** Koffie", "- 20.15: Oefenen", "- 19.00 Uhr Lesen", "1. 9.00
# Lezen": the time first, then words.
_DOTTED_FIRST = lazy(
    r"^\s*(?:[-*+]|\d{1,2}[.)])\s+[*_]*(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)"
    r"(?P<unit>\s*(?:uur|uhr|u|h)\.?)?"
    r"(?![\w.,]|:\d)[*_]*\s*(?:[:\-–—|]\s*)?[*_]*[^\W\d_]",
    re.IGNORECASE,
)
# "- Ontvangst 8.50 uur", "- Opening - 9.00 uur", "- **Lunch**: 12.15 uur", "- Begrüßung:
# 9.00 Uhr", "- Bienvenida: 9.00 h", "- Accueil : 9.00 heures", "- Accueil : 9.00", "- Accueil :
# 9h00", "- Tournoi : 13h30 (1h30)": words, then the time last on the line, dotted with its
# hour word (`uur`, `Uhr`, `h`, `heures`) or after a colon alone, or written with `h`, and only
# a bracket after it.
_TIME_LAST = lazy(
    r"^(?P<head>\s*[-*+]\s+)(?P<title>[\W\d_]*?[^\W\d_].*?)(?P<sep>[\s:\-–—|(]*)[*_]*"
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3])"
    r"(?:\.(?P<m>[0-5]\d)(?:\s*(?P<unit>uur|uhr|h|heures?)\.?)?|h(?P<hm>[0-5]\d)?)"
    r"[*_)]*(?P<tail>\s+\([^()]*\))?\s*$",
    re.IGNORECASE,
)
# A title that holds a time of its own or ends on a word that leads to one: the time last on
# the line ends a span ("- Lezen van 9.00 tot 10.30 uur", "- Cours 9h-10h30"), no start.
_SPAN_TITLE = lazy(
    r"\d(?:[.:h]\d|h\b|\s*(?:uur|uhr|u)\b)"
    r"|(?<!\w)(?:tot|bis|to|till|until|à|jusqu'à|hasta|a|alle|fino|até|às)\W*$",
    re.IGNORECASE,
)
# "9h00 Accueil", "**9h30** Conférence", "14h - Pause": an `h` time first, then words; never
# a span ("9h00 - 10h30 Cours", "9h à 10h Cours").
_H_FIRST = lazy(
    r"^\s*(?P<lead>[*_]*)(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)?(?P<trail>[*_]*)"
    r"(?P<rest>\s*(?:[:\-–—|]\s*)?[*_]*(?!(?:à|a|au|bis|tot|to|till|until|hasta|até|fino)\s+\d)"
    r"[^\W\d_].*)$",
    re.IGNORECASE,
)
# Lengths rise too (`1h30`, `2h00`); a run of them from the morning on is a day's times.
_MORNING = 6 * 60
_TITLE_LAST_RUN = 3


def dotted_agendas(text: str) -> str:
    """The text with each run of dotted or `h` start times, as described above, written as
    `19:00 Lezen`; every other line stays as written, code blocks too."""
    if not _may_run(text):
        return text
    lines = text.split("\n")
    fenced = [False] * len(lines)
    inside = False
    for n, line in enumerate(lines):
        if _FENCE.match(line):
            inside = not inside
            fenced[n] = True
        else:
            fenced[n] = inside
    for items in list_items(lines, fenced):
        if not _time_first(lines, items):
            _time_last(lines, items)
    _h_paragraphs(lines, fenced)
    return "\n".join(lines)


def _may_run(text: str) -> bool:
    """Whether a line of `text` may open or close such a run (`_ANY`), asked of the lines that
    hold `_HINT` only."""
    for hint in _HINT.finditer(text):
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.end())
        if _ANY.search(text[start : len(text) if end == -1 else end]) is not None:
            return True
    return False


def list_items(lines: list[str], fenced: list[bool]) -> list[list[int]]:
    """The line numbers of each list's items at its own depth; deeper lines and blank lines
    between them belong to it, a line as shallow as its items that is not one ends it."""
    found: list[list[int]] = []
    n = 0
    while n < len(lines):
        match = None if fenced[n] else _BULLET.match(lines[n])
        if match is None:
            n += 1
            continue
        depth = len(match["indent"].expandtabs())
        items = [n]
        n += 1
        while n < len(lines) and not fenced[n]:
            line = lines[n]
            if not line.strip():
                n += 1
                continue
            indent = len(line.expandtabs()) - len(line.expandtabs().lstrip())
            if indent > depth:
                n += 1
                continue
            same = _BULLET.match(line)
            if indent < depth or same is None:
                break
            items.append(n)
            n += 1
        found.append(items)
    return found


def _rising(times: list[int]) -> bool:
    """Whether `times` never fall and end later than they begin."""
    return times[-1] > times[0] and all(a <= b for a, b in itertools.pairwise(times))


def _time_first(lines: list[str], items: list[int]) -> bool:
    """Rewrite a list whose items all open with a dotted time, from the morning on, rising, two
    or more, one at least with no length of its own: `- 19.00 Lezen` as `- 19:00 Lezen`,
    `- **9.00 uur** Ontvangst` as `- **9:00** Ontvangst`."""
    matches = [_DOTTED_FIRST.match(lines[n]) for n in items]
    if len(items) < 2 or any(m is None for m in matches):
        return False
    found = [m for m in matches if m is not None]
    times = [int(m["h"]) * 60 + int(m["m"]) for m in found]
    if times[0] < _MORNING or not _rising(times):
        return False  # "- 1.30 uur Lezen" / "- 2.00 uur Oefenen": lengths may rise too
    pairs = list(zip(items, found, strict=True))
    if all(find_duration(lines[n], m.end("m")) is not None for n, m in pairs):
        return False  # "- 6.10 Sets (30 min)": numbered sections, each with its length
    for n, m in pairs:
        line = lines[n]
        end = m.end("unit") if m["unit"] else m.end("m")
        lines[n] = f"{line[: m.start('h')]}{int(m['h'])}:{m['m']}{line[end:]}"
    return True


def _time_last(lines: list[str], items: list[int]) -> bool:
    """Rewrite a list whose items all close with a dotted time and `uur` or an `h` time, from
    the morning on, rising, three or more: `- Ontvangst 8.50 uur` as `- 8:50 Ontvangst`."""
    matches = [_TIME_LAST.match(lines[n]) for n in items]
    if len(items) < _TITLE_LAST_RUN or any(m is None for m in matches):
        return False
    found = [m for m in matches if m is not None]
    if any(_SPAN_TITLE.search(m["title"]) for m in found):
        return False
    bare = [m for m in found if m["m"] is not None and m["unit"] is None]
    if any(":" not in m["sep"] for m in bare):
        return False  # "- Kapitel 9.30": a section's number, no time after a colon
    if any(int(m["m"]) % 5 for m in bare):
        return False  # "- Woche 2: 8.37": an amount, where an agenda's minutes go by fives
    if len({_way(m) for m in found}) > 1:
        return False  # "8.50 uur" and "9h00" in one list: no one way of writing its times
    minutes = [m["m"] or m["hm"] or "00" for m in found]
    times = [int(m["h"]) * 60 + int(mm) for m, mm in zip(found, minutes, strict=True)]
    if times[0] < _MORNING or not _rising(times):
        return False
    for n, m, mm in zip(items, found, minutes, strict=True):
        lines[n] = f"{m['head']}{int(m['h'])}:{mm} {m['title'].rstrip()}{m['tail'] or ''}"
    return True


def _way(match: re.Match[str]) -> str:
    """How a time last on a line is written: `h` (`9h00`), or dotted with its hour word
    (`uur`, `uhr`, `h`, `heures`) or none."""
    if match["m"] is None:
        return "9h00"
    unit = (match["unit"] or "").lower()
    return "heures" if unit.startswith("heure") else unit


def _h_paragraphs(lines: list[str], fenced: list[bool]) -> None:
    """Rewrite each run of paragraph lines that open with an `h` time, blank lines between
    them, from the morning on, rising, two or more: `9h00 Accueil` as `9:00 Accueil`."""
    run: list[tuple[int, re.Match[str]]] = []
    for n, line in enumerate([*lines, "#"]):
        if n < len(lines) and not line.strip():
            continue
        match = None
        if n < len(lines) and not fenced[n] and not _HEADING.match(line):
            match = None if _BULLET.match(line) else _H_FIRST.match(line)
        if match is not None:
            run.append((n, match))
            continue
        _h_run(lines, run)
        run = []


def _h_run(lines: list[str], run: list[tuple[int, re.Match[str]]]) -> None:
    times = [int(m["h"]) * 60 + int(m["m"] or 0) for _, m in run]
    if len(run) < 2 or times[0] < _MORNING or not _rising(times):
        return
    for n, m in run:
        line = lines[n]
        end = m.end("m") if m["m"] else m.end("h") + 1  # "14h Pause": the `h` goes too
        lines[n] = f"{line[: m.start('h')]}{int(m['h'])}:{m['m'] or '00'}{line[end:]}"
