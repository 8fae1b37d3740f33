"""A one-command Typer app: the start-up baseline of `planexport --help`."""

from __future__ import annotations

import typer

app = typer.Typer()


@app.command()
def greet(name: str = "world") -> None:
    """Greet someone."""
    typer.echo(f"hello {name}")


if __name__ == "__main__":
    app()
