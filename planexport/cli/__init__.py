"""The command line: `app` (Typer) and `main`, the `planexport` console script."""

from __future__ import annotations

from planexport.cli import commands as _commands  # registers the commands on the apps
from planexport.cli.app import app, export_app, main, push_app

__all__ = ["app", "export_app", "main", "push_app"]

# status, init and sync (cli/living.py) and serve (cli/serve.py) are declared when a run asks
# for them or for the list of commands: see `_LATER` in cli/app.py.
del _commands
