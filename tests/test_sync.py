"""The push vocabulary shared by CalDAV and Todoist: one Change type, one set of words."""

from __future__ import annotations

from planexport.export.caldav import CaldavChanges, ResourceChange
from planexport.export.sync import WORDS, WOULD, Change, summary
from planexport.export.todoist.planner import TodoistChanges


def test_both_services_report_changes_with_the_same_words() -> None:
    todoist = TodoistChanges(
        changes=(Change("create", "task", "Go / Day 1 / Concepts"), Change("kept", "task", "x")),
        commands=(),
        reads=0,
    )
    caldav = CaldavChanges(
        calendar="Go",
        calendar_url=None,
        changes=(
            ResourceChange("create", "event", "go.d1.concepts@planexport.ics", summary="Concepts"),
            ResourceChange("kept", "event", "old@planexport.ics", url="http://x/old"),
        ),
    )
    assert (
        todoist.summary()
        == caldav.summary()
        == "created 1, kept (not in the plan; --prune deletes) 1"
    )
    assert todoist.count("create") == caldav.count("create") == 1
    assert isinstance(caldav.changes[0], Change)


def test_every_action_has_a_word_for_a_push_and_for_a_dry_run() -> None:
    assert set(WORDS) == set(WOULD)
    assert summary([]) == "nothing to do"
    assert str(Change("update", "task", "Go / Review", ("due", "order"))) == (
        "update    task    Go / Review (due, order)"
    )
    assert str(ResourceChange("delete", "event", "a@planexport.ics", summary="A")) == (
        "delete    a@planexport.ics  A"
    )
