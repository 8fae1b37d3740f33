"""A regular expression that compiles on first use, so importing the reader stays cheap."""

from __future__ import annotations

import functools
import re
import sys
from typing import TYPE_CHECKING, Any

from planexport.reader.pattern_cache import compile_cached

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = ["WIDE_DASHES", "Lazy", "cheap_dashes", "digit_after", "either", "lazy", "may_start_word"]

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")


class Lazy:
    """Stands in for `re.compile(source, flags)`; compiles on the first call of a method."""

    def __init__(self, source: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = source
        self.flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; the first call compiles it."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = compile_cached(self.pattern, self.flags, rewrite=cheap_dashes)
            self.__dict__["_compiled"] = found
            # The compiled pattern's own bound methods shadow the class's, so later calls cost
            # nothing more than calling re.Pattern directly.
            for name in _METHODS:
                self.__dict__[name] = getattr(found, name)
        return found

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def search_on(self, string: str, pos: int = 0) -> re.Match[str] | None:
        """`search(string, pos)`, remembering the last answer: a line searched from one place
        after another (each length after the last) is scanned once, not once per place.

        A match at a place does not depend on where the search starts (lookbehinds and `\b`
        see the whole line), so a search from `pos` finds what one from an earlier place found,
        when that was at `pos` or after, and finds nothing where that found nothing.
        """
        last = self.__dict__.get("_last")
        if last is not None and last[1] <= pos and last[0] == string:
            match: re.Match[str] | None = last[2]
            if match is None or pos <= match.start():
                return match
        match = self.search(string, pos)
        self.__dict__["_last"] = (string, pos, match)
        return match

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)

    def __repr__(self) -> str:
        state = "compiled" if "_compiled" in self.__dict__ else "not compiled yet"
        return f"lazy({self.pattern!r}, {self.flags!r}) [{state}]"


# The dashes plans write, besides "-" (durations.DASHES holds them all), as character classes
# spell them: `\-` then these seven.
WIDE_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH_CLASS = "\\-" + WIDE_DASHES
# One of the wide dashes: two ranges, where the seven in a class are three runs of codes.
_ONE_WIDE_DASH = "(?=[\u2010-\u2015\u2212])."


def cheap_dashes(source: str, flags: int | re.RegexFlag = 0) -> str:
    r"""`source` with each character class that holds the dashes split in two alternatives.

    A class whose characters outside Latin-1 make more than two runs of codes (the seven wide
    dashes do) makes `re` build a table of all 65,536 codes to compile it: about 2.5 million
    instructions for every such class, and most of the reader's patterns hold one. `[:\-‐…−]`
    reads as `(?:[:\-]|(?=[‐-―−]).)`, which matches the same one character and compiles in
    a fraction of that. Negated classes and verbose patterns are left as they are.
    """
    if _DASH_CLASS not in source or flags & re.VERBOSE or "(?x" in source:
        return source
    out: list[str] = []
    at = 0
    while at < len(source):
        ch = source[at]
        if ch == "\\":
            out.append(source[at : at + 2])
            at += 2
            continue
        if ch != "[":
            out.append(ch)
            at += 1
            continue
        end = _class_end(source, at)
        body = source[at + 1 : end]
        split = body.find(_DASH_CLASS)
        after = body[split + len(_DASH_CLASS) : split + len(_DASH_CLASS) + 1]
        if split < 0 or body.startswith("^") or after == "-" or body.count(_DASH_CLASS) > 1:
            out.append(source[at : end + 1])
        else:
            rest = body[:split] + "\\-" + body[split + len(_DASH_CLASS) :]
            out.append(f"(?:[{rest}]|{_ONE_WIDE_DASH})")
        at = end + 1
    return "".join(out)


def _class_end(source: str, start: int) -> int:
    """The index of the `]` that closes the character class opened at `start`."""
    at = start + 1
    if source.startswith("^", at):
        at += 1
    if source.startswith("]", at):
        at += 1  # a `]` first in a class is itself
    while at < len(source):
        if source[at] == "\\":
            at += 2
        elif source[at] == "]":
            return at
        else:
            at += 1
    raise re.error("unterminated character set", source, start)


