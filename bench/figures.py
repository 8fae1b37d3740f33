"""The figures: each subject measured against its baseline in the same run."""

from __future__ import annotations

import cProfile
import dataclasses
import datetime as dt
import importlib.util
import json
import math
import os
import pstats
import statistics
import sys
import sysconfig
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bench.measure import Paired, command, paired, peak_bytes, timed
from bench.plans import plan_markdown

if TYPE_CHECKING:
    from planexport.model import Plan
    from planexport.scheduling import Schedule, ScheduleOptions

__all__ = [
    "Config",
    "Growth",
    "Profile",
    "Row",
    "export_plan",
    "growth",
    "options",
    "profile",
    "read_plan",
    "startup_export",
    "startup_help",
    "todoist_requests",
]

ROOT = Path(__file__).resolve().parent.parent
USER_PLAN = ROOT / "plans" / "go-track.md"
START = dt.date(2026, 11, 30)
TZ = "Europe/Berlin"
NOW = dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.timezone.utc)
LINEAR_EXPONENT = 1.15
"""Growth of time with the plan's length counts as linear up to this power."""
REFERENCE = "markdown-it alone"
"""A stage timed for comparison only: tokenising the plan, as the read figure's baseline."""
PAUSED = " (GC paused)"
"""Suffix of stages timed again with the garbage collector paused, for comparison only."""
_PAUSED_STAGES = (REFERENCE,)  # read, schedule and export pause it themselves
_STDLIB = sysconfig.get_paths()["stdlib"].replace("\\", "/") + "/"


@dataclass(frozen=True)
class Config:
    """Sizes and repetitions of one run."""

    quick: bool
    rounds: int
    """Paired rounds of in-process figures."""
    process_rounds: int
    """Paired rounds of whole-process figures."""
    warmup: int
    weeks: int
    """Length of the large plan (52 in a full run)."""
    growth: tuple[int, ...]
    growth_rounds: int
    memory_runs: int
    todoist_weeks: int = 16
    caldav_rounds: int = 3
    """Pairs of CalDAV pushes (each pair takes minutes)."""

    @classmethod
    def of(cls, *, quick: bool, rounds: int | None = None) -> Config:
        """The full run's settings, or the quick check's (everything once, tiny sizes)."""
        if quick:
            return cls(
                quick=True,
                rounds=1,
                process_rounds=1,
                warmup=0,
                weeks=2,
                growth=(1, 2),
                growth_rounds=1,
                memory_runs=1,
            )
        return cls(
            quick=False,
            caldav_rounds=rounds or 3,
            rounds=rounds or 9,
            process_rounds=rounds or 15,
            warmup=1,
            weeks=52,
            growth=(1, 4, 13, 26, 52),
            growth_rounds=rounds or 7,
            memory_runs=3,
        )


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    figure: str
    measured: str
    baseline: str
    value: str
    budget: str
    ok: bool | None
    """Whether the budget is met; None when not checked (timings in quick mode)."""
    note: str = ""


@dataclass(frozen=True)
class Growth:
    """Median seconds of each stage at each plan length (weeks)."""

    weeks: tuple[int, ...]
    seconds: dict[str, tuple[float, ...]]

    def exponent(self, stage: str) -> float:
        """Power of the growth (1.0 is linear): the slope of a least-squares fit of log time
        against log weeks, leaving out the smallest plan (fixed costs dominate it)."""
        points = list(zip(self.weeks, self.seconds[stage], strict=True))
        if len(points) > 2:
            points = points[1:]
        xs = [math.log(weeks) for weeks, _ in points]
        ys = [math.log(seconds) for _, seconds in points]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        spread = sum((x - mx) ** 2 for x in xs)
        return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / spread

    def linear(self, stage: str) -> bool:
        """Whether time grows no faster than linearly (within noise)."""
        return self.exponent(stage) <= LINEAR_EXPONENT

    @property
    def slowest(self) -> str:
        """The planexport stage that takes longest on the largest plan."""
        stages = [s for s in self.seconds if s != REFERENCE and not s.endswith(PAUSED)]
        return max(stages, key=lambda stage: self.seconds[stage][-1])


