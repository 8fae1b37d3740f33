"""A plan lived by, from the command line: planexport.toml, folders, status, init and sync."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from planexport.cli import app
from tests.fake_todoist import TOKEN, FakeTodoist
from tests.paths import DATA, USER_PLAN
from tests.radicale_server import Radicale

runner = CliRunner()
LIVING = DATA / "living"
TINY = LIVING / "three-days-done.yaml"
BERLIN = "Europe/Berlin"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh current folder with the tiny plan and the user's plan in plans/."""
    (tmp_path / "plans").mkdir()
    shutil.copy(TINY, tmp_path / "plans" / "tiny.yaml")
    shutil.copy(USER_PLAN, tmp_path / "plans" / "go-track.md")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_config(folder: Path, text: str) -> Path:
    path = folder / "planexport.toml"
    path.write_text(text, encoding="utf-8")
    return path


def scheduled(args: list[str]) -> list[dict[str, object]]:
    result = runner.invoke(app, ["show", *args, "--schedule", "--json"])
    assert result.exit_code == 0, result.output
    data: list[dict[str, object]] = json.loads(result.stdout)
    return data


# ---------------------------------------------------------------------------------------------
# planexport.toml


def test_the_config_gives_plans_and_options_and_the_command_line_wins(here: Path) -> None:
    write_config(here, 'plans = ["plans/tiny.yaml"]\nstart = 2026-11-30\ntz = "Asia/Tokyo"\n')
    rows = scheduled([])
    assert rows[0]["key"] == "tiny.d1.read"
    assert rows[0]["start"] == "2026-11-30T09:00:00+09:00"
    assert scheduled(["--tz", "UTC"])[0]["start"] == "2026-11-30T09:00:00+00:00"
    # A PLAN on the line replaces the config's plans.
    assert scheduled(["plans/go-track.md"])[0]["key"] == "go.d1.concepts"


def test_the_config_is_found_from_a_subfolder_with_paths_read_from_its_own(here: Path) -> None:
    write_config(here, 'plans = "plans/tiny.yaml"\nstart = "2026-11-30"\ntz = "UTC"\n')
    (here / "notes").mkdir()
    os_chdir(here / "notes")
    assert scheduled([])[0]["start"] == "2026-11-30T09:00:00+00:00"


def os_chdir(path: Path) -> None:
    import os

    os.chdir(path)  # the fixture's monkeypatch.chdir restores the folder afterwards


