"""The command line: parse arguments, call the library, print, map errors to exit codes."""

from __future__ import annotations

import functools
import inspect
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from planexport import __version__
from planexport.errors import PlanexportError

if TYPE_CHECKING:
    from rich.console import Console

    from planexport.model import Plan
    from planexport.scheduling import Schedule, ScheduleOptions

F = TypeVar("F", bound=Callable[..., Any])


# Typer's own exits and usage errors; its click base class moved between typer versions.
_PASS_THROUGH: tuple[type[BaseException], ...] = (
    typer.Exit,
    typer.Abort,
    next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"),
)


class _Argument(TyperArgument):
    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # its name (PLAN) says what it is; "<list[Path]>" is Python, not help


class _Option(TyperOption):
    def display_type_rich(self, ctx: Any) -> str | None:
        # A flag takes no value: typer's "<bool>" beside every flag reads as if it did.
        return None if self.is_flag else super().display_type_rich(ctx)

    def _get_number_range_help_str(self) -> str | None:
        return None  # "[x>=0]" is notation; the help text and the error say it in words


def _plain_help(params: list[Any]) -> list[Any]:
    """The parameters, shown in help without typer's type labels."""
    for param in params:
        if type(param) is TyperArgument:
            param.__class__ = _Argument
        elif type(param) is TyperOption:
            param.__class__ = _Option
    return params


class _Command(TyperCommand):
    """A command whose help lists options without type labels."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_help(super().get_params(ctx))


class _Group(TyperGroup):
    """A command group that turns planexport's errors into one line on stderr and an exit code."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_help(super().get_params(ctx))

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        def run(standalone: bool) -> Any:
            return super(_Group, self).main(
                args,
                prog_name,
                complete_var,
                standalone_mode=standalone,
                windows_expand_args=windows_expand_args,
                **extra,
            )

        if not standalone_mode:
            return run(False)
        # Typer prints a usage error as a usage line, a hint and a boxed message; planexport's
        # errors are one line on stderr, whoever finds them.
        try:
            code = run(False)
        except _USAGE_ERROR as error:
            if type(error).__name__ == "NoArgsIsHelpError":  # the help is the message
                sys.exit(2)
            sys.exit(_usage_line(error))
        except _CLICK_ABORT:
            typer.echo("planexport: aborted", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: Any) -> Any:  # typer.Context; its base class is private
        try:
            return super().invoke(ctx)
        except PlanexportError as error:
            if _verbose(ctx):
                import traceback

                traceback.print_exc(file=sys.stderr)
            typer.echo(f"planexport: {error}" if error.file is None else str(error), err=True)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("planexport: interrupted", err=True)
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # The reader went away (`planexport ... -o - | head`): stop quietly, as cat does.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(141) from None
        except _PASS_THROUGH:
            raise
        except Exception as error:
            if _verbose(ctx):
                raise
            typer.echo(
                f"planexport: unexpected error: {type(error).__name__}: {error} "
                "(run with --verbose for details)",
                err=True,
            )
            raise typer.Exit(1) from None


_USAGE_ERROR: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
)
_CLICK_ABORT: type[BaseException] = typer.Abort


def _usage_line(error: Any) -> int:
    """Print a usage error as one line (`planexport show: no such option: --shedule ...`)."""
    ctx = getattr(error, "ctx", None)
    where = ctx.command_path if ctx is not None else "planexport"
    possible = [p for p in getattr(error, "possibilities", None) or () if p != "--help"]
    if getattr(error, "option_name", None) and type(error).__name__ == "NoSuchOption":
        # click lists --help among the "possible options"; a user who misspelt --shedule
        # wants only --schedule.
        message = f"no such option: {error.option_name}"
        if possible:
            message += f"; did you mean {' or '.join(sorted(possible))}?"
    else:
        message = " ".join(error.format_message().split()).rstrip(".")
        # Typer words some checks in pydantic's terms; say them in a user's.
        for theirs, ours in _PLAIN_WORDS:
            message = message.replace(theirs, ours)
        message = message[:1].lower() + message[1:]
    hint = f" (see '{where} --help')" if ctx is not None else ""
    typer.echo(f"{where}: {message}{hint}", err=True)
    return int(error.exit_code)


