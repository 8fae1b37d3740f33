"""A heading whose day is a link to the day's own page: `### [Day 1](day1), Monday` or
`## [Tag 2](tag2/README.md) – Rekursion` names the day by the link's text, not its address."""

from __future__ import annotations

from planexport.reader.lazy import lazy

__all__ = ["day_linked"]

_LINK = lazy(r"\[(?P<text>[^\[\]]+)\]\((?P<target>[^()\s]*)\)")


def day_linked(text: str) -> str:
    """`text` with each link whose text names a day (`[Day 1](day1)`, `[Monday](mon.md)`) as
    that text alone; other links stay as written."""
    if "](" not in text:
        return text
    from planexport.reader.day_heads import day_heading

    return _LINK.sub(lambda m: m.group("text") if day_heading(m.group("text")) else m.group(), text)
