"""A bold line or heading that is a short label and a full date (`**Allenamento 09 ottobre
2023**`, `**Training 3 March 2024**`, `**Séance du 5 mars 2024**`): a dated day."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap

if TYPE_CHECKING:
    from planexport.model import Day
    from planexport.reader.blocks import Ctx
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["labelled_date", "untimed_dated_days"]

_BOLD = lazy(r"^[^\w*_]*(\*\*|__)")
# One to three words, maybe with the little word before a date: "Allenamento", "Séance du",
# "Long run on", "Sesión del".
_LABEL = lazy(r"^[\s*_#>]*(?:[^\W\d_]+[\s'’-]+){1,3}(?:[^\W\d_]{1,4}\s+)?$")
# After the date: marks and emoji, or the session's length in brackets ("(30’ circa)").
_TAIL = lazy(r"^[\W_]*(?:\([^()]*\)[\W_]*)?$")


def _full(match: re.Match[str]) -> bool:
    """Whether a date has its day, month and year (`09 ottobre 2023`, `2024-03-03`, `3/3/2024`)."""
    if match.group("iso"):
        return True
    if match.group("mon") or match.group("mon3"):
        return bool(match.group("y2") or match.group("y3"))
    year = match.group("ny") or match.group("ny3")
    return year is not None and len(year) == 4


def labelled_date(node: Node, before: str, after: str, match: re.Match[str]) -> bool:
    """Whether a heading or bold line is a label before a full date and nothing after it."""
    if node.kind != "heading" and not _BOLD.match(node.text):
        return False
    return bool(_LABEL.match(before)) and bool(_TAIL.match(after)) and _full(match)


def untimed_dated_days(nodes: list[Node], spans: list[DaySpan], days: list[Day], ctx: Ctx) -> None:
    """Warn about each day of a bold date line that holds lines but nothing timed: a training
    log's circuits (`C1x3: 10 sit up`) are kept as its notes, never guessed into blocks."""
    if len(spans) != len(days):
        return
    for span, day in zip(spans, days, strict=True):
        node = nodes[span.start] if 0 <= span.start < len(nodes) else None
        if node is None or node.kind != "paragraph" or span.date is None:
            continue
        if not day.notes or any(v.blocks for v in day.variants):
            continue
        title = unwrap(node.text).strip(" *_")
        ctx.warn(span.line, f'"{title}" has nothing timed: its lines are kept as notes')