_PLAIN_WORDS = (
    ("Input should be greater than or equal to", "must be at least"),
    ("Input should be a valid integer, unable to parse string as an integer", "not a whole number"),
    ("Input should be a valid integer", "not a whole number"),
    ("Value error, ", ""),
    (". Did you mean", "; did you mean"),
)


def _verbose(ctx: typer.Context) -> bool:
    root = ctx.find_root()
    return bool(isinstance(root.obj, dict) and root.obj.get("verbose"))


app = typer.Typer(
    cls=_Group,
    name="planexport",
    help="Turn Markdown study-week plans into calendar time blocks (.ics, CalDAV), Todoist "
    "tasks and an HTML picture of the week.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)
export_app = typer.Typer(
    cls=_Group, help="Write a schedule to a file (.ics, Todoist CSV).", no_args_is_help=True
)
push_app = typer.Typer(
    cls=_Group, help="Send a schedule to a service (Todoist, CalDAV).", no_args_is_help=True
)
app.add_typer(export_app, name="export")
app.add_typer(push_app, name="push")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"planexport {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    *,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show details (a traceback) with errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn Markdown study-week plans into calendar time blocks, Todoist tasks and a picture."""
    ctx.obj = {"verbose": verbose}


# ---------------------------------------------------------------------------------------------
# Shared arguments and options

PlanPaths = Annotated[
    list[Path],
    typer.Argument(
        metavar="PLAN",
        help="Plan files (.md, .yaml, .yml, .json); several run as consecutive weeks.",
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

# Options that several commands share.
AlarmOpt = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option(
        min=0,
        metavar="MIN",
        help="A reminder MIN minutes before each block. Default: none.",
        show_default=False,
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


_PANEL = "Scheduling"


def _scheduling(
    name: str, kind: Any, default: Any, *decls: str, **option: Any
) -> inspect.Parameter:
    """One scheduling option, as a keyword-only parameter that typer reads off the signature."""
    option.setdefault("show_default", default is not None and default is not False)
    return inspect.Parameter(
        name,
        inspect.Parameter.KEYWORD_ONLY,
        default=default,
        annotation=Annotated[kind, typer.Option(*decls, rich_help_panel=_PANEL, **option)],
    )


_SCHEDULING_PARAMS = [
    _scheduling(
        "start",
        Optional[str],  # noqa: UP045 - typer reads these annotations at run time on Python 3.10
        None,
        metavar="DATE",
        help="Date of Day 1: ISO (2026-11-30) or natural ('next monday'). "
        "Default: the coming Monday (today on a Monday).",
    ),
    _scheduling(
        "tz",
        Optional[str],  # noqa: UP045
        None,
        metavar="ZONE",
        help="IANA time zone (Europe/Berlin). Default: the system's zone.",
    ),
    _scheduling(
        "hours",
        Optional[str],  # noqa: UP045
        None,
        metavar="HOURS",
        help="Which plan to follow, by its hours: '4', or per weekday '4,sat-sun=6'. "
        "Default: each day's shortest plan.",
    ),
    _scheduling("day_start", str, "09:00", metavar="HH:MM", help="Earliest start of a block."),
    _scheduling("day_end", str, "21:00", metavar="HH:MM", help="Latest end of a block."),
    _scheduling(
        "durations",
        str,
        "fit",
        metavar="min|max|mid|fit",
        help="How a range (60–75 min) becomes minutes: min, max, mid or fit "
        "(spread the day's budget over the ranges).",
    ),
    _scheduling(
        "break_minutes",
        int,
        10,
        "--break",
        min=0,
        metavar="MIN",
        help="Minutes between blocks (0 or more).",
    ),
    _scheduling(
        "rest",
        Optional[str],  # noqa: UP045
        None,
        metavar="DAYS",
        help="Weekdays with no study, e.g. 'sun' or 'sat,sun'; plan days move on.",
    ),
    _scheduling(
        "busy",
        Optional[list[Path]],  # noqa: UP045
        None,
        metavar="FILE.ics",
        help="An .ics calendar whose events blocks must not overlap (repeatable).",
    ),
    _scheduling(
        "strict", bool, False, "--strict", help="Exit 1 when a block does not fit its day."
    ),
]
_SCHEDULING_NAMES = [p.name for p in _SCHEDULING_PARAMS]


def scheduling_options(func: F) -> F:
    """Give a command the scheduling options; it receives them as `options: ScheduleOptions`.

    The command also receives `strict: bool`, to pass to `_report_unplaced`.
    """
    signature = inspect.signature(func)
    # typer reads the annotations off the signature: evaluate the command's own ones here
    # (`options` and `strict` are filled in by the wrapper and never reach typer).
    own = [
        p.replace(annotation=eval(p.annotation, func.__globals__))
        if isinstance(p.annotation, str)
        else p
        for p in signature.parameters.values()
        if p.name not in ("options", "strict")
    ]

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from planexport.scheduling import options_from_strings

        values = {name: kwargs.pop(name) for name in _SCHEDULING_NAMES}
        strict = values.pop("strict")
        options = options_from_strings(**values)
        _warn_past_start(options)
        return func(*args, options=options, strict=strict, **kwargs)

    wrapper.__annotations__ = {p.name: p.annotation for p in own}
    wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*own, *_SCHEDULING_PARAMS]
    )
    return wrapper  # type: ignore[return-value]


def _interactive() -> bool:
    """Whether a person reads stderr (warnings meant only for people go there)."""
    return sys.stderr.isatty()


def _warn_past_start(options: ScheduleOptions) -> None:
    """A start date in the past is usually a typo (last year's date); say so, in a terminal.

    Scripts that re-export a past week on purpose get no noise: the warning needs a terminal.
    """
    if options.start is None or options.tz is None or not _interactive():
        return
    import datetime as dt
    from zoneinfo import ZoneInfo

    today = dt.datetime.now(ZoneInfo(options.tz)).date()
    if options.start < today:
        days = (today - options.start).days
        typer.echo(
            f"planexport: warning: --start {options.start.isoformat()} is in the past "
            f"({days} day{'' if days == 1 else 's'} ago)",
            err=True,
        )


def _console(*, stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _load_plans(paths: Sequence[Path]) -> list[Plan]:
    from planexport.plan_ids import check_plan_ids

    plans = [_load_plan(path) for path in paths]
    for warning in check_plan_ids(paths, plans):
        typer.echo(f"planexport: warning: {warning}", err=True)
    return plans


def _load_plan(path: Path) -> Plan:
    """Read a plan; a file that is no plan at all (a calendar, a PDF) is named as such."""
    from planexport.errors import PlanError
    from planexport.reader import load

    try:
        return load(path)
    except PlanError as error:
        reason = _not_a_plan(path)
        if reason is None:
            raise
        raise PlanError(reason, file=path) from error


_CALENDAR_SUFFIXES = (".ics", ".ical", ".ifb", ".vcs")


def _not_a_plan(path: Path) -> str | None:
    """Why `path` cannot be a plan whatever its content, or None when it may be a broken one.

    Without this, a calendar or a PDF passed as a plan reads as Markdown with "no days found".
    """
    if path.suffix.lower() in _CALENDAR_SUFFIXES:
        return "a calendar, not a plan (to plan around its events, pass it to --busy)"
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    if head.startswith(b"BEGIN:VCALENDAR"):
        return "a calendar, not a plan (to plan around its events, pass it to --busy)"
    if head.startswith(b"%PDF") or head.startswith(b"PK\x03\x04") or b"\x00" in head:
        return "not a text file; plans are Markdown (.md), YAML (.yaml, .yml) or JSON (.json)"
    return None


def _schedule(plans: Sequence[Plan], options: ScheduleOptions, *, strict: bool) -> Schedule:
    """Schedule, print warnings and blocks that did not fit; exit 1 on those under --strict."""
    from planexport.scheduling import schedule

    result = schedule(plans, options)
    for warning in result.warnings:
        typer.echo(f"planexport: warning: {warning}", err=True)
    for unplaced in result.unplaced:
        typer.echo(f"planexport: not scheduled: {unplaced}", err=True)
    if strict and result.unplaced:
        typer.echo(f"planexport: {len(result.unplaced)} block(s) did not fit (--strict)", err=True)
        raise typer.Exit(1)
    return result


def _write_output(data: bytes, output: Path | None, default: Path | None) -> None:
    """Write to `output` ('-' is stdout), else `default`, else stdout; say where on stderr."""
    target = output if output is not None else default
    if target is None or str(target) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from planexport.fileio import write_atomic

    folder = target.parent
    if not folder.is_dir():
        # The system's "No such file or directory" leaves the user guessing which is missing.
        raise PlanexportError(f"cannot write: there is no folder {folder}", file=target)
    write_atomic(target, data)
    typer.echo(f"wrote {target}", err=True)


# ---------------------------------------------------------------------------------------------
# Commands


_WOULD = {
    "create": "create {}",
    "update": "update {}",
    "move": "move {}",
    "delete": "delete {}",
    "unchanged": "leave {} unchanged",
    "completed": "leave {} completed alone",
    "kept": "keep {} not in the plan (--prune deletes them)",
}


def _would(actions: Iterable[str]) -> str:
    """What a dry run would do, as a sentence: `would create 3, leave 20 unchanged`."""
    counts = Counter(actions)
    parts = [word.format(counts[a]) for a, word in _WOULD.items() if counts[a]]
    parts += [f"{a} {n}" for a, n in counts.items() if a not in _WOULD]
    return "would " + ", ".join(parts) if parts else "nothing to do"


@app.command(cls=_Command)
@scheduling_options
def show(
    plans: PlanPaths,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    with_schedule: Annotated[
        bool, typer.Option("--schedule", help="Lay the plan out on dates and times.")
    ] = False,
    options: ScheduleOptions,
    strict: bool,
) -> None:
    """Print plans as tables of days and blocks, or as a week of dates and times."""
    loaded = _load_plans(plans)
    if with_schedule:
        result = _schedule(loaded, options, strict=strict)
        if as_json:
            from planexport.render import schedule_json

            typer.echo(json.dumps(schedule_json(result), indent=2, ensure_ascii=False))
        else:
            from planexport.render import schedule_table

            _console().print(schedule_table(result))
        return
    if as_json:
        data = [plan.model_dump(mode="json") for plan in loaded]
        typer.echo(json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False))
        return
    from planexport.render import plan_table

    console = _console()
    for plan in loaded:
        console.print(plan_table(plan))


@app.command(cls=_Command)
def validate(plans: PlanPaths) -> None:
    """Check plans; print a one-line summary of each good file, or the errors."""
    from planexport.errors import PlanError

    failed: PlanError | None = None
    for path in plans:
        try:
            plan = _load_plan(path)
        except PlanError as error:
            typer.echo(str(error), err=True)
            failed = error
            continue
        variants = [v for d in plan.days for v in d.variants]
        blocks = sum(len(v.blocks) for v in variants)
        hours = ", ".join(f"{h:g}h" for h in plan.hours) or "no study"
        # Minutes per choice of --hours: a sum over every plan of every day (4h and 6h together)
        # is no week anyone studies.
        weeks = []
        for h in plan.hours:
            chosen = [v for v in (d.variant(h) for d in plan.days) if v is not None]
            low, high = sum(v.min_minutes for v in chosen), sum(v.max_minutes for v in chosen)
            weeks.append(f"{_span(low, high)} min with --hours {h:g}")
        typer.echo(
            f"{path}: ok: {plan.id} '{plan.title}', {len(plan.days)} days, "
            f"{blocks} blocks in {len(variants)} plans ({hours})"
            + (f"; study {', '.join(weeks)}" if weeks else "")
        )
    if failed is not None:
        raise typer.Exit(failed.exit_code)


def _span(low: int, high: int) -> str:
    return f"{low}–{high}" if low != high else str(low)


@app.command(cls=_Command)
def schema() -> None:
    """Print the JSON Schema of a plan (the YAML/JSON plan file format)."""
    from planexport.model import Plan

    typer.echo(json.dumps(Plan.model_json_schema(), indent=2))


class _Priority(str, Enum):
    p1 = "p1"
    p2 = "p2"
    p3 = "p3"
    p4 = "p4"


class _Items(str, Enum):
    subtasks = "subtasks"
    description = "description"


class _Sections(str, Enum):
    day = "day"
    week = "week"


PriorityOpt = Annotated[
    _Priority,
    typer.Option(help="Priority of the block tasks: p1 (most urgent) to p4 (normal)."),
]
ItemsOpt = Annotated[
    _Items,
    typer.Option(help="A block's items as nested subtasks, or as a list in its description."),
]
SectionsOpt = Annotated[
    Optional[_Sections],  # noqa: UP045
    typer.Option(
        help="A section per day or per week. Default: per day, per week beyond 20 days.",
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


@push_app.command("todoist", cls=_Command)
@scheduling_options
def push_todoist(
    plans: PlanPaths,
    *,
    project: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="NAME",
            help="One project for every plan. Default: a project per plan, named by its title.",
            show_default=False,
        ),
    ] = None,
    priority: PriorityOpt = _Priority.p4,
    items: ItemsOpt = _Items.subtasks,
    sections: SectionsOpt = None,
    fixed_zone: FixedZoneOpt = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the changes; send nothing.")
    ] = False,
    prune: Annotated[
        bool,
        typer.Option(
            "--prune", help="Delete tasks and sections planexport made that the plan dropped."
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")
    ] = False,
    options: ScheduleOptions,
    strict: bool,
) -> None:
    """Create or update Todoist tasks for the plans (token: TODOIST_API_TOKEN)."""
    from planexport.export.todoist import DEFAULT_URL, TOKEN_ENV, URL_ENV, TodoistOptions
    from planexport.export.todoist import push_todoist as push

    loaded = _load_plans(plans)
    result = _schedule(loaded, options, strict=strict)
    todoist_options = TodoistOptions(
        project=project,
        priority=priority.value,
        items=items.value,
        sections=sections.value if sections is not None else None,
        fixed_zone=fixed_zone,
        prune=prune,
    )
    token = os.environ.get(TOKEN_ENV)
    base_url = os.environ.get(URL_ENV) or DEFAULT_URL
    if quiet or dry_run or not sys.stderr.isatty():
        pushed = push(
            result, token=token, options=todoist_options, base_url=base_url, dry_run=dry_run
        )
    else:
        from rich.progress import Progress

        with Progress(console=_console(stderr=True), transient=True) as bar:
            job = bar.add_task("Sending to Todoist", total=None)

            def advance(done: int, total: int) -> None:
                bar.update(job, completed=done, total=total)

            pushed = push(
                result,
                token=token,
                options=todoist_options,
                base_url=base_url,
                progress=advance,
            )
    if dry_run:
        for change in pushed.plan.changes:
            typer.echo(str(change))
        typer.echo(f"dry run, nothing sent: {_would(c.action for c in pushed.plan.changes)}")
    elif not quiet:
        plural = "" if pushed.batches == 1 else "s"
        typer.echo(f"todoist: {pushed.plan.summary()} ({pushed.batches} sync request{plural})")


@export_app.command("ics", cls=_Command)
@scheduling_options
def export_ics(
    plans: PlanPaths,
    *,
    output: IcsOutput = None,
    calendar_name: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="TEXT", help="Calendar name. Default: the plans' titles.", show_default=False
        ),
    ] = None,
    alarm: AlarmOpt = None,
    day_events: DayEventsOpt = False,
    goals: GoalsOpt = False,
    feed: Annotated[
        bool,
        typer.Option(
            "--feed",
            help="A feed to subscribe to: current blocks only, no cancelled events, refresh hints.",
        ),
    ] = False,
    refresh: RefreshOpt = None,
    options: ScheduleOptions,
    strict: bool,
) -> None:
    """Write an iCalendar file (default: FIRST-PLAN.ics here); writing over one updates it."""
    from planexport.errors import CalendarError, OptionsError
    from planexport.export.feed import DEFAULT_REFRESH, parse_refresh, to_feed
    from planexport.export.ics import to_ics

    if refresh is not None and not feed:
        raise OptionsError("--refresh goes with --feed: an import file carries no refresh hints")
    every = parse_refresh(refresh) if refresh is not None else DEFAULT_REFRESH

    result = _schedule(_load_plans(plans), options, strict=strict)
    target = output if output is not None else Path(f"{plans[0].stem}.ics")
    previous: bytes | None = None
    if str(target) != "-" and target.exists():
        try:
            previous = target.read_bytes()
        except OSError as error:
            raise CalendarError(f"cannot read: {error.strerror or error}", file=target) from None
    try:
        if feed:
            data = to_feed(
                result,
                calendar_name=calendar_name,
                alarm_minutes=alarm,
                day_events=day_events,
                goals=goals,
                refresh=every,
                previous=previous,
            )
        else:
            data = to_ics(
                result,
                calendar_name=calendar_name,
                alarm_minutes=alarm,
                day_events=day_events,
                goals=goals,
                previous=previous,
            )
    except CalendarError as error:
        raise CalendarError(
            f"{error.reason}; remove it or choose another --output", file=target
        ) from None
    _write_output(data, target, None)


