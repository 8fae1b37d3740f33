"""How reading grows with one line's length: a line of one character repeated stays linear."""

from __future__ import annotations

import functools

from bench.figures import Config, Row
from bench.measure import paired

# Lines no plan holds but a pasted log, a table gone wrong or a hostile file can: each repeats
# what one of the reader's patterns looks for (digits, marks, brackets, clock times, cells).
KINDS = {
    "digits": "1",
    "stars": "*",
    "brackets": "(",
    "spaces": " ",
    "colons": "1:",
    "clock times": "9:00 - ",
    "underscores": "_a",
    "cells": "| ",
    # Words a weekday list could join with words that are letters too (`en`, `y`, `e`).
    "joined words": "twenty-",
    # Lengths joined one to the next (`1 h y 1 h y …`), added up (`1h + 1h + …`, a sum before
    # its `=`), bold marks never closed, Dutch hours (`1u`): each part is read once.
    "joined lengths": "1 h y ",
    "added lengths": "1h + ",
    "open bold": "**a ",
    "Dutch hours": "1u ",
}
GROWTH = 4
"""How much longer the subject's line is than the baseline's: linear reading takes 4x as long."""
FIGURE = f"read a plan with one {GROWTH}x longer line of a repeated character, worst kind"
BUDGET = 6.0
"""Linear is 4x; quadratic would be 16x."""


def _plan(unit: str, chars: int) -> str:
    return f"### Day 1\n- {unit * (chars // len(unit))} Read (30 min)\n- Review (20 min)\n"


def _first_read(text: str) -> None:
    """Read `text` as a command does, for the first time: what the reader keeps between reads
    emptied before, or a line read again would be found there (a line of many lengths is asked
    about once per length)."""
    from planexport.reader import parse_markdown
    from planexport.reader.line_memo import forget

    forget()
    parse_markdown(text)


def long_lines(config: Config) -> list[Row]:
    """Reading a plan whose first block line is 4x as long, against the shorter one, each time
    for the first time: the worst of the kinds of line above."""
    from planexport.reader import parse_markdown

    short = 250 if config.quick else 2000
    parse_markdown(_plan("1 h y 9:00-10:00 **a ", short))  # loads the modules that cache
    ratios: dict[str, float] = {}
    worst_times = (0.0, 0.0)
    for name, unit in KINDS.items():
        subject = _plan(unit, short * GROWTH)
        baseline = _plan(unit, short)
        result = paired(
            functools.partial(_first_read, subject),
            functools.partial(_first_read, baseline),
            rounds=config.rounds,
            warmup=config.warmup,
        )
        ratios[name] = result.ratio
        if result.ratio >= max(ratios.values()):
            worst_times = (result.subject, result.baseline)
    worst = max(ratios, key=lambda name: ratios[name])
    return [
        Row(
            figure=FIGURE,
            measured=f"{worst_times[0] * 1000:.1f} ms",
            baseline=f"{worst_times[1] * 1000:.1f} ms",
            value=f"{ratios[worst]:.2f}x",
            budget=f"<= {BUDGET:g}x",
            ok=None if config.quick else ratios[worst] <= BUDGET,
            note=f"lines of {short * GROWTH:,} against {short:,} characters; linear is "
            f"{GROWTH}x, quadratic {GROWTH**2}x; worst: {worst}; "
            + ", ".join(f"{name} {ratio:.2f}x" for name, ratio in ratios.items()),
        )
    ]
