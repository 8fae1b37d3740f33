"""Titles of a template still to be filled in: the prompt and the blank are not the title.

A time-blocking worksheet writes its slots as prompts (`[Fill in: Morning Routine/Exercise]`)
and a pomodoro sheet leaves a line to write the topic on (`🧠 Pomodoro 1 – ✍️ Topic: ______`,
`Study session 1 (Core): _____`). The title is what the prompt names (`Morning Routine/Exercise`,
so that `Fill in: Lunch/Recharge` is the meal it names) and what stands before the blank
(`🧠 Pomodoro 1`). A title that is nothing but a blank is left as it is.
"""

from __future__ import annotations

import re

from planexport.reader.durations import DASH, DASHES
from planexport.reader.lazy import lazy

__all__ = ["names_block", "without_fill_ins"]

# "Fill in: …", "fill-in: …" at the start (after brackets, stars or a bullet-like mark)
_PROMPT = lazy(r"^(?P<lead>[\W_]*)fill[\s-]in\s*:\s*", re.IGNORECASE)
# " – ✍️ Topic:" before the blank: a dash, a mark or two, the blank's label of up to three words
_LABEL_END = lazy(rf"\s+[{DASH}]\s*(?:[^\w\s]{{1,3}}\s*)?[^\W\d_]+(?:\s[^\W\d_]+){{0,2}}\s*:\s*$")


def without_fill_ins(title: str) -> str:
    """`title` without a `Fill in:` prompt at its start and a blank to write on at its end."""
    if "ill" in title and (prompt := _PROMPT.match(title)) is not None:
        # "*[Fill in: Lunch/Recharge]*": the prompt's brackets and stars go with it
        title = (
            title[prompt.end() :].rstrip(" ]*_")
            if prompt["lead"].strip()
            else title[prompt.end() :]
        )
    if "___" in title or "\\_" in title:
        return _without_blank(title)
    return title


def _without_blank(title: str) -> str:
    """`title` without the blank at its end (`______`, `\\_\\_\\_`) and the label before it."""
    tail = title.rstrip(" .\\_")
    if title[len(tail) :].replace("\\", "").count("_") < 3:
        return title  # "__init__", "Read __str__": no blank at the end
    cut = _LABEL_END.sub("", tail)  # "🧠 Pomodoro 1 – ✍️ Topic:"
    out = (cut if cut.strip(" *_[]()") else tail).rstrip(f" :{DASHES}")
    return out if out.strip(" *_[]()") else title


def names_block(cell: str) -> bool:
    """Whether `cell` is a `Fill in:` prompt that names its block (`[Fill in: Deep work]`)."""
    return "ill" in cell and without_fill_ins(cell).strip(" *_[]") not in ("", cell.strip(" *_[]"))
