"""A long plan's first CalDAV push behind a slow link: writes in flight against one at a time."""

from __future__ import annotations

import os
import re
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.figures import Config, Row, options
from bench.plans import plan_markdown

__all__ = ["DELAY", "JOBS", "caldav_push"]

DELAY = 0.1
"""Seconds the proxy adds to every request: a real server's round trip (100–300 ms)."""
JOBS = 4
"""The push's default number of writes in flight."""
_TOOK = re.compile(r"(\w+) response status .*? in ([0-9.]+) seconds")


@dataclass(frozen=True)
class _Push:
    seconds: float
    requests: int
    puts: tuple[float, ...]
    """Radicale's time over each PUT, in the order it logged them."""
    cpu: float | None
    """The CPU time Radicale's process used over the push; None where it cannot be read."""

    def tenth(self, *, last: bool) -> float:
        """Radicale's mean time over the first (or last) tenth of the push's PUTs."""
        size = max(1, len(self.puts) // 10)
        chosen = self.puts[-size:] if last else self.puts[:size]
        return statistics.fmean(chosen) if chosen else 0.0


def caldav_push(config: Config) -> Row:
    """Wall time of a first push with `--jobs 4` over that with `--jobs 1`, to Radicale.

    Both go through a local proxy that holds every request `DELAY` seconds; each push makes a
    calendar of its own. Pairs alternate which push goes first; the figure is the median ratio.
    """
    from planexport.export.caldav import push_caldav
    from planexport.reader import parse_markdown
    from planexport.scheduling import schedule
    from tests import dav_proxy as proxies
    from tests import radicale_server as radicale

    weeks = config.todoist_weeks if not config.quick else 1
    delay = DELAY if not config.quick else 0.01
    rounds = 1 if config.quick else config.caldav_rounds
    plan = schedule(parse_markdown(plan_markdown(weeks), source=f"gen-{weeks}.md"), options())

    with tempfile.TemporaryDirectory(prefix="planexport-bench-caldav-", dir=_memory()) as folder:
        server = radicale.start_radicale(Path(folder))
        proxy = proxies.DavProxy(server.port, delay=delay)
        try:
            runs = 0

            log = Path(server.log)

            def push(jobs: int) -> _Push:
                nonlocal runs
                runs += 1
                before = proxy.count()
                logged = log.stat().st_size
                used = _cpu_seconds(server.process.pid)
                began = time.perf_counter()
                result = push_caldav(
                    plan,
                    url=proxy.url,
                    calendar=f"Bench {runs} jobs {jobs}",
                    user=server.user,
                    password=server.password,
                    jobs=jobs,
                )
                seconds = time.perf_counter() - began
                spent = _cpu_seconds(server.process.pid)
                if result.plan.count("create") != len(plan.blocks):
                    raise RuntimeError(f"the push made {result.plan.summary()}")
                with log.open("rb") as handle:
                    handle.seek(logged)
                    lines = handle.read().decode("utf-8", "replace")
                # Radicale logs how long it took over each request: how its writes slow down.
                took = _TOOK.findall(lines)
                return _Push(
                    seconds=seconds,
                    requests=proxy.count() - before,
                    puts=tuple(float(t) for method, t in took if method == "PUT"),
                    cpu=spent - used if spent is not None and used is not None else None,
                )

            ratios: list[float] = []
            many: list[_Push] = []
            one: list[_Push] = []
            load = _load()
            for round_ in range(rounds):
                order = (JOBS, 1) if round_ % 2 == 0 else (1, JOBS)
                timed = {jobs: push(jobs) for jobs in order}
                many.append(timed[JOBS])
                one.append(timed[1])
                ratios.append(timed[JOBS].seconds / timed[1].seconds)
            load = max(load, _load())
        finally:
            proxy.stop()
            server.stop()
    ratio = statistics.median(ratios)
    median = statistics.median
    wall = median(p.seconds for p in one)

    def ms(value: float) -> str:
        return f"{value * 1000:.0f} ms"

    cpus = [p.cpu for p in many if p.cpu is not None]
    # Radicale serves requests in threads of one Python process: its CPU time over the push is
    # spent one request at a time, so no number of jobs can take the push below it.
    floor = (
        f"Radicale's CPU time in the --jobs {JOBS} push: {median(cpus):.1f} s, a floor of "
        f"{median(cpus) / wall:.2f}x of the --jobs 1 push for any number of jobs; "
        if cpus
        else ""
    )
    return Row(
        figure=f"CalDAV: {weeks}-week first push to Radicale, {delay * 1000:.0f} ms per request, "
        f"--jobs {JOBS} against --jobs 1",
        measured=f"{median(p.seconds for p in many):.1f} s",
        baseline=f"{wall:.1f} s",
        value=f"{ratio:.2f}x",
        budget="<= 0.33x",
        ok=None if config.quick else ratio <= 1 / 3,
        note=f"{len(plan.blocks)} events, {many[-1].requests} requests a push. {floor}"
        f"Radicale's time over a write (its log, --jobs 1): "
        f"{ms(median(p.tenth(last=False) for p in one))} in the first tenth of the push, "
        f"{ms(median(p.tenth(last=True) for p in one))} in the last (before storing a new event "
        "it reads every event already in the calendar to check its UID is new). "
        f"Storage on {'tmpfs' if _memory() else 'disk'}, item cache by file size and time; "
        f"load average up to {load:.1f}",
    )


def _memory() -> str | None:
    """A folder in memory (tmpfs) for the server's throwaway storage, when the machine has one.

    Every write Radicale stores is flushed to disk (fsync) and a shared machine's disk is slow
    and uneven; the figure is about the push hiding its round trips, not about that disk.
    """
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def _cpu_seconds(pid: int) -> float | None:
    """The CPU time (user and system) process `pid` has used so far, from /proc (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])  # utime and stime (proc(5), fields 14 and 15)
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _load() -> float:
    """The machine's load average over the last minute; 0 where the system has none."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return 0.0
