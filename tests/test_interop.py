"""Exports read by real parsers (vobject, ical, ical.js under node) and imported by khal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from planexport.export.ics import to_ics
from planexport.model import Plan
from planexport.reader import load
from planexport.scheduling import Schedule, ScheduleOptions, schedule
from tests.ics_support import (
    Seen,
    make_schedule,
    read_ical,
    read_icalendar,
    read_icaljs,
    read_vobject,
)
from tests.paths import DATA, USER_PLAN


@pytest.fixture(autouse=True)
def _no_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


@pytest.fixture(autouse=True)
def _fresh_vobject_zones() -> None:
    """vobject keeps the first VTIMEZONE it sees for a TZID for the rest of the process.

    Each scenario is a separate file with its own span, as a calendar app would read it; without
    this, a zone read earlier from a shorter span (Casablanca before its Ramadan return) is reused.
    """
    import vobject.icalendar

    zones = vars(vobject.icalendar)["__tzidMap"]
    utc = zones.get("UTC")
    zones.clear()
    if utc is not None:
        zones["UTC"] = utc


def _user() -> Plan:
    return load(USER_PLAN)


def _tricky() -> Plan:
    return Plan.model_validate_json((DATA / "ics" / "tricky-text.json").read_text("utf-8"))


def _users_week_across_autumn_change() -> Schedule:
    # The real scheduler, from 01:00, so that the last day's blocks run through the repeated hour.
    options = ScheduleOptions(start=dt.date(2026, 10, 19), tz="Europe/Berlin", day_start=dt.time(1))
    return schedule([_user()], options)


SCENARIOS: dict[str, Callable[[], Schedule]] = {
    "user-week-berlin-autumn": _users_week_across_autumn_change,
    "berlin-autumn-repeated-hour": lambda: make_schedule(
        _user(), start=dt.date(2026, 10, 19), tz="Europe/Berlin", starts={7: dt.time(1, 30)}
    ),
    "berlin-spring-gap": lambda: make_schedule(
        _user(), start=dt.date(2026, 3, 23), tz="Europe/Berlin", starts={7: dt.time(1, 30)}
    ),
    "new-york-spring": lambda: make_schedule(
        _user(), start=dt.date(2026, 3, 2), tz="America/New_York", starts={7: dt.time(1, 30)}
    ),
    "new-york-autumn": lambda: make_schedule(
        _user(), start=dt.date(2026, 10, 26), tz="America/New_York", starts={7: dt.time(0, 30)}
    ),
    "sydney-autumn": lambda: make_schedule(
        _user(), start=dt.date(2026, 3, 30), tz="Australia/Sydney", starts={7: dt.time(1, 30)}
    ),
    "lord-howe-spring-half-hour": lambda: make_schedule(
        _user(), start=dt.date(2026, 9, 28), tz="Australia/Lord_Howe", starts={7: dt.time(1, 0)}
    ),
    "lord-howe-autumn-half-hour": lambda: make_schedule(
        _user(), start=dt.date(2026, 3, 30), tz="Australia/Lord_Howe", starts={7: dt.time(1, 0)}
    ),
    "dublin-spring-negative-dst": lambda: make_schedule(
        _user(), start=dt.date(2026, 3, 23), tz="Europe/Dublin", starts={7: dt.time(0, 30)}
    ),
    "dublin-autumn-negative-dst": lambda: make_schedule(
        _user(), start=dt.date(2026, 10, 19), tz="Europe/Dublin", starts={7: dt.time(0, 30)}
    ),
    "chatham-spring": lambda: make_schedule(
        _user(), start=dt.date(2026, 9, 21), tz="Pacific/Chatham", starts={7: dt.time(2, 0)}
    ),
    "chatham-autumn": lambda: make_schedule(
        _user(), start=dt.date(2026, 3, 30), tz="Pacific/Chatham", starts={7: dt.time(2, 0)}
    ),
    "casablanca-ramadan-weeks": lambda: make_schedule(
        [_user()] * 8, start=dt.date(2026, 2, 2), tz="Africa/Casablanca", at=dt.time(1, 30)
    ),
    "sao-paulo-no-dst": lambda: make_schedule(
        _user(), start=dt.date(2026, 11, 2), tz="America/Sao_Paulo", at=dt.time(0, 0)
    ),
    "kolkata": lambda: make_schedule(_user(), start=dt.date(2026, 11, 30), tz="Asia/Kolkata"),
    "utc": lambda: make_schedule(_user(), start=dt.date(2026, 11, 30), tz="UTC"),
    "etc-gmt-plus-5": lambda: make_schedule(_user(), start=dt.date(2026, 11, 30), tz="Etc/GMT+5"),
    # Plans that start on the change day itself, laid out by the real scheduler from 01:00.
    "berlin-spring-start-on-change-day": lambda: schedule(
        [_user()],
        ScheduleOptions(start=dt.date(2026, 3, 29), tz="Europe/Berlin", day_start=dt.time(1)),
    ),
    "sydney-autumn-start-on-change-day": lambda: schedule(
        [_user()],
        ScheduleOptions(start=dt.date(2026, 4, 5), tz="Australia/Sydney", day_start=dt.time(1)),
    ),
    "sydney-spring-start-on-change-day": lambda: schedule(
        [_user()],
        ScheduleOptions(start=dt.date(2026, 10, 4), tz="Australia/Sydney", day_start=dt.time(1)),
    ),
    "tricky-text-tokyo": lambda: make_schedule(
        _tricky(), start=dt.date(2026, 11, 30), tz="Asia/Tokyo"
    ),
}


def _expected(result: Schedule) -> dict[str, tuple[int, int]]:
    return {
        f"{b.key}@planexport": (int(b.start.timestamp()), int(b.end.timestamp()))
        for b in result.blocks
    }


@pytest.mark.parametrize("name", sorted(SCENARIOS))
@pytest.mark.node
def test_parsers_agree_on_every_event(name: str, tmp_path: Path) -> None:
    result = SCENARIOS[name]()
    data = to_ics(result, alarm_minutes=10, day_events=True, goals=True)
    path = tmp_path / f"{name}.ics"
    path.write_bytes(data)
    readings: dict[str, dict[str, Seen]] = {
        "icalendar": read_icalendar(data),
        "vobject": read_vobject(data),
        "ical": read_ical(data),
        "ical.js": read_icaljs(path),
    }
    expected = _expected(result)
    assert expected
    for parser, seen in readings.items():
        instants = {uid: (e.start, e.end) for uid, e in seen.items() if uid in expected}
        assert instants == expected, parser
        # Everything else (day and goal events) too: the same for every parser.
        got, reference = seen, readings["icalendar"]
        if parser == "ical" and _OLD_ICAL:
            got, reference = _tabs_folded(seen), _tabs_folded(reference)
        assert got == reference, parser


# ical 8 (the last release for Python 3.10) parses with pyparsing's default of expanding tabs to
# spaces by their column in the content line; ical 9 and later keep them. Only for that version,
# runs of blanks in text are compared as one space.
_OLD_ICAL = int(importlib.metadata.version("ical").split(".")[0]) < 9


def _tabs_folded(seen: dict[str, Seen]) -> dict[str, Seen]:
    return {
        uid: dataclasses.replace(e, description=re.sub(r"[ \t]+", " ", e.description))
        for uid, e in seen.items()
    }


def test_the_dst_scenarios_do_cross_a_change() -> None:
    """Guards the scenarios above: each names a week with a clock change inside a block day."""
    for name, build in SCENARIOS.items():
        if "autumn" in name or "spring" in name:
            result = build()
            offsets = {b.start.utcoffset() for b in result.blocks}
            offsets |= {b.end.utcoffset() for b in result.blocks}
            assert len(offsets) == 2, name
    text = to_ics(SCENARIOS["berlin-autumn-repeated-hour"]())
    assert b"DTSTART:20261025T004000Z" in text


@pytest.mark.node
def test_tricky_text_is_read_exactly_by_every_parser(tmp_path: Path) -> None:
    result = SCENARIOS["tricky-text-tokyo"]()
    data = to_ics(result, day_events=True, goals=True)
    path = tmp_path / "tricky.ics"
    path.write_bytes(data)
    uid = "tricky.d1.commas-semicolons-and-backslash@planexport"
    wanted = read_icalendar(data)[uid]
    assert "Line two; with semicolon\nLine three \\ with backslash" in wanted.description
    assert "日本語のテキスト — emoji 🎉" in wanted.description
    for reader in (read_vobject(data), read_ical(data), read_icaljs(path)):
        assert reader[uid] == wanted
    goals = read_icaljs(path)["tricky.goals@planexport"]
    assert goals.description == (
        "Goals, with; punctuation\n"
        "  - Back\\slash, a comma; a semicolon\n"
        "  - Strong goal\n"
        "\n"
        "Links:\n"
        "  - Docs, here (https://example.com/a,b;c)"
    )


@pytest.mark.node
def test_icaljs_sees_a_tzid_without_vtimezone_as_floating(tmp_path: Path) -> None:
    """Guards the ical.js check above: it does notice a missing VTIMEZONE."""
    data = to_ics(SCENARIOS["berlin-spring-gap"]())
    start = data.index(b"BEGIN:VTIMEZONE")
    end = data.index(b"END:VTIMEZONE\r\n") + len(b"END:VTIMEZONE\r\n")
    path = tmp_path / "no-vtimezone.ics"
    path.write_bytes(data[:start] + data[end:])
    with pytest.raises(AssertionError, match="floating"):
        read_icaljs(path)


# ---------------------------------------------------------------------------------------------
# khal


KHAL_CONFIG = """\
[calendars]
[[study]]
path = {vdir}
type = calendar

