"""Weekdays written in Japanese, Korean or Chinese (`## 月曜日`, `| 화요일 |`, `**星期三**：听力`,
`周四`) written as the English names the reader knows (`Monday` …), so their days read as the
weekdays they are; `月曜日〜金曜日` and `周一至周五` become `Monday–Friday`.

A name counts only where it stands alone: at a line's or a cell's start or after a space or a
mark, and before a space, a mark or the line's end. `一周一次` ("once a week") or `毎週月曜日に`
are words of a sentence and stay as written.
"""

from __future__ import annotations

import re

from planexport.reader.fenced import unfenced
from planexport.reader.lazy import lazy

__all__ = ["cjk_weekdays"]

_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# the weekday's own character in each script, Monday first
_JA = "月火水木金土日"
_KO = "월화수목금토일"
_ZH = "一二三四五六日"
# the characters every such name holds: a text without any is given back at once
_MARKS = ("曜", "요일", "星期", "周", "週", "礼拜", "禮拜")
_BEFORE = r"(?:^|(?<=[\s#|*>(（【\[\-–—〜～至到]))"
_AFTER = r"(?=$|[\s:：|*)）】\],，、.。\-–—〜～至到])"
_WEEKDAY = lazy(
    rf"{_BEFORE}(?:(?P<ja>[{_JA}])曜日?|(?P<ko>[{_KO}])요일"
    rf"|(?:星期|周|週|礼拜|禮拜)(?P<zh>[{_ZH}]|天)){_AFTER}"
)
_RANGE = lazy(
    r"(?P<a>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s?[〜～至到]\s?(?=[MTWFS])"
)
_WIDE_COLON = lazy(r"(?<=day)(?P<stars>[*_]{0,2})：\s?")


def _name(match: re.Match[str]) -> str:
    if match["ja"]:
        return _NAMES[_JA.index(match["ja"])]
    if match["ko"]:
        return _NAMES[_KO.index(match["ko"])]
    zh = match["zh"]
    return _NAMES[6] if zh == "天" else _NAMES[_ZH.index(zh)]


def _line(line: str) -> str:
    out = _WEEKDAY.sub(_name, line)
    if out == line:
        return line
    out = _RANGE.sub(lambda m: f"{m['a']}–", out)
    return _WIDE_COLON.sub(lambda m: f"{m['stars']}: ", out)  # "**Wednesday**：听力"


def cjk_weekdays(text: str) -> str:
    """The text with each weekday written in Japanese, Korean or Chinese written in English;
    code blocks stay as written."""
    if not any(mark in text for mark in _MARKS):
        return text  # most plans: none of these marks anywhere
    lines = text.split("\n")
    for n in unfenced(lines):
        if any(mark in lines[n] for mark in _MARKS):
            lines[n] = _line(lines[n])
    return "\n".join(lines)