@dataclass(frozen=True)
class Profile:
    """The top of a cProfile of one stage."""

    stage: str
    weeks: int
    total: float
    entries: tuple[tuple[str, int, float, float], ...]
    """(function, calls, own seconds, cumulative seconds), by own time."""
    by_package: tuple[tuple[str, float], ...]
    """Own seconds summed by top-level package, largest first."""


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _ratio_row(figure: str, result: Paired, *, budget: float, config: Config) -> Row:
    return Row(
        figure=figure,
        measured=_ms(result.subject),
        baseline=_ms(result.baseline),
        value=f"{result.ratio:.2f}x",
        budget=f"<= {budget:g}x",
        ok=None if config.quick else result.ratio <= budget,
    )


# ---------------------------------------------------------------------------------------------
# Whole processes


def _planexport() -> list[str]:
    script = Path(sys.executable).parent / "planexport"
    return [str(script)] if script.exists() else [sys.executable, "-m", "planexport"]


def _env(bytecode: str) -> dict[str, str]:
    """The environment of whole-process runs: bytecode cached under `bytecode`.

    Installed libraries come byte-compiled, a checkout does not: without a cache (or with
    PYTHONDONTWRITEBYTECODE set) every start would compile planexport's sources and no
    baseline's. One cache folder for every module, filled by the warm-up runs, treats all alike
    and leaves the checkout clean.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({"PYTHONPYCACHEPREFIX": bytecode, "COLUMNS": "100", "NO_COLOR": "1"})
    return env


def startup_help(config: Config) -> Row:
    """`planexport --help` against the `--help` of a one-command Typer app, whole processes."""
    with tempfile.TemporaryDirectory(prefix="planexport-bench-") as folder:
        env = _env(folder)
        subject = command([*_planexport(), "--help"], cwd=str(ROOT), env=env)
        app = Path(__file__).with_name("typer_app.py")
        baseline = command([sys.executable, str(app), "--help"], cwd=str(ROOT), env=env)
        result = paired(subject, baseline, rounds=config.process_rounds, warmup=config.warmup)
    return _ratio_row(
        "`planexport --help` (whole process)",
        result,
        budget=1.3,
        config=config,
    )


def startup_export(config: Config) -> Row:
    """`planexport export ics plans/go-track.md -o ...` against a one-command Typer app with the
    same options that imports icalendar and writes nothing (bench/typer_export.py)."""
    with tempfile.TemporaryDirectory(prefix="planexport-bench-") as folder:
        env = _env(str(Path(folder) / "bytecode"))
        target = Path(folder) / "go-track.ics"
        export = command(
            [*_planexport(), "export", "ics", str(USER_PLAN), "-o", str(target)],
            cwd=str(ROOT),
            env=env,
        )

        def subject() -> None:
            # A first export each time: an existing file would be read back as the previous one.
            target.unlink(missing_ok=True)
            export()

        app = Path(__file__).with_name("typer_export.py")
        baseline = command(
            [sys.executable, str(app), str(USER_PLAN), "-o", str(target)], cwd=str(ROOT), env=env
        )
        result = paired(subject, baseline, rounds=config.process_rounds, warmup=config.warmup)
        # What the command must import, without running it: how much of the ratio is imports.
        imports = command([sys.executable, "-c", _EXPORT_IMPORTS], cwd=str(ROOT), env=env)
        floor = paired(imports, baseline, rounds=config.process_rounds, warmup=config.warmup)
    row = _ratio_row(
        "`planexport export ics plans/go-track.md` (whole process)",
        result,
        budget=1.25,
        config=config,
    )
    return dataclasses.replace(
        row, note=f"its imports alone: {_ms(floor.subject)}, {floor.ratio:.2f}x the baseline"
    )


def long_export_process(config: Config, text: str) -> Row:
    """A first export of the long plan, whole process, against one process that tokenises the
    same Markdown with markdown-it-py and builds the same events with icalendar directly."""
    from planexport.export.ics import to_ics
    from planexport.reader import parse_markdown
    from planexport.scheduling import schedule

    with tempfile.TemporaryDirectory(prefix="planexport-bench-") as folder:
        env = _env(str(Path(folder) / "bytecode"))
        plan = Path(folder) / f"gen-{config.weeks}-weeks.md"
        plan.write_text(text, encoding="utf-8")
        result = schedule(parse_markdown(text, source=str(plan)), options())
        events = _events(to_ics(result))
        given = Path(folder) / "events.json"
        given.write_text(
            json.dumps(
                {
                    "tz": TZ,
                    "name": result.plans[0].title,
                    "events": [
                        {
                            "uid": e.uid,
                            "summary": e.summary,
                            "description": e.description,
                            "categories": list(e.categories),
                            "start": e.start.isoformat(),
                            "end": e.end.isoformat(),
                            "stamp": e.stamp.isoformat(),
                        }
                        for e in events
                    ],
                }
            ),
            encoding="utf-8",
        )
        target = Path(folder) / "out.ics"
        direct = Path(folder) / "direct.ics"
        argv = [*_planexport(), "export", "ics", str(plan), "-o", str(target)]
        export = command([*argv, "--start", START.isoformat(), "--tz", TZ], cwd=str(ROOT), env=env)

        def subject() -> None:
            target.unlink(missing_ok=True)  # a first export: no previous file to read back
            export()

        script = Path(__file__).with_name("direct_export.py")
        baseline = command(
            [sys.executable, str(script), str(plan), str(given), str(direct)],
            cwd=str(ROOT),
            env=env,
        )
        subject()
        baseline()
        if _same(_events(direct.read_bytes())) != _same(_events(target.read_bytes())):
            raise RuntimeError("the direct baseline does not write the same events")
        timing = paired(subject, baseline, rounds=config.process_rounds, warmup=config.warmup)
    return _ratio_row(
        f"first export of the {config.weeks}-week plan to .ics (whole process)",
        timing,
        budget=1.3,
        config=config,
    )


# The reader's recognisers load on a first read (`planexport.reader.markdown`), not with
# `planexport.reader`: they are imports of the export too.
_EXPORT_IMPORTS = (
    "import planexport.cli, planexport.reader, planexport.reader.markdown, "
    "planexport.scheduling, planexport.export.ics, planexport.fileio, yaml, typer._adapters"
)


# ---------------------------------------------------------------------------------------------
# Reading and exporting a long plan


def first_read(text: str, *, source: str = "<string>") -> Plan:
    """Read `text` as a process reads a plan for the first time: nothing the reader keeps
    between reads (readings of lines a long plan repeats) is there from an earlier round."""
    from planexport.reader import parse_markdown
    from planexport.reader.line_memo import forget

    forget()
    return parse_markdown(text, source=source)


def options(*, hours: float | None = None) -> ScheduleOptions:
    """The schedule options of every figure: a fixed start, a zone with daylight saving."""
    from planexport.scheduling import ScheduleOptions

    return ScheduleOptions(start=START, tz=TZ, hours=hours)


def read_plan(config: Config, text: str) -> list[Row]:
    """Reading the long plan against tokenising the same text with markdown-it-py alone."""
    from markdown_it import MarkdownIt

    from planexport.reader import parse_markdown

    source = f"gen-{config.weeks}-weeks.md"
    plan = parse_markdown(text, source=source)
    if len(plan.days) != 7 * config.weeks or plan.hours != (4.0, 6.0):
        raise RuntimeError(f"the generated plan reads as {len(plan.days)} days of {plan.hours} h")
    tokeniser = MarkdownIt("commonmark").enable("table")
    result = paired(
        lambda: first_read(text, source=source),
        lambda: tokeniser.parse(text),
        rounds=config.rounds,
        warmup=config.warmup,
    )
    time_row = _ratio_row(
        f"read the {config.weeks}-week Markdown plan",
        result,
        budget=1.5,
        config=config,
    )
    subject_peak = peak_bytes(lambda: first_read(text, source=source), runs=config.memory_runs)
    baseline_peak = peak_bytes(lambda: tokeniser.parse(text), runs=config.memory_runs)
    memory_ratio = subject_peak / baseline_peak
    memory_row = Row(
        figure=f"peak memory of reading the {config.weeks}-week plan",
        measured=f"{subject_peak / 2**20:.1f} MiB",
        baseline=f"{baseline_peak / 2**20:.1f} MiB",
        value=f"{memory_ratio:.2f}x",
        budget="<= 1.3x",
        ok=None if config.quick else memory_ratio <= 1.3,
    )
    return [time_row, memory_row]


@dataclass(frozen=True)
class _Event:
    uid: str
    summary: str
    description: str
    categories: tuple[str, ...]
    start: dt.datetime
    end: dt.datetime
    stamp: dt.datetime


def _events(data: bytes) -> list[_Event]:
    """The VEVENTs of a calendar, decoded; fails on a floating (zone-less) time."""
    import icalendar

    events: list[_Event] = []
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        if not all(isinstance(t, dt.datetime) and t.tzinfo is not None for t in (start, end)):
            raise RuntimeError(f"{event['UID']}: not a zoned date-time: {start!r}")
        raw = event.get("CATEGORIES")
        lists = raw if isinstance(raw, list) else [raw] if raw is not None else []
        events.append(
            _Event(
                uid=str(event["UID"]),
                summary=str(event["SUMMARY"]),
                description=str(event.get("DESCRIPTION", "")),
                categories=tuple(str(c) for item in lists for c in item.cats),
                start=start,
                end=end,
                stamp=event.decoded("DTSTAMP"),
            )
        )
    return events


def _icalendar_direct(events: list[_Event], *, name: str, zone: ZoneInfo) -> bytes:
    """The baseline: the same calendar built and serialised with icalendar's own API."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("PRODID", "-//bench//icalendar direct//EN")
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    cal.add("NAME", name)
    cal.add("X-WR-CALNAME", name)
    cal.add("X-WR-TIMEZONE", zone.key)
    first = min(e.start for e in events).date()
    last = max(e.end for e in events).date()
    cal.add_component(icalendar.Timezone.from_tzinfo(zone, first_date=first, last_date=last))
    for e in events:
        event = icalendar.Event()
        event.add("UID", e.uid)
        event.add("DTSTAMP", e.stamp)
        event.add("SEQUENCE", 0)
        event.add("DTSTART", e.start)
        event.add("DTEND", e.end)
        event.add("SUMMARY", e.summary)
        event.add("DESCRIPTION", e.description)
        event.add("CATEGORIES", list(e.categories))
        event.add("STATUS", "CONFIRMED")
        event.add("TRANSP", "OPAQUE")
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def _same(events: list[_Event]) -> list[tuple[Any, ...]]:
    """What two calendars must agree on, instants in UTC."""
    utc = dt.timezone.utc
    return sorted(
        (
            e.uid,
            e.summary,
            e.description,
            e.categories,
            e.start.astimezone(utc),
            e.end.astimezone(utc),
            e.stamp.astimezone(utc),
        )
        for e in events
    )


