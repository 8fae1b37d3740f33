"""Lengths written in Japanese, Chinese or Korean (`単語 30分`, `聴解 1時間`, `听力 30分钟`,
`단어 30분`, `듣기 1시간 30분`) written as the reader's lengths (`30 min`, `1 h 30 min`), and a
clock time written with their words (`9時30分`, `9시 30분`, `8点30分`) written `9:30`.

A bare `分` after a number is minutes in Japanese but points in Chinese (`HSK 180分`), so it is
read as minutes only in a plan that holds kana; `分钟`, `分鐘` and `分間` are minutes everywhere.
"""

from __future__ import annotations

import re

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["cjk_lengths"]

# the characters a unit starts with, and the wave dash of a span ("19:00〜19:30"): a text
# without any is given back at once
_UNIT_CHARS = ("分", "時", "时", "小", "분", "시", "〜", "～")
_NUM = r"[0-9０-９]{1,3}(?:[.．][0-9０-９])?"
_MIN_UNIT = r"(?:分钟|分鐘|分間|分(?![の之][0-9０-９])|분)"
_HOUR_UNIT = r"(?:[个個]\s?)?(?:時間|小时|小時|시간)"
_RANGE = r"\s?[〜～~\-–—]\s?"
# "約", "大约" before a length, "くらい", "程度", "정도", "씩" after it: how much, not what
_BEFORE = r"(?:約|约|大约|大約|およそ|약\s?)?"
_AFTER = r"(?:くらい|ぐらい|程度|ほど|前後|左右|以内|以上|정도|가량|이상|이내|씩)?"
_LENGTH = lazy(
    rf"(?P<open>[（(]\s?)?(?P<colon>[：:]\s?)?{_BEFORE}"
    rf"(?:(?P<h1>{_NUM})(?:{_RANGE}(?P<h2>{_NUM}))?\s?{_HOUR_UNIT}(?P<half>\s?半|\s?반)?"
    rf"(?:\s?(?P<hm>{_NUM})\s?{_MIN_UNIT})?"
    rf"|(?P<m1>{_NUM})(?:{_RANGE}(?P<m2>{_NUM}))?\s?(?P<unit>{_MIN_UNIT})"
    rf"|(?P<halfhour>半(?:个|個)?(?:小时|小時)))"
    rf"{_AFTER}(?P<close>\s?[）)])?"
)
# "9時30分", "9시 30분", "8点30分": a time of day, hours and minutes
_CLOCK = lazy(
    r"(?<![0-9０-９])(?P<h>[0-2]?[0-9])\s?(?:時|时|点|點|시)\s?(?P<m>[0-5][0-9])\s?(?:分|분)"
)
# "9:30〜10時", "9時-10時": a span whose ends are written with these words
_HOUR = (
    r"(?:(?P<{0}>[0-2]?[0-9]):(?P<{0}m>[0-5][0-9])"
    r"|(?P<{0}h>[0-2]?[0-9])\s?(?:時|时|点|點|시)(?![間间간])(?P<{0}x>半|반)?)"
)
_CLOCK_SPAN = lazy(_HOUR.format("a") + r"\s?[〜～~\-–—]\s?" + _HOUR.format("b"))
_KANA = lazy(r"[\u3041-\u309f\u30a0-\u30ff]")
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _number(text: str) -> str:
    return text.translate(_WIDE_DIGITS)


def _length(match: re.Match[str], kana: bool) -> str | None:
    """The length `match` found, as the reader writes it, or None where it is no length."""
    if match["halfhour"]:
        return "30 min"
    if match["h1"]:
        h1, h2 = _number(match["h1"]), match["h2"] and _number(match["h2"])
        if match["half"] or match["hm"]:
            extra = 30 if match["half"] else int(float(_number(match["hm"])))
            return f"{round(float(h1) * 60) + extra} min"
        return f"{h1}–{h2} h" if h2 else f"{h1} h"
    if match["unit"] == "分" and not kana:
        return None  # "HSK 180分": points in a Chinese plan
    m1, m2 = _number(match["m1"]), match["m2"] and _number(match["m2"])
    return f"{m1}–{m2} min" if m2 else f"{m1} min"


def _span(match: re.Match[str]) -> str:
    ends = []
    for side in ("a", "b"):
        if match[side]:
            ends.append(f"{int(match[side])}:{match[side + 'm']}")
        else:
            ends.append(f"{int(match[side + 'h'])}:{'30' if match[side + 'x'] else '00'}")
    return "–".join(ends)


def _clock_before(line: str, start: int) -> bool:
    """Whether the number at `start` ends a time of day (`9時30分`: its `30分`)."""
    before = line[:start].rstrip()
    return before[-1:] in ("時", "时", "点", "點", "시") and before[-2:-1].isdecimal()


def _line(line: str, kana: bool) -> str:
    line = _CLOCK.sub(lambda m: f"{int(m['h'])}:{m['m']}", line)
    if any(mark in line for mark in ("時", "时", "点", "點", "시", "〜", "～")):
        line = _CLOCK_SPAN.sub(_span, line)
    pieces: list[str] = []
    done = 0
    for match in _LENGTH.finditer(line):
        if _clock_before(line, match.start()):
            continue
        length = _length(match, kana)
        if length is None:
            continue
        if match["open"] and match["close"]:
            length = f"({length})"
        elif match["open"] or match["close"]:
            continue  # a bracket that holds more than the length: left as written
        elif match["colon"]:
            length = f": {length}"
        before, after = line[: match.start()], line[match.end() :]
        space_before = "" if not before or before[-1].isspace() or match["colon"] else " "
        space_after = "" if not after or after[0].isspace() or after[0] in ",.;)|" else " "
        pieces += (line[done : match.start()], space_before, length, space_after)
        done = match.end()
    return "".join(pieces) + line[done:] if pieces else line


def cjk_lengths(text: str) -> str:
    """The text with each length written in Japanese, Chinese or Korean written in minutes or
    hours as the reader reads them; in code blocks only a span's wave dash (`6:00～7:00`, a
    timetable's line) is written as a dash, the rest as written."""
    if not any(unit in text for unit in _UNIT_CHARS):
        return text  # most plans: none of these characters anywhere
    kana = _KANA.search(text) is not None
    lines = text.split("\n")
    outside = set(unfenced(lines))
    for n, line in enumerate(lines):
        if n in outside and any(unit in line for unit in _UNIT_CHARS):
            lines[n] = _line(line, kana)
        elif n not in outside and ("〜" in line or "～" in line):
            lines[n] = _CLOCK_SPAN.sub(_span, line)  # a timetable in a code block: its spans
    return "\n".join(lines)