@pytest.mark.parametrize("position", ["before", "after"])
def test_config_option_names_another_file_anywhere_on_the_line(here: Path, position: str) -> None:
    other = here / "other.toml"
    other.write_text('plans = ["plans/tiny.yaml"]\nstart = 2026-12-07\ntz = "UTC"\n', "utf-8")
    write_config(here, 'start = "2026-11-30"\n')
    config = ["--config", str(other)]
    args = [*config, "show"] if position == "before" else ["show", *config]
    result = runner.invoke(app, [*args, "--schedule", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["start"] == "2026-12-07T09:00:00+00:00"


def test_targets_take_their_outputs_from_the_config(here: Path) -> None:
    write_config(
        here,
        'plans = ["plans/tiny.yaml"]\nstart = 2026-11-30\ntz = "UTC"\n'
        '[ics]\noutput = "out/study.ics"\n[preview]\noutput = "out/week.html"\n',
    )
    (here / "out").mkdir()
    assert runner.invoke(app, ["export", "ics"]).exit_code == 0
    assert (here / "out" / "study.ics").read_bytes().count(b"BEGIN:VEVENT") == 6
    assert runner.invoke(app, ["preview", "--now", "2026-11-29 12:00"]).exit_code == 0
    assert (here / "out" / "week.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    # -o on the line wins over the table.
    result = runner.invoke(app, ["export", "ics", "-o", "-"])
    assert result.stdout.startswith("BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('plans = ["plans/tiny.yaml"]\n\ntimezone = "UTC"\n', "planexport.toml:3: unknown key"),
        ('[todoist]\npriority = "urgent"\n', "planexport.toml:2: todoist.priority: should be"),
        ('hours = "lots"\n', "planexport.toml:1: hours: 'lots' has no positive number"),
    ],
)
def test_a_bad_config_is_one_line_naming_the_line_and_exit_2(
    here: Path, text: str, line: str
) -> None:
    write_config(here, text)
    result = runner.invoke(app, ["show", "plans/tiny.yaml"])
    assert result.exit_code == 2
    assert result.stderr.startswith(line)
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_without_plans_or_config_plan_is_a_missing_argument(here: Path) -> None:
    result = runner.invoke(app, ["status"])
    assert result.exit_code == 2
    assert "missing argument 'PLAN' (or plans in planexport.toml)" in result.stderr


def test_a_folder_as_plan_runs_its_files_as_weeks_in_sidebar_order(here: Path) -> None:
    rows = scheduled([str(LIVING / "track"), "--start", "2026-11-30", "--tz", "UTC"])
    assert [r["plan"] for r in rows[::2]] == ["intro", "w1", "extra", "w2", "w10"]
    result = runner.invoke(app, ["validate", str(LIVING / "track")])
    assert result.exit_code == 0
    assert [line.split(":")[0].rsplit("/", 1)[-1] for line in result.stdout.splitlines()] == [
        "intro.md",
        "week-1.md",
        "extra.yaml",
        "week-2.md",
        "week-10.md",
    ]


# ---------------------------------------------------------------------------------------------
# status


def test_status_as_of_a_moment(here: Path) -> None:
    args = ["status", "plans/tiny.yaml", "--start", "2026-11-30", "--tz", BERLIN]
    result = runner.invoke(app, [*args, "--now", "2026-12-03 09:30"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "As of Thu 3 Dec 2026 09:30 (Europe/Berlin)"
    assert "Week 1 · Tiny Track: 2 h 50 min of 5 h 30 min done, 1 missed" in lines
    assert "  Tue 1 Dec   [#####-----]  60/110 min  1 missed" in lines
    assert "Left today: 2 blocks, 1 h 50 min" in lines
    assert "Missed: 1 block (Tue 1 Dec)" in lines
    assert lines[-1] == "Streak: 0 days kept"


def test_status_json_lists_every_block_with_its_state(here: Path) -> None:
    write_config(here, 'plans = ["plans/tiny.yaml"]\nstart = 2026-11-30\ntz = "UTC"\n')
    result = runner.invoke(app, ["status", "--json", "--now", "2026-12-01T10:30:00+00:00"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["key"], r["state"], r["source"]) for r in rows] == [
        ("tiny.d1.read", "done", "plan"),
        ("tiny.d1.practice", "done", "plan"),
        ("tiny.d2.read", "done", "plan"),
        ("tiny.d2.practice", "today", None),
        ("tiny.d4.read", "upcoming", None),
        ("tiny.d4.practice", "upcoming", None),
    ]
    assert set(rows[0]) == {
        "key",
        "plan",
        "day",
        "block",
        "start",
        "end",
        "minutes",
        "state",
        "done_at",
        "source",
    }


def test_now_that_is_no_time_is_a_usage_error(here: Path) -> None:
    result = runner.invoke(app, ["status", "plans/tiny.yaml", "--now", "yesterday-ish"])
    assert result.exit_code == 2
    assert result.stderr.startswith("planexport: --now: cannot read the time 'yesterday-ish'")


def test_now_moves_the_default_start(here: Path) -> None:
    # The coming Monday as of a Wednesday in December.
    rows = scheduled(["plans/tiny.yaml", "--tz", "UTC", "--now", "2026-12-09 08:00"])
    assert rows[0]["start"] == "2026-12-14T09:00:00+00:00"


# ---------------------------------------------------------------------------------------------
# init


def test_init_writes_a_commented_config_that_the_commands_then_use(here: Path) -> None:
    result = runner.invoke(
        app,
        [
            "init",
            "plans/tiny.yaml",
            "--start",
            "2026-11-30",
            "--tz",
            "UTC",
            "--break",
            "15",
            "--ics",
            "study.ics",
            "--priority",
            "p2",
        ],
    )
    assert result.exit_code == 0, result.output
    text = (here / "planexport.toml").read_text("utf-8")
    assert 'plans = ["plans/tiny.yaml"]' in text
    assert "break = 15" in text
    assert '# day_start = "09:00"' in text  # not given: there to uncomment
    assert '[todoist]\n# project = "Study"' in text
    assert 'priority = "p2"' in text
    rows = scheduled([])
    assert (rows[0]["start"], rows[1]["start"]) == (
        "2026-11-30T09:00:00+00:00",
        "2026-11-30T10:15:00+00:00",
    )


def test_init_writes_the_todoist_window_and_labels_that_sync_then_reads(here: Path) -> None:
    from planexport.config import parse_config

    args = ["init", "--labels", "kind", "--room", "30", "--ahead", "7"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    text = (here / "planexport.toml").read_text("utf-8")
    assert "[todoist]\n" in text  # the window implies a push, so the table is live
    todoist = parse_config(text).todoist
    assert todoist is not None
    assert (todoist.labels, todoist.room, todoist.ahead) == ("kind", 30, 7)


def test_init_refuses_a_room_todoist_would_not_leave(here: Path) -> None:
    result = runner.invoke(app, ["init", "--room", "300"])
    assert result.exit_code == 2
    assert "--room" in result.stderr
    assert not (here / "planexport.toml").exists()


def test_room_has_the_same_bound_in_push_todoist_init_and_planexport_toml(here: Path) -> None:
    from planexport.config import ConfigFileError, parse_config

    for command in (["push", "todoist", str(USER_PLAN)], ["init"]):
        refused = runner.invoke(app, [*command, "--room", "300"])
        assert refused.exit_code == 2, command
        assert "--room" in refused.stderr, command
        assert "299" in refused.stderr, command
    todoist = parse_config("[todoist]\nroom = 299\n").todoist
    assert todoist is not None
    assert todoist.room == 299
    with pytest.raises(ConfigFileError, match="room"):
        parse_config("[todoist]\nroom = 300\n")
    assert not (here / "planexport.toml").exists()


def test_init_pins_a_relative_start_to_its_date(here: Path) -> None:
    import datetime as dt

    from planexport.options import parse_start

    result = runner.invoke(app, ["init", "--start", "next monday"])
    assert result.exit_code == 0, result.output
    monday = parse_start("next monday", today=dt.date.today())
    assert f'start = "{monday.isoformat()}"' in (here / "planexport.toml").read_text("utf-8")


def test_init_never_overwrites(here: Path) -> None:
    path = write_config(here, "# mine\n")
    result = runner.invoke(app, ["init", "--tz", "UTC"])
    assert result.exit_code == 1
    assert (
        result.stderr == "planexport.toml: already exists; edit it, or remove it to start again\n"
    )
    assert path.read_text("utf-8") == "# mine\n"


def test_init_with_a_bad_value_writes_nothing(here: Path) -> None:
    result = runner.invoke(app, ["init", "--tz", "Mars/Olympus"])
    assert result.exit_code == 2
    assert "tz: unknown time zone 'Mars/Olympus'" in result.stderr
    assert not (here / "planexport.toml").exists()


def test_init_paths_are_relative_to_the_file_written(here: Path) -> None:
    (here / "track").mkdir()
    result = runner.invoke(app, ["init", "plans/tiny.yaml", "-o", "track/planexport.toml"])
    assert result.exit_code == 0, result.output
    assert 'plans = ["../plans/tiny.yaml"]' in (here / "track" / "planexport.toml").read_text(
        "utf-8"
    )


# ---------------------------------------------------------------------------------------------
# sync


def every_target(folder: Path, radicale: Radicale) -> Path:
    return write_config(
        folder,
        'plans = ["plans/tiny.yaml"]\nstart = 2026-11-30\ntz = "Europe/Berlin"\n\n'
        '[ics]\noutput = "study.ics"\n\n[preview]\noutput = "week.html"\n\n'
        f'[caldav]\nurl = "{radicale.url}"\nuser = "{radicale.user}"\ncalendar = "Study"\n\n'
        '[todoist]\nproject = "Study"\npriority = "p2"\n',
    )


def test_sync_runs_every_target_in_one_go(here: Path, radicale: Radicale) -> None:
    every_target(here, radicale)
    fake = FakeTodoist()
    with fake.serve() as url:
        env = {
            "TODOIST_API_TOKEN": TOKEN,
            "PLANEXPORT_TODOIST_URL": url,
            "PLANEXPORT_CALDAV_PASSWORD": radicale.password,
        }
        dry = runner.invoke(app, ["sync", "--dry-run", "--now", "2026-11-29 12:00"], env=env)
        assert dry.exit_code == 0, dry.output
        assert dry.stdout.splitlines() == [
            "ics: would write study.ics (6 events)",
            "preview: would write week.html",
            "caldav: Study (new calendar): would create 6",
            "todoist: would create 11",
            "sync: dry run of 4 of 4 targets, nothing written or sent",
        ]
        assert not (here / "study.ics").exists()
        assert fake.tasks == {}

        first = runner.invoke(app, ["sync", "--now", "2026-11-29 12:00"], env=env)
        assert first.exit_code == 0, first.output
        lines = first.stdout.splitlines()
        assert lines[:3] == [
            "ics: wrote study.ics (6 events)",
            "preview: wrote week.html",
            "caldav: Study (new calendar): created 6",
        ]
        assert lines[3] == "todoist: created 11 (1 sync request)"
        assert lines[4] == "sync: 4 of 4 targets done"
        assert (here / "study.ics").read_bytes().count(b"BEGIN:VEVENT") == 6
        assert (here / "week.html").exists()
        study = fake.project_named("Study")
        assert len(fake.open_tasks(study["id"])) == 6
        assert {t["priority"] for t in fake.open_tasks(study["id"])} == {3}  # p2

        again = runner.invoke(app, ["sync", "--now", "2026-11-29 12:00"], env=env)
        assert again.exit_code == 0, again.output
        assert "caldav: Study: unchanged 6" in again.stdout
        assert "todoist: unchanged 10 (0 sync requests)" in again.stdout
        assert TOKEN not in again.output
        assert radicale.password not in again.output


def test_sync_reports_a_failing_target_and_runs_the_others(here: Path, radicale: Radicale) -> None:
    every_target(here, radicale)
    env = {"TODOIST_API_TOKEN": "", "PLANEXPORT_CALDAV_PASSWORD": radicale.password}
    result = runner.invoke(app, ["sync", "--now", "2026-11-29 12:00"], env=env)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "ics: wrote study.ics (6 events)"
    assert "todoist: failed: " in result.stderr
    assert result.stderr.splitlines()[-1] == "sync: 3 of 4 targets done; failed: todoist"
    assert (here / "study.ics").exists()


def test_sync_dry_run_names_the_feed_and_writes_nothing(here: Path) -> None:
    write_config(
        here,
        'plans = ["plans/tiny.yaml"]\nstart = 2026-11-30\ntz = "UTC"\n[ics]\nfeed = "feed.ics"\n',
    )
    result = runner.invoke(app, ["sync", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        "ics: would write tiny.ics (6 events) and the feed feed.ics"
    )
    assert not (here / "feed.ics").exists()
    assert not (here / "tiny.ics").exists()


def pushed_by_sync(here: Path, todoist: str) -> dict[str, Any]:
    """What a sync with this `[todoist]` table leaves in a fresh Todoist, on Mon 30 Nov."""
    write_config(
        here, f'plans = ["plans/tiny.yaml"]\nstart = 2026-11-30\ntz = "UTC"\n[todoist]\n{todoist}'
    )
    fake = FakeTodoist()
    with fake.serve() as url:
        env = {"TODOIST_API_TOKEN": TOKEN, "PLANEXPORT_TODOIST_URL": url}
        result = runner.invoke(app, ["sync", "--now", "2026-11-30 08:00"], env=env)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "sync: 1 of 1 targets done"
    return fake.snapshot()


def test_sync_pushes_with_the_labels_room_and_ahead_of_the_todoist_table(here: Path) -> None:
    def labels(snapshot: dict[str, Any]) -> set[str]:
        return {label for task in snapshot["Tiny Track"]["tasks"] for label in task["labels"]}

    def days(snapshot: dict[str, Any]) -> set[str]:
        return {task["section"] for task in snapshot["Tiny Track"]["tasks"]}

    plain = pushed_by_sync(here, "")
    assert labels(plain) == {"tiny"}
    assert len(days(plain)) == 3
    kinds = pushed_by_sync(here, 'labels = "kind"\n')
    assert labels(kinds) == {"tiny", "read", "practice"}
    bare = pushed_by_sync(here, 'labels = "none"\nahead = 1\nroom = 250\n')
    assert labels(bare) == set()
    # One day ahead, from Monday: only Monday's blocks are sent.
    assert len(days(bare)) == 1


def test_sync_writes_the_feed_the_config_names(here: Path) -> None:
    write_config(
        here,
        'plans = ["plans/tiny.yaml"]\nstart = 2026-11-30\ntz = "UTC"\n[ics]\nfeed = "feed.ics"\n',
    )
    result = runner.invoke(app, ["sync"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "ics: wrote tiny.ics (6 events) and the feed feed.ics"
    feed = (here / "feed.ics").read_bytes()
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H" in feed
    assert feed.count(b"BEGIN:VEVENT") == 6
    assert b"STATUS:CANCELLED" not in feed


def test_sync_needs_a_config_with_targets(here: Path) -> None:
    result = runner.invoke(app, ["sync"])
    assert result.exit_code == 2
    assert "no planexport.toml here or in a parent folder" in result.stderr
    write_config(here, 'plans = ["plans/tiny.yaml"]\n')
    result = runner.invoke(app, ["sync"])
    assert result.exit_code == 2
    assert "the config names no target" in result.stderr


# ---------------------------------------------------------------------------------------------
# status --write and --diff: ticking in the plan what was done elsewhere


@pytest.fixture
def done_in_todoist(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks completed elsewhere, as the Todoist source will report them."""
    import datetime as dt

    from planexport.cli import living as cli_living
    from planexport.progress import Done

    at = dt.datetime(2026, 12, 1, 20, 5, tzinfo=dt.timezone.utc)
    marks = {
        key: Done(source="todoist", at=at)
        for key in ("tiny.d1.read", "tiny.d2.practice", "go.d1.concepts", "go.d1.dsa")
    }
    monkeypatch.setattr(cli_living, "done_elsewhere", lambda result, **_: marks)


def test_status_write_ticks_a_yaml_plan_and_diff_only_shows_it(
    here: Path, done_in_todoist: None
) -> None:
    plan = here / "plans" / "tiny.yaml"
    before = plan.read_text("utf-8")
    args = ["status", str(plan), "--start", "2026-11-30", "--tz", "UTC", "--now", "2026-12-03"]
    shown = runner.invoke(app, [*args, "--diff"])
    assert shown.exit_code == 0, shown.output
    assert plan.read_text("utf-8") == before
    assert [line for line in shown.stdout.splitlines() if line.startswith(("+ ", "- "))] == [
        "-          - {title: Practice, min_minutes: 50, max_minutes: 50}",
        "+          - {title: Practice, min_minutes: 50, max_minutes: 50, done: true}",
    ]
    written = runner.invoke(app, [*args, "--write"])
    assert written.exit_code == 0, written.output
    assert f"ticked 1 block in {plan}" in written.stderr
    assert "Streak: 2 days kept" in written.stdout
    after = plan.read_text("utf-8")
    assert after.count("done: true") == before.count("done: true") + 1
    assert load_tiny(plan).days[1].variants[0].blocks[1].done
    again = runner.invoke(app, [*args, "--write"])
    assert "nothing to tick" in again.stderr
    assert plan.read_text("utf-8") == after


def load_tiny(path: Path) -> Any:
    from planexport.reader import load

    return load(path)


def test_status_write_ticks_markdown_boxes_on_the_readers_lines(
    here: Path, done_in_todoist: None
) -> None:
    plan = here / "plans" / "go-track.md"
    before = plan.read_bytes()
    args = ["status", str(plan), "--start", "2026-11-30", "--tz", "UTC", "--now", "2026-12-03"]
    written = runner.invoke(app, [*args, "--write"])
    assert written.exit_code == 0, written.output
    rows, new = before.decode().splitlines(True), plan.read_bytes().decode().splitlines(True)
    assert [n for n, (a, b) in enumerate(zip(rows, new, strict=True), 1) if a != b] == [46, 57]
    assert new[45] == "- [x] **Block 1 (Concepts – 60–75 min)**\n"


def test_status_write_warns_of_markdown_blocks_without_a_line(
    here: Path, done_in_todoist: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planexport import ticks

    monkeypatch.setattr(ticks, "block_line", lambda block, lines: None)
    plan = here / "plans" / "go-track.md"
    before = plan.read_bytes()
    args = ["status", str(plan), "--start", "2026-11-30", "--tz", "UTC", "--now", "2026-12-03"]
    written = runner.invoke(app, [*args, "--write"])
    assert written.exit_code == 0, written.output
    assert "cannot tick 'Concepts' (day 1): the reader gave no line for it" in written.stderr
    assert plan.read_bytes() == before


def test_the_configs_carry_over_is_the_default_of_every_scheduling_command() -> None:
    from planexport.cli.settings import config_defaults as _config_defaults
    from planexport.config import parse_config

    defaults = _config_defaults(parse_config('carry_over = "fill"\ntz = "UTC"\n'))
    for path in (("show",), ("status",), ("sync",), ("preview",), ("export", "ics")):
        table: Any = defaults
        for part in path:
            table = table[part]
        assert (table["carry_over"], table["tz"]) == ("fill", "UTC")
    assert defaults["push"]["todoist"]["carry_over"] == "fill"