[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Berlin
default_timezone = Europe/Berlin

[sqlite]
path = {db}
"""


def _khal(tmp_path: Path) -> Callable[..., str]:
    exe = Path(sys.executable).parent / "khal"
    found = str(exe) if exe.exists() else shutil.which("khal")
    assert found, "khal is needed (pip install '.[test]')"
    vdir = tmp_path / "vdir"
    vdir.mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(KHAL_CONFIG.format(vdir=vdir, db=tmp_path / "khal.db"))
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}

    def run(*args: str) -> str:
        out = subprocess.run(
            [found, "-c", str(config), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert out.returncode == 0, out.stderr
        return out.stdout

    return run


def _listing(khal: Callable[..., str]) -> list[str]:
    out = khal(
        "list",
        "--format",
        "{start} {end} {cancelled}{title} <{uid}>",
        "--day-format",
        "",
        "2026-11-30",
        "2026-12-07",
    )
    return [line for line in out.splitlines() if line.strip()]


def test_khal_imports_the_week_and_updates_it_in_place(tmp_path: Path) -> None:
    khal = _khal(tmp_path)
    plan = _user()
    first = make_schedule(plan, start=dt.date(2026, 11, 30), tz="Europe/Berlin")
    export = tmp_path / "week.ics"
    export.write_bytes(to_ics(first))
    khal("import", "--batch", str(export))
    listed = _listing(khal)
    assert len(listed) == len(first.blocks) == 25
    assert "2026-11-30 09:00 2026-11-30 10:00 Concepts · System Design Interview Framework" in (
        " ".join(line.split(" <")[0].split()) for line in listed
    )

    # Edit: day 1 starts an hour later, one block renamed in place, one block dropped.
    days = []
    for day in plan.days:
        variants = []
        for variant in day.variants:
            blocks = tuple(
                block.model_copy(update={"items": ()}) if block.title == "DSA" else block
                for block in variant.blocks
                if not (day.number == 4 and block.title == "Design")
            )
            variants.append(variant.model_copy(update={"blocks": blocks}))
        days.append(day.model_copy(update={"variants": tuple(variants)}))
    edited = plan.model_copy(update={"days": tuple(days)})
    second = make_schedule(
        edited, start=dt.date(2026, 11, 30), tz="Europe/Berlin", starts={1: dt.time(10, 0)}
    )
    export.write_bytes(to_ics(second, previous=export.read_bytes()))
    khal("import", "--batch", str(export))
    listed = _listing(khal)
    uids = [line.rsplit("<", 1)[1].rstrip(">") for line in listed]
    # One event per UID: updated, not duplicated; the dropped block is shown as cancelled.
    assert len(uids) == len(set(uids)) == 25
    assert len(list((tmp_path / "vdir").glob("*.ics"))) == 25
    moved = next(line for line in listed if "<go.d1.concepts@planexport>" in line)
    assert moved.startswith("2026-11-30 10:00 2026-11-30 11:00 ")
    dropped = next(line for line in listed if "<go.d4.design@planexport>" in line)
    assert "CANCELLED" in dropped
    assert sum("CANCELLED" in line for line in listed) == 1
