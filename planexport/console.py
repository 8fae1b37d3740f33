"""The `planexport` console script: the garbage collector set for a short run, then the CLI.

The collector is set before the command line's libraries load, not after: at Python's default
their imports alone run some twenty collections that free nothing.
"""

from __future__ import annotations

__all__ = ["main"]


def main() -> None:
    """Entry point of the `planexport` console script and of `python -m planexport`."""
    import gc

    gc.freeze()
    gc.set_threshold(200_000)
    from planexport.cli import main as run

    run()
