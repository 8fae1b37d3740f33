"""The commands: each reads plans, calls the library and reports what it did."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from planexport.cli.app import Command, app, export_app, push_app
from planexport.cli.params import (
    AlarmOpt,
    BreakOpt,
    BusyOpt,
    CsvOutput,
    DayEndOpt,
    DayEventsOpt,
    DayStartOpt,
    DurationsOpt,
    FixedZoneOpt,
    GoalsOpt,
    HoursOpt,
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
    RestOpt,
    SectionsOpt,
    StartOpt,
    StrictOpt,
    TzOpt,
    schedule_options,
)
from planexport.errors import PlanexportError

if TYPE_CHECKING:
    import datetime as dt

    from rich.console import Console

    from planexport.model import Plan
    from planexport.scheduling import Schedule, ScheduleOptions


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
    if strict and result.conflicts:
        count = len(result.conflicts)
        typer.echo(f"planexport: {count} pinned block overlap(s) (--strict)", err=True)
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


@app.command(cls=Command)
def show(
    plans: PlanPaths,
    *,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    with_schedule: Annotated[
        bool, typer.Option("--schedule", help="Lay the plan out on dates and times.")
    ] = False,
    start: StartOpt = None,
    tz: TzOpt = None,
    hours: HoursOpt = None,
    day_start: DayStartOpt = "09:00",
    day_end: DayEndOpt = "21:00",
    durations: DurationsOpt = "fit",
    break_minutes: BreakOpt = 10,
    rest: RestOpt = None,
    busy: BusyOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Print plans as tables of days and blocks, or as a week of dates and times."""
    options = schedule_options(
        start=start,
        tz=tz,
        hours=hours,
        day_start=day_start,
        day_end=day_end,
        durations=durations,
        break_minutes=break_minutes,
        rest=rest,
        busy=busy,
    )
    loaded = _load_plans(plans)
    if with_schedule:
        result = _schedule(loaded, options, strict=strict)
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


@app.command(cls=Command)
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


@app.command(cls=Command)
def schema() -> None:
    """Print the JSON Schema of a plan (the YAML/JSON plan file format)."""
    from planexport.model import Plan

    typer.echo(json.dumps(Plan.model_json_schema(), indent=2))


@push_app.command("todoist", cls=Command)
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
    priority: PriorityOpt = Priority.p4,
    items: ItemsOpt = Items.subtasks,
    sections: SectionsOpt = None,
    labels: LabelsOpt = Labels.plan,
    fixed_zone: FixedZoneOpt = False,
    now: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="DATETIME",
            help="Push as of this moment (2026-11-30T08:00, in the plan's zone). Default: now.",
            show_default=False,
        ),
    ] = None,
    room: Annotated[
        int,
        typer.Option(
            min=0,
            max=299,
            metavar="N",
            help="Active tasks to leave free in the project for your own (Todoist allows 300).",
        ),
    ] = 20,
    ahead: Annotated[
        int,
        typer.Option(
            min=0,
            metavar="DAYS",
            help="Days to push at most, from the current week's start; 0: as many as fit.",
        ),
    ] = 14,
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
    start: StartOpt = None,
    tz: TzOpt = None,
    hours: HoursOpt = None,
    day_start: DayStartOpt = "09:00",
    day_end: DayEndOpt = "21:00",
    durations: DurationsOpt = "fit",
    break_minutes: BreakOpt = 10,
    rest: RestOpt = None,
    busy: BusyOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Create or update Todoist tasks for the plans (token: TODOIST_API_TOKEN)."""
    options = schedule_options(
        start=start,
        tz=tz,
        hours=hours,
        day_start=day_start,
        day_end=day_end,
        durations=durations,
        break_minutes=break_minutes,
        rest=rest,
        busy=busy,
    )
    from planexport.export.todoist import DEFAULT_URL, TOKEN_ENV, URL_ENV, TodoistOptions
    from planexport.export.todoist import push_todoist as push

    loaded = _load_plans(plans)
    result = _schedule(loaded, options, strict=strict)
    moment = _moment(now, tz=result.tz)
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
            now=moment,
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
                now=moment,
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


def _moment(text: str | None, *, tz: str) -> dt.datetime:
    """`--now` as an aware instant: a time without a zone is in the plan's zone."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    if text is None:
        return dt.datetime.now(dt.timezone.utc)
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise typer.BadParameter(
            f"{text!r} is not a date or date and time (2026-11-30 or 2026-11-30T08:00)",
            param_hint="'--now'",
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(tz))


