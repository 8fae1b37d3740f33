"""Warnings that quote a line the reader rewrote before reading it (`Rangement : 16h00` read as
`16:00 Rangement`, `9h00 Accueil` as `09:00 Accueil`, `4pm Tea` as `16:00 Tea`): the quote is
given back as the user wrote the line, trimmed of its list mark, so that it can be found."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from planexport.reader.lazy import lazy
from planexport.reader.weekday_shifts import shifted_weekdays

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planexport.reader.result import ReadWarning

__all__ = ["quoted_as_written", "said_warnings"]

_QUOTE = lazy(r'"([^"\n]+)"')
# The mark a line opens with: a list bullet or number, a checkbox, a heading's or a quote's marks.
_MARK = lazy(r"^\s*(?:>\s*)*(?:#{1,6}\s+|(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?)?")
# The clock times a rewritten quote holds: the reader writes them `16:00`.
_CLOCK = lazy(r"(?<!\d)(\d{1,2}):(\d{2})(?!\d)")
# A time as written: `16h00`, `16.00`, `16:00`, `16h`, `4pm`, `4:30 p.m.`, `16 Uhr`, `9 uur`.
_WRITTEN = lazy(
    r"(?<!\d)(?P<h>\d{1,2})\s*(?:(?:[:.hH]|\s?[uU]hr\s?|\s?uur\s?)\s*(?P<m>\d{2})(?!\d)"
    r"|(?:[:.](?P<m2>\d{2}))?\s*(?P<ap>[aApP])\.?\s?[mM]\.?(?!\w)"
    r"|\s*[hH](?![a-zA-Z\d])|\s*(?:[uU]hr|uur)(?!\w))"
)
_WORD = lazy(r"[^\W\d_]+")
_TOKEN = lazy(r"\d+(?:[:.,hH]\d+)*|[^\W\d_]+")  # "16.00" is not "16:00"
_LONGEST = 120  # a quote cut at this many characters, as the reader's own quotes are


def said_warnings(warnings: Sequence[ReadWarning], text: str) -> tuple[ReadWarning, ...]:
    """A plan's warnings as the user is told them: by line, each once (a template for several
    weekdays is read once per day), a weekday's shift said once, quotes as written."""
    ordered = sorted(dict.fromkeys(warnings), key=lambda w: w.line)
    return quoted_as_written(shifted_weekdays(ordered), text)


def quoted_as_written(warnings: Sequence[ReadWarning], text: str) -> tuple[ReadWarning, ...]:
    """`warnings`, each quote of its line as the reader rewrote it given back as `text` has
    that line (trimmed, its list mark off). A quote that is the line's own words, a title cut
    from it or words from other lines stays as it is; a table row is left to its cells."""
    if not any('"' in w.message for w in warnings):
        return tuple(warnings)
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[ReadWarning] = []
    for warning in warnings:
        line = lines[warning.line - 1] if 0 < warning.line <= len(lines) else ""
        message = warning.message
        if '"' in message and line.strip() and not line.lstrip().startswith("|"):
            message = _QUOTE.sub(functools.partial(_given_back, line=line), message)
        same = message == warning.message
        out.append(warning if same else dataclasses.replace(warning, message=message))
    return tuple(out)


def _given_back(match: re.Match[str], line: str) -> str:
    quote = match.group(1)
    written = _MARK.sub("", line).strip()
    return f'"{_cut(written)}"' if _rewritten(quote, written) else match.group()


def _rewritten(quote: str, written: str) -> bool:
    """Whether `quote` is `written` with its times rewritten: not its own words, but the same
    words and each of its clock times one the line writes its own way."""
    body = quote.removesuffix("…").strip()
    if not body or _within(_tokens(body), _tokens(written)):
        return False  # the line's own words, its emphasis, emoji or a cut end aside
    clocks = {(int(h), int(m)) for h, m in _CLOCK.findall(body)}
    if not clocks or not clocks <= _times(written):
        return False
    words = {w.casefold() for w in _WORD.findall(body)}
    return bool(words) and words <= {w.casefold() for w in _WORD.findall(written)}


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)]


def _within(part: list[str], whole: list[str]) -> bool:
    """Whether `part` runs unbroken in `whole`; its last word may be cut (`Rangem…`)."""
    if not part:
        return True
    size = len(part)
    for at in range(len(whole) - size + 1):
        if whole[at : at + size - 1] == part[:-1] and whole[at + size - 1].startswith(part[-1]):
            return True
    return False


def _times(text: str) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for match in _WRITTEN.finditer(text):
        hour = int(match.group("h"))
        minute = int(match.group("m") or match.group("m2") or 0)
        half = (match.group("ap") or "").casefold()
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        found.add((hour, minute))
    return found


def _cut(text: str) -> str:
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1].rstrip() + "…"
