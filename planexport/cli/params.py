"""Arguments and options several commands share: `Annotated` aliases and the scheduling options."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Optional

import typer

from planexport.cli.app import Command
from planexport.cli.settings import _current_context
from planexport.export.todoist_limits import MAX_TASKS, ROOM_MAX

if TYPE_CHECKING:
    from planexport.scheduling import ScheduleOptions


PlanPaths = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer reads these annotations at run time on Python 3.10
    typer.Argument(
        metavar="PLAN",
        help="Plan files (.md, .yaml, .yml, .json) or folders of them; several run as "
        "consecutive weeks. Default: the plans of planexport.toml.",
        show_default=False,
    ),
]


def _output_help(default: str) -> str:
    return f"File to write; '-' for standard output. Default: {default}."


# `-o/--output`, each with what its command writes to when it is not given.
IcsOutput = Annotated[
    Optional[Path],  # noqa: UP045 - typer reads these annotations at run time on Python 3.10
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help=_output_help("FIRST-PLAN.ics in the current folder"),
        show_default=False,
    ),
]
CsvOutput = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--output", "-o", metavar="FILE", help=_output_help("standard output"), show_default=False
    ),
]
HtmlOutput = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help=_output_help("FIRST-PLAN.html in the current folder"),
        show_default=False,
    ),
]


def _not_negative(value: int | None) -> int | None:
    """A count of minutes: 0 or more, checked before any work is done."""
    if value is not None and value < 0:
        raise typer.BadParameter("must be at least 0")
    return value


# Options that several commands share.
AlarmOpt = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option(
        metavar="MIN",
        callback=_not_negative,
        help="A reminder MIN minutes before each block. Default: none.",
        show_default=False,
    ),
]
CalendarNameOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        metavar="TEXT", help="Calendar name. Default: the plans' titles.", show_default=False
    ),
]
DayEventsOpt = Annotated[
    bool, typer.Option("--day-events", help="An all-day event per day with its focus.")
]
GoalsOpt = Annotated[
    bool, typer.Option("--goals", help="The week's goals as an all-day event on its first day.")
]
RefreshOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        metavar="DURATION",
        help="How often subscribed apps should fetch the feed again: 1h, 30m, 1d or PT1H. "
        "Default: 1h.",
        show_default=False,
    ),
]


class Priority(str, Enum):
    p1 = "p1"
    p2 = "p2"
    p3 = "p3"
    p4 = "p4"


class Items(str, Enum):
    subtasks = "subtasks"
    description = "description"


class Sections(str, Enum):
    day = "day"
    week = "week"


class Labels(str, Enum):
    plan = "plan"
    kind = "kind"
    none = "none"


PriorityOpt = Annotated[
    Priority,
    typer.Option(help="Priority of the block tasks: p1 (most urgent) to p4 (normal)."),
]
ItemsOpt = Annotated[
    Items,
    typer.Option(help="A block's items as nested subtasks, or as a list in its description."),
]
SectionsOpt = Annotated[
    Optional[Sections],  # noqa: UP045
    typer.Option(
        help="A section per day or per week. Default: per day, per week beyond 20 days.",
        show_default=False,
    ),
]
LabelsOpt = Annotated[
    Labels,
    typer.Option(
        help="Labels on block tasks: the plan's id, plus block titles that recur across days "
        "(kind), or none."
    ),
]


def _room(help_text: str, **more: Any) -> Any:
    """`--room`: the same bounds wherever it is taken (Todoist's limit, less one to push)."""
    return typer.Option(min=0, max=ROOM_MAX, metavar="N", help=help_text, **more)


def _ahead(help_text: str, **more: Any) -> Any:
    """`--ahead`: the same bounds wherever it is taken."""
    return typer.Option(min=0, metavar="DAYS", help=help_text, **more)


RoomOpt = Annotated[
    int,
    _room(f"Active tasks to leave free in the project for your own (Todoist allows {MAX_TASKS})."),
]
AheadOpt = Annotated[
    int, _ahead("Days to push at most, from the current week's start; 0: as many as fit.")
]
# The Todoist options `init` records: unset unless given, and giving one implies --todoist.
LabelsSetting = Annotated[
    Optional[Labels],  # noqa: UP045
    typer.Option(help="Labels on the Todoist tasks (implies --todoist).", show_default=False),
]
RoomSetting = Annotated[
    Optional[int],  # noqa: UP045
    _room(
        "Active Todoist tasks to leave free for your own (implies --todoist).",
        show_default=False,
    ),
]
AheadSetting = Annotated[
    Optional[int],  # noqa: UP045
    _ahead(
        "Days pushed to Todoist at most; 0: as many as fit (implies --todoist).",
        show_default=False,
    ),
]
FixedZoneOpt = Annotated[
    bool,
    typer.Option(
        "--fixed-zone",
        help="Pin due times to the schedule's time zone. Default: floating local time.",
    ),
]


_PANEL = "Scheduling"


def _scheduling(metavar: str, help_text: str, **more: Any) -> Any:
    """A scheduling option: in its own help panel, its default said in its help when it has one."""
    return typer.Option(
        metavar=metavar, help=help_text, show_default=False, rich_help_panel=_PANEL, **more
    )


# The scheduling options: every command that lays plans out takes these, last, declared once in
# `Scheduling` below and added to the command by `Scheduled`.
StartOpt = Annotated[
    Optional[str],  # noqa: UP045 - typer reads these annotations at run time on Python 3.10
    _scheduling(
        "DATE",
        "Date of Day 1: ISO (2026-11-30) or natural ('next monday'). "
        "Default: the coming Monday (today on a Monday).",
    ),
]
TzOpt = Annotated[
    Optional[str],  # noqa: UP045
    _scheduling("ZONE", "IANA time zone (Europe/Berlin). Default: the system's zone."),
]
HoursOpt = Annotated[
    Optional[str],  # noqa: UP045
    _scheduling(
        "HOURS",
        "Which plan to follow, by its hours: '4', or per weekday '4,sat-sun=6'. "
        "Default: each day's shortest plan.",
    ),
]
DayStartOpt = Annotated[
    str,
    typer.Option(metavar="HH:MM", help="Earliest start of a block.", rich_help_panel=_PANEL),
]
DayEndOpt = Annotated[
    str, typer.Option(metavar="HH:MM", help="Latest end of a block.", rich_help_panel=_PANEL)
]
DurationsOpt = Annotated[
    str,
    typer.Option(
        metavar="min|max|mid|fit",
        help="How a range (60–75 min) becomes minutes: min, max, mid or fit "
        "(spread the day's budget over the ranges).",
        rich_help_panel=_PANEL,
    ),
]
BreakOpt = Annotated[
    int,
    typer.Option(
        "--break",
        metavar="MIN",
        callback=_not_negative,
        help="Minutes between blocks (0 or more).",
        rich_help_panel=_PANEL,
    ),
]
RestOpt = Annotated[
    Optional[str],  # noqa: UP045
    _scheduling("DAYS", "Weekdays with no study, e.g. 'sun' or 'sat,sun'; plan days move on."),
]
BusyOpt = Annotated[
    Optional[list[Path]],  # noqa: UP045
    _scheduling("FILE.ics", "An .ics calendar whose events blocks must not overlap (repeatable)."),
]


class Carry(str, Enum):
    shift = "shift"
    fill = "fill"


CarryOverOpt = Annotated[
    Optional[Carry],  # noqa: UP045
    typer.Option(
        "--carry-over",
        help="Carry blocks missed by now over: shift (the plan moves on) or fill (spare time "
        "in the next 14 days). Default: leave them where they were.",
        show_default=False,
        rich_help_panel=_PANEL,
    ),
]
NowOpt = Annotated[
    Optional[str],  # noqa: UP045
    _scheduling(
        "DATETIME",
        "The moment to plan and judge progress from, e.g. '2026-12-02 12:00' "
        "(also PLANEXPORT_NOW). Default: the current time.",
        envvar="PLANEXPORT_NOW",
    ),
]
StrictOpt = Annotated[
    bool,
    typer.Option(
        "--strict", help="Exit 1 when a block does not fit or overlaps.", rich_help_panel=_PANEL
    ),
]


@dataclass(frozen=True, kw_only=True)
class Scheduling:
    """The scheduling options of one run, as typed (or as planexport.toml sets them).

    Declared once, here: typer builds the options from these fields (see `Scheduled`).
    """

    start: StartOpt = None
    tz: TzOpt = None
    hours: HoursOpt = None
    day_start: DayStartOpt = "09:00"
    day_end: DayEndOpt = "21:00"
    durations: DurationsOpt = "fit"
    break_minutes: BreakOpt = 10
    rest: RestOpt = None
    busy: BusyOpt = None
    strict: StrictOpt = False
    now: NowOpt = None
    carry_over: CarryOverOpt = None

    def moment(self) -> dt.datetime:
        """`--now` in the schedule's zone; the clock's when it is not given."""
        return moment(self.now, tz=self.tz)

    def options(self, *, now: dt.datetime | None = None) -> ScheduleOptions:
        """The options as the library takes them; a past start is pointed out (in a terminal).

        `now` (from `moment`) is the day relative starts count from; else the clock's.
        """
        from planexport.options import options_from_strings

        given = dataclasses.asdict(self)
        for name in _NOT_OPTIONS:
            del given[name]
        options = options_from_strings(**given, today=now.date() if now is not None else None)
        _warn_past_start(options, now=now)
        return options

    def resolve(self) -> tuple[dt.datetime, ScheduleOptions]:
        """The moment to plan from and the options, the start counted from that moment."""
        at = self.moment()
        return at, self.options(now=at)


_NOT_OPTIONS = ("strict", "now", "carry_over")
"""Scheduling fields the CLI acts on itself: not part of the library's `ScheduleOptions`."""


_GIVEN = "planexport.scheduling"
"""Where a `Scheduled` command keeps the run's scheduling options in its context's `meta`."""


class Scheduled(Command):
    """A command that takes the scheduling options after its own, in their help panel.

    Typer builds the options from `Scheduling`'s fields (a one-command app of it, through
    typer's public `get_command`); this command adds them to its parameters and, when it runs,
    makes a `Scheduling` of their values and hands the rest to the command's function, which
    reads that with `scheduling()`.
    """

    leave_out: ClassVar[tuple[str, ...]] = ()
    """Scheduling options this kind of command does not take."""

    def __init__(
        self,
        *args: Any,
        params: list[Any] | None = None,
        callback: Callable[..., Any] | None = None,
        **kwargs: Any,
    ) -> None:
        built = _scheduling_command()
        taken = [p for p in built.params if p.name not in self.leave_out]
        names = {p.name for p in taken}
        collect = built.callback
        assert collect is not None  # typer gives every command its function's wrapper

        def run(**values: Any) -> Any:
            # Every field is passed, those this command does not take at their defaults: the
            # collector is shared, and must not keep a value from an earlier run.
            given = {
                name: values.pop(name) if name in names else default
                for name, default in _DEFAULTS.items()
            }
            _current_context().meta[_GIVEN] = collect(**given)
            return callback(**values) if callback is not None else None

        super().__init__(*args, params=[*(params or []), *taken], callback=run, **kwargs)


@functools.cache
def _scheduling_command() -> Any:
    """The scheduling options as typer builds them, once per process (it takes a while)."""
    import typer.main

    collector = typer.Typer(add_completion=False)
    collector.command()(Scheduling)
    return typer.main.get_command(collector)


_DEFAULTS = {field.name: field.default for field in dataclasses.fields(Scheduling)}


class ScheduledByClock(Scheduled):
    """A command that always plans from the current time (`serve` rebuilds as time goes by)."""

    leave_out = ("now",)


class SchedulingDefaults(Scheduled):
    """A command that records the scheduling settings (`init`): no --strict, --now, --carry-over."""

    leave_out = ("strict", "now", "carry_over")


def scheduling() -> Scheduling:
    """The running `Scheduled` command's scheduling options."""
    ctx = _current_context()
    found = ctx.meta.get(_GIVEN) if ctx is not None else None
    if not isinstance(found, Scheduling):
        raise RuntimeError("scheduling() is for commands declared with cls=Scheduled")
    return found


def moment(text: str | None, *, tz: str | None) -> dt.datetime:
    """`--now` read in the schedule's zone (`tz`, else the system's); the clock's when None."""
    from planexport.errors import OptionsError
    from planexport.scheduling import system_zone, zone_info

    name = tz.strip() if tz is not None else system_zone()
    try:
        zone = zone_info(name)
    except OptionsError:
        # `Scheduling.options` words an unknown zone the way users expect; read now in UTC first.
        name, zone = "UTC", zone_info("UTC")
    if text is None:
        return dt.datetime.now(zone)  # the clock's time: nothing to parse, no parser to load
    from planexport.progress import parse_now

    return parse_now(text, tz=name)


def _interactive() -> bool:
    """Whether a person reads stderr (warnings meant only for people go there)."""
    return sys.stderr.isatty()


def _warn_past_start(options: ScheduleOptions, *, now: dt.datetime | None) -> None:
    """A start date in the past is usually a typo (last year's date); say so, in a terminal.

    Scripts that re-export a past week on purpose get no noise: the warning needs a terminal.
    """
    if options.start is None or options.tz is None or not _interactive():
        return
    from zoneinfo import ZoneInfo

    today = now.date() if now is not None else dt.datetime.now(ZoneInfo(options.tz)).date()
    if options.start < today:
        days = (today - options.start).days
        typer.echo(
            f"planexport: warning: --start {options.start.isoformat()} is in the past "
            f"({days} day{'' if days == 1 else 's'} ago)",
            err=True,
        )
