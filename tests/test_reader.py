"""The Markdown reader: the user's plan, the corpus of what people write, and bad input."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import load, parse_markdown
from planexport.reader.markdown import parse_duration
from planexport.reader.structured import parse_structured
from planexport.writer import dump, to_json, to_yaml
from tests.paths import DATA, USER_PLAN

GOOD = sorted((DATA / "plans").glob("*.md"))
BAD = sorted((DATA / "bad").glob("*.md"))


def blocks(plan: Plan, day: int, hours: float) -> list[tuple[str, int, int]]:
    variant = plan.day(day).variant(hours)
    assert variant is not None
    assert variant.hours == hours
    return [(b.title, b.min_minutes, b.max_minutes) for b in variant.blocks]


def test_user_plan_reads_as_written() -> None:
    plan = load(USER_PLAN)
    assert (plan.id, plan.title) == ("go", "Go Track")
    assert [d.number for d in plan.days] == [1, 2, 3, 4, 5, 6, 7]
    assert blocks(plan, 1, 4) == [
        ("Concepts", 60, 75),
        ("Template Creation", 60, 60),
        ("DSA", 60, 60),
        ("Review", 30, 30),
    ]
    day1 = plan.day(1).variant(4)
    assert day1 is not None
    assert [b.label for b in day1.blocks] == ["Block 1", "Block 2", "Block 3", "Block 4"]
    six = plan.day(1).variant(6)
    assert six is not None
    assert six.blocks[:4] == day1.blocks
    assert (six.blocks[4].title, six.blocks[4].min_minutes, six.blocks[4].note) == (
        "Practice",
        60,
        "Sketch design for feature flag service.",
    )
    assert six.blocks[4].label is None
    assert blocks(plan, 4, 4) == [("Requirements", 45, 60), ("Design", 90, 90), ("Review", 30, 45)]
    assert plan.day(1).focus == "System design interview framework"
    assert plan.day(4).focus == "Design: Note-taking / Task management backend"
    assert plan.day(1).title == "System Design Interview Framework"
    assert len(plan.goals) == 4
    assert plan.goals[0].title == "System Design"
    assert plan.goals[0].items[0] == "Learn structured approach to **system design interviews**."
    assert [link.text for link in plan.links] == ["16-Week Roadmap", "Projects", "Theory Round"]
    assert plan.links[0].target == "../roadmap/roadmap-16-weeks.md"


def test_user_plan_keeps_nested_items() -> None:
    plan = load(USER_PLAN)
    variant = plan.day(1).variant(4)
    assert variant is not None
    concepts = variant.blocks[0]
    assert [i.text for i in concepts.items] == ["Learn framework:"]
    assert [c.text for c in concepts.items[0].children] == [
        "Clarify requirements.",
        "Define APIs and core use cases.",
        "High-level components and data flow.",
        "Storage, caching, queues.",
        "Scalability, reliability, security.",
    ]
    template = variant.blocks[1]
    assert template.items[0].text == "Create **system design template** in markdown."


def test_every_day_of_the_user_plan_has_both_variants_resolved() -> None:
    plan = load(USER_PLAN)
    for day in plan.days:
        four, six = day.variant(4), day.variant(6)
        assert four is not None
        assert six is not None
        assert six.blocks[: len(four.blocks)] == four.blocks
        assert len(six.blocks) == len(four.blocks) + 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("60 min", (60, 60)),
        ("60–75 min", (60, 75)),
        ("60-75 mins", (60, 75)),
        ("60—75 minutes", (60, 75)),
        ("45 to 60 minutes", (45, 60)),
        ("1h", (60, 60)),
        ("1.5 h", (90, 90)),
        ("1,5 hours", (90, 90)),
        ("1–1.5 hours", (60, 90)),
        ("2 hrs", (120, 120)),
        ("1 h 30 min", (90, 90)),
        ("1h30", (90, 90)),
        ("45 min – 1 h", (45, 60)),
        ("Concepts – 60–75 min", (60, 75)),
        ("2–3 problems", None),
        ("Top 3 mistakes", None),
        ("lots of time", None),
    ],
)
def test_durations_people_write(text: str, expected: tuple[int, int] | None) -> None:
    assert parse_duration(text) == expected


def test_hyphens_units_and_heading_title() -> None:
    plan = load(DATA / "plans" / "hyphens-and-units.md")
    assert plan.title == "Rust Week"
    assert plan.id == "hyphens-and-units"
    assert [d.title for d in plan.days] == ["Ownership", "Borrowing"]
    assert blocks(plan, 1, 2) == [("Reading", 45, 60), ("Exercises", 60, 60), ("Review", 15, 15)]
    assert blocks(plan, 1, 3)[1:] == [("Exercises", 90, 90), ("Review", 15, 15), ("Quiz", 60, 60)]
    assert blocks(plan, 2, 2) == [("Reading", 60, 90), ("Practice", 30, 30)]


def test_plain_titles_notes_and_add() -> None:
    plan = load(DATA / "plans" / "plain-titles.md")
    four = plan.day(1).variant(4)
    assert four is not None
    assert [(b.title, b.min_minutes, b.max_minutes, b.note, b.label) for b in four.blocks] == [
        ("Concepts", 60, 75, None, None),
        ("Exercises", 90, 90, "the practice set from chapter 3", None),
        ("Review", 45, 45, "flashcards", None),
        ("Mock query", 30, 30, "timed", None),
    ]
    assert four.blocks[0].items[0].text == "Inner, outer and cross joins."
    assert blocks(plan, 1, 5)[-1] == ("Deep dive", 60, 60)


def test_crlf_bom_and_tabs_read_like_plain_text() -> None:
    raw = (DATA / "plans" / "crlf-bom-tabs.md").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    assert b"\t" in raw
    plan = load(DATA / "plans" / "crlf-bom-tabs.md")
    assert (plan.id, plan.title) == ("crlf", "CRLF Plan")
    variant = plan.day(1).variant(4)
    assert variant is not None
    assert variant.blocks[0].items[0].text == "Tabbed item."
    assert variant.blocks[0].items[0].children[0].text == "Nested tabbed item."
    assert blocks(plan, 1, 4) == [("Concepts", 60, 60), ("Review", 30, 30)]


def test_rest_day_and_focus_table() -> None:
    plan = load(DATA / "plans" / "rest-day.md")
    assert plan.day(2).is_rest
    assert plan.day(2).variant(2) is None
    assert plan.day(2).focus == "Rest and recovery"
    assert plan.day(1).focus == "Graphs"


def test_longer_plan_written_in_full_is_not_merged() -> None:
    plan = load(DATA / "plans" / "full-longer-plan.md")
    assert blocks(plan, 1, 6) == [("Concepts", 90, 90), ("DSA", 150, 150), ("Project", 60, 60)]


def test_day_headings_at_levels_two_to_four() -> None:
    plan = load(DATA / "plans" / "heading-levels.md")
    assert [d.title for d in plan.days] == ["Level two", "Level four"]
    assert blocks(plan, 1, 1) == [("Warm-up", 20, 20), ("Main", 40, 40)]
    assert blocks(plan, 2, 1) == [("Main", 60, 60)]


def test_blocks_written_as_headings() -> None:
    plan = load(DATA / "plans" / "block-headings.md")
    variant = plan.day(1).variant(3)
    assert variant is not None
    assert [(b.label, b.title, b.min_minutes, b.max_minutes) for b in variant.blocks] == [
        ("Block 1", "TCP", 60, 90),
        ("Block 2", "Labs", 90, 90),
    ]
    assert variant.blocks[0].note == "Read about the handshake."
    assert [i.text for i in variant.blocks[0].items] == [
        "SYN, SYN-ACK, ACK.",
        "Congestion control.",
    ]


def test_no_table_no_goals_no_front_matter() -> None:
    plan = load(DATA / "plans" / "no-table-no-goals.md")
    assert plan.id == "no-table-no-goals"
    assert plan.goals == ()
    assert plan.links == ()
    assert plan.day(1).focus is None


def test_add_written_as_a_paragraph_over_an_ordered_list() -> None:
    plan = load(DATA / "plans" / "add-paragraph.md")
    assert blocks(plan, 1, 3) == [
        ("Concepts", 60, 60),
        ("Exercises", 60, 60),
        ("Redis lab", 45, 60),
    ]
    three = plan.day(1).variant(3)
    assert three is not None
    assert three.blocks[-1].note == "run it locally"


def test_text_is_kept_as_written() -> None:
    plan = load(DATA / "plans" / "unicode-and-markdown.md")
    assert plan.title == "Révision: café, naïve; \\ back"
    assert plan.day(1).title == 'Über-Grundlagen; "quotes", commas'
    variant = plan.day(1).variant(1.5)
    assert variant is not None
    assert variant.hours == 1.5
    assert variant.blocks[0].items[0].text.startswith("Text with `code`, *emphasis*, [a link](")
    assert variant.blocks[1].note == "notes; with, punctuation \\ and backslash"


def test_markdown_text_without_a_file() -> None:
    plan = parse_markdown("# My Week\n\n## Day 1: Start\n\n- Reading (30 min)\n")
    assert (plan.id, plan.title) == ("my-week", "My Week")
    assert blocks(plan, 1, 0.5) == [("Reading", 30, 30)]


@pytest.mark.parametrize("path", GOOD, ids=[p.name for p in GOOD])
def test_every_good_plan_round_trips_through_json_and_yaml(path: Path, tmp_path: Path) -> None:
    plan = load(path)
    assert parse_structured(to_json(plan), kind="json") == plan
    assert parse_structured(to_yaml(plan), kind="yaml") == plan
    dump(plan, tmp_path / "plan.yaml")
    dump(plan, tmp_path / "plan.json")
    assert load(tmp_path / "plan.yaml") == plan
    assert load(tmp_path / "plan.json") == plan


def test_user_plan_round_trips(tmp_path: Path) -> None:
    plan = load(USER_PLAN)
    dump(plan, tmp_path / "go.json")
    assert load(tmp_path / "go.json") == plan


# Bad plans that cannot hold an `expect:` comment on line 1 (it would change what is wrong with
# them); each has a test of its own below. Every other bad plan must carry one.
OWN_TESTS = {"not-utf8.md", "bad-front-matter.md"}


@pytest.mark.parametrize("path", [p for p in BAD if p.name not in OWN_TESTS], ids=lambda p: p.name)
def test_bad_plans_name_the_line_at_fault(path: Path) -> None:
    first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace")
    expect = re.fullmatch(r"<!-- expect: (\d+): (.*) -->", first)
    assert expect is not None, f"{path.name} has no '<!-- expect: LINE: reason -->' on line 1"
    # The expectation comment takes line 1, so lines in these files count from there.
    with pytest.raises(PlanError) as caught:
        load(path)
    error = caught.value
    assert error.file == str(path)
    assert error.line == int(expect.group(1))
    assert expect.group(2) in error.reason
    assert str(error).startswith(f"{path}:{error.line}: ")


def test_bad_plans_with_their_own_tests_are_there() -> None:
    assert {p.name for p in BAD} >= OWN_TESTS


def test_not_utf8_names_the_line_of_the_first_bad_byte() -> None:
    path = DATA / "bad" / "not-utf8.md"
    with pytest.raises(PlanError, match="not UTF-8") as caught:
        load(path)
    assert caught.value.line == 4


def test_bad_front_matter_names_its_line() -> None:
    path = DATA / "bad" / "bad-front-matter.md"
    with pytest.raises(PlanError, match="front matter") as caught:
        load(path)
    assert caught.value.line == 3


def test_missing_file_has_no_line(tmp_path: Path) -> None:
    with pytest.raises(PlanError) as caught:
        load(tmp_path / "nope.md")
    assert str(caught.value) == f"{tmp_path / 'nope.md'}: no such file"


def test_yaml_error_names_the_field_line(tmp_path: Path) -> None:
    text = to_yaml(load(USER_PLAN)).replace("min_minutes: 45", "min_minutes: -4", 1)
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanError, match="min_minutes") as caught:
        load(path)
    assert caught.value.line is not None
    assert text.splitlines()[caught.value.line - 1].strip() == "min_minutes: -4"


def test_json_type_error_names_the_field_line(tmp_path: Path) -> None:
    text = to_json(load(USER_PLAN)).replace('"max_minutes": 90', '"max_minutes": "lots"', 1)
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanError, match="max_minutes") as caught:
        load(path)
    assert caught.value.line is not None
    assert '"max_minutes": "lots"' in text.splitlines()[caught.value.line - 1]


def test_json_syntax_error_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "x",\n  "title": \n}\n', encoding="utf-8")
    with pytest.raises(PlanError, match="not valid JSON") as caught:
        load(path)
    assert caught.value.line == 4


def test_unknown_fields_are_rejected(tmp_path: Path) -> None:
    text = to_yaml(load(USER_PLAN)).replace("title: Go Track", "title: Go Track\ncolour: red", 1)
    path = tmp_path / "extra.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanError, match="colour") as caught:
        load(path)
    assert caught.value.line == 3


# ---------------------------------------------------------------------------------------------
# Property: whatever text comes in, the only exception is PlanError.

_FRAGMENTS = [
    "---\n",
    "id: x\n",
    "title: y\n",
    "### Day 1 – A\n",
    "## Day 2: B\n",
    "#### Day 1\n",
    "#### 4-Hour Plan\n",
    "#### 6-Hour Plan\n",
    "- Add:\n",
    "  - **Extra (60 min)**: n\n",
    "- **Block 1 (Concepts – 60–75 min)**\n",
    "  - item\n",
    "    - nested\n",
    "- plain\n",
    "- **Design (lots of time)**\n",
    "| Day | Focus |\n|---|---|\n| 1 | f |\n",
    "\n",
    "Add:\n",
    "- [link](target)\n",
    "##### Block 2 (X – 1h)\n",
    "\t- tab\n",
    "\r\n",
    "- Review (75–60 min)\n",
    "- Zero (0 min)\n",
    "### Weekly Goals\n",
    "```\ncode\n```\n",
    "**Day 3 – Bold line**\n",
    "## Monday – Weekday\n",
    "## Days 4–5: Range\n",
    "## Day One\n",
    "## Day – No number\n",
    "| Block | Topic | Time |\n|---|---|---|\n| 1 | C | 60 min |\n| 2 | D | soon |\n",
    "- 09:00–10:00 Clock\n",
    "- 12:00–12:00 Zero\n",
    "### Light (2h)\n",
    "Everything from the 4-hour plan, plus:\n",
    "## Tag 1 – Grundlagen\n",
    "- 📚 **Emoji (1 Std.)**\n",
    "- Top 10 (Arrays) – 30 min\n",
    "- ( – 60 min)\n",
    "<!-- comment -->\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=30))
def test_mutated_plans_raise_only_plan_error(parts: list[str]) -> None:
    error: PlanError | None = None
    try:
        plan = parse_markdown("".join(parts), source="fuzz.md")
    except PlanError as caught:
        error = caught
    if error is None:
        assert plan.days
    else:
        assert error.file == "fuzz.md"
        assert error.line is None or error.line >= 1


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400))
def test_random_text_raises_only_plan_error(data: bytes | str) -> None:
    with contextlib.suppress(PlanError):
        parse_markdown(data, source="random.md")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_random_structured_text_raises_only_plan_error(text: str) -> None:
    kinds: tuple[Literal["yaml", "json"], ...] = ("yaml", "json")
    for kind in kinds:
        with contextlib.suppress(PlanError):
            parse_structured(text, source="random", kind=kind)


def test_decorated_headings_task_boxes_and_bold_add() -> None:
    plan = load(DATA / "plans" / "decorated-headings.md")
    assert plan.title == "🚀 Decorated Week"
    assert [d.title for d in plan.days] == ["Arrays", "Strings"]
    assert blocks(plan, 1, 2) == [("Concepts", 60, 60), ("Drills", 45, 60)]
    assert blocks(plan, 1, 3) == [("Concepts", 60, 60), ("Drills", 45, 60), ("Mock", 60, 60)]
    two = plan.day(1).variant(2)
    assert two is not None
    assert two.blocks[0].items[0].text == "[ ] Two pointers."  # items stay as written
    assert blocks(plan, 2, 3) == [("Reading", 60, 60), ("Practice", 60, 60)]


def test_days_at_heading_level_one() -> None:
    plan = load(DATA / "plans" / "days-at-level-one.md")
    assert [(d.number, d.title) for d in plan.days] == [(1, "Graphs"), (2, "Trees")]
    assert plan.title == "days-at-level-one"


@pytest.mark.parametrize(
    "line",
    [
        "- Add:\n  - **Extra (30 min)**",
        "- **Add:**\n  - **Extra (30 min)**",
        "- **Add**:\n  - **Extra (30 min)**",
        "- Add: **Extra (30 min)**",
        "- Add to the 1-hour plan:\n  - Extra (30 min)",
        "Plus:\n\n- Extra – 30 min",
    ],
)
def test_ways_to_write_add(line: str) -> None:
    text = f"## Day 1 – A\n\n### 1-Hour Plan\n\n- Base (60 min)\n\n### 2-Hour Plan\n\n{line}\n"
    plan = parse_markdown(text)
    assert blocks(plan, 1, 2) == [("Base", 60, 60), ("Extra", 30, 30)]


def test_a_block_that_starts_with_add_is_still_a_block() -> None:
    text = "## Day 1 – A\n\n### 1-Hour Plan\n\n- Add caching layer (45 min): use Redis\n"
    plan = parse_markdown(text)
    assert blocks(plan, 1, 1) == [("Add caching layer", 45, 45)]
