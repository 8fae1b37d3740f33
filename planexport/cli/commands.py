"""The commands: each reads plans, calls the library and reports what it did."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from planexport.cli.app import Command, commands_app, export_app, push_app
from planexport.cli.params import (
    AheadOpt,
    AlarmOpt,
    CalendarNameOpt,
    CsvOutput,
    DayEventsOpt,
    FixedZoneOpt,
    GoalsOpt,
    HtmlOutput,
    IcsOutput,
    Items,
    ItemsOpt,
    Labels,
    LabelsOpt,
    PlanPaths,
    Priority,
    PriorityOpt,
    RefreshOpt,
    RoomOpt,
    Scheduled,
    Scheduling,
    SectionsOpt,
    scheduling,
)
from planexport.cli.settings import plans_given
from planexport.errors import PlanexportError
from planexport.export.todoist_limits import AHEAD, ROOM

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from rich.console import Console

    from planexport.model import Plan
    from planexport.reader import ReadResult
    from planexport.scheduling import Schedule, ScheduleOptions


def _console(*, stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _load_plans(paths: Sequence[Path]) -> list[Plan]:
    """Read plans; a folder gives its plan files as consecutive weeks; plan ids are checked."""
    from planexport.plan_ids import check_plan_ids
    from planexport.reader.folder import expand_plans

    files = expand_plans(paths)
    plans = [_load_plan(path) for path in files]
    for warning in check_plan_ids(files, plans):
        typer.echo(f"planexport: warning: {warning}", err=True)
    return plans


def _load_plan(path: Path) -> Plan:
    """Read a plan and print a warning for each line the reader skipped or guessed about."""
    result = _read_plan(path)
    for warning in result.warnings:
        typer.echo(str(warning), err=True)
    return result.plan


def _read_plan(path: Path) -> ReadResult:
    """Read a plan; a file that is no plan at all (a calendar, a PDF) is named as such."""
    from planexport.errors import PlanError
    from planexport.reader import read_plan

    try:
        return read_plan(path)
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
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with its byte-order mark: text, read as such
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
    reason = strict_failure(result) if strict else None
    if reason is not None:
        typer.echo(f"planexport: {reason}", err=True)
        raise typer.Exit(1)
    return result


def strict_failure(result: Schedule) -> str | None:
    """Why `--strict` rejects a schedule (blocks left out, pinned blocks overlapping), or None."""
    if result.unplaced:
        return f"{len(result.unplaced)} block(s) did not fit (--strict)"
    if result.conflicts:
        return f"{len(result.conflicts)} pinned block overlap(s) (--strict)"
    return None


def _laid_out(
    plans: Sequence[Plan],
    options: ScheduleOptions,
    given: Scheduling,
    *,
    now: dt.datetime,
    say: Callable[[str], None] | None = None,
) -> Schedule:
    """The schedule, with the blocks missed by `now` carried over when `--carry-over` asks to.

    Done blocks are the plan's own ticks and those the done-source hook knows. What moved is
    said in one line (`carried over: 5 blocks from Tue 1 Dec, Wed 2 Dec`), on stderr unless
    `say` prints it elsewhere.
    """
    result = _schedule(plans, options, strict=given.strict)
    if not options.start_given and result.days and result.days[-1].date < now.date():
        # "Start Date: November 4, 2025" in the plan, read a year on: every day lies behind.
        first, last = result.days[0].date, result.days[-1].date
        typer.echo(
            f"planexport: warning: the plan's dates are all past ({first.isoformat()} to "
            f"{last.isoformat()}); --start DATE moves it by whole weeks",
            err=True,
        )
    carry = given.carry_over
    if carry is None:
        return result
    from planexport.carryover import carry_over
    from planexport.cli import living

    done = {key: mark.at for key, mark in living.done_elsewhere(result, now=now).items()}
    carried = carry_over(plans, options, done=done, now=now, mode=carry.value)
    line = carried.summary
    if say is not None:
        say(line)
    else:
        typer.echo(f"planexport: {line}", err=True)
    return carried.schedule


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


@commands_app.command(cls=Scheduled)
def show(
    plans: PlanPaths = None,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    with_schedule: Annotated[
        bool, typer.Option("--schedule", help="Lay the plan out on dates and times.")
    ] = False,
) -> None:
    """Print plans as tables of days and blocks, or as a week of dates and times."""
    paths = plans_given(plans)
    given = scheduling()
    at, options = given.resolve()
    loaded = _load_plans(paths)
    if with_schedule:
        result = _laid_out(loaded, options, given, now=at)
        if as_json:
            from planexport.cli.render import schedule_json

            typer.echo(json.dumps(schedule_json(result), indent=2, ensure_ascii=False))
        else:
            from planexport.cli.render import schedule_table

            _console().print(schedule_table(result))
        return
    if as_json:
        data = [plan.model_dump(mode="json") for plan in loaded]
        typer.echo(json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False))
        return
    from planexport.cli.render import plan_table

    console = _console()
    for plan in loaded:
        console.print(plan_table(plan))


@commands_app.command(cls=Command)
def validate(
    plans: PlanPaths = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Treat each warning (a line skipped or guessed) as an error."
        ),
    ] = False,
) -> None:
    """Check plans; print a one-line summary of each good file and its warnings, or the errors."""
    from planexport.errors import PlanError
    from planexport.reader.folder import expand_plans

    failed: PlanError | None = None
    for path in expand_plans(plans_given(plans)):
        try:
            result = _read_plan(path)
        except PlanError as error:
            typer.echo(str(error), err=True)
            failed = error
            continue
        for warning in result.warnings:
            if strict:
                failed = PlanError(warning.message, file=warning.file, line=warning.line)
                typer.echo(str(failed), err=True)
            else:
                typer.echo(str(warning), err=True)
        if strict and result.warnings:
            continue
        plan = result.plan
        variants = [v for d in plan.days for v in d.variants]
        blocks = sum(len(v.blocks) for v in variants)
        hours = ", ".join(f"{h:g}h" for h in plan.hours) or "no study"
        # Minutes per choice of --hours: a sum over every plan of every day (4h and 6h together)
        # is no week anyone studies.
        weeks = []
        if all(len(d.variants) <= 1 for d in plan.days):
            # One plan a day (real plans mostly): --hours changes nothing, so one figure.
            low, high = sum(v.min_minutes for v in variants), sum(v.max_minutes for v in variants)
            weeks.append(f"{_span(low, high)} min")
        for h in plan.hours if not weeks else ():
            chosen = [v for v in (d.variant(h) for d in plan.days) if v is not None]
            low, high = sum(v.min_minutes for v in chosen), sum(v.max_minutes for v in chosen)
            weeks.append(f"{_span(low, high)} min with --hours {h:g}")
        typer.echo(
            f"{path}: ok: {plan.id} '{plan.title}', {len(plan.days)} days, "
            f"{blocks} blocks in {len(variants)} plans ({hours})"
            + (f"; study {', '.join(weeks)}" if weeks else "")
            + (f"; {len(result.warnings)} warning(s)" if result.warnings else "")
        )
    if failed is not None:
        raise typer.Exit(failed.exit_code)


def _span(low: int, high: int) -> str:
    return f"{low}–{high}" if low != high else str(low)


@commands_app.command(cls=Command)
def schema() -> None:
    """Print the JSON Schema of a plan (the YAML/JSON plan file format)."""
    from planexport.model import Plan

    typer.echo(json.dumps(Plan.model_json_schema(), indent=2))


@push_app.command("todoist", cls=Scheduled)
def push_todoist(
    plans: PlanPaths = None,
    *,
    project: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="NAME",
            help="One project for every plan. Default: a project per plan, named by its title.",
            show_default=False,
        ),
    ] = None,
    priority: PriorityOpt = Priority.p4,
    items: ItemsOpt = Items.subtasks,
    sections: SectionsOpt = None,
    labels: LabelsOpt = Labels.plan,
    fixed_zone: FixedZoneOpt = False,
    room: RoomOpt = ROOM,
    ahead: AheadOpt = AHEAD,
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
) -> None:
    """Create or update Todoist tasks for the plans (token: TODOIST_API_TOKEN)."""
    paths = plans_given(plans)
    given = scheduling()
    at, options = given.resolve()
    from planexport.cli.living import ask_todoist
    from planexport.export.todoist import DEFAULT_URL, TOKEN_ENV, URL_ENV, TodoistOptions
    from planexport.export.todoist import push_todoist as push

    # The tasks completed in Todoist are done blocks: --carry-over leaves them be.
    ask_todoist(project=project)
    loaded = _load_plans(paths)
    result = _laid_out(loaded, options, given, now=at)
    todoist_options = TodoistOptions(
        project=project,
        priority=priority.value,
        items=items.value,
        sections=sections.value if sections is not None else None,
        fixed_zone=fixed_zone,
        prune=prune,
        labels=labels.value,
        room=room,
        ahead=ahead,
    )
    token = os.environ.get(TOKEN_ENV)
    base_url = os.environ.get(URL_ENV) or DEFAULT_URL
    if quiet or dry_run or not sys.stderr.isatty():
        pushed = push(
            result,
            token=token,
            options=todoist_options,
            base_url=base_url,
            dry_run=dry_run,
            now=at,
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
                now=at,
            )
    named = len(pushed.plan.windows) > 1
    if dry_run:
        from planexport.export.sync import would

        for change in pushed.plan.changes:
            typer.echo(str(change))
        for window in pushed.plan.windows:
            text = window.describe(dry_run=True)
            typer.echo(f"todoist: {f'{window.project}: ' if named else ''}{text}")
        typer.echo(f"dry run, nothing sent: {would(c.action for c in pushed.plan.changes)}")
    elif not quiet:
        plural = "" if pushed.batches == 1 else "s"
        for window in pushed.plan.windows:
            typer.echo(f"todoist: {f'{window.project}: ' if named else ''}{window}")
        typer.echo(f"todoist: {pushed.plan.summary()} ({pushed.batches} sync request{plural})")


@export_app.command("ics", cls=Scheduled)
def export_ics(
    plans: PlanPaths = None,
    *,
    output: IcsOutput = None,
    calendar_name: CalendarNameOpt = None,
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
) -> None:
    """Write an iCalendar file (default: FIRST-PLAN.ics here); writing over one updates it."""
    from planexport.errors import CalendarError, OptionsError
    from planexport.export.ics import to_ics

    if refresh is not None and not feed:
        raise OptionsError("--refresh goes with --feed: an import file carries no refresh hints")
    if feed:  # the feed's module only where a feed is asked for: a plain export starts lighter
        from planexport.export.feed import DEFAULT_REFRESH, parse_refresh, to_feed

        every = parse_refresh(refresh) if refresh is not None else DEFAULT_REFRESH
    paths = plans_given(plans)
    given = scheduling()
    at, options = given.resolve()
    result = _laid_out(_load_plans(paths), options, given, now=at)
    if result.unplaced and not result.blocks:
        # An empty calendar and exit 0 would look like success: nothing in it fits a day.
        count = len(result.unplaced)
        raise PlanexportError(
            f"nothing written: none of the {count} block(s) fits its day (each is listed "
            "above as not scheduled); check their lengths with `planexport validate`",
            file=paths[0],
        )
    target = output if output is not None else Path(f"{paths[0].stem}.ics")
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


@export_app.command("todoist-csv", cls=Scheduled)
def export_todoist_csv(
    plans: PlanPaths = None,
    *,
    output: CsvOutput = None,
    priority: PriorityOpt = Priority.p4,
    items: ItemsOpt = Items.subtasks,
    sections: SectionsOpt = None,
    labels: LabelsOpt = Labels.plan,
    fixed_zone: FixedZoneOpt = False,
) -> None:
    """Write a Todoist CSV template (import it into a project; no token needed)."""
    paths = plans_given(plans)
    given = scheduling()
    at, options = given.resolve()
    from planexport.export.csv import to_todoist_csv

    result = _laid_out(_load_plans(paths), options, given, now=at)
    data = to_todoist_csv(
        result,
        priority=priority.value,
        items=items.value,
        sections=sections.value if sections is not None else None,
        fixed_zone=fixed_zone,
        labels=labels.value,
    )
    _write_output(data, output, None)


@commands_app.command(cls=Scheduled)
def preview(
    plans: PlanPaths = None,
    *,
    output: HtmlOutput = None,
    title: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="TEXT", help="The page's title. Default: the plans' titles.", show_default=False
        ),
    ] = None,
) -> None:
    """Draw the week as a calendar in one HTML file, nothing to load (default: FIRST-PLAN.html)."""
    paths = plans_given(plans)
    given = scheduling()
    at, options = given.resolve()
    from planexport.cli.living import done_elsewhere
    from planexport.export.html import to_html
    from planexport.progress import progress_of

    result = _laid_out(_load_plans(paths), options, given, now=at)
    state = progress_of(result, done=done_elsewhere(result, now=at), now=at)
    page = to_html(result, title=title, progress=state).encode("utf-8")
    _write_output(page, output, Path(f"{paths[0].stem}.html"))


@push_app.command("caldav", cls=Scheduled)
def push_caldav(
    plans: PlanPaths = None,
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
) -> None:
    """Create or update the plan's events in a CalDAV calendar (PLANEXPORT_CALDAV_PASSWORD)."""
    paths = plans_given(plans)
    given = scheduling()
    at, options = given.resolve()
    from planexport.export.caldav import PASSWORD_ENV
    from planexport.export.caldav import push_caldav as push

    result = _laid_out(_load_plans(paths), options, given, now=at)
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
        from planexport.export.sync import would

        if plan.creates_calendar:
            typer.echo(f"{'create':<9} calendar {calendar}")
        for change in plan.changes:
            typer.echo(str(change))
        typer.echo(f"dry run, nothing written: {would(c.action for c in plan.changes)}")
    elif not quiet:
        made = " (new calendar)" if plan.creates_calendar else ""
        typer.echo(f"caldav: {calendar}{made}: {plan.summary()}")
