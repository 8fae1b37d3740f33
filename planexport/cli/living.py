"""Commands of a plan lived by: `status` (progress), `init` (a config), `sync` (every target)."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Optional

import typer

from planexport.cli.app import commands_app
from planexport.cli.commands import _laid_out, _load_plans
from planexport.cli.params import (
    AheadSetting,
    Carry,
    Items,
    LabelsSetting,
    PlanPaths,
    Priority,
    RoomSetting,
    Scheduled,
    SchedulingDefaults,
    Sections,
    scheduling,
)
from planexport.cli.settings import plans_given, settings
from planexport.errors import OptionsError, PlanexportError

if TYPE_CHECKING:
    import datetime as dt

    from planexport.config import Config
    from planexport.progress import Done, Progress
    from planexport.scheduling import Schedule, ScheduledBlock


# ---------------------------------------------------------------------------------------------
# status


@commands_app.command(cls=Scheduled)
def status(
    plans: PlanPaths = None,
    *,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a list of blocks with their state instead.")
    ] = False,
    write: Annotated[
        bool,
        typer.Option(
            "--write", help="Tick the blocks done elsewhere in the plan files themselves."
        ),
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Show what --write would change; write nothing.")
    ] = False,
    todoist: Annotated[
        bool,
        typer.Option(
            "--todoist",
            help="Count tasks completed in Todoist as done (TODOIST_API_TOKEN); implied by a "
            "[todoist] table in planexport.toml.",
        ),
    ] = False,
) -> None:
    """Show progress per day and week: done, missed, left today, and the streak of days kept."""
    given = scheduling()
    at, options = given.resolve()
    from planexport.progress import progress_json, progress_lines, progress_of
    from planexport.reader.folder import expand_plans

    if todoist:
        found = settings()
        ask_todoist(project=found.todoist.project if found and found.todoist else None)

    files = expand_plans(plans_given(plans))
    said: list[str] = []
    result = _laid_out(
        _load_plans(files),
        options,
        given,
        now=at,
        say=None if as_json or diff else said.append,
    )
    state = progress_of(result, done=done_elsewhere(result, now=at), now=at)
    if diff:
        _tick_files(state, files, write=False)
        return
    if write:
        _tick_files(state, files, write=True)
    if as_json:
        typer.echo(json.dumps(progress_json(state), indent=2, ensure_ascii=False))
        return
    for line in [*progress_lines(state), *said]:
        typer.echo(line)


def ask_todoist(*, project: str | None) -> None:
    """Make `done_elsewhere` read Todoist for the running command (`--todoist`, `push todoist`).

    Args:
        project: the one project the push uses (`--project`); None for a project per plan.
    """
    from planexport.cli.settings import _current_context

    ctx = _current_context()
    root = ctx.find_root() if ctx is not None else None
    if root is not None and isinstance(root.obj, dict):
        root.obj["todoist"] = {"project": project}


def done_elsewhere(result: Schedule, *, now: dt.datetime | None = None) -> dict[str, Done]:
    """Blocks known done from outside the plan files, by key.

    The plan's own ticks are always read (`planexport.progress.progress_of` does). Todoist's
    completed tasks join when the command asked (`ask_todoist`: `status --todoist`, `push
    todoist`) or planexport.toml has a `[todoist]` table. Asked for, a failure stops the
    command; only implied by the config, it is a warning and the plan's ticks stand alone.
    Todoist is read once per command, however often this is called, for the tasks completed
    by `now` (the clock when None).
    """
    from planexport.cli.settings import _current_context

    ctx = _current_context()
    root = ctx.find_root() if ctx is not None else None
    obj: dict[str, Any] = root.obj if root is not None and isinstance(root.obj, dict) else {}
    cached = obj.get("todoist_done")
    if cached is not None:
        return dict(cached)
    asked = obj.get("todoist")
    found_config = settings()
    table = found_config.todoist if found_config is not None else None
    if asked is None and table is None:
        return {}
    project = asked["project"] if asked is not None else table.project if table else None
    found = _todoist_done(result, project=project, strict=asked is not None, now=now)
    obj["todoist_done"] = found
    return dict(found)


def _todoist_done(
    result: Schedule, *, project: str | None, strict: bool, now: dt.datetime | None
) -> dict[str, Done]:
    from planexport.export.todoist import (
        DEFAULT_URL,
        TOKEN_ENV,
        URL_ENV,
        TodoistOptions,
        completed_in_todoist,
    )
    from planexport.progress import Done

    try:
        completed = completed_in_todoist(
            result,
            token=os.environ.get(TOKEN_ENV),
            options=TodoistOptions(project=project),
            base_url=os.environ.get(URL_ENV) or DEFAULT_URL,
            now=now,
        )
    except PlanexportError as error:
        if strict:
            raise
        typer.echo(
            f"planexport: warning: Todoist not read, so only the plans' ticks count: {error}",
            err=True,
        )
        return {}
    # Item keys (`go.d1.concepts#1`) are the block's subtasks; a block is done as a whole.
    return {
        key: Done(source="todoist", at=when) for key, when in completed.items() if "#" not in key
    }


def _tick_files(state: Progress, files: list[Path], *, write: bool) -> None:
    """Tick, in each plan file, the blocks done elsewhere that the file does not show done."""
    from planexport.fileio import write_atomic
    from planexport.ticks import (
        block_line,
        block_position,
        tick_diff,
        tick_markdown,
        tick_structured,
    )

    wanted: dict[int, list[ScheduledBlock]] = {}
    for item in state.blocks:
        if item.done is not None and item.done.source != "plan" and not item.block.block.done:
            wanted.setdefault(item.block.week, []).append(item.block)
    if not wanted:
        typer.echo("nothing to tick: the plans show every block known done", err=True)
        return
    for week, blocks in sorted(wanted.items()):
        path = files[week]
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise PlanexportError(f"cannot tick: {error}", file=path) from None
        suffix = path.suffix.lower()
        if suffix in (".yaml", ".yml", ".json"):
            kind: Literal["yaml", "json"] = "json" if suffix == ".json" else "yaml"
            ticked = tick_structured(
                text, [block_position(b) for b in blocks], kind=kind, source=str(path)
            )
        else:
            from planexport.reader import read_plan

            # The schedule keeps no source lines: the reader gives each block's own.
            source_lines = read_plan(path).block_lines
            lines = {b.key: block_line(b, source_lines) for b in blocks}
            for block in blocks:
                if lines[block.key] is None:
                    typer.echo(
                        f"planexport: warning: {path}: cannot tick {block.block.title!r} "
                        f"(day {block.day.number}): the reader gave no line for it",
                        err=True,
                    )
            ticked = tick_markdown(
                text, [n for n in lines.values() if n is not None], source=str(path)
            )
            for line in ticked.skipped:
                typer.echo(
                    f"planexport: warning: {path}:{line}: no list item, so no box to tick",
                    err=True,
                )
        if not ticked.changed:
            continue
        if not write:
            typer.echo(tick_diff(text, ticked.text, name=str(path)), nl=False)
            continue
        write_atomic(path, ticked.text.encode("utf-8"))
        count = len(ticked.ticked)
        typer.echo(f"ticked {count} block{'' if count == 1 else 's'} in {path}", err=True)


# ---------------------------------------------------------------------------------------------
# init


InitPlans = Annotated[
    Optional[list[Path]],  # noqa: UP045 - typer reads these annotations at run time
    typer.Argument(
        metavar="PLAN",
        help="Plan files or folders for the config to name; several run as consecutive weeks.",
        show_default=False,
    ),
]


@commands_app.command(cls=SchedulingDefaults)
def init(
    plans: InitPlans = None,
    *,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", metavar="FILE", help="Where to write the settings."),
    ] = Path("planexport.toml"),
    carry_over: Annotated[
        Optional[Carry],  # noqa: UP045 - typer reads these annotations at run time
        typer.Option(
            "--carry-over",
            help="What happens to missed blocks: shift (the plan moves on) or fill (spare time).",
            show_default=False,
        ),
    ] = None,
    ics: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--ics", metavar="FILE", help="Sync writes this calendar file."),
    ] = None,
    preview: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--preview", metavar="FILE", help="Sync draws the week into this file."),
    ] = None,
    todoist: Annotated[
        bool, typer.Option("--todoist", help="Sync pushes to Todoist (TODOIST_API_TOKEN).")
    ] = False,
    project: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="NAME", help="The Todoist project (implies --todoist)."),
    ] = None,
    priority: Annotated[
        Optional[Priority],  # noqa: UP045
        typer.Option(help="Priority of the Todoist tasks (implies --todoist).", show_default=False),
    ] = None,
    items: Annotated[
        Optional[Items],  # noqa: UP045
        typer.Option(help="Todoist items as subtasks or description (implies --todoist)."),
    ] = None,
    sections: Annotated[
        Optional[Sections],  # noqa: UP045
        typer.Option(help="A Todoist section per day or week (implies --todoist)."),
    ] = None,
    labels: LabelsSetting = None,
    room: RoomSetting = None,
    ahead: AheadSetting = None,
    caldav_url: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="URL", help="Sync pushes to this CalDAV server (with --calendar)."),
    ] = None,
    caldav_user: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="USER", help="The CalDAV user (PLANEXPORT_CALDAV_PASSWORD)."),
    ] = None,
    calendar: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="NAME", help="The CalDAV calendar's name."),
    ] = None,
    ctx: typer.Context,
) -> None:
    """Write a commented planexport.toml from the options given (never over an existing one)."""
    taken = dataclasses.asdict(scheduling())
    written = {k: v for k, v in taken.items() if k not in SchedulingDefaults.leave_out}
    # Only what the user typed goes in the file; the rest stays the tool's default.
    given = {
        name: value
        for name, value in written.items()
        if (source := ctx.get_parameter_source(name)) is not None and source.name == "COMMANDLINE"
    }
    from planexport.config import ConfigFileError, config_text, parse_config
    from planexport.fileio import write_atomic

    if output.exists():
        raise PlanexportError("already exists; edit it, or remove it to start again", file=output)

    def seen_from_file(path: Path) -> str:
        # Paths in the file are read from its folder, wherever the command runs.
        return (
            path.as_posix()
            if path.is_absolute()
            else Path(os.path.relpath(path, output.parent)).as_posix()
        )

    values: dict[str, Any] = {
        "plans": [seen_from_file(p) for p in plans or ()],
        **{k: v for k, v in given.items() if k not in ("break_minutes", "busy")},
        "carry_over": carry_over.value if carry_over is not None else None,
    }
    if "start" in given:
        # A date that moves (`next monday`) would mean another week at every run: pin it.
        import datetime as dt

        from planexport.options import parse_start

        try:
            values["start"] = parse_start(given["start"], today=dt.date.today()).isoformat()
        except OptionsError as error:
            raise OptionsError(error.reason) from None
    if "break_minutes" in given:
        values["break"] = given["break_minutes"]
    if given.get("busy"):
        values["busy"] = [seen_from_file(p) for p in given["busy"]]
    if ics is not None:
        values["ics"] = {"output": seen_from_file(ics)}
    if preview is not None:
        values["preview"] = {"output": seen_from_file(preview)}
    tasks = {
        "project": project,
        "priority": priority.value if priority is not None else None,
        "items": items.value if items is not None else None,
        "sections": sections.value if sections is not None else None,
        "labels": labels.value if labels is not None else None,
        "room": room,
        "ahead": ahead,
    }
    if todoist or any(v is not None for v in tasks.values()):
        values["todoist"] = tasks
    if caldav_url is not None or calendar is not None or caldav_user is not None:
        if caldav_url is None or calendar is None:
            raise OptionsError("--caldav-url and --calendar go together (and --caldav-user)")
        values["caldav"] = {"url": caldav_url, "user": caldav_user, "calendar": calendar}
    text = config_text(values)
    try:
        parse_config(text)
    except ConfigFileError as error:
        raise OptionsError(error.reason) from None
    folder = output.parent
    if not folder.is_dir():
        raise PlanexportError(f"cannot write: there is no folder {folder}", file=output)
    write_atomic(output, text.encode("utf-8"))
    typer.echo(f"wrote {output}", err=True)


# ---------------------------------------------------------------------------------------------
# sync


@commands_app.command(cls=Scheduled)
def sync(
    *,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what each target would do; change nothing.")
    ] = False,
) -> None:
    """Run every target planexport.toml names (ics, preview, caldav, todoist), with one summary."""
    given = scheduling()
    at, options = given.resolve()
    found = settings()
    if found is None:
        raise OptionsError(
            "no planexport.toml here or in a parent folder (planexport init writes one)"
        )
    if not found.targets:
        raise OptionsError(
            "the config names no target: add an [ics], [preview], [caldav] or [todoist] table"
        )
    paths = plans_given(None)
    result = _laid_out(_load_plans(paths), options, given, now=at, say=typer.echo)
    stem = paths[0].stem
    failed: list[tuple[str, PlanexportError]] = []
    for target in found.targets:
        try:
            line = _TARGETS[target](result, found, stem=stem, dry_run=dry_run, now=at)
        except PlanexportError as error:
            typer.echo(f"{target}: failed: {error}", err=True)
            failed.append((target, error))
            continue
        typer.echo(f"{target}: {line}")
    done = len(found.targets) - len(failed)
    summary = f"{done} of {len(found.targets)} targets"
    if failed:
        names = ", ".join(name for name, _ in failed)
        typer.echo(f"sync: {summary} done; failed: {names}", err=True)
        raise typer.Exit(max(error.exit_code for _, error in failed))
    if dry_run:
        typer.echo(f"sync: dry run of {summary}, nothing written or sent")
    else:
        typer.echo(f"sync: {summary} done")


def _sync_ics(
    result: Schedule, settings: Config, *, stem: str, dry_run: bool, now: dt.datetime
) -> str:
    from planexport.errors import CalendarError
    from planexport.export.ics import to_ics
    from planexport.fileio import write_atomic

    table = settings.ics
    target = settings.path(table.output if table and table.output else f"{stem}.ics")
    previous: bytes | None = None
    if target.exists():
        try:
            previous = target.read_bytes()
        except OSError as error:
            raise CalendarError(f"cannot read: {error.strerror or error}", file=target) from None
    data = to_ics(result, previous=previous)
    events = data.count(b"BEGIN:VEVENT")
    feed = settings.path(table.feed) if table and table.feed else None
    note = f" and the feed {feed}" if feed is not None else ""
    if dry_run:
        return f"would write {target} ({events} events){note}"
    if feed is not None:
        from planexport.export.feed import DEFAULT_REFRESH, to_feed

        # Written first: a feed that cannot be written leaves the calendar file as it was.
        earlier = feed.read_bytes() if feed.is_file() else None
        write_atomic(feed, to_feed(result, refresh=DEFAULT_REFRESH, previous=earlier))
    write_atomic(target, data)
    return f"wrote {target} ({events} events){note}"


def _sync_preview(
    result: Schedule, settings: Config, *, stem: str, dry_run: bool, now: dt.datetime
) -> str:
    from planexport.export.html import to_html
    from planexport.fileio import write_atomic
    from planexport.progress import progress_of

    table = settings.preview
    target = settings.path(table.output if table and table.output else f"{stem}.html")
    if dry_run:
        return f"would write {target}"
    state = progress_of(result, done=done_elsewhere(result, now=now), now=now)
    write_atomic(target, to_html(result, progress=state).encode("utf-8"))
    return f"wrote {target}"


def _sync_caldav(
    result: Schedule, settings: Config, *, stem: str, dry_run: bool, now: dt.datetime
) -> str:
    from planexport.export.caldav import PASSWORD_ENV, push_caldav

    table = settings.caldav
    assert table is not None  # only named targets run
    pushed = push_caldav(
        result,
        url=table.url,
        calendar=table.calendar,
        user=table.user,
        password=os.environ.get(PASSWORD_ENV) or None,
        dry_run=dry_run,
    )
    made = " (new calendar)" if pushed.plan.creates_calendar else ""
    if dry_run:
        from planexport.export.sync import would

        return f"{table.calendar}{made}: {would(c.action for c in pushed.plan.changes)}"
    return f"{table.calendar}{made}: {pushed.plan.summary()}"


def _sync_todoist(
    result: Schedule, settings: Config, *, stem: str, dry_run: bool, now: dt.datetime
) -> str:
    from planexport.export.todoist import DEFAULT_URL, TOKEN_ENV, URL_ENV, TodoistOptions
    from planexport.export.todoist import push_todoist as push

    table = settings.todoist
    assert table is not None  # only named targets run
    chosen: dict[str, Any] = {
        "project": table.project,
        "priority": table.priority or Priority.p4.value,
        "items": table.items or Items.subtasks.value,
        "sections": table.sections,
        "labels": table.labels,
        "room": table.room,
        "ahead": table.ahead,
    }
    # Keys the file leaves out keep the push's own defaults.
    chosen = {k: v for k, v in chosen.items() if v is not None or k in ("project", "sections")}
    pushed = push(
        result,
        token=os.environ.get(TOKEN_ENV),
        options=TodoistOptions(**chosen),
        base_url=os.environ.get(URL_ENV) or DEFAULT_URL,
        dry_run=dry_run,
        now=now,
    )
    if dry_run:
        from planexport.export.sync import would

        return would(c.action for c in pushed.plan.changes)
    plural = "" if pushed.batches == 1 else "s"
    return f"{pushed.plan.summary()} ({pushed.batches} sync request{plural})"


_TARGETS: dict[str, Callable[..., str]] = {
    "ics": _sync_ics,
    "preview": _sync_preview,
    "caldav": _sync_caldav,
    "todoist": _sync_todoist,
}
