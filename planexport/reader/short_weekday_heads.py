"""Day headings that write the weekday short before a title: `## MON - Upper Push`, `## Mi –
Beine`, `## Ven: Cardio`, `## Seg - Treino A`; read as the weekday written in full."""

from __future__ import annotations

import dataclasses
import re

from planexport.reader.dates import ORDER
from planexport.reader.durations import DASH
from planexport.reader.lazy import lazy
from planexport.reader.numbered_weekday_heads import numbered_weekday_headings
from planexport.reader.outline import Node
from planexport.reader.weekday_span_headings import weekday_span_headings
from planexport.reader.words import WEEKDAY_TITLES, WEEKDAYS, fold

__all__ = ["full_weekday", "short_weekday_headings"]

# The short name alone before a spaced dash or a colon, then a title: "MON - Upper Push",
# "**Mi.** – Beine", "Ven: Cardio"; never "Mo-Fr: …" (a range) or "Mardi Gras - …".
_SHORT = lazy(
    rf"^(?P<lead>[^\w\s]*\s*)(?P<name>[^\W\d_]{{2,3}})\.?(?P<close>[*_]*)"
    rf"(?P<sep>\s+[{DASH}]\s+|\s*:\s+)(?P<title>\S.*)$"
)
# The short name alone: "SUN", "**So.**", a day with no title, often the week's last with nothing
# under it.
_BARE = lazy(r"^(?P<lead>[^\w\s]*\s*)(?P<name>[^\W\d_]{2,3})\.?(?P<close>[*_]*)\s*$")
# Each language's short names: the plan's headings are read in the one that writes them all.
_SHORT_NAMES = {
    "en": ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "de": ("mo", "di", "mi", "do", "fr", "sa", "so"),
    "es": ("lun", "mar", "mie", "jue", "vie", "sab", "dom"),
    "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
    "pt": ("seg", "ter", "qua", "qui", "sex", "sab", "dom"),
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
}


def short_weekday_headings(nodes: list[Node]) -> list[Node]:
    """`nodes` with each heading `MON - Upper Push` written `Monday - Upper Push`, as a heading
    naming the weekday in full reads.

    Only when every heading of that level shaped so (a word of two or three letters, a dash or
    a colon, a title) leads with a weekday of one language and they name two weekdays or more:
    `## Jan - Setup` / `## Mar - Launch` are months, `## SAT - Math` / `## SAT - Reading` an
    exam, and `## Do: warm up` is no Thursday. A heading of that level that is the short name
    alone (`## SUN`, often the week's last with nothing under it) is then that weekday too.
    """
    nodes = weekday_span_headings(nodes)  # "## Mardi 18h30/19h30" over its session's lines
    nodes = numbered_weekday_headings(nodes)  # "### Mon 20 - Row" under "## Week 1 - 20-26 Jul"
    shaped: dict[int, list[tuple[int, re.Match[str]]]] = {}
    bare: dict[int, list[tuple[int, re.Match[str]]]] = {}
    for index, node in enumerate(nodes):
        if node.kind != "heading":
            continue
        if (match := _SHORT.match(node.text)) is not None:
            shaped.setdefault(node.level, []).append((index, match))
        elif (match := _BARE.match(node.text)) is not None:
            bare.setdefault(node.level, []).append((index, match))
    if not shaped:
        return _bare_only(nodes, bare)
    out = list(nodes)
    for level, found in shaped.items():
        names = {fold(match["name"]) for _, match in found}
        language = next((k for k, v in _SHORT_NAMES.items() if names <= set(v)), None)
        if language is None or len({WEEKDAYS[name] for name in names}) < 2:
            continue
        for index, match in found:
            full = _full(language, match["name"])
            text = f"{match['lead']}{full}{match['close']}{match['sep']}{match['title']}"
            out[index] = dataclasses.replace(nodes[index], text=text)
        for index, match in bare.get(level, []):
            # "## SUN" among "## MON - Push", "## WED - Pull": that weekday, a day with no title
            if fold(match["name"]) in _SHORT_NAMES[language]:
                text = f"{match['lead']}{_full(language, match['name'])}{match['close']}"
                out[index] = dataclasses.replace(nodes[index], text=text)
    return out


def _bare_only(nodes: list[Node], bare: dict[int, list[tuple[int, re.Match[str]]]]) -> list[Node]:
    """`nodes` with the short names alone written in full (`## Mon`, `## Wed`, `## Fri`) at a
    level with no titled short heading: when they are of one language and name two weekdays or
    more, or one beside a range of that level written short (`## Mon–Thu` then `## Fri`)."""
    from planexport.reader.day_headings import WEEKDAY_RANGE

    out = list(nodes)
    for level, found in bare.items():
        names = {fold(match["name"]) for _, match in found}
        language = next((k for k, v in _SHORT_NAMES.items() if names <= set(v)), None)
        if language is None:
            continue
        ranged = any(
            node.kind == "heading" and node.level == level and WEEKDAY_RANGE.search(node.text)
            for node in nodes
        )
        if len({WEEKDAYS[name] for name in names}) < 2 and not ranged:
            continue  # "## Sat" alone: an exam, a word, as likely as a Saturday
        for index, match in found:
            text = f"{match['lead']}{_full(language, match['name'])}{match['close']}"
            out[index] = dataclasses.replace(nodes[index], text=text)
    return out


def _full(language: str, name: str) -> str:
    """The weekday a short name of `language` names, written in full."""
    return WEEKDAY_TITLES[language][ORDER.index(WEEKDAYS[fold(name)])]


def full_weekday(names: set[str], name: str) -> str:
    """`name` in full when it is short (`Mon`, `Qua`), in the language whose short names hold
    every short one of `names` (folded); else as written."""
    short = {n for n in names if len(n) <= 3}
    if fold(name) not in short:
        return name
    language = next((k for k, v in _SHORT_NAMES.items() if short <= set(v)), None)
    return name if language is None else _full(language, name)
