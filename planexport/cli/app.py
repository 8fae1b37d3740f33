"""The command line's plumbing: the Typer apps, one-line errors and exit codes, the entry point."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperCommand, TyperGroup, TyperOption

from planexport import __version__
from planexport.errors import OptionsError, PlanexportError

__all__ = ["Command", "app", "commands_app", "export_app", "main", "push_app", "report"]


def _flags_unlabelled(params: list[Any]) -> list[Any]:
    """The parameters, each flag with an empty metavar: help shows no type beside it."""
    for param in params:
        # A flag takes no value: typer's "<bool>" beside every flag (its own --help too) reads
        # as if it did. An option's metavar is what help shows in that column.
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""
    return params


class Command(TyperCommand):
    """A command whose help shows no type beside its flags."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _flags_unlabelled(super().get_params(ctx))


class _Group(TyperGroup):
    """A command group built lazily, whose usage errors are one line on stderr.

    Typer builds every command's parameters before it runs one; this group is given only its
    own options by typer and builds a command from its `registry` when click asks for it by
    name (click's `list_commands`/`get_command` hooks), so a run builds the one it runs.
    """

    def __init__(self, *args: Any, registry: typer.Typer | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.registry = registry  # None: the program itself, whose registry is `commands_app`

    def get_params(self, ctx: Any) -> list[Any]:
        return _flags_unlabelled(super().get_params(ctx))

    def _declared(self, name: str | None = None) -> typer.Typer:
        if self.registry is not None:
            return self.registry
        later = dict.fromkeys(_LATER.values()) if name is None else [_LATER.get(name)]
        for module in filter(None, later):
            importlib.import_module(module)  # declares its commands on `commands_app`
        return commands_app

    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)  # any command typer built already
        declared = self._declared()
        for info in declared.registered_commands:
            names.append(_command_name(info))
        names += [name for name in _GROUPS if self.registry is None]
        return list(dict.fromkeys(names))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is None:
            command = self._build(cmd_name)
            if command is not None:
                self.add_command(command, cmd_name)  # built once per run
        return command

    def _build(self, name: str) -> Any:
        if self.registry is None and name in _GROUPS:
            registry, help_text = _GROUPS[name]
            return _Group(
                name=name,
                registry=registry,
                help=help_text,
                no_args_is_help=True,
                rich_markup_mode=self.rich_markup_mode,
            )
        for info in self._declared(name).registered_commands:
            if _command_name(info) == name:
                import typer.main

                one = typer.Typer(add_completion=False, rich_markup_mode=self.rich_markup_mode)
                one.registered_commands.append(info)
                return typer.main.get_command(one)  # a one-command app is that command
        return None

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except typer.TyperException as error:  # click's UsageError, as typer exposes it
            # typer suggests only among the commands it built; this group knows them all.
            message = getattr(error, "message", "")
            if args and isinstance(message, str) and "Did you mean" not in message:
                from difflib import get_close_matches

                matches = get_close_matches(args[0], self.list_commands(ctx))
                if matches:
                    suggestions = ", ".join(repr(match) for match in matches)
                    error.message = f"{message.rstrip('.')}. Did you mean {suggestions}?"
            raise

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

        from planexport.cli.settings import config_first

        # `--config FILE` is the root's option; let it stand anywhere, as users type it.
        args = config_first(list(sys.argv[1:] if args is None else args))
        if not standalone_mode:
            return run(False)
        # Typer prints a usage error as a usage line, a hint and a boxed message; planexport's
        # errors are one line on stderr, whoever finds them. Not standalone, click raises them.
        try:
            code = run(False)
        except typer.Abort:
            typer.echo("planexport: aborted", err=True)
            sys.exit(1)
        except typer.TyperException as error:  # click's exceptions, as typer exposes them
            sys.exit(_usage_line(error))
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: Any) -> Any:  # typer.Context
        try:
            return super().invoke(ctx)
        except (PlanexportError, KeyboardInterrupt, BrokenPipeError) as error:
            raise typer.Exit(report(ctx, error)) from None
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except Exception as error:
            if _verbose(ctx):
                raise
            raise typer.Exit(report(ctx, error)) from None


