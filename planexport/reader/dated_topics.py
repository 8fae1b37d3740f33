"""The topic of a dated day whose heading gives only its date and length (`### Mercredi 8 mai
2024 : durée 1h environ`): where the plan names it elsewhere, in a list before the days
(`- Mercredi 8 mai : fonction exponentielle`, `- Mo 7.12.: Graphen`) or in the one bold phrase
of the day's text (`… qui traite **des équations différentielles**.`), or in a challenge log's
progress field (`**Today's Progress**: Flexbox drills`). The day's one block is titled by that
topic, not by its date again."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import tidy
from planexport.reader.dates import date_in, month_first
from planexport.reader.lazy import lazy
from planexport.reader.outline import unwrap
from planexport.reader.spent_fields import progress_topic

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan
    from planexport.reader.outline import Node

__all__ = ["dated_topic"]

# Before the date in a list of the days: marks and at most one word, its weekday (`Mecredi`).
_BEFORE = lazy(r"^[\W_]*(?:[^\W\d_]+\.?,?\s+)?$")
# After the date: a separator, then the topic.
_AFTER = lazy(r"^[*_\s]*(?:[:|–—-]+|\s-\s)[*_\s]*(?P<topic>\S.*?)[*_\s]*$")
_BOLD = lazy(r"\*\*(?P<a>[^*]+?)\*\*|__(?P<b>[^_]+?)__")
_LABEL_END = lazy(r"\s*:")
# An article or "of" that opens a phrase cut from a sentence: "des équations", "du dénombrement".
_ARTICLE = lazy(
    r"^(?:the|a|an|der|die|das|den|dem|des|el|la|los|las|lo|del|al|le|les|du|de\s+la|de|il"
    r"|gli|i|della|dello|dei|degli|delle|o|os|as|do|da|dos|das|het|een)\s+|^(?:l|d|dell)['’]",
    re.IGNORECASE,
)


def dated_topic(nodes: list[Node], span: DaySpan) -> str:
    """The topic the plan gives elsewhere for a dated day whose heading says only its date and
    length, or "" when it gives none."""
    if span.date is None or span.length is None or not 0 <= span.start < len(nodes):
        return ""
    head = nodes[span.start]
    if head.kind != "heading":
        return ""
    # The days' list stands before the first heading of the days' level.
    first = next(
        (i for i, n in enumerate(nodes) if n.kind == "heading" and n.level == head.level),
        span.start,
    )
    us: bool | None = None
    for node in nodes[:first]:
        for item in node.items if node.kind == "list" else ():
            text = unwrap(item.text)
            if us is None:
                us = month_first(nodes)
            date, hit = date_in(text, span.date.year, month_first=us)
            if date != span.date or hit is None or not _BEFORE.match(text[: hit.start()]):
                continue
            after = _AFTER.match(text[hit.end() :])
            topic = tidy(after.group("topic")) if after is not None else ""
            if topic and not topic[0].isdigit():
                return topic
    # "**Today's Progress**: Flexbox drills" in a challenge log's day: what was done that day
    return progress_topic(nodes[span.start + 1 : span.end]) or _bold_topic(
        nodes[span.start + 1 : span.end]
    )


def _bold_topic(body: list[Node]) -> str:
    """The one bold phrase of a day's text, without the article that opens it; "" when the day
    holds anything but paragraphs, or no or several bold phrases."""
    if not body or any(node.kind not in ("paragraph", "hr") for node in body):
        return ""
    found = [
        m.group("a") or m.group("b")
        for n in body
        for m in _BOLD.finditer(n.text)
        if not _LABEL_END.match(n.text, m.end())
        and not (m.group("a") or m.group("b")).endswith(":")
    ]  # "**Thoughts**: …" is a field's label, no topic
    if len(found) != 1:
        return ""
    return tidy(_ARTICLE.sub("", found[0].strip(), count=1))
