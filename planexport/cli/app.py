"""The command line's plumbing: the Typer apps, one-line errors and exit codes, the entry point."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from planexport import __version__
from planexport.errors import OptionsError, PlanexportError

__all__ = ["Command", "app", "export_app", "main", "push_app", "report"]


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
    # Typer 0.29 has no setting to leave type labels out of help; this is the one place that
    # reaches past its public surface, and only for how help looks.
    for param in params:
        if type(param) is TyperArgument:
            param.__class__ = _Argument
        elif type(param) is TyperOption:
            param.__class__ = _Option
    return params


class Command(TyperCommand):
    """A command whose help lists options without type labels."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_help(super().get_params(ctx))


class _Group(TyperGroup):
    """A command group whose usage errors are one line on stderr."""

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
    if os.environ.get("NO_COLOR"):
        os.environ.setdefault("TERM", "dumb")
    app()
