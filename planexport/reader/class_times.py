"""Dated class rows with no time of their own take the class time a sentence states once.

`Classes are on Mondays and Fridays from 19:00 to 22:00.` over `| 11 March 2024 | Bash |`:
each dated row is a class at 19:00 of 180 minutes; a holiday row (`FERIADO`) is no class.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planexport.reader.blocks import Ctx, RawBlock, tidy
from planexport.reader.durations import clock
from planexport.reader.lazy import lazy
from planexport.reader.meeting_times import meeting_time
from planexport.reader.meridiem_class_times import meridiem_span
from planexport.reader.outline import Node, unwrap
from planexport.reader.prose_time import FROM_TO
from planexport.reader.words import WEEKDAYS, fold

if TYPE_CHECKING:
    from planexport.reader.days import DaySpan

__all__ = ["class_sentence", "class_times"]

_HOLIDAY = lazy(
    r"\b(?:feriado|holiday|bank holiday|public holiday|feiertag|f[ée]ri[ée]|jour f[ée]ri[ée]"
    r"|festivo|festa|vacaciones|vacances|ferien|vacanze|no class|no classes|sin clases?"
    r"|pas de cours|kein unterricht|geen les|sem aula|receso)\b",
    re.IGNORECASE,
)
_TAGS = lazy(r"<[^>]*>")


def class_sentence(nodes: list[Node]) -> tuple[int, int, int, set[str]] | None:
    """The line, start, end and weekdays of one sentence stating the class time, or None."""
    found: list[tuple[int, int, int, set[str]]] = []
    for node in nodes:
        if node.kind != "paragraph" or len(node.text.split()) < 4:
            continue  # a sentence, not a line of the agenda ("19:00 – 22:00 Class")
        match = FROM_TO.search(node.text)
        if (twelve := meridiem_span(node.text)) is not None:
            start, end = twelve  # "Lectures are held on Tuesdays, 1:30 - 2:45pm."
        elif match is not None:
            start, end = clock(match.group("a")), clock(match.group("b"))
        elif (met := meeting_time(node.text)) is not None:
            start, end = met  # "on Wednesdays at 3:30 PM … We generally meet for an hour."
        else:
            continue
        words = re.findall(r"[^\W\d_]+", fold(node.text))
        days = {WEEKDAYS.get(w) or WEEKDAYS.get(w.removesuffix("s")) for w in words}
        found.append((node.line, start, end, {d for d in days if d is not None}))
    return found[0] if len(found) == 1 and found[0][2] > found[0][1] else None


def _topic(texts: list[str]) -> tuple[int | None, str]:
    """The class's topic and the index of the note it is read from (None for "Class")."""
    for at, text in enumerate(texts):
        # "Bash <ul> <li>¿Qué es Bash?</li> …": the topic, not the list of its parts
        plain = tidy(_TAGS.split(unwrap(text))[0]) or tidy(_TAGS.sub(" ", unwrap(text)))
        if plain:
            return at, plain
    return None, "Class"


def class_times(nodes: list[Node], spans: list[DaySpan], ctx: Ctx) -> None:
    """Give each dated day of `spans` (read from table rows, none timed) the stated class."""
    stated = class_sentence(nodes)
    if stated is None or not spans or any(s.table is None or s.table.blocks for s in spans):
        return
    line, start, end, weekdays = stated
    for span in spans:
        assert span.table is not None
        texts = [span.table.title, *span.table.notes]
        if any(_HOLIDAY.search(text) for text in texts):
            continue  # "| 1 de Abril | **FERIADO** |": no class that day
        if weekdays and span.weekday is not None and span.weekday not in weekdays:
            ctx.warn(
                span.line,
                f'"{span.table.title}" is not on a weekday the class time names: no class',
            )
            continue
        at, topic = _topic(span.table.notes)
        if at is not None and span.table.notes[at] == topic:
            del span.table.notes[at]  # the row's topic is the class's title, not also its note
        raw = RawBlock(topic, None, end - start, end - start, None, [], span.line)
        raw.at = start
        span.table.blocks.append(raw)
    hhmm = f"{start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}"
    ctx.warn(line, f"the class time {hhmm} is read as the time of every dated class below")
