"""A recap after the plan (`1. **Exercise 1** (`ex1.md`) - 30 min`) restates blocks read above."""

from __future__ import annotations

import functools
import re

from planexport.reader.blocks import Ctx, RawBlock, tidy
from planexport.reader.lazy import lazy
from planexport.reader.words import fold

__all__ = ["drop_recaps"]

_DIGIT = lazy(r"\d")
_NUMBERED = lazy(r"^\s*\d+[.)]\s")  # "1. **Exercise 1**", "2) Drills"


def _name(text: str) -> str:
    """What names a block, without its numbering, emphasis, code and brackets: `Exercise 1`."""
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    text = re.sub(r"^\s*\d+[.)]\s+", "", text.replace("*", "").replace("__", ""))
    return " ".join(re.sub(r"^[^\w]+", "", tidy(text)).split())  # "🧭 Übung 1": its name


@functools.lru_cache(maxsize=4096)  # a long plan names the same blocks week after week
def _key(text: str) -> str:
    return fold(_name(text))


def drop_recaps(blocks: list[RawBlock], ctx: Ctx) -> list[RawBlock]:
    """The day's blocks without those that restate an earlier one by its numbered name.

    A numbered line (`1. **Exercise 1** (…)`) or a bare label (`Exercise 1 (ex1.md)`) that
    names an earlier block by a name with a number (`Exercise 1: Setup`) is a recap of it. A day
    may well hold two blocks called `Review`: names without a number never count.
    """
    if not any(_DIGIT.search(raw.title) for raw in blocks):
        return blocks  # only a name with a number is taken for a recap
    kept: list[RawBlock] = []
    names: set[str] = set()
    labels: set[str] = set()  # "exercise 1" of "Exercise 1: Setup": a label with a title
    dropped: list[RawBlock] = []
    for raw in blocks:
        keys = {_key(raw.title), _key(raw.title.split(":")[0])}  # "Übung 1: Grundlagen"
        if raw.label:
            keys |= {_key(raw.label), _key(f"{raw.label} {raw.title}")}
        numbered = _NUMBERED.match(raw.title) is not None
        full = _key(raw.title)
        if _DIGIT.search(full) and (full in labels or (numbered and keys & names)):
            dropped.append(raw)
            continue
        kept.append(raw)
        names |= {k for k in keys if k}
        if raw.label and _key(raw.title) != _key(raw.label):
            labels.add(_key(raw.label))
        elif ":" in raw.title and raw.label is None:
            labels.add(_key(raw.title.split(":")[0]))
    if dropped:
        more = f" and {len(dropped) - 1} more" if len(dropped) > 1 else ""
        ctx.warn(
            dropped[0].line,
            f'"{_name(dropped[0].title)}"{more} restate blocks read above: not added again',
        )
    return kept