@export_app.command("todoist-csv", cls=_Command)
@scheduling_options
def export_todoist_csv(
    plans: PlanPaths,
    *,
    output: CsvOutput = None,
    priority: PriorityOpt = _Priority.p4,
    items: ItemsOpt = _Items.subtasks,
    sections: SectionsOpt = None,
    fixed_zone: FixedZoneOpt = False,
    options: ScheduleOptions,
    strict: bool,
) -> None:
    """Write a Todoist CSV template (import it into a project; no token needed)."""
    from planexport.export.csv import to_todoist_csv

    result = _schedule(_load_plans(plans), options, strict=strict)
    data = to_todoist_csv(
        result,
        priority=priority.value,
        items=items.value,
        sections=sections.value if sections is not None else None,
        fixed_zone=fixed_zone,
    )
    _write_output(data, output, None)


@app.command(cls=_Command)
@scheduling_options
def preview(
    plans: PlanPaths,
    *,
    output: HtmlOutput = None,
    title: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="TEXT", help="The page's title. Default: the plans' titles.", show_default=False
        ),
    ] = None,
    options: ScheduleOptions,
    strict: bool,
) -> None:
    """Draw the week as a calendar in one HTML file, nothing to load (default: FIRST-PLAN.html)."""
    from planexport.export.html import to_html

    result = _schedule(_load_plans(plans), options, strict=strict)
    page = to_html(result, title=title).encode("utf-8")
    _write_output(page, output, Path(f"{plans[0].stem}.html"))


