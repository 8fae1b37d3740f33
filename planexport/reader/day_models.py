"""A day as the reader found it (its span, body and focus) to the model's `Day`.

The day's title, notes and block titles are tidied of Markdown here, and a block's start
(minutes after midnight) becomes `HH:MM`; the model's own checks are the plan's errors, named
by the day's line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader.blocks import Ctx, tidy, tidy_emphasis
from planexport.reader.character_references import decoded
from planexport.reader.days import DaySpan
from planexport.reader.emphasis import plain
from planexport.reader.line_memo import per_line
from planexport.reader.note_breaks import note_text
from planexport.reader.outline import Item
from planexport.reader.own_weekday_titles import without_own_weekday
from planexport.reader.sections import DayBody
from planexport.reader.task_fields import TASK_MARKS, task_fields
from planexport.reader.task_marks import unboxed_title
from planexport.reader.title_links import cleaned
from planexport.reader.title_markup import plain_title
from planexport.reader.work_spans import busy_spans

if TYPE_CHECKING:
    from collections.abc import Callable

    from planexport.model import Day
    from planexport.model import Item as ModelItem

__all__ = ["day_model"]

_TASK_MARKS = frozenset(TASK_MARKS)  # one character each: a set to test a title against


def day_model(
    number: int,
    *,
    span: DaySpan,
    week: int | None,
    body: DayBody,
    focus: dict[int, str],
    ctx: Ctx,
) -> Day:
    """Day `number` of the model: its title, focus, notes, busy time and variants of blocks."""
    from pydantic import ValidationError

    from planexport.model import made_block, made_day, made_variant

    title = tidy_emphasis(cleaned(span.title, ctx.links))
    tidied = tidy(title)
    if tidied != title and not any(bracket in title for bracket in "()[]"):
        title = tidied
    default = focus.get(number) or f"Day {number}"
    items: dict[int, tuple[ModelItem, ...]] = {}
    from planexport.reader.speaker_credits import credit_speakers

    credit_speakers([b for _, blocks in body.variants for b in blocks])  # "Intro – Tom Lee, CTO"
    for _, blocks in body.variants:
        for b in blocks:
            if id(b) not in items:  # a block a longer variant keeps ("Add: …") is made once
                items[id(b)] = tuple(_to_item(i) for i in b.items)
                if "]" in b.title[:6]:
                    b.title, ticked = unboxed_title(b.title, b.line, ctx)  # "| [x] Revision |"
                    b.done = b.done or ticked
                if span.weekday is not None:  # "Sunday: Full mock" under "## Sunday"
                    b.title = without_own_weekday(b.title, span.weekday)
                if not _TASK_MARKS.isdisjoint(b.title):
                    b.title, fields = task_fields(b.title)  # "Essay ⏳ 2027-01-11": the date
                    b.note = f"{b.note}; {fields}" if b.note and fields else b.note or fields
                    b.done = b.done or "✅" in (fields or "")  # "✅ 2027-01-11": done that day
    try:
        return made_day(
            number=number,
            title=title or default,
            focus=focus.get(number),
            week=week,
            weekday=span.weekday,
            date=span.date,
            notes=tuple(note_text(note, ctx.written) for note in body.notes),
            busy=busy_spans(body, ctx.links),
            variants=tuple(
                made_variant(
                    hours=hours,
                    blocks=tuple(
                        made_block(
                            title=plain_title(b.title, ctx.links),
                            label=b.label,
                            min_minutes=b.lo,
                            max_minutes=b.hi,
                            note=note_text(b.note) if b.note else b.note,
                            items=items[id(b)],
                            at=_hhmm(b.at),
                            session=b.session,
                            done=b.done or b.line in ctx.ticked,
                        )
                        for b in blocks
                    ),
                )
                for hours, blocks in body.variants
            ),
        )
    except ValidationError as error:
        raise ctx.error(span.line, f"day {number}: {error.errors()[0]['msg']}") from None


def _hhmm(minutes: int | None) -> str | None:
    if minutes is None:
        return None
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _to_item(raw: Item) -> ModelItem:
    from planexport.model import made_item

    return _made_item(raw, made_item)


def _made_item(raw: Item, make: Callable[..., ModelItem]) -> ModelItem:
    """The model's item of `raw`, its children too (a function of the module's own: a nested
    one that calls itself is a reference cycle, left for the collector each time)."""
    text = " ".join([raw.text, *raw.more]).strip() if raw.more else raw.text.strip()
    children = tuple(_made_item(child, make) for child in raw.children)
    return make(text=_item_text(text), children=children)


@per_line  # a long plan repeats its items day after day
def _item_text(text: str) -> str:
    """An item's words as the model keeps them: character references as characters
    ("&emsp;Room 1": an em space, trimmed), without emphasis that only wraps them or a time."""
    return plain(decoded(text, markdown=True))