def lazy(source: str, flags: int | re.RegexFlag = 0) -> Lazy:
    """A pattern like `re.compile(source, flags)` that is compiled only when first used."""
    return Lazy(source, flags)


def may_start_word(text: str, stems: tuple[str, ...]) -> bool:
    """False only where no word of `text` starts with one of `stems` (ASCII letters, lower case).

    A cheap pre-check before an IGNORECASE pattern that wants one of these words just after a
    character that is no letter or digit: when it says False the pattern cannot match, so the
    pattern need not even be compiled. A letter outside ASCII (`ſ` or the Kelvin sign may match
    an ASCII one) leaves the text to the pattern.
    """
    words = _words(text)
    if words is None:
        return True
    by_letter = _by_first_letter(stems)
    anywhere = by_letter.get("", ())  # an empty stem starts every word
    for word in words:  # noqa: SIM110 - a loop costs less than any() over a generator, per call
        if word.startswith(by_letter.get(word[0], anywhere)):
            return True
    return False


# Each tuple of stems `may_start_word` was asked about (by identity: the modules' constants),
# with its stems grouped by their first letter.
_STEMS_BY_LETTER: dict[int, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}


def _by_first_letter(stems: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """`stems` grouped by their first letter, so that a word is compared with the few stems
    that start as it does, not with every weekday or month in seven languages.

    Kept per tuple of stems, which never changes: the answer depends on nothing else.
    """
    known = _STEMS_BY_LETTER.get(id(stems))
    if known is not None and known[0] is stems:
        return known[1]
    grouped: dict[str, list[str]] = {}
    for stem in stems:
        grouped.setdefault(stem[:1], []).append(stem)
    for letter, group in grouped.items():
        if letter and "" in stems:
            group.append("")
    by_letter = {letter: tuple(group) for letter, group in grouped.items()}
    _STEMS_BY_LETTER[id(stems)] = (stems, by_letter)
    return by_letter


# A run of letters and digits (`str.isalnum`, as `\w` without `_`): a word, split at every
# other character; a letter outside ASCII, which may stand for an ASCII one.
_WORD_RUN = lazy(r"[^\W_]+")
_OTHER_LETTER = lazy(r"[^\x00-\x7f](?<=[^\W\d_])")


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...] | None:
    """The words of `text` in lower case, split at every character that is no letter or digit;
    None where a letter outside ASCII may stand for an ASCII one.

    Cached: the reader asks about one line for weekdays, months and more in turn.
    """
    if not text.isascii() and _OTHER_LETTER.search(text) is not None:
        return None
    return tuple(_WORD_RUN.findall(text.lower()))


def either(full: Lazy, cheap: Lazy, stems: tuple[str, ...], text: str) -> re.Match[str] | None:
    """`full.match(text)`, or `cheap.match(text)` where no word of `text` starts with one of
    `stems`: `cheap` is `full` without those words (which then cannot match), far cheaper to
    compile than a pattern holding every weekday's name in seven languages."""
    return (full if may_start_word(text, stems) else cheap).match(text)


def digit_after(text: str, marks: tuple[str, ...]) -> bool:
    """Whether a digit of `text` follows one of `marks` (ASCII in lower case), spaces between.

    A pre-check before a pattern that wants `mark\\s*\\d` with IGNORECASE: no letter outside
    ASCII folds to an ASCII one other than `k`, `s` or `i`, which `marks` must therefore avoid.
    """
    lower = text.lower()
    if not any(mark in lower for mark in marks):
        return False  # most lines: no mark at all
    longest = max(map(len, marks))
    for at, ch in enumerate(text):
        if ch.isdigit():  # isdigit accepts every character `\d` does
            end = at
            while end and text[end - 1].isspace():  # what rstrip() drops, and `\s` matches
                end -= 1
            # The few characters before the spaces, not the whole line before each digit: a
            # line of thousands of digits is read once, not once per digit.
            if text[max(0, end - longest) : end].lower().endswith(marks):
                return True
    return False
