"""Day headings that start with a date: `2026-12-07 (Mon)`, `07.12. Montag`, `7 dic (lun)`,
`07/12 – Lundi`, `2026-12-07 – Arrays`: the weekday written beside the date, the topic after it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from planexport.reader.dates import ORDER, date_in, month_day, starts_with_date
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.weekday_lists import dated_weekday
from planexport.reader.words import ABBREVIATED_WEEKDAYS, WEEKDAYS, fold

if TYPE_CHECKING:
    import datetime as dt

    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = [
    "NAMES",
    "DateHead",
    "all_dated",
    "date_head",
    "date_label",
    "dated_topic",
    "mixed_days",
    "warn_weekday",
    "weekday_first",
]

# The weekdays' English names, for warnings.
NAMES = dict(zip(ORDER, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                         "Sunday"), strict=True))  # fmt: skip

# What may come before the date: marks only ("### ", "**", "📅 ").
_BEFORE = lazy(r"^[\W_]*$")
# A weekday after the date: "(Mon)", " Monday", ", lundi", " – Lundi", "(lun.)"; then the end or a
# topic after a separator. A two-letter name ("Mo", "do") only in brackets or before a separator:
# "2026-12-07 – Do the exercises" is a topic.
_WEEKDAY_AFTER = lazy(
    r"^[*_\s]*(?:[,.:|–—-]+)?[*_\s]*"
    r"(?:\(\s*(?P<paren>[^\W\d_]+(?:-[^\W\d_]+)?)\.?\s*\)|(?P<name>[^\W\d_]+(?:-[^\W\d_]+)?)\.?)"
    r"[*_]*(?P<rest>\s*$|\s*[,:|–—-].*$|\s*\*.*$)"
)
# A topic after the date or its weekday: "– Arrays", ": Graphs", "| Review".
_TOPIC = lazy(r"^[*_\s]*(?:,\s*|[-–—:|]+\s*)(?P<topic>.*?)[*_\s]*$")


# A topic after a full date and a space alone: "2025-06-21 Fundamentals", "21.06.2025 Welcome".
_SPACED = lazy(r"^[*_]*\s+(?P<topic>[^\W\d_][^*_]*?)[*_\s]*$")


# What follows a date at a title's start: a separator, then the topic ("– Algebra").
_SEPARATED = lazy(r"^\s*(?:[-:|,\u2013\u2014]\s*)+(\S.*)$")


class DateHead(NamedTuple):
    """What a heading that starts with a date writes after it."""

    weekday: str | None  # the weekday written beside the date ("mon"), or None
    topic: str  # the day's topic ("Arrays"), or ""


def _weekday(word: str) -> str | None:
    folded = fold(word)
    return WEEKDAYS.get(folded) or ABBREVIATED_WEEKDAYS.get(folded)


def date_head(node: Node, match: re.Match[str]) -> DateHead | None:
    """What a heading, a bold line or a short line writes after the date that starts it, or
    None when it is no such day: a weekday (`(Mon)`, `Montag`), a topic after a separator
    (`– Arrays`; headings and bold lines only), or both."""
    topics = node.kind == "heading" or node.text.lstrip(" #>").startswith(("**", "__"))
    return _head(node.text, match, topics=topics)


def date_label(text: str) -> bool:
    """Whether a list item is a day's label: a date alone or starting it (`**2026-12-07
    (Mon)**`, `07.12. Montag`, `2026-12-07 – Arrays`)."""
    if len(text) > 120:
        return False
    _, match = date_in(text, None)
    if match is None:
        return False
    if not text[match.end() :].strip(" *_") and _BEFORE.match(text[: match.start()]):
        return True
    return _head(text, match, topics=True) is not None


def _head(text: str, date: re.Match[str], *, topics: bool) -> DateHead | None:
    before, after = text[: date.start()], text[date.end() :]
    if not _BEFORE.match(before):
        return None
    weekday, rest = None, after
    match = _WEEKDAY_AFTER.match(after)
    if match is not None:
        word = match.group("paren") or match.group("name")
        named = _weekday(word)
        lone = match.group("rest").strip(" *_") == ""
        if named is not None and (match.group("paren") or len(word) > 2 or lone or topics):
            weekday, rest = named, match.group("rest")
    if not rest.strip(" *_"):
        return DateHead(weekday, "")
    topic = _TOPIC.match(rest)
    if topic is None and topics and _full(date):
        topic = _SPACED.match(rest)  # "## **2025-06-21 Fundamentals**": a full date, a space
    if not topics or topic is None or not topic.group("topic"):
        return None
    title = topic.group("topic")
    if title[0].isdigit() or starts_with_date(title):
        # "2026-12-07 – 2026-12-13", "March 30, 2026 - April 5, 2026": a week, not a day;
        # "– 09:00": a block
        return None
    if weekday is None and _loose(date):
        return None  # "1.2. – Setup", "3/4 – Practice": a section's number, a fraction
    return DateHead(weekday, title)


def _full(match: re.Match[str]) -> bool:
    """Whether a date writes its year in numbers (`2025-06-21`, `21.06.2025`, `21/06/2025`)."""
    return bool(match.group("iso") or match.group("ny") or match.group("ny3"))


def _loose(match: re.Match[str]) -> bool:
    """Whether a date is `3/2`-like: numbers alone, no year, no month's name, and either number
    may be the month (`14/04`, `04/14`: only a date, the 14th of April, is kept)."""
    if not match.group("n1") or match.group("ny") or match.group("ny3"):
        return False
    first, second = int(match.group("n1")), int(match.group("n2") or match.group("n3"))
    return not (0 < min(first, second) <= 12 < max(first, second) <= 31)


def warn_weekday(line: int, text: str, date: dt.date, written: str | None, ctx: Ctx) -> None:
    """Warn when the weekday written beside a full date is not that date's: the date is read."""
    if written is None or ORDER[date.weekday()] == written:
        return
    real = NAMES[ORDER[date.weekday()]]
    ctx.warn(
        line,
        f'"{text}": {date.isoformat()} is a {real}, not a {NAMES[written]}: '
        f"read as {real} {date.isoformat()}",
    )


# Small words between a weekday and its date: "Lunes 8 de diciembre", "Sunday the 13th".
_BETWEEN = frozenset(("de", "del", "den", "der", "the", "le", "il", "el", "am", "on", "op"))


def weekday_first(
    line: int, text: str, *, date: dt.date, hit: re.Match[str], ctx: Ctx, month_first: bool
) -> bool:
    """Whether `text` starts with a weekday before a full date that falls on another weekday
    (`## Mon 2026-12-08`, `### Lunes 8 de diciembre de 2026`, `**Mon 2026-12-08**`): then the
    date is read, with the warning a date-first heading gets."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text[: hit.start()])]
    named = {WEEKDAYS[w] for w in words if w in WEEKDAYS}
    if (
        len(named) != 1
        or any(w not in WEEKDAYS and w not in _BETWEEN for w in words)  # "Monday: due 12-10"
        or not month_day(text, month_first=month_first)[1]  # no year: its own is sought later
    ):
        return False
    written = named.pop()
    warn_weekday(line, unwrap(text), date, written, ctx)
    return written != ORDER[date.weekday()]


