"""Days no one can live are said: over 24 h of blocks, a long unpinned block, nothing that fits."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planexport.cli import app
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

LIMITS = DATA / "day_limits"
runner = CliRunner()
WHEN = ["--start", "2030-01-07", "--tz", "UTC"]


def test_a_day_longer_than_24_hours_is_warned_at_its_first_block() -> None:
    result = read_plan(LIMITS / "over-a-day.md")
    assert pinned(result.plan, 0) == [("Lesen", 1080, None), ("Wiederholen", 420, None)]
    assert warnings(result) == [
        "5: Day 1 has 25 h of blocks, more than a day holds; check the lengths read "
        "(see `planexport show`)",
        '5: "Lesen" lasts 18 h and has no clock time; is that length meant?',
    ]


def test_a_long_block_is_warned_only_without_a_clock_time() -> None:
    result = read_plan(LIMITS / "long-unpinned-block.md")
    assert pinned(result.plan, 1) == [("Hack all day", 750, "09:00")]
    assert warnings(result) == [
        '6: "Build the prototype" lasts 14 h and has no clock time; is that length meant?'
    ]


def test_a_long_day_that_fits_in_24_hours_is_not_warned() -> None:
    result = read_plan(LIMITS / "fine-long-day.md")
    assert sum(b for _, b, _ in pinned(result.plan, 0)) == 15 * 60
    assert result.warnings == ()


def test_validate_strict_refuses_an_impossible_day() -> None:
    plan = LIMITS / "over-a-day.md"
    loose = runner.invoke(app, ["validate", str(plan)])
    assert loose.exit_code == 0
    assert "2 warning(s)" in loose.stdout
    strict = runner.invoke(app, ["validate", "--strict", str(plan)])
    assert strict.exit_code == 2
    assert f"{plan}:5: Day 1 has 25 h of blocks" in strict.stderr
    assert strict.stdout == ""


def test_export_ics_that_would_write_no_event_is_an_error_and_writes_nothing(
    tmp_path: Path,
) -> None:
    plan = LIMITS / "nothing-fits.md"
    out = tmp_path / "week.ics"
    result = runner.invoke(app, ["export", "ics", str(plan), "-o", str(out), *WHEN])
    assert result.exit_code == 1
    last = result.stderr.splitlines()[-1]
    assert last == (
        f"{plan}: nothing written: none of the 2 block(s) fits its day (each is listed above as "
        "not scheduled); check their lengths with `planexport validate`"
    )
    assert 'not scheduled: nothing-fits day 2 (2030-01-08): "Proofs"' in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_export_ics_with_some_blocks_left_out_still_writes_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "prep.ics"
    plan = LIMITS / "long-unpinned-block.md"
    result = runner.invoke(app, ["export", "ics", str(plan), "-o", str(out), *WHEN])
    assert result.exit_code == 0, result.output
    assert out.read_text().count("BEGIN:VEVENT") == 2
    assert '"Build the prototype" (840 min) does not fit' in result.stderr


def test_pinned_blocks_that_overlap_count_their_shared_time_once() -> None:
    result = read_plan(LIMITS / "overlapping-tracks.md")
    assert pinned(result.plan, 0) == [
        ("Hacking", 1439, "00:00"),
        ("Mentor hours", 480, "10:00"),
        ("Playtesting", 120, "19:00"),
    ]
    assert result.warnings == ()
