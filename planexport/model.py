"""The typed model of a study plan: durations and text, no clock times and no I/O."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

__all__ = ["Block", "BusySpan", "Day", "Goal", "Item", "Link", "Plan", "Variant"]

NonEmpty = Annotated[str, Field(min_length=1)]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A clock time as plans pin blocks to it, on the 24-hour clock.
ClockTime = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


_M = TypeVar("_M", bound=_Frozen)


class Item(_Frozen):
    """A bullet in a block, as written (inline Markdown kept), with its nested bullets."""

    text: str
    children: tuple[Item, ...] = ()


class Block(_Frozen):
    """A time block: a title, a duration range in minutes, an optional note and bullet items."""

    title: NonEmpty
    label: str | None = None
    min_minutes: int = Field(gt=0)
    max_minutes: int = Field(gt=0)
    note: str | None = None
    items: tuple[Item, ...] = ()
    at: ClockTime | None = None
    session: str | None = None
    done: bool = False

    @model_validator(mode="after")
    def _range(self) -> Block:
        if self.min_minutes > self.max_minutes:
            raise ValueError(
                f"min_minutes ({self.min_minutes}) is more than max_minutes ({self.max_minutes})"
            )
        return self

    @property
    def ranged(self) -> bool:
        """Whether the block's length is a range rather than one number."""
        return self.min_minutes != self.max_minutes

    @property
    def range_text(self) -> str:
        """The planned length as people write it: `60 min` or `60–75 min`."""
        if self.ranged:
            return f"{self.min_minutes}–{self.max_minutes} min"
        return f"{self.min_minutes} min"


class Variant(_Frozen):
    """One way to study a day (the "4-Hour Plan"), fully resolved: all its blocks in order."""

    hours: float = Field(gt=0)
    blocks: tuple[Block, ...] = ()

    @property
    def min_minutes(self) -> int:
        """The least study time this variant asks for."""
        return sum(b.min_minutes for b in self.blocks)

    @property
    def max_minutes(self) -> int:
        """The most study time this variant asks for."""
        return sum(b.max_minutes for b in self.blocks)


class BusySpan(_Frozen):
    """Time the plan itself gives to something other than study on a day (work, the commute,
    school): its start on the clock, its length (it may run past midnight) and what it is."""

    at: ClockTime
    minutes: int = Field(gt=0, le=24 * 60)
    title: NonEmpty


class Day(_Frozen):
    """A day of the plan; a day without variants is a rest day. `busy` is time the plan says is
    taken on that day: the scheduler places no block there."""

    number: int = Field(gt=0)
    title: str
    focus: str | None = None
    variants: tuple[Variant, ...] = ()
    week: int | None = Field(default=None, ge=0)
    weekday: Weekday | None = None
    date: dt.date | None = None
    notes: tuple[str, ...] = ()
    busy: tuple[BusySpan, ...] = ()

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        # A day with no busy time is written as before the field was added.
        data: dict[str, object] = handler(self)
        if not self.busy:
            data.pop("busy", None)
        return data

    @model_validator(mode="after")
    def _unique_hours(self) -> Day:
        seen: set[float] = set()
        for variant in self.variants:
            if variant.hours in seen:
                raise ValueError(f"day {self.number} has two {variant.hours:g}-hour plans")
            seen.add(variant.hours)
        return self

    @property
    def is_rest(self) -> bool:
        """Whether the plan has no study on this day."""
        return not self.variants

    def variant(self, hours: float | None = None) -> Variant | None:
        """The variant of `hours`, the nearest shorter one when missing, else the shortest.

        `None` asks for the shortest. A rest day has none.
        """
        if not self.variants:
            return None
        ordered = sorted(self.variants, key=lambda v: v.hours)
        if hours is None:
            return ordered[0]
        shorter = [v for v in ordered if v.hours <= hours]
        return shorter[-1] if shorter else ordered[0]


class Goal(_Frozen):
    """A group of goals for the week."""

    title: str
    items: tuple[str, ...] = ()


class Link(_Frozen):
    """A link the plan refers to."""

    text: str
    target: str


