"""Start-time lines written as paragraphs, each with a blockquote under it that says something
about that activity (`**8:00 a.m.** Writing block` over `> Phone in the other room.`): the
quote is a word on the activity above it, so each start still lasts until the next one, as a
bullet under the line already reads. A quote that gives its own time of day is a line of the
agenda, and one start time alone is no agenda."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, pinned, warnings

QUOTED = DATA / "quoted_start_notes"


def test_each_start_lasts_until_the_next_and_keeps_its_quote() -> None:
    result = read_plan(QUOTED / "en-thesis-day-quotes.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "Monday")]
    assert blocks_with_items(plan) == [
        (
            "Coffee and plan the day",
            30,
            "07:30",
            ["Three lines in the notebook: what to write, what to read, what to send."],
        ),
        (
            "Writing block: chapter 3",
            120,
            "08:00",
            ["Phone in the other room. No email until this is over."],
        ),
        ("Read two papers for the related work", 90, "10:00", ["Margins only, no summaries yet."]),
        ("Lab meeting", 60, "11:30", []),
    ]
    # the last start gives no length and lunch is a gap: a note, said
    assert plan.days[0].notes == ("**12:30 p.m.** Lunch",)
    assert warnings(result) == ['19: "**12:30 p.m.** Lunch" has a start time but no length']


def test_spaces_written_as_entities_and_a_quote_that_opens_blank() -> None:
    result = read_plan(QUOTED / "en-nbsp-gap-quotes.md")
    assert blocks_with_items(result.plan) == [
        (
            "Run the overnight experiments' analysis",
            90,
            "09:00",
            ["Plots first, then the table for the draft."],
        ),
        ("Supervisor meeting", 45, "10:30", ["Bring the two plots."]),
        ("Edit section 4.2", 90, "11:15", []),
    ]
    assert warnings(result) == [
        '13: "**12:45**&nbsp;&nbsp;&nbsp;&nbsp; Lunch" has a start time but no length'
    ]


def test_a_quote_with_its_own_time_is_a_block_of_the_agenda() -> None:
    result = read_plan(QUOTED / "en-quote-with-time-near-miss.md")
    assert pinned(result.plan, 0) == [
        ("Deep work: figures", 90, "09:00"),
        ("Call with the co-author about the rebuttal", 30, "10:30"),
        ("Write the rebuttal letter", 90, "11:00"),
    ]
    assert [i.text for b in result.plan.days[0].variants[0].blocks for i in b.items] == []


def test_one_start_with_a_quote_is_no_agenda() -> None:
    result = read_plan(QUOTED / "en-one-start-quote-near-miss.md")
    plan = result.plan
    assert pinned(plan, 0) == [("Plan the week's writing blocks", 45, None)]
    assert plan.days[0].notes == ("10:00 Weekly review",)
    assert len(warnings(result)) == 1