def export_plan(config: Config, result: Schedule) -> list[Row]:
    """Exporting the long plan to .ics against icalendar alone, in time and in peak memory.

    The baseline gets the finished event texts (read back from planexport's own output) and
    builds, zones and serialises the same events: the ratio is what planexport adds on top of
    icalendar (rendering the plan's text, VTIMEZONE rules, UID and update bookkeeping).
    """
    from planexport.export.ics import to_ics

    exported = to_ics(result)
    events = _events(exported)
    zone = ZoneInfo(TZ)
    name = result.plans[0].title
    direct = _icalendar_direct(events, name=name, zone=zone)
    if _same(_events(direct)) != _same(events) or len(events) != len(result.blocks):
        raise RuntimeError("the icalendar baseline does not build the same events as to_ics")

    timing = paired(
        lambda: to_ics(result),
        lambda: _icalendar_direct(events, name=name, zone=zone),
        rounds=config.rounds,
        warmup=config.warmup,
    )
    subject_peak = peak_bytes(lambda: to_ics(result), runs=config.memory_runs)
    baseline_peak = peak_bytes(
        lambda: _icalendar_direct(events, name=name, zone=zone), runs=config.memory_runs
    )
    memory_ratio = subject_peak / baseline_peak
    sizes = f"{len(events)} events; {len(exported) // 1024} KiB vs {len(direct) // 1024} KiB"
    time_row = _ratio_row(
        f"export the {config.weeks}-week plan to .ics",
        timing,
        budget=1.5,
        config=config,
    )
    memory_row = Row(
        figure=f"peak memory of the {config.weeks}-week .ics export",
        measured=f"{subject_peak / 2**20:.1f} MiB",
        baseline=f"{baseline_peak / 2**20:.1f} MiB",
        value=f"{memory_ratio:.2f}x",
        budget="<= 1.5x",
        ok=None if config.quick else memory_ratio <= 1.5,
    )
    return [dataclasses.replace(time_row, note=sizes), memory_row]


