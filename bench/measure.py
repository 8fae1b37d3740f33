"""Timing and memory helpers: paired, interleaved runs summarised by medians."""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Paired", "command", "paired", "peak_bytes", "timed"]


@dataclass(frozen=True)
class Paired:
    """A subject and its baseline timed in the same rounds."""

    subject: float
    """Median seconds of the subject."""
    baseline: float
    """Median seconds of the baseline."""
    ratio: float
    """Median over rounds of subject / baseline within the round."""
    rounds: int


def timed(fn: Callable[[], object], *, pause_gc: bool = False) -> float:
    """Seconds one call of `fn` takes, after a full collection so earlier garbage is not billed.

    With `pause_gc`, the cyclic garbage collector does not run during the call (to tell its
    cost apart from the code's own).
    """
    gc.collect()
    if pause_gc:
        gc.disable()
    try:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start
    finally:
        if pause_gc:
            gc.enable()


def paired(
    subject: Callable[[], object],
    baseline: Callable[[], object],
    *,
    rounds: int,
    warmup: int = 1,
) -> Paired:
    """Time subject and baseline alternately; each round runs both, in alternating order.

    Interleaving puts both under the same load at about the same time, and alternating which
    goes first cancels any advantage of running second (warm caches, a CPU already clocked up).
    """
    for _ in range(warmup):
        baseline()
        subject()
    subjects: list[float] = []
    baselines: list[float] = []
    for index in range(rounds):
        if index % 2 == 0:
            b = timed(baseline)
            s = timed(subject)
        else:
            s = timed(subject)
            b = timed(baseline)
        subjects.append(s)
        baselines.append(b)
    ratios = [s / b for s, b in zip(subjects, baselines, strict=True)]
    return Paired(
        subject=statistics.median(subjects),
        baseline=statistics.median(baselines),
        ratio=statistics.median(ratios),
        rounds=rounds,
    )


def command(
    argv: Sequence[str], *, cwd: str, env: dict[str, str] | None = None
) -> Callable[[], None]:
    """A call that runs `argv` to completion (output discarded) and fails if it fails."""
    environ = dict(os.environ if env is None else env)

    def run() -> None:
        done = subprocess.run(list(argv), cwd=cwd, env=environ, capture_output=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(
                f"{' '.join(argv)} exited {done.returncode}: {done.stderr.decode(errors='replace')}"
            )

    return run


def peak_bytes(fn: Callable[[], object], *, runs: int) -> int:
    """Median peak of memory allocated by Python during `fn` (tracemalloc), over `runs` calls."""
    peaks: list[int] = []
    for _ in range(runs):
        gc.collect()
        tracemalloc.start()
        try:
            fn()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        peaks.append(peak)
    return int(statistics.median(peaks))
