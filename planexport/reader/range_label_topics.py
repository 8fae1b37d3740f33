"""A bold label of a range of weekdays followed by the topic of those days, over untimed bullets
(`**Monday - Wednesday:** Programming basics`, `**Friday - Weekend:** Revision`): each of those
weekdays is a day titled by the topic, its bullets as notes; a length said elsewhere (a daily
commitment) gives them their time, as it does to untimed days of their own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.dates import ORDER
from planexport.reader.lazy import lazy
from planexport.reader.outline import Node
from planexport.reader.words import WEEKDAYS, WEEKEND_WORDS, fold

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan

__all__ = ["range_topic_day", "topic_title", "weekend_range"]

# "Friday - Weekend", "Fri–weekend", "Thursday to weekend": a weekday through the weekend
_TO_WEEKEND = lazy(
    r"^\s*(?P<first>[^\W\d_]{3,12})\.?\s*(?:[-–—~]|\bto\b|\bthrough\b)\s*(?:the\s+)?weekend\s*$",
    re.IGNORECASE,
)


def _names(label: str, line: int) -> list[str]:
    """The weekdays a bold label names when it names nothing else: a range (`Monday -
    Wednesday`), a weekday through the weekend (`Friday - Weekend`), or none."""
    from planexport.reader.day_headings import WEEKDAY_RANGE, weekdays_of

    label = label.strip(" :*_")
    if fold(label) in WEEKEND_WORDS:
        return ["sat", "sun"]  # "**Weekend:** Field trip"
    through = _TO_WEEKEND.match(label)
    if through is not None:
        first = WEEKDAYS.get(fold(through["first"]))
        return [] if first is None or first in ("sat", "sun") else list(ORDER[ORDER.index(first) :])
    rng = WEEKDAY_RANGE.match(label)
    if rng is None or label[rng.end() :].strip():
        return []  # "Monday-Friday evenings", "Mon–Thu (busy)": more than the days
    names = weekdays_of(Node("heading", line, text=label))
    return names if len(names) > 1 else []


def range_topic_day(
    nodes: list[Node], idx: int, inner: str, rest: str, parent: int
) -> DaySpan | None:
    """The days of a bold weekday range at `idx` (`inner` in bold, `rest` after it) whose words
    after the label are a topic with no length, over a list of untimed bullets; else None."""
    from planexport.reader.blocks import tidy
    from planexport.reader.days import DaySpan
    from planexport.reader.durations import find_duration
    from planexport.reader.sections import timed

    topic = tidy(rest.strip(" :–—-"))
    if not re.search(r"[^\W\d_]", topic) or find_duration(topic) is not None:
        return None
    if idx + 1 >= len(nodes) or nodes[idx + 1].kind != "list" or timed(nodes[idx + 1 : idx + 2]):
        return None
    names = _names(inner, nodes[idx].line)
    if not names:
        return None
    span = DaySpan(idx, len(nodes), nodes[idx].line, [], topic, parent, weekdays=names)
    span.topic = True
    return span


def weekend_range(inner: str) -> bool:
    """Whether a bold label is a weekday through the weekend (`**Friday - Weekend:**`)."""
    return "eekend" in inner and _TO_WEEKEND.match(inner.strip(" :*_")) is not None


def topic_title(title: str, left: str) -> tuple[str, str]:
    """A group's title and the words left after its length: `**Monday - Wednesday:** Soil
    types (2 hours)` is titled `Soil types`, not by its days, when the label names only days."""
    words = re.findall(r"[^\W\d_]+", fold(title))
    topic = left.strip(" :,;–—-")
    only_days = bool(words) and all(
        w in WEEKDAYS or w in WEEKEND_WORDS or w in ("to", "and", "through") for w in words
    )
    if only_days and re.search(r"[^\W\d_]", topic):
        return topic, ""
    return title, left
