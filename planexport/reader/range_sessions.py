"""Session bullets under a weekday range: timed lines nested one level down, and labels that
name the weekdays they are for (`**Evening (Monday, Wednesday):**`)."""

from __future__ import annotations

import re
from dataclasses import replace

from planexport.reader.durations import find_duration, parse_duration
from planexport.reader.lazy import lazy
from planexport.reader.outline import Item, Node, unwrap

__all__ = ["budget_below", "for_weekday", "nested_timed", "range_title", "timed_below"]

# "**Evening (Monday, Wednesday):**", "- **Wednesday Afternoon:** Only on Wednesday": a label
# ending in a colon, bold, at the head of an item.
_LABEL = lazy(r"^\s*(?:\*\*|__)(?P<label>[^*_]{2,60}?)(?:\*\*|__)?\s*:")


def nested_timed(nodes: list[Node]) -> bool:
    """Whether a list below holds a timed line one level down or more (`- **Morning:**` over
    `    - **7:00 AM - 8:30 AM:** Gym`): a day's sessions, not nothing."""
    return any(
        _timed_below(item.children) for node in nodes if node.kind == "list" for item in node.items
    )


def _timed_below(items: list[Item]) -> bool:
    return any(parse_duration(i.text) or _timed_below(i.children) for i in items)


def timed_below(item: Item) -> list[tuple[int, str]]:
    """The timed lines nested under an item that only names a part of the day or weekdays
    (`- **Morning:**`, `- Evening (Mon, Wed)`), as (line, text): a session's lines. Under a
    sentence (`**The Process:** For every problem, …`) or another label (`- DSA:` over `- CF
    contests: 2hrs`) they are advice or a budget, and none is returned."""
    from planexport.reader.blocks import session_name

    label = unwrap(item.text.strip()).strip(" *_")
    if not label or len(label.split()) > 4 or re.search(r"[:.]\s*\S", label):
        return []
    if session_name(label.rstrip(": ")) is None and not _label_weekdays(item.text):
        return []  # "- DSA:" over "- CF contests: 2hrs": a budget, not a day's session
    return _timed_lines(item)


def budget_below(item: Item) -> list[tuple[int, str]]:
    """The timed lines nested under a short label that `timed_below` leaves out as no session
    (`- DSA:` over `- CF contests: 2hrs`, `- **Lectura**` over `- Novela: 30 min`), as (line,
    text): a budget by topic, which stands in no day when it is outside one."""
    label = unwrap(item.text.strip()).strip(" *_")
    if not label or len(label.split()) > 4 or re.search(r"[:.]\s*\S", label):
        return []
    return _timed_lines(item)


def _timed_lines(item: Item) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for child in item.children:
        if parse_duration(child.text):
            found.append((child.line, child.text))
        else:
            found += _timed_lines(child)
    return found


def _label_weekdays(text: str) -> list[str]:
    from planexport.reader.day_headings import listed_weekdays, weekdays_of

    match = _LABEL.match(text)
    if match is None:
        match = re.match(r"^\s*(?P<label>[^:*_]{2,60}):", unwrap(text))
    if match is None:
        return []
    label = match["label"]
    named = weekdays_of(Node("heading", 0, text=label))
    if not named and len(label.split()) <= 3:
        named = listed_weekdays(label)  # "**Wednesday Afternoon:**"
    return named


def for_weekday(nodes: list[Node], weekday: str | None, *, group: list[str]) -> list[Node]:
    """The lines of one weekday of a range (`group`): a session item whose label names some of
    the group's weekdays (`**Evening (Tuesday, Thursday):**`) stays only on those days."""
    if weekday is None or len(group) < 2:
        return nodes
    out: list[Node] = []
    for node in nodes:
        if node.kind != "list":
            out.append(node)
            continue
        kept: list[Item] = []
        for item in node.items:
            named = _label_weekdays(item.text) if item.children else []
            if named and set(named) <= set(group) and weekday not in named:
                continue
            led = None if item.children else _weekday_led(item.text, group)
            if led is not None and weekday not in led[0]:
                continue  # "- Sunday → off" under "## Weekend": Sunday's line, not Saturday's
            kept.append(item if led is None else replace(item, text=led[1]))
        if kept != node.items:
            out.extend([replace(node, items=kept)] if kept else [])
        else:
            out.append(node)
    return out


# "Saturday 10:00 – 13:00 → Catch-up", "**Sun:** off", "Sat/Sun - Review": weekdays leading a
# line, then a colon, a spaced dash or arrow, or a time (not "**Monday review:** …").
_LED = lazy(
    r"^[*_]*(?P<names>[^\W\d_][^\s:*_→–—-]{1,11}(?:\s*[/&+,]\s*[^\W\d_]{2,12})*)[*_]*"
    r"(?:\s*(?::[*_]*|[→–—-](?=\s))\s*|\s+(?=\d))(?P<rest>\S.*)$"
)


def _weekday_led(text: str, group: list[str]) -> tuple[list[str], str] | None:
    """The weekdays of `group` a line leads with and its text for them, or None when it
    leads with no weekday (or with one outside the group: the line is the group's)."""
    from planexport.reader.weekday_abbrevs import weekdays_named

    match = _LED.match(text.strip())
    if match is None:
        return None
    named = weekdays_named(match["names"])
    if not named or not set(named) <= set(group) or set(named) == set(group):
        return None
    # "Saturday 10:00 – 13:00 → Catch-up": the block's line without its weekday; a bold label
    # or an untimed line ("**Sun:** off") as written.
    plain = text.lstrip()[:1] not in "*_" and find_duration(match["rest"]) is not None
    return named, match["rest"] if plain else text


def range_title(text: str, weekdays: list[str]) -> str:
    """`Monday to Thursday: Classes` for each of those days: `Classes`."""
    from planexport.reader.day_headings import WEEKDAY_RANGE

    core = re.sub(r"^[\W_]+", "", text.strip(" *_"))  # "🔄 TERÇA A SEXTA": from the range
    rng = WEEKDAY_RANGE.match(core)
    if rng is None or len(weekdays) < 2:
        return text
    rest = core[rng.end() :]
    lead = re.match(r"^\s*[:\-–—]\s*(?P<rest>\S.*)$", rest)
    if lead is not None and _only_length(lead["rest"]):
        return core[: rng.end()].strip()  # "Monday-Friday: 1.5 hours/day"
    return lead["rest"] if lead else text


def _only_length(text: str) -> bool:
    """Whether `text` says a length and nothing else (`1.5 hours/day`, `2h per day`)."""
    from planexport.reader.durations import find_duration
    from planexport.reader.words import PER_DAY_WORDS

    found = find_duration(text)
    if found is None or found.at is not None:
        return False
    rest = re.sub(PER_DAY_WORDS, " ", text[: found.start] + " " + text[found.end :], flags=re.I)
    return not re.search(r"[^\W\d_]", rest.replace("/day", ""))
