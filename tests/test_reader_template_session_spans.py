"""A daily template whose session headings give a length and then a clock span:
`### Morning Session (2-3 hours) - 8:00 AM - 11:00 AM` puts each day's `- **Morning:** …` line
there, at 08:00 for the span's 180 minutes, in the session `Morning Session`."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "template_session_spans"


def test_day_lines_take_the_span_their_template_session_gives() -> None:
    result = read_plan(PLANS / "length-then-span.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["Day 1", "Day 2"]
    assert pinned(plan, 0) == [
        ("VLANs and trunking", 180, "08:00"),
        ("Inter-VLAN routing lab", 120, "14:00"),
        ("VLAN deck", 30, "19:30"),
    ]
    # written evening first, read in the template's order
    assert pinned(plan, 1) == [("Spanning Tree", 180, "08:00"), ("STP deck", 30, "19:30")]
    sessions = [b.session for v in plan.days[0].variants for b in v.blocks]
    assert sessions == ["Morning Session", "Afternoon Session", "Evening Session"]
    assert warnings(result) == []


def test_a_day_line_with_its_own_length_keeps_it_and_the_others_take_their_span() -> None:
    plan = read_plan(PLANS / "own-length-kept.md").plan
    assert pinned(plan, 0) == [("Entra ID users", 45, None), ("Quiz on identities", 60, "20:00")]


def test_a_session_heading_with_words_after_its_length_gives_no_time() -> None:
    plan = read_plan(PLANS / "no-clock-after-length.md").plan
    assert pinned(plan, 0) == [("Stakeholders", 90, None), ("Stakeholder questions", 30, None)]
