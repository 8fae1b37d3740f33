"""Helpers for the iCalendar tests: schedules laid out by hand, and exports read back by parsers."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from zoneinfo import ZoneInfo

from planexport import keys
from planexport.model import Plan
from planexport.scheduling import (
    Schedule,
    ScheduledBlock,
    ScheduledDay,
    ScheduleOptions,
)
from tests.paths import ROOT

NODE_DIR = ROOT / "tests" / "interop" / "node"

Instant = int | str | None
"""A UTC instant in seconds, an all-day date as ISO text, or None (no DTEND)."""


def make_schedule(
    plans: Plan | Sequence[Plan],
    *,
    start: dt.date,
    tz: str,
    at: dt.time = dt.time(9, 0),
    starts: Mapping[int, dt.time] | None = None,
    break_minutes: int = 10,
    hours: float | None = None,
) -> Schedule:
    """Lay plans out day by day from `start`: blocks back to back from `at`, at their minimum.

    `starts` moves the first block of a day (by day number); lengths are real minutes, so a block
    across a daylight-saving change keeps its length and moves its wall-clock end.
    """
    plan_list = [plans] if isinstance(plans, Plan) else list(plans)
    zone = ZoneInfo(tz)
    days: list[ScheduledDay] = []
    date = start
    repeats: dict[str, int] = {}
    for week, plan in enumerate(plan_list):
        # A plan's second and later copies are tagged .w2, .w3, ... as the scheduler does.
        repeats[plan.id] = repeats.get(plan.id, 0) + 1
        week_prefix = keys.prefix(plan.id, repeat=repeats[plan.id])
        for day in sorted(plan.days, key=lambda d: d.number):
            variant = day.variant(hours)
            placed: list[ScheduledBlock] = []
            if variant is not None:
                index = day.variants.index(variant)
                block_keys = keys.block_keys(week_prefix, day)
                clock = (starts or {}).get(day.number, at)
                moment = dt.datetime.combine(date, clock, tzinfo=zone).astimezone(dt.timezone.utc)
                for bi, block in enumerate(variant.blocks):
                    end = moment + dt.timedelta(minutes=block.min_minutes)
                    placed.append(
                        ScheduledBlock(
                            key=block_keys[(index, bi)],
                            start=moment.astimezone(zone),
                            end=end.astimezone(zone),
                            minutes=block.min_minutes,
                            plan=plan,
                            day=day,
                            block=block,
                            date=date,
                            week=week,
                        )
                    )
                    moment = end + dt.timedelta(minutes=break_minutes)
            days.append(
                ScheduledDay(
                    plan=plan,
                    day=day,
                    date=date,
                    week=week,
                    variant=variant,
                    budget_minutes=int(variant.hours * 60) if variant else 0,
                    blocks=tuple(placed),
                    prefix=week_prefix,
                )
            )
            date += dt.timedelta(days=1)
    return Schedule(
        plans=tuple(plan_list),
        options=ScheduleOptions(start=start, tz=tz, break_minutes=break_minutes),
        tz=tz,
        days=tuple(days),
    )


@dataclass(frozen=True)
class Seen:
    """One event as a parser read it."""

    uid: str
    start: Instant
    end: Instant
    summary: str
    description: str
    categories: tuple[str, ...]
    sequence: int
    status: str


def instant(value: object) -> Instant:
    """Seconds since the epoch of an aware datetime, ISO text of a date; floating times fail."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        assert value.tzinfo is not None, f"floating time {value}"
        return int(value.timestamp())
    assert isinstance(value, dt.date), repr(value)
    return value.isoformat()


def read_icalendar(data: bytes) -> dict[str, Seen]:
    """The events as icalendar reads them."""
    import icalendar

    cal = icalendar.Calendar.from_ical(data)
    seen: dict[str, Seen] = {}
    for event in cal.walk("VEVENT"):
        raw = event.get("CATEGORIES")
        groups = raw if isinstance(raw, list) else [raw] if raw is not None else []
        uid = str(event["UID"])
        seen[uid] = Seen(
            uid=uid,
            start=instant(event.decoded("DTSTART")),
            end=instant(event.decoded("DTEND")) if "DTEND" in event else None,
            summary=str(event.get("SUMMARY", "")),
            description=str(event.get("DESCRIPTION", "")),
            categories=tuple(str(c) for group in groups for c in group.cats),
            sequence=int(event.get("SEQUENCE", 0)),
            status=str(event.get("STATUS", "")),
        )
    return seen


