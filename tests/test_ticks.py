"""Ticking blocks off in the plan file: only the boxes (or `done`) change, byte for byte."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from planexport.errors import PlanError
from planexport.reader import load
from planexport.reader.structured import parse_structured
from planexport.scheduling import ScheduleOptions, schedule
from planexport.ticks import block_position, tick_diff, tick_markdown, tick_structured
from tests.paths import DATA, USER_PLAN

SEED = USER_PLAN.read_bytes().decode("utf-8")
# Day 1's Block 1 and Block 3, Day 5's Block 2, as the seed writes them.
LINES = {46: "Block 1 (Concepts", 57: "Block 3 (DSA", 153: "Block 2 (Design"}


def test_the_seed_round_trips_byte_for_byte_except_the_ticked_boxes() -> None:
    rows = SEED.splitlines(keepends=True)
    for number, start in LINES.items():
        assert rows[number - 1].startswith(f"- **{start}")
    result = tick_markdown(SEED, LINES)
    assert result.ticked == (46, 57, 153)
    assert (result.already, result.skipped) == ((), ())
    new = result.text.splitlines(keepends=True)
    assert len(new) == len(rows)
    for number, (old, now) in enumerate(zip(rows, new, strict=True), start=1):
        if number in LINES:
            assert now == "- [x] " + old[2:]
        else:
            assert now == old
    # Taking the ticks out gives the seed back, every byte.
    back = "".join(
        row.replace("- [x] ", "- ", 1) if n in LINES else row for n, row in enumerate(new, start=1)
    )
    assert back.encode("utf-8") == USER_PLAN.read_bytes()


def test_ticking_again_changes_nothing() -> None:
    once = tick_markdown(SEED, LINES).text
    twice = tick_markdown(once, LINES)
    assert twice.text == once
    assert twice.ticked == ()
    assert twice.already == (46, 57, 153)
    assert not twice.changed


def test_crlf_and_a_byte_order_mark_are_kept() -> None:
    text = "\ufeff- **Block 1 (Read – 30 min)**\r\n  - a page\r\n- Block 2 – 20 min\r\n"
    result = tick_markdown(text, [1, 3])
    assert result.text == (
        "\ufeff- [x] **Block 1 (Read – 30 min)**\r\n  - a page\r\n- [x] Block 2 – 20 min\r\n"
    )


@pytest.mark.parametrize(
    ("line", "ticked"),
    [
        ("- [ ] **Read – 30 min**", "- [x] **Read – 30 min**"),
        ("* Read – 30 min", "* [x] Read – 30 min"),
        ("+\tRead – 30 min", "+\t[x] Read – 30 min"),
        ("1. Read – 30 min", "1. [x] Read – 30 min"),
        ("12) Read – 30 min", "12) [x] Read – 30 min"),
        ("    - nested – 30 min", "    - [x] nested – 30 min"),
        ("> - quoted – 30 min", "> - [x] quoted – 30 min"),
        ("- [link] – 30 min", "- [x] [link] – 30 min"),
    ],
)
def test_every_list_marker_gets_its_box(line: str, ticked: str) -> None:
    assert tick_markdown(f"{line}\n", [1]).text == f"{ticked}\n"


def test_upper_case_ticks_count_as_ticked() -> None:
    result = tick_markdown("- [X] Read – 30 min\n", [1])
    assert result.already == (1,)
    assert result.text == "- [X] Read – 30 min\n"


def test_headings_and_table_rows_have_no_box_and_are_skipped() -> None:
    text = "#### Block 1 – 60 min\n| Read | 30 min |\n- Write – 20 min\n"
    result = tick_markdown(text, [1, 2, 3])
    assert result.skipped == (1, 2)
    assert result.ticked == (3,)
    assert result.text == "#### Block 1 – 60 min\n| Read | 30 min |\n- [x] Write – 20 min\n"


def test_a_line_outside_the_file_is_an_error() -> None:
    with pytest.raises(PlanError, match=r"week\.md: no line 300 to tick \(the file has 205\)"):
        tick_markdown(SEED, [300], source="week.md")


def test_the_diff_shows_only_the_ticked_lines() -> None:
    diff = tick_diff(SEED, tick_markdown(SEED, [46]).text, name="plans/go-track.md")
    changed = [line for line in diff.splitlines() if line[:1] in "+-"]
    assert changed == [
        "--- a/plans/go-track.md",
        "+++ b/plans/go-track.md",
        "-- **Block 1 (Concepts – 60–75 min)**",
        "+- [x] **Block 1 (Concepts – 60–75 min)**",
    ]
    assert tick_diff(SEED, SEED, name="x") == ""


# ---------------------------------------------------------------------------------------------
# YAML and JSON plans

YAML_PLAN = DATA / "living" / "three-days-done.yaml"
JSON_PLAN = DATA / "living" / "three-days-done.json"


def test_a_flow_style_yaml_block_gets_done_after_its_last_key() -> None:
    text = YAML_PLAN.read_text("utf-8")
    plan = load(YAML_PLAN)
    week = schedule(plan, ScheduleOptions(start=dt.date(2026, 11, 30), tz="UTC"))
    practice = next(b for b in week.blocks if b.key == "tiny.d2.practice")
    assert block_position(practice) == (1, 0, 1)
    result = tick_structured(text, [block_position(practice)])
    assert result.ticked == (18,)
    old_line = "          - {title: Practice, min_minutes: 50, max_minutes: 50}\n"
    new_line = "          - {title: Practice, min_minutes: 50, max_minutes: 50, done: true}\n"
    assert result.text == text.replace(old_line, new_line, 1)
    assert text.count(old_line) == 2  # Day 4's stays as it was
    ticked = parse_structured(result.text)
    assert ticked.days[1].variants[0].blocks[1].done
    assert not ticked.days[3].variants[0].blocks[1].done
    # Already done: nothing changes.
    again = tick_structured(result.text, [(0, 0, 0), (1, 0, 1)])
    assert again.text == result.text
    assert again.already == (10, 18)


BLOCK_STYLE = """\
id: b  # a comment stays
title: Block style
days:
  - number: 1
    title: One
    variants:
      - hours: 1
        blocks:
          - title: Read
            min_minutes: 30
            max_minutes: 30
            items:
              - text: chapter 1
          - title: Write
            done: false
            min_minutes: 20
            max_minutes: 20"""


def test_a_block_style_yaml_block_gets_a_line_under_its_first_key() -> None:
    result = tick_structured(BLOCK_STYLE, [(0, 0, 0), (0, 0, 1)])
    assert result.text == BLOCK_STYLE.replace(
        "          - title: Read\n", "          - title: Read\n            done: true\n"
    ).replace("done: false", "done: true")
    plan = parse_structured(result.text)
    assert [b.done for b in plan.days[0].variants[0].blocks] == [True, True]
    # The last line, with no line end, stays without one.
    last = tick_structured(
        "id: x\ntitle: X\ndays:\n- number: 1\n  title: D\n  variants:\n"
        "  - hours: 1\n    blocks:\n    - max_minutes: 5\n      min_minutes: 5\n"
        "      title: T",
        [(0, 0, 0)],
    )
    assert last.text.endswith(
        "- max_minutes: 5\n      done: true\n      min_minutes: 5\n      title: T"
    )


def test_a_json_block_gets_done_and_stays_valid_json() -> None:
    text = JSON_PLAN.read_text("utf-8")
    result = tick_structured(text, [(0, 0, 1)], kind="json")
    assert json.loads(result.text) == _with_done(json.loads(text), (0, 0, 1))
    assert result.text == text.replace(
        '"min_minutes": 20, "max_minutes": 20}',
        '"min_minutes": 20, "max_minutes": 20, "done": true}',
    )


def test_pretty_printed_json_gets_an_aligned_line() -> None:
    plan = json.loads(JSON_PLAN.read_text("utf-8"))
    text = json.dumps(plan, indent=2) + "\n"
    result = tick_structured(text, [(0, 0, 1)], kind="json")
    assert json.loads(result.text) == _with_done(plan, (0, 0, 1))
    assert '"max_minutes": 20,\n              "done": true\n' in result.text
    # Write's new key is the last one in the file (Read was done already).
    assert "".join(result.text.rsplit(',\n              "done": true', 1)) == text


def test_a_position_not_in_the_plan_is_an_error() -> None:
    with pytest.raises(PlanError, match=r"no days\.0\.variants\.0\.blocks\[5\] to tick"):
        tick_structured(YAML_PLAN.read_text("utf-8"), [(0, 0, 5)], source="p.yaml")


def _with_done(data: dict[str, object], position: tuple[int, int, int]) -> dict[str, object]:
    day, variant, block = position
    days = data["days"]
    assert isinstance(days, list)
    days[day]["variants"][variant]["blocks"][block]["done"] = True
    return data


def test_the_ticked_seed_reads_as_the_same_plan_apart_from_done() -> None:
    from planexport.reader import parse_markdown

    def undone(text: str) -> object:
        data = parse_markdown(text).model_dump()
        for day in data["days"]:
            for variant in day["variants"]:
                for block in variant["blocks"]:
                    block.pop("done")
        return data

    assert undone(tick_markdown(SEED, LINES).text) == undone(SEED)