@push_app.command("caldav", cls=_Command)
@scheduling_options
def push_caldav(
    plans: PlanPaths,
    *,
    url: Annotated[
        str,
        typer.Option(
            metavar="URL",
            help="The CalDAV server's URL, e.g. https://dav.example.com/ (http:// or https://).",
            show_default=False,
        ),
    ],
    calendar: Annotated[
        str,
        typer.Option(
            metavar="NAME", help="The calendar's name; created when missing.", show_default=False
        ),
    ],
    user: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="USER",
            help="User name; the password comes from PLANEXPORT_CALDAV_PASSWORD.",
            show_default=False,
        ),
    ] = None,
    alarm: AlarmOpt = None,
    day_events: DayEventsOpt = False,
    goals: GoalsOpt = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the changes; write nothing.")
    ] = False,
    prune: Annotated[
        bool,
        typer.Option(
            "--prune", help="Delete events planexport put there that the plan no longer has."
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
    jobs: Annotated[
        int,
        typer.Option(
            min=1, max=32, metavar="N", help="Writes in flight at once (1 sends one at a time)."
        ),
    ] = 4,
    options: ScheduleOptions,
    strict: bool,
) -> None:
    """Create or update the plan's events in a CalDAV calendar (PLANEXPORT_CALDAV_PASSWORD)."""
    from planexport.export.caldav import PASSWORD_ENV
    from planexport.export.caldav import push_caldav as push

    result = _schedule(_load_plans(plans), options, strict=strict)
    pushed = push(
        result,
        url=url,
        calendar=calendar,
        user=user,
        password=os.environ.get(PASSWORD_ENV) or None,
        prune=prune,
        dry_run=dry_run,
        alarm_minutes=alarm,
        day_events=day_events,
        goals=goals,
        jobs=jobs,
    )
    plan = pushed.plan
    if dry_run:
        if plan.creates_calendar:
            typer.echo(f"{'create':<9} calendar {calendar}")
        for change in plan.changes:
            typer.echo(str(change))
        typer.echo(f"dry run, nothing written: {_would(c.action for c in plan.changes)}")
    elif not quiet:
        made = " (new calendar)" if plan.creates_calendar else ""
        typer.echo(f"caldav: {calendar}{made}: {plan.summary()}")


@app.command(cls=_Command)
@scheduling_options
def serve(
    plans: PlanPaths,
    *,
    host: Annotated[
        str,
        typer.Option(
            metavar="HOST",
            help="Address to listen on; 0.0.0.0 for other devices on your network.",
        ),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=0, max=65535, metavar="PORT", help="Port (0: any free one).")
    ] = 8000,
    calendar_name: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="TEXT", help="Calendar name. Default: the plans' titles.", show_default=False
        ),
    ] = None,
    alarm: AlarmOpt = None,
    day_events: DayEventsOpt = False,
    goals: GoalsOpt = False,
    refresh: RefreshOpt = None,
    options: ScheduleOptions,
    strict: bool,
) -> None:
    """Serve the plans as a feed to subscribe to, rebuilt when a plan changes (Ctrl-C stops)."""
    import dataclasses

    from planexport.errors import PlanexportError
    from planexport.export.feed import DEFAULT_REFRESH, parse_refresh, to_feed
    from planexport.reader.busy import BusyCalendar, read_busy
    from planexport.serve import Feed, FeedSource, feed_urls, make_server

    every = parse_refresh(refresh) if refresh is not None else DEFAULT_REFRESH
    busy = [Path(b.source) for b in options.busy if isinstance(b, BusyCalendar)]
    built = [False]

    def build(previous: bytes | None) -> bytes:
        settings = options
        if busy and built[0]:
            # The busy calendars read at start-up are stale once one changed on disk.
            settings = dataclasses.replace(options, busy=tuple(read_busy(p) for p in busy))
        built[0] = True
        result = _schedule(_load_plans(plans), settings, strict=False)
        if strict and result.unplaced:
            raise PlanexportError(f"{len(result.unplaced)} block(s) did not fit (--strict)")
        return to_feed(
            result,
            calendar_name=calendar_name,
            alarm_minutes=alarm,
            day_events=day_events,
            goals=goals,
            refresh=every,
            previous=previous,
        )

    def failed(error: PlanexportError) -> None:
        line = f"planexport: {error}" if error.file is None else str(error)
        typer.echo(f"{line} (still serving the last good feed)", err=True)

    def updated(feed: Feed) -> None:
        typer.echo(
            f"planexport: feed updated ({feed.data.count(b'BEGIN:VEVENT')} events)", err=True
        )

    source = FeedSource(build, watched=[*plans, *busy], on_error=failed, on_update=updated)
    server = make_server(source, name=plans[0].stem, host=host, port=port)
    web, webcal = feed_urls(server)
    typer.echo(f"serving {web} (subscribe: {webcal}); Ctrl-C stops")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("planexport: stopped", err=True)
    finally:
        server.server_close()


def main() -> None:
    """Entry point of the `planexport` console script."""
    if os.environ.get("NO_COLOR"):
        os.environ.setdefault("TERM", "dumb")
    app()