def read_vobject(data: bytes) -> dict[str, Seen]:
    """The events as vobject reads them, with its strict structural checks on."""
    import vobject

    cal = vobject.readOne(data.decode("utf-8"), validate=True)
    seen: dict[str, Seen] = {}
    for event in cal.contents.get("vevent", []):

        def value(name: str, default: object = "", event: object = event) -> object:
            found = getattr(event, "contents", {}).get(name)
            return found[0].value if found else default

        cats = [c for line in event.contents.get("categories", []) for c in line.value]
        uid = str(value("uid"))
        seen[uid] = Seen(
            uid=uid,
            start=instant(value("dtstart")),
            end=instant(value("dtend", None)),
            summary=str(value("summary")),
            description=str(value("description")),
            categories=tuple(str(c) for c in cats),
            sequence=int(str(value("sequence", 0))),
            status=str(value("status")),
        )
    return seen


def read_ical(data: bytes) -> dict[str, Seen]:
    """The events as ical (a strict Python parser) reads them."""
    from ical.calendar_stream import IcsCalendarStream

    cal = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    seen: dict[str, Seen] = {}
    for event in cal.events:
        status = event.status
        seen[str(event.uid)] = Seen(
            uid=str(event.uid),
            start=instant(event.dtstart),
            end=instant(event.dtend),
            summary=str(event.summary or ""),
            description=str(event.description or ""),
            categories=tuple(str(c) for c in event.categories),
            sequence=int(event.sequence or 0),
            status=str(status.value if status is not None else ""),
        )
    return seen


def node_ready() -> Path:
    """The node folder with its packages installed from the project's lock file."""
    assert shutil.which("node"), "node is needed for the ical.js interop tests"
    if not (NODE_DIR / "node_modules" / "ical.js").is_dir():
        npm = shutil.which("npm")
        assert npm, "npm is needed to install ical.js for the interop tests"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--silent"], cwd=NODE_DIR, check=True)
    return NODE_DIR


def read_icaljs(path: Path) -> dict[str, Seen]:
    """The events as Mozilla's ical.js (Thunderbird's parser) reads them, under node."""
    folder = node_ready()
    out = subprocess.run(
        ["node", str(folder / "events.mjs"), str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=folder,
    )
    seen: dict[str, Seen] = {}
    for raw in json.loads(out.stdout):
        seen[raw["uid"]] = Seen(
            uid=raw["uid"],
            start=_js_instant(raw["start"]),
            end=_js_instant(raw["end"]),
            summary=raw["summary"] or "",
            description=raw["description"] or "",
            categories=tuple(raw["categories"]),
            sequence=int(raw["sequence"] or 0),
            status=raw["status"] or "",
        )
    return seen


def _js_instant(raw: dict[str, object] | None) -> Instant:
    if raw is None:
        return None
    if "date" in raw:
        return str(raw["date"])
    assert raw["zone"] != "floating", f"ical.js read a floating time: {raw}"
    utc = raw["utc"]
    assert isinstance(utc, int | float)
    return int(utc)


def edit_block(plan: Plan, day: int, title: str, **changes: object) -> Plan:
    """The plan with one block (in every variant of a day) changed."""
    days = []
    for d in plan.days:
        variants = []
        for v in d.variants:
            blocks = tuple(
                b.model_copy(update=changes) if d.number == day and b.title == title else b
                for b in v.blocks
            )
            variants.append(v.model_copy(update={"blocks": blocks}))
        days.append(d.model_copy(update={"variants": tuple(variants)}))
    return plan.model_copy(update={"days": tuple(days)})


def drop_block(plan: Plan, day: int, title: str) -> Plan:
    """The plan without one block (in every variant of a day)."""
    days = []
    for d in plan.days:
        variants = [
            v.model_copy(
                update={"blocks": tuple(b for b in v.blocks if d.number != day or b.title != title)}
            )
            for v in d.variants
        ]
        days.append(d.model_copy(update={"variants": tuple(variants)}))
    return plan.model_copy(update={"days": tuple(days)})


def lengthen(schedule: Schedule, key: str, minutes: int) -> Schedule:
    """`schedule` with one block ending `minutes` later, at the same start, the plan unchanged."""
    extra = dt.timedelta(minutes=minutes)
    days = tuple(
        replace(
            day,
            blocks=tuple(
                replace(b, end=b.end + extra, minutes=b.minutes + minutes) if b.key == key else b
                for b in day.blocks
            ),
        )
        for day in schedule.days
    )
    assert days != schedule.days, f"no block {key}"
    return replace(schedule, days=days)
