"""Day lines that name a template's session behind a status mark or an emoji:
`- ✅ **Morning:** Threat intelligence videos` is the morning session, as `- **Morning:** …` is."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "marked_session_labels"


def test_a_done_mark_before_a_session_label_leaves_the_line_its_session() -> None:
    result = read_plan(PLANS / "status-marked-labels.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["Day 1", "Day 2"]
    assert pinned(plan, 0) == [
        ("Threat intelligence videos", 90, None),
        ("Threat intel deck", 30, None),
    ]
    assert pinned(plan, 1) == [
        ("Vulnerability scanning videos", 90, None),
        ("Scanning deck", 30, None),
    ]
    sessions = [b.session for v in plan.days[0].variants for b in v.blocks]
    assert sessions == ["Morning Block", "Evening Block"]
    assert warnings(result) == []


def test_marked_lines_whose_label_is_no_session_stay_as_written() -> None:
    plan = read_plan(PLANS / "marked-lines-not-sessions.md").plan
    assert pinned(plan, 0) == [
        ("Log analysis videos", 90, None),
        ("📺 Video: SIEM overview", 20, None),
        ("✅ Lab done: parsing syslog", 45, None),
    ]
    sessions = [b.session for v in plan.days[0].variants for b in v.blocks]
    assert sessions == ["Morning Block", None, None]