# ---------------------------------------------------------------------------------------------
# Todoist requests, against the fake API, objects read by the SDK's models


def _fake_todoist() -> ModuleType:
    """tests/fake_todoist.py, imported by path: the bench needs no sys.path of its own."""
    name = "fake_todoist"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / "fake_todoist.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("cannot load tests/fake_todoist.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def todoist_requests(config: Config) -> list[Row]:
    """Requests of a first push, an unchanged re-push and a long plan pushed week by week."""
    from planexport.export.todoist import PushResult, TodoistOptions, push_todoist
    from planexport.reader import load, parse_markdown
    from planexport.scheduling import schedule

    fakes = _fake_todoist()

    def push(fake: Any, result: Schedule, now: dt.datetime = NOW) -> PushResult:
        return push_todoist(
            result,
            token=fakes.TOKEN,
            options=TodoistOptions(items="subtasks"),
            transport=fake.transport(),
            sleep=lambda _seconds: None,
            now=now,
        )

    week = schedule(load(USER_PLAN), options(hours=4))
    fake = fakes.FakeTodoist()
    first = push(fake, week)
    first_requests, tasks = len(fake.requests), len(fake.tasks)
    fake.requests.clear()
    again = push(fake, week)
    again_requests, writes = len(fake.requests), fake.writes

    # A user who keeps up: each Monday morning they push, having done the week before. The
    # fake enforces Todoist's limits (300 active tasks, 20 sections per project).
    weeks = config.todoist_weeks
    long = schedule(parse_markdown(plan_markdown(weeks), source=f"gen-{weeks}.md"), options())
    fake = fakes.FakeTodoist()
    per_push: list[tuple[int, int]] = []
    most_active = 0
    for week_number in range(weeks):
        monday = dt.datetime.combine(START, dt.time(7), tzinfo=dt.timezone.utc)
        now = monday + dt.timedelta(days=7 * week_number)
        today = now.strftime("%Y-%m-%d")
        for task in list(fake.tasks.values()):
            due = task["due"]
            if task["parent_id"] is None and not task["completed_at"] and due["date"] < today:
                fake.complete(task["id"])
        fake.requests.clear()
        push(fake, long, now)
        per_push.append((len(fake.requests), fake.writes))
        most_active = max(most_active, max(_active(fake).values(), default=0))
    long_tasks = len(fake.tasks)
    first_long, later = per_push[0], per_push[1:] or per_push
    long_requests = max(r for r, _ in per_push)
    limited = fake.limit_errors == 0 and most_active <= 300
    return [
        Row(
            figure="Todoist requests: first push of the user's week (4-hour plans, subtasks)",
            measured=f"{first_requests} requests",
            baseline="(count)",
            value=str(first_requests),
            budget="<= 8",
            ok=first_requests <= 8,
            note=f"{tasks} tasks in {first.batches} sync request(s)",
        ),
        Row(
            figure="Todoist requests: unchanged re-push of the user's week",
            measured=f"{again_requests} requests, {writes} writes",
            baseline="(count)",
            value=str(again_requests),
            budget="<= 5, no write",
            ok=again_requests <= 5 and writes == 0 and again.batches == 0,
        ),
        Row(
            figure=f"Todoist requests: {weeks}-week plan pushed week by week",
            measured=(
                f"first push {first_long[0]} requests ({first_long[1]} writes), then "
                f"{min(r for r, _ in later)}–{max(r for r, _ in later)} requests "
                f"({min(w for _, w in later)}–{max(w for _, w in later)} writes) a week"
            ),
            baseline="(count)",
            value=str(long_requests),
            budget="<= 8 a push, within the limits",
            ok=long_requests <= 8 and limited,
            note=(
                f"{long_tasks} tasks in {weeks} pushes; at most {most_active} active tasks "
                f"in the project; {fake.limit_errors} limit errors"
            ),
        ),
    ]