@export_app.command("ics", cls=Command)
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
    start: StartOpt = None,
    tz: TzOpt = None,
    hours: HoursOpt = None,
    day_start: DayStartOpt = "09:00",
    day_end: DayEndOpt = "21:00",
    durations: DurationsOpt = "fit",
    break_minutes: BreakOpt = 10,
    rest: RestOpt = None,
    busy: BusyOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Write an iCalendar file (default: FIRST-PLAN.ics here); writing over one updates it."""
    from planexport.errors import CalendarError, OptionsError
    from planexport.export.feed import DEFAULT_REFRESH, parse_refresh, to_feed
    from planexport.export.ics import to_ics

    if refresh is not None and not feed:
        raise OptionsError("--refresh goes with --feed: an import file carries no refresh hints")
    every = parse_refresh(refresh) if refresh is not None else DEFAULT_REFRESH
    options = schedule_options(
        start=start,
        tz=tz,
        hours=hours,
        day_start=day_start,
        day_end=day_end,
        durations=durations,
        break_minutes=break_minutes,
        rest=rest,
        busy=busy,
    )
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


@export_app.command("todoist-csv", cls=Command)
def export_todoist_csv(
    plans: PlanPaths,
    *,
    output: CsvOutput = None,
    priority: PriorityOpt = Priority.p4,
    items: ItemsOpt = Items.subtasks,
    sections: SectionsOpt = None,
    labels: LabelsOpt = Labels.plan,
    fixed_zone: FixedZoneOpt = False,
    start: StartOpt = None,
    tz: TzOpt = None,
    hours: HoursOpt = None,
    day_start: DayStartOpt = "09:00",
    day_end: DayEndOpt = "21:00",
    durations: DurationsOpt = "fit",
    break_minutes: BreakOpt = 10,
    rest: RestOpt = None,
    busy: BusyOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Write a Todoist CSV template (import it into a project; no token needed)."""
    options = schedule_options(
        start=start,
        tz=tz,
        hours=hours,
        day_start=day_start,
        day_end=day_end,
        durations=durations,
        break_minutes=break_minutes,
        rest=rest,
        busy=busy,
    )
    from planexport.export.csv import to_todoist_csv

    result = _schedule(_load_plans(plans), options, strict=strict)
    data = to_todoist_csv(
        result,
        priority=priority.value,
        items=items.value,
        sections=sections.value if sections is not None else None,
        fixed_zone=fixed_zone,
        labels=labels.value,
    )
    _write_output(data, output, None)


@app.command(cls=Command)
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
    start: StartOpt = None,
    tz: TzOpt = None,
    hours: HoursOpt = None,
    day_start: DayStartOpt = "09:00",
    day_end: DayEndOpt = "21:00",
    durations: DurationsOpt = "fit",
    break_minutes: BreakOpt = 10,
    rest: RestOpt = None,
    busy: BusyOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Draw the week as a calendar in one HTML file, nothing to load (default: FIRST-PLAN.html)."""
    options = schedule_options(
        start=start,
        tz=tz,
        hours=hours,
        day_start=day_start,
        day_end=day_end,
        durations=durations,
        break_minutes=break_minutes,
        rest=rest,
        busy=busy,
    )
    from planexport.export.html import to_html

    result = _schedule(_load_plans(plans), options, strict=strict)
    page = to_html(result, title=title).encode("utf-8")
    _write_output(page, output, Path(f"{plans[0].stem}.html"))


@push_app.command("caldav", cls=Command)
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
    start: StartOpt = None,
    tz: TzOpt = None,
    hours: HoursOpt = None,
    day_start: DayStartOpt = "09:00",
    day_end: DayEndOpt = "21:00",
    durations: DurationsOpt = "fit",
    break_minutes: BreakOpt = 10,
    rest: RestOpt = None,
    busy: BusyOpt = None,
    strict: StrictOpt = False,
) -> None:
    """Create or update the plan's events in a CalDAV calendar (PLANEXPORT_CALDAV_PASSWORD)."""
    options = schedule_options(
        start=start,
        tz=tz,
        hours=hours,
        day_start=day_start,
        day_end=day_end,
        durations=durations,
        break_minutes=break_minutes,
        rest=rest,
        busy=busy,
    )
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
        from planexport.export.sync import would

        if plan.creates_calendar:
            typer.echo(f"{'create':<9} calendar {calendar}")
        for change in plan.changes:
            typer.echo(str(change))
        typer.echo(f"dry run, nothing written: {would(c.action for c in plan.changes)}")
    elif not quiet:
        made = " (new calendar)" if plan.creates_calendar else ""
        typer.echo(f"caldav: {calendar}{made}: {plan.summary()}")
