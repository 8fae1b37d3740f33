"""A plan whose only length is advice: weeks of topics (`- **Semana 1: Alfabeto**`) and, under
`## Recomendações`, `- **Prática Diária**: Dedique pelo menos 30 minutos por dia para praticar`.

A length said as a minimum to keep every day (`at least 30 minutes a day`, `pelo menos 30 minutos
por dia`, `mindestens 20 Minuten am Tag`, `al menos 1 hora al día`, `au moins 30 minutes par
jour`, `almeno 30 minuti al giorno`, `minstens 20 minuten per dag`) tells how to keep at it, not
what to do when: with no day and no other length in the plan, nothing is there to schedule, and
the plan is refused with what was found. A line with both words is advice; one with either alone
(`- Warm-up: at least 10 minutes`, `- Reading: 30 min a day`) is a block as before.

A length that says when, not how long: a gap before or after something (`Eat a light snack 1-2h
before running`, `1-2 Stunden vor dem Laufen`, `1-2 h antes de correr`, `1 à 2 h avant la course`,
`1-2 ore prima della corsa`, `1-2 uur voor het hardlopen`) or a limit to keep within (`Protein
within 30 min after`, `innerhalb von 30 Minuten`, `dentro de 30 minutos`, `dans les 30 minutes`,
`entro 30 minuti`, `binnen 30 minuten`, `under 45 minutes`) is advice as well: a plan whose only
lengths are such lines, say runs of distances only, is refused the same way.

A range of time given as an amount in a tip (`walking 15 to 60 minutes or yoga`, see
`advice_ranges`) is advice too; after all of a plan's other timed lines (`* Do 5–10 minutes of
stretching` under `## What to do in breaks`, below a timetable) it is a note of the plan's day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.advice_ranges import advice_range
from planexport.reader.aside_parents import aside_lines
from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx
    from planexport.reader.outline import Item, Node

__all__ = [
    "advice_notes",
    "advice_only",
    "advice_refusal",
    "item_lines",
    "says_when",
    "trailing_advice",
]

# The words that make a length a minimum, just before it.
_AT_LEAST = lazy(
    r"(?:\bat\s+least|\ba\s+minimum\s+of|\bmindestens|\bwenigstens|\bal\s+menos|\bpor\s+lo\s+menos"
    r"|\bcomo\s+m[ií]nimo|\bau\s+moins|\bau\s+minimum|\balmeno|\bpelo\s+menos|\bao\s+menos"
    r"|\bno\s+m[ií]nimo|\bminstens|\bten\s+minste|\bminimaal)[\s*_~≈]*$",
    re.IGNORECASE,
)
# The words that make it a daily one, just after it.
_A_DAY = lazy(
    r"^[\s*_.,]*(?:a|per|each|every|por|al|cada|todos\s+os|todos\s+los|pro|am|jeden|par|chaque"
    r"|ogni|elke)\s+(?:day|dia|d[ií]a|tag|jour|giorno|dag)\b|^[\s*_.,]*(?:daily|t[äa]glich"
    r"|di[aá]ri[ao]s?|quotidien(?:ne)?s?|quotidiennement|giornalier[io]|dagelijks)\b",
    re.IGNORECASE,
)
# A recommendation before a minimum: "We recommend to take at least one hour", "Wir empfehlen,
# mindestens", "Recomendamos dedicar al menos", "Nous conseillons de prévoir au moins".
_RECOMMEND = lazy(
    r"\b(?:recommend|recommended|recommends|suggest|suggested|advise|advised|empfehlen|empfiehlt"
    r"|empfohlen|raten|recomend\w*|recomiend\w*|aconsej\w*|recommand\w*|conseill\w*"
    r"|consigli\w*|raccomand\w*|aconselh\w*|sugerimos|sugere\w*|aanbevolen|adviseren"
    r"|raden)\b",
    re.IGNORECASE,
)
# A limit the length keeps within, just before it: "within 30 min", "innerhalb von 30 Minuten".
_WITHIN = lazy(
    r"(?:\bwithin|\bunder|\bless\s+than|\binnerhalb(?:\s+von)?|\bbinnen|\bdentro\s+de"
    r"|\ben\s+menos\s+de|\bdans\s+les|\ben\s+moins\s+de|\bentro|\bem\s+at[ée]"
    r"|\bin\s+minder\s+dan)[\s*_~≈]*$",
    re.IGNORECASE,
)
# A gap before or after something, just after it: "1-2h before running", "30 Minuten nach dem
# Training". Dutch "voor" and "na" also mean "for" and (Portuguese) "in the": only before an
# article ("voor het hardlopen", "na de training") or as "vóór", "na afloop".
_BEFORE_AFTER = lazy(
    r"^[\s*_.,]*(?:(?:before|after|prior\s+to|beforehand|afterwards?|vor|nach|vorher|nachher"
    r"|antes|despu[eé]s|depois|avant|apr[eè]s|prima|dopo|v[oó][oó]raf|v[oó]{2}r|naderhand)\b"
    r"|(?:voor|na)\s+(?:het|de|elke|iedere|afloop)\b)",
    re.IGNORECASE,
)
# How each kind of advice is said in the refusal.
_SAID = {
    "daily": "as a daily minimum, which says how long to keep at it",
    "range": "as an amount in a tip, which says how much to do",
    "when": "as a gap before or after something or a limit to keep within, which says when",
    "minimum": "as a recommended minimum, which says how long at least, not when",
}


def advice_refusal(nodes: list[Node]) -> tuple[int, str] | None:
    """Why a plan with no day whose only length is advice is refused (its line and message)."""
    advice = advice_only(nodes)
    if advice is None:
        return None
    headings = sum(1 for node in nodes if node.kind == "heading")
    items = len(item_lines([i for node in nodes if node.kind == "list" for i in node.items]))
    line, length, kind = advice
    from planexport.reader.nothing_timed import counted

    return line, (
        f"no timed blocks found (no days found: read {counted(headings, 'heading')} and "
        f"{counted(items, 'list item')}; the only length is advice, line {line}: "
        f'"{length}" {_SAID[kind]}, not a block to '
        "schedule: write days such as '### Week 1' over lines such as '- Alphabet (30 min)')"
    )


def advice_only(nodes: list[Node]) -> tuple[int, str, str] | None:
    """The first advice line, as (line, length, kind: `daily`, `minimum`, `range` or `when`),
    when every length in the plan is advice; None when there is none, or any other line gives a
    length or a time."""
    first: tuple[int, str, str] | None = None
    for line, text in _lines(nodes):
        found = find_duration(text)
        if found is None:
            continue
        kind = _kind(text, found.start, found.end) if found.at is None else None
        if kind is None and advice_range(text):
            kind = "range"
        if kind is None:
            return None
        first = first or (line, text[found.start : found.end].strip(), kind)
    return first


def advice_notes(nodes: list[Node], ctx: Ctx) -> frozenset[int]:
    """The lines of a plan with no day that are notes of its one day, not blocks: tips after
    its timed lines (`trailing_advice`) and timed items under a weekend or a rest item
    (`aside_parents`)."""
    return trailing_advice(nodes) | aside_lines(nodes, ctx)


def trailing_advice(nodes: list[Node]) -> frozenset[int]:
    """The lines of tips with a range of time as an amount (`* Do 5–10 minutes of stretching`)
    that come after all of a plan's other timed lines, each in a list, paragraph or heading of
    no other timed line: notes, not blocks."""
    found: set[int] = set()
    for node in nodes:
        timed = [(line, text) for line, text in _lines([node]) if find_duration(text)]
        if not timed:
            continue
        if all(advice_range(text) for _, text in timed):
            found.update(line for line, _ in timed)
        else:
            found.clear()  # timed lines after the tips: the tips were in the plan's middle
    return frozenset(found)


def says_when(text: str, start: int, end: int) -> bool:
    """Whether each length of a line, the first at `start`..`end`, is a gap before or after
    something or a limit to keep within (`1-2h before, within 30 min after`)."""
    return _kind(text, start, end) == "when"


def _kind(text: str, start: int, end: int) -> str | None:
    """`daily` for a minimum to keep every day, `minimum` for one recommended (`We recommend
    to take at least one hour`), `when` for lengths that are each a gap or a
    limit (`1-2h before, 30 min after`), else None."""
    if _AT_LEAST.search(text[:start]) and _A_DAY.search(text[end:]):
        return "daily"
    if _AT_LEAST.search(text[:start]) and _recommends(text[:start]):
        return "minimum"  # "We recommend to take at least one hour to work on the exercises"
    found = find_duration(text, start)
    while found is not None:
        if found.at is not None:
            return None
        if not (_WITHIN.search(text[: found.start]) or _BEFORE_AFTER.search(text[found.end :])):
            return None
        found = find_duration(text, found.end)
    return "when"


def _recommends(before: str) -> bool:
    """Whether the words before a length recommend it as a sentence of their own (`We suggest
    you set aside at least`), not as what a labelled line says (`- Scales: we recommend at
    least 15 minutes` is a block of scales)."""
    found = _RECOMMEND.search(before)
    return found is not None and ":" not in before[: found.start()]


def _lines(nodes: list[Node]) -> list[tuple[int, str]]:
    """Every line that may give a length: headings, paragraphs, items at any depth, table rows."""
    found: list[tuple[int, str]] = []
    for node in nodes:
        if node.kind == "table":
            found += [(n, " | ".join(r)) for r, n in zip(node.rows, node.row_lines, strict=False)]
        elif node.kind == "list":
            found += item_lines(node.items)
        elif node.kind in ("paragraph", "heading", "quote", "code"):
            found.append((node.line, node.text))
            found += item_lines(node.items)
    return found


def item_lines(items: list[Item]) -> list[tuple[int, str]]:
    """Each item's line and text, its more lines and its children's, in order."""
    found: list[tuple[int, str]] = []
    for item in items:
        found.append((item.line, item.text))
        found += [(item.line, more) for more in item.more]
        found += item_lines(item.children)
    return found