def _active(fake: Any) -> dict[str, int]:
    """Open tasks per project."""
    counts: dict[str, int] = {}
    for task in fake.tasks.values():
        if not task["completed_at"]:
            counts[task["project_id"]] = counts.get(task["project_id"], 0) + 1
    return counts


# ---------------------------------------------------------------------------------------------
# Growth with the plan's length, and a profile of the slowest stage


def _stages(text: str) -> dict[str, Callable[[], object]]:
    """Read, schedule and export one plan; each stage starts from the previous one's result."""
    from markdown_it import MarkdownIt

    from planexport.export.ics import to_ics
    from planexport.reader import parse_markdown
    from planexport.scheduling import schedule

    plan: Plan = parse_markdown(text)
    result = schedule(plan, options())
    tokeniser = MarkdownIt("commonmark").enable("table")
    return {
        "read": lambda: first_read(text),
        "schedule": lambda: schedule(plan, options()),
        "export .ics": lambda: to_ics(result),
        REFERENCE: lambda: tokeniser.parse(text),
    }


def growth(config: Config) -> tuple[Growth, dict[str, Callable[[], object]]]:
    """Median time of each stage at each plan length; also the largest plan's stages."""
    stages = {weeks: _stages(plan_markdown(weeks)) for weeks in config.growth}
    names = list(stages[config.growth[0]])
    paused = [f"{name}{PAUSED}" for name in _PAUSED_STAGES]
    samples: dict[tuple[str, int], list[float]] = {
        (name, weeks): [] for name in [*names, *paused] for weeks in config.growth
    }
    for _ in range(config.warmup):
        for runs in stages.values():
            for run in runs.values():
                run()
    for index in range(config.growth_rounds):
        # Sizes in alternating order, so that drift does not favour the short or the long plans.
        order = config.growth if index % 2 == 0 else tuple(reversed(config.growth))
        for weeks in order:
            for name in names:
                samples[(name, weeks)].append(timed(stages[weeks][name]))
            for name in _PAUSED_STAGES:
                run = stages[weeks][name]
                samples[(f"{name}{PAUSED}", weeks)].append(timed(run, pause_gc=True))
    seconds = {
        name: tuple(statistics.median(samples[(name, weeks)]) for weeks in config.growth)
        for name in [*names, *paused]
    }
    return Growth(weeks=config.growth, seconds=seconds), stages[config.growth[-1]]


