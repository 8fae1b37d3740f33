"""Run the benchmarks: measure every figure, print the table and write the results file."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path

from bench import figures
from bench.caldav_push import caldav_push
from bench.figures import Config, Growth, Profile, Row
from bench.lines import long_lines
from bench.plans import plan_markdown

__all__ = ["main"]

RESULTS = Path(__file__).with_name("results.md")
_PACKAGES = ("planexport", "icalendar", "pydantic", "typer", "markdown-it-py", "todoist-api-python")


def main(argv: Sequence[str] | None = None) -> int:
    """Run every figure; exit 1 when a budget is missed (quick mode checks that it runs: 0)."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="run everything once with tiny sizes, check no timing, leave bench/results.md alone",
    )
    parser.add_argument("--rounds", type=int, default=None, help="paired rounds per figure")
    parser.add_argument("--output", type=Path, default=None, help="where to write the results")
    parser.add_argument(
        "--only",
        choices=sorted(_ONE),
        action="append",
        help="measure only this figure (repeatable): print its row and note, write no file",
    )
    args = parser.parse_args(argv)
    config = Config.of(quick=args.quick, rounds=args.rounds)
    if args.only:
        return _only(args.only, config)
    output: Path = args.output or (
        Path(tempfile.gettempdir()) / "planexport-bench-quick.md" if config.quick else RESULTS
    )

    began = time.perf_counter()
    load_before = _load()
    rows: list[Row] = []
    _step("whole process: planexport --help")
    rows.append(figures.startup_help(config))
    _step("whole process: planexport export ics")
    rows.append(figures.startup_export(config))
    rows += _long_plan(config)
    _step("reading long lines")
    rows += long_lines(config)
    _step("Todoist requests")
    rows += figures.todoist_requests(config)
    _step("CalDAV push behind a slow link")
    rows.append(caldav_push(config))
    _step("growth with the plan's length")
    growth, largest = figures.growth(config)
    slowest = growth.slowest
    _step(f"profile: {slowest}")
    profile = figures.profile(slowest, largest[slowest], weeks=config.growth[-1])
    elapsed = time.perf_counter() - began

    print(_table(rows))
    print()
    print(_growth_table(growth, quick=config.quick))
    print()
    print(
        f"slowest stage: {profile.stage} ({profile.weeks} weeks), "
        f"{profile.total * 1000:.0f} ms under cProfile; own time by package: "
        + ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in profile.by_package[:5])
    )
    report = _report(
        rows, growth, profile, config=config, elapsed=elapsed, loads=(load_before, _load())
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report, encoding="utf-8")
    print(f"\nwrote {output} ({elapsed:.0f} s)")
    missed = [row.figure for row in rows if row.ok is False]
    if missed:
        print("budget missed: " + "; ".join(missed), file=sys.stderr)
        return 0 if config.quick else 1
    return 0


def _only(names: Sequence[str], config: Config) -> int:
    """Measure the figures named, print their rows (and notes); exit 1 when one misses."""
    rows: list[Row] = []
    for name in dict.fromkeys(names):
        _step(name)
        rows += _ONE[name](config)
    print(_table(rows))
    for row in rows:
        if row.note:
            print(f"{row.figure}: {row.note}")
    missed = [row.figure for row in rows if row.ok is False]
    if missed:
        print("budget missed: " + "; ".join(missed), file=sys.stderr)
    return 1 if missed else 0


def _long_plan(config: Config) -> list[Row]:
    """Read and export figures; the plan and its schedule go when they are done."""
    from planexport.reader import parse_markdown
    from planexport.scheduling import schedule

    text = plan_markdown(config.weeks)
    _step(f"read the {config.weeks}-week plan")
    rows = figures.read_plan(config, text)
    _step(f"export the {config.weeks}-week plan to .ics")
    result = schedule(parse_markdown(text), figures.options())
    rows += figures.export_plan(config, result)
    _step(f"whole process: first export of the {config.weeks}-week plan")
    return [*rows, figures.long_export_process(config, text)]


_ONE: dict[str, Callable[[Config], list[Row]]] = {
    "help": lambda config: [figures.startup_help(config)],
    "export": lambda config: [figures.startup_export(config)],
    "long-plan": _long_plan,
    "long-lines": long_lines,
    "todoist": figures.todoist_requests,
    "caldav": lambda config: [caldav_push(config)],
}
"""The figures `--only` can measure alone (growth and the profile run with the full bench)."""


def _step(what: str) -> None:
    print(f"bench: {what} ...", file=sys.stderr, flush=True)


def _load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "n/a"


def _result(row: Row) -> str:
    return "not checked" if row.ok is None else "pass" if row.ok else "MISS"


def _table(rows: Sequence[Row]) -> str:
    header = ("figure", "measured", "baseline", "ratio/count", "budget", "result")
    lines = [
        (row.figure, row.measured, row.baseline, row.value, row.budget, _result(row))
        for row in rows
    ]
    widths = [max(len(cells[i]) for cells in [header, *lines]) for i in range(len(header))]
    rule = "  ".join("-" * w for w in widths)
    out = [
        "  ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)) for cells in lines
    ]
    return "\n".join(
        ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), rule, *out]
    )


def _shape(growth: Growth, stage: str, *, quick: bool) -> str:
    if quick:
        return "not judged (quick)"
    return "linear" if growth.linear(stage) else "faster than linear"


