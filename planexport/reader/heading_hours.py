"""Headings that open with a time of day as a programme writes it (`### 17h00 — Cérémonie`,
`### À partir de 18h00 — Vin d'honneur`, `### ~20h00 — Dîner`, `### Ab 18 Uhr`, `### A partir de
las 18:00`): start times, rewritten `17:00 — Cérémonie`, never lengths of 17 hours."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from planexport.reader.durations import DASH, find_duration
from planexport.reader.lazy import lazy

if TYPE_CHECKING:
    from planexport.reader.outline import Node

__all__ = ["heading_hours"]

# "17h00", "17h", "17 h 00", "18 Uhr", "18.30 Uhr", "9u30", "20 uur", "18:00", "6 pm": an hour.
_HOUR = (
    r"(?:[01]?\d|2[0-3])(?:\s?h\s?(?:[0-5]\d)?(?![^\W\d_])|[:.][0-5]\d(?:\s*(?:uhr|uur|u|h)\b)?"
    r"(?:\s*[ap]\.?m\.?)?|\s*(?:uhr|uur)\b|u(?:[0-5]\d)?(?![^\W\d_])|\s*[ap]\.?m\.?)"
)
# The words that put a time before a title: "À partir de", "a partir de las", "a partir das",
# "from", "starting at", "ab", "um", "gegen", "desde las", "a las", "dès", "vers", "à", "dalle
# ore", "alle", "vanaf", "om", "rond", "~", "ca.": they say when, never what.
_LEAD = (
    r"(?:(?:[aà]\s+partir\s+d(?:e|es|as|os|u)(?:\s+l[ao]s?)?|from|starting(?:\s+(?:at|from))?"
    r"|at|around|ab(?:\s+ca\.?)?|um|gegen|desde(?:\s+l[ao]s?)?|a\s+las?|hacia(?:\s+las?)?|d[eè]s"
    r"|vers|[aà]|a\s+partire\s+dall[ae](?:\s+ore)?|dall[ae](?:\s+ore)?|all[ae](?:\s+ore)?|às|as"
    r"|vanaf|om|rond|omstreeks|ca\.?|circa|approx\.?|environ)\s+)"
)
_HEADING = lazy(
    rf"^(?P<pre>[^\w~≈]*?)(?P<about>[~≈]\s*)?(?P<lead>{_LEAD})?(?P<t1>{_HOUR})"
    rf"(?:\s*(?:[{DASH}]|to|bis|à|a|al|tot|hasta|até)\s*(?P<t2>{_HOUR}))?"
    rf"(?P<post>[*_]*\s*(?:[:{DASH}|→]\s*)?)(?P<rest>.*)$",
    re.IGNORECASE,
)
# "18:00", "9:00am", "6 PM": a time the agenda reader already reads at a heading's start.
_PLAIN = lazy(r"^\d{1,2}(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)
# "18 Uhr", "6 pm": an hour that says it is a time of day by its own word.
_OCLOCK = lazy(r"uhr|[ap]\.?m", re.IGNORECASE)
_DAY_START = 6 * 60


def heading_hours(nodes: list[Node]) -> list[Node]:
    """The nodes with each heading that opens with a time of day rewritten `18:00 — title`.

    An hour with `h` (`17h00`, `17 h`) or a dotted or Dutch one (`18.00`, `18 uur`) is as often
    a length: it is a time here when words before it say so (`À partir de`, `ab`, `from`,
    `dalle`, `vanaf`, `vers`, `~`), when it is written from 13h on or with a leading zero
    (`09h00`), which no block lasts, or when the headings of its level under the same heading
    that open with a time rise from 6 o'clock on. `18 Uhr` and `6 pm` are times wherever they
    stand. Those words are the time's, not the title's: `Vin d'honneur`, not `À partir`.
    """
    if not any(node.kind == "heading" and _digit(node.text) for node in nodes):
        return nodes  # most plans, cheaply
    for group in _groups(nodes):
        found = [(node, match) for node in group if (match := _timed(node.text)) is not None]
        starts = [_minutes(match.group("t1")) for _, match in found]
        rising = all(a < b for a, b in itertools.pairwise(starts))
        run = len(found) >= 2 and rising and starts[0] >= _DAY_START
        for node, match in found:
            if _plain(match):
                continue  # "## 18:00 Welcome": read as it is
            if run or _says_time(match):
                node.text = _rewritten(match)
    return nodes


def _digit(text: str) -> bool:
    return any(char.isdigit() for char in text[:40])


def _groups(nodes: list[Node]) -> list[list[Node]]:
    """The headings of each level under each heading: the siblings whose times make a run."""
    groups: dict[tuple[int, int], list[Node]] = {}
    parents: list[tuple[int, int]] = []  # (level, index) of the headings above
    for idx, node in enumerate(nodes):
        if node.kind != "heading":
            continue
        while parents and parents[-1][0] >= node.level:
            parents.pop()
        parent = parents[-1][1] if parents else -1
        groups.setdefault((parent, node.level), []).append(node)
        parents.append((node.level, idx))
    return list(groups.values())


def _timed(text: str) -> re.Match[str] | None:
    """The heading's time, when it opens with one and a title or nothing follows."""
    if not _digit(text):
        return None
    match = _HEADING.match(text)
    if match is None:
        return None
    rest = match.group("rest")
    if text[match.end("t2") if match.group("t2") else match.end("t1") :].startswith((".", "/")):
        return None  # "07.12. Montag", "9.30/10.15": a date or a choice, not a start
    if rest[:1].isdigit():
        return None  # "17h00 12 …": more numbers, not a title
    if find_duration(rest[:12]) is not None:
        return None  # "2h 30 min de lecture": the hour is a part of a length
    bare = match.group("t2") is None and not match.group("post").strip(" *_") and rest
    if bare and _hour_word(match.group("t1")) and not match.group("lead"):
        return None  # "2h de révisions", "3 uur lezen": a length and what it is for
    return match


