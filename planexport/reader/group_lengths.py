"""A bold line naming a group of weekdays with a length, over untimed bullets (`**Weekend** (3
hours):` over `- Project work`, `**Weekdays** (1 hour/day)`, `**Wochenende** (3 Std. insgesamt)`):
each weekday of the group a day of one block that long, the weekend one day of its length (its
total unless it says per day), and another group's total shared out over its days
(`group_totals`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.durations import Found, find_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.weekend_time import whole_weekend
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.blocks import Ctx

__all__ = ["group_length", "group_total"]

# "(3 hours total)", "(3 Std. insgesamt)", "(3 horas en total)", "(3 heures au total)", "(3 ore
# in totale)", "(3 horas no total)", "(3 uur totaal)": the length is the group's, not each day's.
_TOTAL = lazy(r"(?<!\w)(?:total|totale|totaal|gesamt|insgesamt|in all)(?!\w)", re.IGNORECASE)
_PAREN = lazy(r"\(([^()]*)\)")
_WEEKEND = ("sat", "sun")
# A heading's length after a dash or a colon that ends it: "Mon–Wed: 6 hours total".
# "**Day 3**", "**Week 2:**": a bold label of a day or a week closes a heading's group too
_BOLD_DAY_WORD = lazy(r"^[^\w*_]*(?:\*\*|__)\s*(?:day|week)s?\s*\d", re.IGNORECASE)
_TAIL = lazy(r"^(?P<head>.*?\S)\s*(?P<tail>(?:\s[—–-]|:)\s*[^—–:()]*\d[^—–:()]*)$")


def _names_both(title: str) -> bool:
    """Whether a weekend's title names its two days (`Saturday & Sunday`, `Sat–Sun`): a total
    of those is the two days', shared out, not one sitting of the weekend's."""
    words = re.findall(r"[a-z]+", fold(title))
    return sum(1 for word in dict.fromkeys(words) if word in WEEKDAYS) >= 2


def group_length(
    nodes: list[Node], idx: int, inner: str, rest: str, ctx: Ctx | None = None
) -> tuple[list[str], Found, str, str] | None:
    """The days a bold line of a group of weekdays with a length makes (`inner` in bold, `rest`
    after it, at `idx`), their length, title and the line's words left over; None unless the
    lines below it, up to the next heading or bold line, are bullets with no length or time.

    `(1 hour/day)` or a plain `(1 hour)` is each day's length: `**Weekdays** (1 hour)` is
    Monday to Friday, an hour each. A length said to be the total (`(3 hours total)`) is the
    weekend's as one day, its Saturday; any other group's total is shared out over its days
    (`**Weekdays** (10 hours total)`: 120 minutes on each of Monday to Friday). The weekend's
    plain length (`**Weekend** (3 hours)`) is its total too, unless it says per day.
    """
    read = _read(nodes, idx, inner, rest)
    if read is None:
        return None
    names, found, title, left, total, within = read
    weekend = tuple(names) == _WEEKEND and not (total and _names_both(title))
    if weekend and (total or whole_weekend(title, within, nodes[idx].line, ctx, rest=rest)):
        names = names[:1]  # "**Weekend** (3-4 hours)": the weekend's, once
    elif total:
        from planexport.reader.group_totals import share_total

        found = share_total(found, len(names))
    from planexport.reader.range_sessions import range_title

    # "### Monday-Tuesday: Exam overview (4 hours)": each of those days is `Exam overview`
    return names, found, range_title(title, names), left


def group_total(nodes: list[Node], idx: int) -> tuple[int, Found] | None:
    """The number of days and the total a group's line at `idx` shares out over them
    (`**Weekdays** (10 hours total)`: 5 days, 600 minutes), else None."""
    from planexport.reader.days import _BOLD_LEAD
    from planexport.reader.outline import unwrap

    node = nodes[idx]
    bold = _BOLD_LEAD.match(node.text) if node.kind == "paragraph" else None
    if node.kind == "heading":
        read = _read(nodes, idx, unwrap(node.text), "")
    elif bold is not None:
        read = _read(nodes, idx, bold.group("inner"), bold.group("rest"))
    else:
        return None
    if read is None or not read[4] or (tuple(read[0]) == _WEEKEND and not _names_both(read[2])):
        return None
    return len(read[0]), read[1]


def _read(
    nodes: list[Node], idx: int, inner: str, rest: str
) -> tuple[list[str], Found, str, str, bool, str] | None:
    """`group_length`'s days, length as written, title, words left over, whether the length
    is said to be the group's total, and the words that give the length."""
    from planexport.reader.day_headings import weekdays_of
    from planexport.reader.days import _BOLD_DAY
    from planexport.reader.sections import timed
    from planexport.reader.weekday_ranges import _leads_weekday

    # "Weekend (3 hours)" in bold, "(3 hours):" after it, or "3 hours" after it
    brackets = [*_PAREN.finditer(inner), *_PAREN.finditer(rest)]
    said = next((paren for paren in brackets if find_duration(paren.group(1))), None)
    if said is None and not rest.strip() and (tail := _TAIL.match(inner)) is not None:
        # "## Weekend (Saturday & Sunday) — 6 hours total", "### Sat–Sun: 4 h in all"
        inner, rest = tail["head"], tail["tail"]
    within = said.group(1) if said is not None else rest.strip(" :–—-")
    found = find_duration(within)
    if found is None or found.at is not None or found.hi <= 0:
        return None
    title = inner.replace(said.group(0), " ", 1) if said is not None else inner
    title = " ".join(title.split()).strip(" :–—-")
    names = weekdays_of(Node("heading", nodes[idx].line, text=title))
    if len(names) < 2:
        return None
    below: list[Node] = []
    headed = nodes[idx].kind == "heading"
    for node in nodes[idx + 1 :]:
        if node.kind == "heading" or (
            node.kind == "paragraph"
            and _BOLD_DAY.match(node.text)
            # under a heading, "**Chapters**: 1, 2" is a note of its days; "**Friday:**" a day
            and (not headed or _leads_weekday(node.text) or _BOLD_DAY_WORD.match(node.text))
        ):
            break
        below.append(node)
    if not below or not _untimed_body(below) or timed(below):
        return None
    if any(_leads_weekday(item.text) for node in below for item in node.items):
        return None  # "**Weekend**" over "- Saturday: hike": each day said below
    if said is None:
        left = within[: found.start] + within[found.end :]  # "**Weekend**: 3 hours"
    else:
        left = rest.replace(said.group(0), " ", 1)
    total = _TOTAL.search(within) is not None
    return names, found, title, left.strip(" :,;–—-"), total, within


def _untimed_body(below: list[Node]) -> bool:
    """Whether the lines under a group's line are its bullets, with at most short notes and
    rules among them (`**Chapters**: 1, 2`, `**Practice**: 10 questions`, `---`): a group's
    study notes, never a paragraph that says a time or names another day."""
    from planexport.reader.sections import timed

    if not any(node.kind == "list" for node in below):
        return False
    return all(
        node.kind in ("list", "hr")
        or (node.kind == "paragraph" and len(node.text) <= 200 and not timed([node]))
        for node in below
    )