def profile(stage: str, run: Callable[[], object], *, weeks: int, top: int = 15) -> Profile:
    """cProfile one call of a stage; its busiest functions and where its time goes."""
    profiler = cProfile.Profile()
    profiler.enable()
    run()
    profiler.disable()
    # The raw table: get_stats_profile() rounds every time to the millisecond.
    raw: dict[tuple[str, int, str], tuple[Any, ...]] = getattr(pstats.Stats(profiler), "stats")  # noqa: B009 - not in the stubs
    rows = sorted(raw.items(), key=lambda kv: -float(kv[1][2]))
    entries = tuple(
        (f"{_short(file)}:{line}({name})", int(calls), float(own), float(cumulative))
        for (file, line, name), (_, calls, own, cumulative, _) in rows[:top]
    )
    packages: dict[str, float] = {}
    for (file, _, _), (_, _, own, _, _) in rows:
        packages[_package(file)] = packages.get(_package(file), 0.0) + float(own)
    by_package = tuple(sorted(packages.items(), key=lambda kv: -kv[1]))
    total = sum(packages.values())
    return Profile(stage=stage, weeks=weeks, total=total, entries=entries, by_package=by_package)


def _short(file_name: str) -> str:
    """A path from its package on (site-packages, the standard library, the checkout dropped)."""
    path = file_name.replace("\\", "/")
    for marker in ("/site-packages/", _STDLIB, f"{ROOT.as_posix()}/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def _package(file_name: str) -> str:
    path = file_name.replace("\\", "/")
    if path.startswith(("~", "<")):
        return "(builtins)"
    if _STDLIB in path:
        return "(stdlib)"
    head = _short(path).split("/", 1)[0]
    return head.removesuffix(".py")
