"""A bold label among bold weekday labels that names no weekday (`__MITWOCH__`, `__Wahlpflicht__`
between `__MONTAG__` and `__DONNERSTAG__`), over time span lines: a day of its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.time_starts import starts_timed
from planexport.reader.words import SESSION_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["label_alone", "odd_label_days"]

# "__MONTAG__", "**Wahlpflicht**": a label of letters alone on its line, bold or underscored.
_ALONE = lazy(r"^(?P<mark>\*\*|__)(?P<inner>[^\W\d_]{3,20}(?: [^\W\d_]{2,20}){0,2})(?P=mark):?$")

# The weekdays in full in each language the reader reads (folded), to tell a misspelt one.
_NAMES = (
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    ("lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"),
    ("segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo"),
    ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
)
_ORDER = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def label_alone(line: str) -> bool:
    """Whether a line is a bold or underscored word alone (`__Wahlpflicht__`, `**Lundi**`)."""
    return _ALONE.match(line.strip()) is not None


def odd_label_days(nodes: list[Node], heads: list[DaySpan], ctx: Ctx) -> list[DaySpan]:
    """`heads`, the bold weekday lines, with the labels of their shape among them that name no
    weekday and stand over a time span line.

    A label one letter from a weekday of the labels' language (`__MITWOCH__` among
    `__MONTAG__`, `__DIENSTAG__`) is that weekday, warned; any other (`__Wahlpflicht__`) is a
    day without a weekday, titled by the label and warned, so its lines are neither glued to
    the day above nor read as that day's.
    """
    from planexport.reader.days import DaySpan

    labels = [h for h in heads if len(h.weekdays) == 1 and _shape(nodes[h.start]) is not None]
    if len(labels) < 2:
        return heads  # one bold weekday line: no shape of labels to go by
    starts = {h.start for h in heads}
    names = _languages(nodes, heads)
    found: list[DaySpan] = []
    for idx, node in enumerate(nodes[labels[0].start :], start=labels[0].start):
        if idx in starts or _shape(node) is None or fold(node.text.strip("*_ :")) in SESSION_WORDS:
            continue  # "**Morning**" over spans is a part of the day above, no day
        nxt = nodes[idx + 1] if idx + 1 < len(nodes) else None
        if nxt is None or nxt.kind != "paragraph" or not starts_timed(nxt.text):
            continue
        match = _ALONE.match(node.text.strip())
        assert match is not None
        label = match.group("inner")
        weekday = _misspelt(fold(label), names)
        parent = heads[0].level
        span = DaySpan(idx, len(nodes), node.line, [], label, parent)
        if weekday is not None:
            span.weekdays, span.title = [weekday], _full(weekday, names, upper=label.isupper())
            ctx.warn(node.line, f'"{label}" read as {span.title}, the weekday one letter from it')
        else:
            span.unnamed = True
            ctx.warn(
                node.line,
                f'"{label}" names no weekday: its lines read as a day of its own, with no weekday',
            )
        found.append(span)
    return sorted([*heads, *found], key=lambda h: h.start) if found else heads


def _shape(node: Node) -> str | None:
    match = _ALONE.match(node.text.strip()) if node.kind == "paragraph" else None
    return match.group("mark") if match else None


def _languages(nodes: list[Node], heads: list[DaySpan]) -> list[tuple[str, ...]]:
    """The weekday names of the languages the labels are written in."""
    words = {fold(w) for h in heads for w in re.findall(r"[^\W\d_]+", nodes[h.start].text)}
    return [names for names in _NAMES if words & set(names)]


def _misspelt(word: str, languages: list[tuple[str, ...]]) -> str | None:
    days = {
        _ORDER[pos]
        for names in languages
        for pos, name in enumerate(names)
        if len(name) > 4 and _one_edit(word, name)
    }
    return days.pop() if len(days) == 1 else None


def _full(weekday: str, languages: list[tuple[str, ...]], *, upper: bool) -> str:
    name = languages[0][_ORDER.index(weekday)]
    return name.upper() if upper else name.capitalize()


def _one_edit(word: str, name: str) -> bool:
    """Whether `word` is `name` with one letter left out, added, changed or two swapped."""
    if word == name or abs(len(word) - len(name)) > 1:
        return False
    if len(word) == len(name):
        apart = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        return len(apart) == 1 or (
            len(apart) == 2
            and apart[1] == apart[0] + 1
            and word[apart[0]] == name[apart[1]]
            and word[apart[1]] == name[apart[0]]
        )
    short, long = sorted((word, name), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
