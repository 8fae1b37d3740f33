"""Times without am/pm under a session that names the afternoon or evening, or on a line whose
title names it (`6:00 - 9:00: Evening revision`, `Abends lernen`), are in that half."""

from __future__ import annotations

import re

from planexport.reader.blocks import Ctx, RawBlock
from planexport.reader.words import AFTERNOON_WORDS as _AFTERNOON
from planexport.reader.words import EVENING_WORDS as _EVENING
from planexport.reader.words import fold

__all__ = ["late_halves"]

# Which hours of a 12-hour clock each part of the day moves past noon: "Afternoon" 1–7
# (13:00–19:59; "12:30" is already noon), "Evening"/"Night" 5–11 (17:00–23:59; "1:00" in a
# night session is after midnight).
_HOURS = {"afternoon": range(1, 8), "evening": range(5, 12)}


def _part(session: str) -> str | None:
    words = re.sub(r"[^\w\- ]+", " ", fold(session)).split()
    for size in (2, 1):
        lead = " ".join(words[:size])
        if lead in _AFTERNOON:
            return "afternoon"
        if lead in _EVENING:
            return "evening"
    if "🌙" in session:
        return "evening"  # "### 🌙 (2 hrs)": the moon names the evening
    return None


def _said(title: str) -> str | None:
    """The part of the day a block's title names anywhere in it (`Evening revision`, `Repaso
    de la noche`, `Révisions du soir`), as a whole word."""
    words = re.sub(r"[^\w\- ]+", " ", fold(title)).split()
    for at in range(len(words)):
        part = _part(" ".join(words[at : at + 2]))
        if part is not None:
            return part
    return None


def late_halves(blocks: list[RawBlock], ctx: Ctx) -> None:
    """`9:00 – 10:30` under `### 🌙 Evening` is 21:00–22:30: a block whose half of the day is
    not written, in a session that names the afternoon or evening, moves past noon; the first
    one of each session is warned. Outside such a session, a block whose own title names
    the evening (`6:00 - 9:00: Evening revision`) moves too, with a warning of its own."""
    warned: set[str] = set()
    for raw in blocks:
        if raw.sure or raw.at is None:
            continue
        part = _part(raw.session) if raw.session is not None else None
        if part is None or raw.session is None:
            if (said := _said(raw.title)) is not None and raw.at // 60 in _HOURS[said]:
                _said_late(raw, said, ctx)  # "6:00 - 9:00: Evening revision"
            continue
        if raw.at // 60 not in _HOURS[part]:
            continue
        raw.at += 12 * 60
        raw.sure = True
        if raw.session not in warned:
            warned.add(raw.session)
            hhmm = f"{raw.at // 60:02d}:{raw.at % 60:02d}"
            ctx.warn(
                raw.line,
                f'"{raw.title}" read as starting at {hhmm}: times without am/pm under '
                f'"{raw.session}" are in the {part}',
            )


def _said_late(raw: RawBlock, part: str, ctx: Ctx) -> None:
    """Move `raw` past noon as its title says, and say so on its line."""
    assert raw.at is not None
    raw.at += 12 * 60
    raw.sure = True
    until = raw.at + raw.lo
    span = f"{raw.at // 60:02d}:{raw.at % 60:02d}–{until // 60 % 24:02d}:{until % 60:02d}"
    ctx.warn(
        raw.line,
        f'"{raw.title}" read as {span}: its title says the {part}, and its times have no am/pm',
    )