def all_dated(nodes: list[Node], found: list[DaySpan], *, month_first: bool) -> bool:
    """Whether every day found is a heading or line of its own that writes its date (`### Mon
    2026-12-07`, `### Monday 7/12`), one day each."""
    if not found or len({span.start for span in found}) < len(found):
        return False
    for span in found:
        node = nodes[span.start] if 0 <= span.start < len(nodes) else None
        if node is None or node.kind not in ("heading", "paragraph") or len(span.numbers) != 1:
            return False
        _, match = date_in(node.text, None, month_first=month_first)
        if match is None or month_day(node.text, month_first=month_first)[0] is None:
            return False
        if _loose(match) and dated_weekday(unwrap(node.text)) is None:
            return False  # "Day 5: Review 2/3 of the notes": no date
    return True


def mixed_days(
    nodes: list[Node], found: list[DaySpan], dated: list[DaySpan], said: Ctx, ctx: Ctx
) -> list[DaySpan]:
    """The dated days found, and beside them each heading that is only a date (or a date and
    its weekday or topic) at their level: `### Mon 2026-12-07` then `### 2026-12-09` are two
    days. `said` holds the warnings about `dated`: those of the days taken are `ctx`'s too."""
    levels = {(nodes[span.start].kind, span.level) for span in found}
    starts = {span.start for span in found}
    extra = [
        span
        for span in dated
        if span.start not in starts and (nodes[span.start].kind, span.level) in levels
    ]
    if not extra:
        return found  # "## DÍA 2" twice: the numbers stay as written
    lines = {span.line for span in extra}
    ctx.warnings += [w for w in said.warnings if w.line in lines]
    days = sorted([*found, *extra], key=lambda span: span.start)
    for number, span in enumerate(days, start=1):
        span.numbers = [number]
    return days


def dated_topic(title: str, date: dt.date | None, *, month_first: bool) -> str:
    """A dated day's title without the date it starts with (`7/12 – Algebra` → `Algebra`), once
    the day has that date; a title that is only its date stays as it is."""
    if date is None:
        return title
    found, match = date_in(title, date.year, month_first=month_first)
    if found != date or match is None or match.start() != 0:
        return title
    rest = _SEPARATED.match(title[match.end() :])
    if rest is None or fold(rest.group(1).strip(" .*_")) in WEEKDAYS:
        return title  # "07/12 – Lundi": the weekday says no more than the date
    return rest.group(1).strip()