def _hour_word(hour: str) -> bool:
    """Whether an hour is written `8h`, `8 h 30` or `8 uur`, which could as well be a length."""
    return re.search(r"h|uur", hour, re.IGNORECASE) is not None


def _plain(match: re.Match[str]) -> bool:
    """Whether the time is written as the agenda reader reads it already (`18:00 Welcome`)."""
    return (
        not match.group("lead")
        and _PLAIN.match(match.group("t1").strip()) is not None
        and (match.group("t2") is None or _PLAIN.match(match.group("t2").strip()) is not None)
    )


def _says_time(match: re.Match[str]) -> bool:
    """Whether the heading's own words make its hour a time of day, with no run around it."""
    hour = match.group("t1")
    if match.group("lead") or match.group("about") or _OCLOCK.search(hour):
        return True
    if match.group("t2") is not None:
        # "17h00–21h00": a span of the day; "2h-3h" is a length as often
        return _DAY_START <= _minutes(hour) < _minutes(match.group("t2"))
    if not _hour_word(hour):
        return False  # "13.10 Release notes": a section's number as often as a time
    digits = re.match(r"\d+", hour.strip())
    assert digits is not None
    return digits.group().startswith("0") or int(digits.group()) >= 13


def _minutes(hour: str) -> int:
    digits = re.findall(r"\d+", hour)
    minutes = int(digits[0]) * 60 + (int(digits[1]) if len(digits) > 1 else 0)
    meridiem = re.search(r"([ap])\.?m", hour, re.IGNORECASE)
    if meridiem is not None and meridiem.group(1).lower() == "p" and minutes < 12 * 60:
        minutes += 12 * 60
    elif meridiem is not None and minutes >= 12 * 60:
        minutes -= 12 * 60  # "12 am": midnight
    return minutes


def _clock(hour: str) -> str:
    minutes = _minutes(hour)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _rewritten(match: re.Match[str]) -> str:
    time = _clock(match.group("t1"))
    if match.group("t2") is not None:
        time = f"{time}-{_clock(match.group('t2'))}"
    rest = match.group("rest")
    post = match.group("post")
    if not rest:
        return f"{match.group('pre')}{time}{post.rstrip()}"
    sep = post if post.strip(" *_") else f"{post.rstrip()} — "
    return f"{match.group('pre')}{time}{sep}{rest}"
