"""--carry-over on the command line: the same carried schedule in the .ics file and on CalDAV."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any, cast

import icalendar
import pytest
from caldav.davclient import DAVClient
from typer.testing import CliRunner

from planexport.carryover import carry_over
from planexport.cli import app
from planexport.export.caldav import PASSWORD_ENV
from planexport.options import options_from_strings
from planexport.reader import load
from tests.paths import DATA, USER_PLAN
from tests.radicale_server import Radicale

runner = CliRunner()
BERLIN = "Europe/Berlin"
UTC = dt.timezone.utc
WHEN = ["--start", "2026-11-30", "--tz", BERLIN]
NOW = "2026-12-02 12:00"
NOW_AT = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
TINY = DATA / "living" / "three-days-done.yaml"


def events(data: bytes) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    """UID -> (start, end) in UTC of every event of an iCalendar text."""
    found: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        found[str(event["UID"])] = (start.astimezone(UTC), end.astimezone(UTC))
    return found


def export(tmp_path: Path, *extra: str, plan: Path = USER_PLAN) -> tuple[Any, bytes]:
    out = tmp_path / f"out-{len(list(tmp_path.iterdir()))}.ics"
    result = runner.invoke(app, ["export", "ics", str(plan), *WHEN, "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result, out.read_bytes()


def library_carry(mode: str, plan: Path = USER_PLAN) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    options = options_from_strings(start="2026-11-30", tz=BERLIN, today=NOW_AT.date())
    carried = carry_over([load(plan)], options, now=NOW_AT, mode=cast("Any", mode))
    return {
        f"{b.key}@planexport": (b.start.astimezone(UTC), b.end.astimezone(UTC))
        for b in carried.schedule.blocks
    }


@pytest.mark.parametrize("mode", ["shift", "fill"])
def test_export_ics_carries_missed_blocks_over_keeping_every_uid(tmp_path: Path, mode: str) -> None:
    _, planned = export(tmp_path, "--now", NOW)
    result, carried = export(tmp_path, "--now", NOW, "--carry-over", mode)
    before, after = events(planned), events(carried)
    assert set(after) == set(before)  # same UIDs: calendars update, never duplicate
    assert after == library_carry(mode)
    moved = {uid for uid in before if before[uid] != after[uid]}
    # Mon and Tue (4 blocks each) and Wed morning's 2 were missed by Wednesday noon.
    missed = {uid for uid, (_, end) in before.items() if end <= NOW_AT}
    assert len(missed) == 10
    assert missed <= moved
    assert all(after[uid][0] >= NOW_AT for uid in missed)
    assert "planexport: carried over: 10 blocks from Mon 30 Nov, Tue 1 Dec, Wed 2 Dec" in (
        result.stderr
    )


def test_without_carry_over_nothing_moves_and_nothing_is_said(tmp_path: Path) -> None:
    result, data = export(tmp_path, "--now", NOW)
    _, again = export(tmp_path, "--now", "2026-12-09 12:00")
    assert events(data) == events(again)  # --now alone never moves a block
    assert "carried" not in result.stderr


def test_done_blocks_in_the_plan_stay_and_only_missed_ones_move(tmp_path: Path) -> None:
    _, planned = export(tmp_path, "--now", "2026-12-01 20:00", plan=TINY)
    result, carried = export(
        tmp_path, "--now", "2026-12-01 20:00", "--carry-over", "shift", plan=TINY
    )
    before, after = events(planned), events(carried)
    for uid in (
        "tiny.d1.read@planexport",
        "tiny.d1.practice@planexport",
        "tiny.d2.read@planexport",
    ):
        assert after[uid] == before[uid]
    # Day 2's Practice was not ticked: it is the one block carried.
    assert after["tiny.d2.practice@planexport"] != before["tiny.d2.practice@planexport"]
    assert "carried over: 1 block from Tue 1 Dec" in result.stderr


def test_blocks_the_done_source_knows_are_not_carried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planexport.cli import living
    from planexport.progress import Done

    def done_elsewhere(result: object, **_: object) -> dict[str, Done]:
        return {"tiny.d2.practice": Done(source="todoist", at=None)}

    monkeypatch.setattr(living, "done_elsewhere", done_elsewhere)
    _, planned = export(tmp_path, "--now", "2026-12-01 20:00", plan=TINY)
    result, carried = export(
        tmp_path, "--now", "2026-12-01 20:00", "--carry-over", "fill", plan=TINY
    )
    assert events(carried) == events(planned)
    assert "carried over: nothing (no missed blocks)" in result.stderr


def test_every_scheduling_command_takes_carry_over_and_the_config_sets_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(USER_PLAN, tmp_path / "go.md")
    (tmp_path / "planexport.toml").write_text(
        'plans = ["go.md"]\nstart = 2026-11-30\ntz = "Europe/Berlin"\ncarry_over = "shift"\n'
        '[preview]\noutput = "week.html"\n',
        encoding="utf-8",
    )
    line = "carried over: 10 blocks from Mon 30 Nov, Tue 1 Dec, Wed 2 Dec"
    shown = runner.invoke(app, ["show", "--schedule", "--json", "--now", NOW])
    assert shown.exit_code == 0, shown.output
    first = json.loads(shown.stdout)[0]
    assert first["key"] != "go.d1.concepts"  # the table follows the new times
    assert line in shown.stderr
    # The command line wins over the config.
    filled = runner.invoke(
        app, ["show", "--schedule", "--json", "--now", NOW, "--carry-over", "fill"]
    )
    assert filled.exit_code == 0, filled.output
    assert "later blocks moved later" not in filled.stderr
    assert json.loads(filled.stdout) != json.loads(shown.stdout)

    status = runner.invoke(app, ["status", "--now", NOW])
    assert status.exit_code == 0, status.output
    assert status.stdout.splitlines()[-1].startswith(line)
    assert "10 missed" not in status.stdout  # carried blocks are ahead now, not missed

    preview = runner.invoke(app, ["preview", "--now", NOW])
    assert preview.exit_code == 0, preview.output
    assert line in preview.stderr
    page = (tmp_path / "week.html").read_text(encoding="utf-8")
    # Monday's first block is drawn on the date it moved to, and nothing is shown missed.
    assert 'data-key="go.d1.concepts" data-day="2026-12-02"' in page
    assert 'class="block missed' not in page

    synced = runner.invoke(app, ["sync", "--now", NOW])
    assert synced.exit_code == 0, synced.output
    assert synced.stdout.splitlines()[0].startswith(line)

    csv = runner.invoke(app, ["export", "todoist-csv", "--now", NOW])
    assert csv.exit_code == 0, csv.output
    assert line in csv.stderr


def test_bad_carry_over_value_is_a_one_line_usage_error() -> None:
    result = runner.invoke(app, ["export", "ics", str(USER_PLAN), "--carry-over", "later"])
    assert result.exit_code == 2
    assert "later" in result.stderr
    assert "Traceback" not in result.output


def test_caldav_gets_the_same_carried_times_as_the_ics_export(
    tmp_path: Path, radicale: Radicale
) -> None:
    env = {PASSWORD_ENV: radicale.password}
    target = ["--url", radicale.url, "--user", radicale.user, "--calendar", "Carried"]
    first = runner.invoke(
        app, ["push", "caldav", str(USER_PLAN), *WHEN, *target, "--now", NOW], env=env
    )
    assert first.exit_code == 0, first.output
    assert first.stdout == "caldav: Carried (new calendar): created 25\n"

    pushed = runner.invoke(
        app,
        ["push", "caldav", str(USER_PLAN), *WHEN, *target, "--now", NOW, "--carry-over", "shift"],
        env=env,
    )
    assert pushed.exit_code == 0, pushed.output
    assert "carried over: 10 blocks" in pushed.stderr
    assert pushed.stdout.startswith("caldav: Carried: updated ")
    assert "created" not in pushed.stdout

    _, data = export(tmp_path, "--now", NOW, "--carry-over", "shift")
    client = DAVClient(url=radicale.url, username=radicale.user, password=radicale.password)
    calendars = cast("list[Any]", client.get_principal().get_calendars())
    calendar = next(c for c in calendars if c.get_display_name() == "Carried")
    stored: dict[str, tuple[dt.datetime, dt.datetime]] = {}
    for obj in calendar.get_events():
        stored.update(events(obj.data.encode() if isinstance(obj.data, str) else obj.data))
    assert stored == events(data)
    assert radicale.password not in pushed.output