def _growth_table(growth: Growth, *, quick: bool) -> str:
    lines = [f"{'stage':<30}" + "".join(f"{w:>9}w" for w in growth.weeks) + "   ms/week  power"]
    for stage, seconds in growth.seconds.items():
        cells = "".join(f"{s * 1000:>8.1f}ms" for s in seconds)
        per_week = seconds[-1] / growth.weeks[-1] * 1000
        lines.append(
            f"{stage:<30}{cells}{per_week:>10.2f}  {growth.exponent(stage):>5.2f}"
            f" {_shape(growth, stage, quick=quick).replace('faster', 'FASTER')}"
        )
    return "\n".join(lines)


def _machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    versions = []
    for name in _PACKAGES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    return [
        f"- CPU: {cpu}, {os.cpu_count()} logical cores",
        f"- OS: {platform.platform()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- Packages: {', '.join(versions)}",
    ]


def _report(
    rows: Sequence[Row],
    growth: Growth,
    profile: Profile,
    *,
    config: Config,
    elapsed: float,
    loads: tuple[str, str],
) -> str:
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    mode = "quick check (tiny sizes, one run, budgets not checked)" if config.quick else "full"
    out = [
        "# planexport benchmarks",
        "",
        f"Run {now}, {mode}, {elapsed:.0f} s. Written by `make bench` (`python -m bench`).",
        "",
        "## Machine",
        "",
        *_machine(),
        f"- Load average (1, 5, 15 min): {loads[0]} before, {loads[1]} after",
        "",
        "## Method",
        "",
        "Every timing is a ratio to a baseline measured in the same run. Subject and baseline run "
        "alternately, one of each per round, the first of the pair alternating between rounds, "
        "after a warm-up call of each; a figure is the median over rounds of the ratio within a "
        f"round ({config.process_rounds} rounds for whole processes, {config.rounds} in-process). "
        "Times shown are the medians of each side. Whole processes run with their bytecode "
        "cached in a temporary folder (PYTHONPYCACHEPREFIX, filled by the warm-up), as an "
        "installed package's would be. Peak memory is tracemalloc's peak, median of "
        f"{config.memory_runs}. The {config.weeks}-week plan is generated by `bench/plans.py` "
        f"(days with 4- and 6-hour plans, `Add:`, ranges, nested items, an overview table) and "
        f"scheduled from {figures.START} in {figures.TZ}. Every timed read is a first read of "
        "its text: what the reader keeps between reads (readings of the lines a long plan "
        "repeats) is emptied before it (`line_memo.forget`, in the time). "
        "The .ics baseline gets the finished "
        "event texts and builds, zones (icalendar's own VTIMEZONE) and serialises the same "
        "events; the bench checks that both calendars hold the same events. The whole-process "
        "baselines: for `export ics` of the seed, a one-command Typer app with the same options "
        "that imports icalendar and writes nothing (`bench/typer_export.py`); for the long "
        "plan's first export, one process that tokenises the same Markdown with markdown-it-py "
        "and builds the same events with icalendar directly (`bench/direct_export.py`). "
        "Todoist requests are "
        "counted against `tests/fake_todoist.py`, every object read by the SDK's models. The "
        "CalDAV push goes to a real Radicale (its storage on tmpfs where there is one, its item "
        "cache by file size and time) through `tests/dav_proxy.py`, which holds every "
        "request 100 ms (a real server's round trip); each push makes a calendar of its own, the "
        "two pushes of a pair alternate which goes first, and the figure is the median ratio "
        f"over {config.caldav_rounds} pairs.",
        "",
        "## Figures",
        "",
        "| figure | measured | baseline | ratio / count | budget | result | note |",
        "|---|---|---|---|---|---|---|",
    ]
    out += [
        f"| {r.figure} | {r.measured} | {r.baseline} | {r.value} | {r.budget} | {_result(r)} "
        f"| {r.note} |"
        for r in rows
    ]
    out += [
        "",
        "## Growth with the plan's length",
        "",
        "Median time of each stage (read: Markdown to Plan; schedule: Plan to timed blocks; "
        f"export: blocks to .ics bytes; {figures.REFERENCE}: tokenising the same text, for "
        "comparison, and again with the cyclic garbage collector off, as reading, scheduling and "
        "export run). Power is the slope of a least-squares "
        "fit of log time against log weeks, "
        f"the {growth.weeks[0]}-week plan left out when there are more than two (1.0 is linear; "
        f"up to {figures.LINEAR_EXPONENT} counts as linear, allowing for noise).",
        "",
        "| stage | " + " | ".join(f"{w} wk" for w in growth.weeks) + " | ms per week | power | |",
        "|---|" + "---|" * (len(growth.weeks) + 3),
    ]
    for stage, seconds in growth.seconds.items():
        per_week = seconds[-1] / growth.weeks[-1] * 1000
        out.append(
            f"| {stage} | "
            + " | ".join(f"{s * 1000:.1f} ms" for s in seconds)
            + f" | {per_week:.2f} | {growth.exponent(stage):.2f} | "
            + _shape(growth, stage, quick=config.quick)
            + " |"
        )
    out += [
        "",
        f"## Profile of the slowest stage: {profile.stage} ({profile.weeks} weeks)",
        "",
        f"One call under cProfile: {profile.total * 1000:.0f} ms. Own time by package: "
        + ", ".join(
            f"{name} {seconds * 1000:.0f} ms ({seconds / profile.total:.0%})"
            for name, seconds in profile.by_package
            if seconds >= 0.005 * profile.total
        )
        + ".",
        "",
        "| function | calls | own ms | cumulative ms |",
        "|---|---|---|---|",
    ]
    out += [
        f"| `{name}` | {calls} | {own * 1000:.1f} | {cum * 1000:.1f} |"
        for name, calls, own, cum in profile.entries
    ]
    return "\n".join(out) + "\n"
