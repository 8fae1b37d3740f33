"""A week's routine by weekday labels: `- **Seg-Sex:** 2-3h de estudo por dia`, `- **Sáb:** …`."""

from __future__ import annotations

import re

from planexport.reader.durations import find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node
from planexport.reader.words import DAY_WORDS, PER_DAY_WORDS, WEEKEND_WORDS, WORKWEEK_WORDS, fold

__all__ = ["label_days", "routine_lines", "without_per_day"]

# "por dia", "per day", "pro Tag", "al día", "par jour", "per dag", "daily": said of each weekday
# of the label, so no part of the title.
# "per day", "pro Tag", and "/day", "/día", "/Tag" left of "2h/day" once its length is out
_PER_DAY = lazy(
    rf"\s*(?<![\w(])(?:{PER_DAY_WORDS}\b|/\s*{DAY_WORDS}\b)(?![^()]*\))",
    re.IGNORECASE,
)
_WORKWEEK = frozenset(WORKWEEK_WORDS)
_WEEKEND = frozenset(WEEKEND_WORDS)


def without_per_day(text: str) -> str:
    """`text` without the first `por dia`, `per day`, `pro Tag` outside brackets."""
    return _PER_DAY.sub("", text, count=1)


def label_days(names: str) -> list[str]:
    """The weekdays a label names: `Seg-Sex`, `Mo-Fr`, `Sábado`, `Weekdays`, `Wochenende`."""
    from planexport.reader.weekday_abbrevs import weekdays_named

    days = weekdays_named(names)
    if days:
        return days
    words = " ".join(re.findall(r"[a-z]+(?:-[a-z]+)*", fold(names)))
    if words in _WORKWEEK:
        return ["mon", "tue", "wed", "thu", "fri"]
    return ["sat", "sun"] if words in _WEEKEND else []


def routine_lines(node: Node) -> list[Node] | None:
    """Day lines for a list whose every item leads with weekday labels, one of them a range with
    a length (`- **Seg-Sex:** 2-3h de estudo por dia (1 matéria por dia)`): each weekday of a
    timed label a block of that length titled by the text (`estudo (1 matéria por dia)`), each
    of an untimed one (`- **Domingo:** Revisão`) that weekday with the text as its note."""
    from planexport.reader.weekday_abbrevs import _FULL, _LEAD, _item_days

    if node.kind != "list" or len(node.items) < 2:
        return None
    leads = [_LEAD.match(item.text) for item in node.items]
    if any(lead is None or not label_days(lead["names"]) for lead in leads):
        return None
    timed = [
        lead
        for lead in leads
        if lead is not None
        and len(label_days(lead["names"])) >= 2
        and (found := find_duration(lead["rest"])) is not None
        and found.at is None
    ]
    if not timed or all(lead is not None and find_duration(lead["rest"]) for lead in leads):
        # Every label timed (`**Monday**: 1 hour`, `**Weekend**: 2-3 hours` under `### Busy
        # Professional (5-7 hours/week)`): a template to choose, as other weekday lists are.
        return None
    out: list[Node] = []
    for item, lead in zip(node.items, leads, strict=True):
        assert lead is not None
        days = label_days(lead["names"])
        found = find_duration(lead["rest"])
        if found is None or found.at is not None:
            text = lead["rest"].strip()
            out += [Node("paragraph", item.line, text=f"**{_FULL[d]}** – {text}") for d in days]
            continue
        names = "/".join(_FULL[d] for d in days)
        text = f"{names}: {lead['rest']}"
        lines = _item_days(Item(text, item.line, children=item.children))
        if lines is None:
            return None
        out += lines
    return out
