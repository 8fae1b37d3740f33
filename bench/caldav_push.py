"""A long plan's first CalDAV push behind a slow link: writes in flight against one at a time."""

from __future__ import annotations

import re
import statistics
import tempfile
import time
from pathlib import Path

from bench.figures import Config, Row, options
from bench.plans import plan_markdown

__all__ = ["DELAY", "JOBS", "caldav_push"]

DELAY = 0.1
"""Seconds the proxy adds to every request: a real server's round trip (100–300 ms)."""
JOBS = 4
"""The push's default number of writes in flight."""
_TOOK = re.compile(r"response status .*? in ([0-9.]+) seconds")


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
    rounds = 1 if config.quick else 3
    plan = schedule(parse_markdown(plan_markdown(weeks), source=f"gen-{weeks}.md"), options())

    with tempfile.TemporaryDirectory(prefix="planexport-bench-caldav-") as folder:
        server = radicale.start_radicale(Path(folder))
        proxy = proxies.DavProxy(server.port, delay=delay)
        try:
            runs = 0

            log = Path(server.log)

            def push(jobs: int) -> tuple[float, int, float]:
                nonlocal runs
                runs += 1
                before = proxy.count()
                logged = log.stat().st_size
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
                if result.plan.count("create") != len(plan.blocks):
                    raise RuntimeError(f"the push made {result.plan.summary()}")
                with log.open("rb") as handle:
                    handle.seek(logged)
                    lines = handle.read().decode("utf-8", "replace")
                # Radicale logs how long it took over each request: its own share of the time.
                own = sum(float(t) for t in _TOOK.findall(lines))
                return seconds, proxy.count() - before, own

            ratios: list[float] = []
            many: list[float] = []
            one: list[float] = []
            server_time: list[float] = []
            requests = 0
            for round_ in range(rounds):
                order = (JOBS, 1) if round_ % 2 == 0 else (1, JOBS)
                timed = {jobs: push(jobs) for jobs in order}
                many.append(timed[JOBS][0])
                one.append(timed[1][0])
                requests = timed[JOBS][1]
                server_time.append(timed[1][2])
                ratios.append(timed[JOBS][0] / timed[1][0])
        finally:
            proxy.stop()
            server.stop()
    ratio = statistics.median(ratios)
    return Row(
        figure=f"CalDAV: {weeks}-week first push to Radicale, {delay * 1000:.0f} ms per request, "
        f"--jobs {JOBS} against --jobs 1",
        measured=f"{statistics.median(many):.1f} s",
        baseline=f"{statistics.median(one):.1f} s",
        value=f"{ratio:.2f}x",
        budget="<= 0.33x",
        ok=None if config.quick else ratio <= 1 / 3,
        note=f"{len(plan.blocks)} events, {requests} requests a push; Radicale's own time in the "
        f"--jobs 1 push (its log): {statistics.median(server_time):.1f} s, a floor for any "
        "number of jobs, as it writes one change at a time",
    )