def _usage_line(error: Any) -> int:
    """Print a usage error as one line (`planexport show: no such option: --shedule ...`)."""
    code = int(getattr(error, "exit_code", 1))
    message = " ".join(str(error.format_message()).split()).rstrip(".")
    ctx = getattr(error, "ctx", None)
    if not message or message.startswith("Usage:"):
        return code  # no arguments at all: the help was the message, and it is printed
    where = ctx.command_path if ctx is not None else "planexport"
    possible = getattr(error, "possibilities", None)
    if getattr(error, "option_name", None) and possible is not None:
        # An unknown option. click lists --help among the "possible options"; a user who
        # misspelt --shedule wants only --schedule.
        message = f"no such option: {error.option_name}"
        possible = [p for p in possible if p != "--help"]
        if possible:
            message += f"; did you mean {' or '.join(sorted(possible))}?"
    else:
        # Typer words some checks in pydantic's terms; say them in a user's.
        for theirs, ours in _PLAIN_WORDS:
            message = message.replace(theirs, ours)
        message = message[:1].lower() + message[1:]
    hint = f" (see '{where} --help')" if ctx is not None else ""
    typer.echo(f"{where}: {message}{hint}", err=True)
    return code


_PLAIN_WORDS = (
    ("Input should be greater than or equal to", "must be at least"),
    ("Input should be a valid integer, unable to parse string as an integer", "not a whole number"),
    ("Input should be a valid integer", "not a whole number"),
    ("Value error, ", ""),
    (". Did you mean", "; did you mean"),
)


def report(ctx: typer.Context, error: BaseException) -> int:
    """Print an error of a command as one line on stderr; the exit code it means.

    planexport's own errors print as they are (`FILE:LINE: reason`); anything else is
    unexpected and says so, with a traceback under --verbose.
    """
    verbose = _verbose(ctx)
    if isinstance(error, PlanexportError):
        if verbose:
            import traceback

            traceback.print_exception(error, file=sys.stderr)
        if isinstance(error, OptionsError):
            from planexport.options import worded

            error = worded(error)  # the library names fields; a user typed flags
        typer.echo(f"planexport: {error}" if error.file is None else str(error), err=True)
        return error.exit_code
    if isinstance(error, KeyboardInterrupt):
        typer.echo("planexport: interrupted", err=True)
        return 130
    if isinstance(error, BrokenPipeError):
        # The reader went away (`planexport ... -o - | head`): stop quietly, as cat does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    typer.echo(
        f"planexport: unexpected error: {type(error).__name__}: {error} "
        "(run with --verbose for details)",
        err=True,
    )
    return 1


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
# Where commands are declared (`@commands_app.command(...)`); `app` builds them when they run.
commands_app = typer.Typer()
export_app = typer.Typer()
push_app = typer.Typer()
# The modules that declare a few seldom-run commands, imported when one of them runs or help
# lists them all: every other command starts without their imports.
_LATER = {
    "status": "planexport.cli.living",
    "init": "planexport.cli.living",
    "sync": "planexport.cli.living",
    "serve": "planexport.cli.serve",
}

_GROUPS = {
    "export": (export_app, "Write a schedule to a file (.ics, Todoist CSV)."),
    "push": (push_app, "Send a schedule to a service (Todoist, CalDAV)."),
}


def _command_name(info: Any) -> str:
    """A declared command's name, as typer gives it: its own, or its function's."""
    return str(info.name or info.callback.__name__.lower().replace("_", "-"))


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
    config: Annotated[
        Optional[Path],  # noqa: UP045 - typer reads these annotations at run time on Python 3.10
        typer.Option(
            "--config",
            metavar="FILE",
            help="Settings file. Default: planexport.toml here or in a parent folder.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Turn Markdown study-week plans into calendar time blocks, Todoist tasks and a picture."""
    ctx.obj = {"verbose": verbose, "config": None}
    from planexport.cli.settings import load_settings

    load_settings(ctx, config=config)


def main() -> None:
    """Entry point of the `planexport` console script."""
    _collect_seldom()
    if os.environ.get("NO_COLOR"):
        os.environ.setdefault("TERM", "dumb")
    app()


def _collect_seldom() -> None:
    """Let the cyclic garbage collector run seldom in this process, as mypy's command does.

    A command imports its libraries and reads a plan, allocating tens of thousands of objects
    that live until it exits and making few reference cycles; at Python's default (a collection
    every 700 allocations) an export of the seed spent some 5% of its time in about 90
    collections that freed almost nothing, and at 50,000 apart one collection of those young
    objects still took some 8 ms. The objects of the modules imported so far are frozen out of
    every collection; cycles made later are still freed, 200,000 allocations apart (mypy's
    figure): an export of the seed or of a 52-week plan runs none.
    """
    import gc

    gc.freeze()
    gc.set_threshold(200_000)