class Plan(_Frozen):
    """A study plan: usually a week of days, each with one or more variants."""

    id: NonEmpty
    title: NonEmpty
    goals: tuple[Goal, ...] = ()
    links: tuple[Link, ...] = ()
    days: tuple[Day, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_days(self) -> Plan:
        seen: set[tuple[int | None, int]] = set()
        for day in self.days:
            if (day.week, day.number) in seen:
                where = f" of week {day.week}" if day.week is not None else ""
                raise ValueError(f"two days{where} are numbered {day.number}")
            seen.add((day.week, day.number))
        return self

    def day(self, number: int, *, week: int | None = None) -> Day:
        """The day numbered `number` (in `week`, for plans written in weeks); KeyError if none."""
        for day in self.days:
            if day.number == number and (week is None or day.week == week):
                return day
        raise KeyError(number)

    @property
    def hours(self) -> tuple[float, ...]:
        """Every variant length the plan offers, shortest first."""
        return tuple(sorted({v.hours for d in self.days for v in d.variants}))


# ---------------------------------------------------------------------------------------------
# Models from values the reader made

# The models build their validators on first use (`defer_build`): an export whose plan comes
# from Markdown never needs them. The reader's values are checked here as the models would check
# them; where one does not hold, the model's own validation runs and words the error.

_HOURS = frozenset(f"{hour:02d}" for hour in range(24))
_set = object.__setattr__


def _trusted(cls: type[_M], values: dict[str, object]) -> _M:
    """`cls.model_construct(**values)` where `values` holds every field of `cls`, in the order the
    model declares them: the instance `model_construct` makes, at a third of its cost (it looks
    up aliases and defaults for each field, and a long plan makes thousands of these)."""
    model = cls.__new__(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", set(values))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def _texts(values: tuple[str, ...]) -> bool:
    return _all(values, str)


def _all(values: tuple[object, ...], cls: type) -> bool:
    # map and set, not a generator: this runs for every item of a long plan
    return type(values) is tuple and (not values or set(map(type, values)) == {cls})


def _optional_text(value: object) -> bool:
    return value is None or type(value) is str


def _clock(value: object) -> bool:
    return value is None or (
        type(value) is str
        and len(value) == 5
        and value[:2] in _HOURS
        and value[2] == ":"
        and value[3] in "012345"
        and value[4] in "0123456789"
    )


def made_item(*, text: str, children: tuple[Item, ...]) -> Item:
    """`Item(text=…, children=…)` for values the reader made."""
    if type(text) is str and _all(children, Item):
        return _trusted(Item, {"text": text, "children": children})
    return Item(text=text, children=children)


def made_block(
    *,
    title: str,
    label: str | None,
    min_minutes: int,
    max_minutes: int,
    note: str | None,
    items: tuple[Item, ...],
    at: str | None,
    session: str | None,
    done: bool,
) -> Block:
    """`Block(…)` with every field given, for values the reader made."""
    values: dict[str, object] = {
        "title": title,
        "label": label,
        "min_minutes": min_minutes,
        "max_minutes": max_minutes,
        "note": note,
        "items": items,
        "at": at,
        "session": session,
        "done": done,
    }
    if (
        type(title) is str
        and title
        and _optional_text(label)
        and type(min_minutes) is int
        and type(max_minutes) is int
        and 0 < min_minutes <= max_minutes
        and _optional_text(note)
        and _all(items, Item)
        and _clock(at)
        and _optional_text(session)
        and type(done) is bool
    ):
        return _trusted(Block, values)
    return Block(**values)  # type: ignore[arg-type]


def made_variant(*, hours: float, blocks: tuple[Block, ...]) -> Variant:
    """`Variant(hours=…, blocks=…)` for values the reader made."""
    if type(hours) is float and hours > 0 and _all(blocks, Block):
        return _trusted(Variant, {"hours": hours, "blocks": blocks})
    return Variant(hours=hours, blocks=blocks)


def made_busy(*, at: str, minutes: int, title: str) -> BusySpan:
    """`BusySpan(at=…, minutes=…, title=…)` for values the reader made."""
    if (
        type(at) is str
        and _clock(at)
        and type(minutes) is int
        and 0 < minutes <= 24 * 60
        and type(title) is str
        and title
    ):
        return _trusted(BusySpan, {"at": at, "minutes": minutes, "title": title})
    return BusySpan(at=at, minutes=minutes, title=title)


def made_day(
    *,
    number: int,
    title: str,
    focus: str | None,
    week: int | None,
    weekday: str | None,
    date: dt.date | None,
    notes: tuple[str, ...],
    variants: tuple[Variant, ...],
    busy: tuple[BusySpan, ...],
) -> Day:
    """`Day(…)` with every field given, for values the reader made."""
    values: dict[str, object] = {  # in the order the model declares its fields
        "number": number,
        "title": title,
        "focus": focus,
        "variants": variants,
        "week": week,
        "weekday": weekday,
        "date": date,
        "notes": notes,
        "busy": busy,
    }
    if (
        type(number) is int
        and number > 0
        and type(title) is str
        and _optional_text(focus)
        and (week is None or (type(week) is int and week >= 0))
        and (weekday is None or (type(weekday) is str and weekday in WEEKDAYS))
        and (date is None or type(date) is dt.date)
        and _texts(notes)
        and _all(variants, Variant)
        and _all(busy, BusySpan)
        and len({v.hours for v in variants}) == len(variants)
    ):
        return _trusted(Day, values)
    return Day(**values)  # type: ignore[arg-type]


def made_plan(
    *,
    id: str,
    title: str,
    goals: tuple[tuple[str, tuple[str, ...]], ...],
    links: tuple[tuple[str, str], ...],
    days: tuple[Day, ...],
) -> Plan:
    """`Plan(…)` of goals (title, items) and links (text, target), for values the reader made."""
    if (
        all(type(t) is str and _texts(items) for t, items in goals)
        and all(type(t) is str and type(u) is str for t, u in links)
        and type(id) is str
        and id
        and type(title) is str
        and title
        and _all(days, Day)
        and days
        and len({(d.week, d.number) for d in days}) == len(days)
    ):
        return _trusted(
            Plan,
            {
                "id": id,
                "title": title,
                "goals": tuple(_trusted(Goal, {"title": t, "items": i}) for t, i in goals),
                "links": tuple(_trusted(Link, {"text": t, "target": u}) for t, u in links),
                "days": days,
            },
        )
    return Plan(
        id=id,
        title=title,
        goals=tuple(Goal(title=t, items=items) for t, items in goals),
        links=tuple(Link(text=t, target=u) for t, u in links),
        days=days,
    )
