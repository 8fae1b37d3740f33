"""The command line: `app` (Typer) and `main`, the `planexport` console script."""

from __future__ import annotations

from planexport.cli import commands as _commands  # registers the commands on the apps
from planexport.cli import living as _living  # status, init, sync
from planexport.cli import serve as _serve
from planexport.cli.app import app, export_app, main, push_app

__all__ = ["app", "export_app", "main", "push_app"]

del _commands, _living, _serve
