"""The garbage collector's pause around reading, scheduling and writing calendars."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from planexport.collector import paused
from planexport.errors import PlanError
from planexport.reader import read_markdown

_PLAN = (
    "# Day 1\n\n## 2-Hour Plan\n\n- Block 1 (Concepts – 60 min)\n- Block 2 (Practice – 60 min)\n"
)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_off_inside_and_back_on_after() -> None:
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer body still runs
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_an_error_inside_turns_the_collector_back_on() -> None:
    with pytest.raises(PlanError):
        read_markdown("# Notes\n\nnothing timed here\n", source="notes.md")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        read_markdown(_PLAN, source="plan.md")
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


@pytest.mark.usefixtures("collector_on")
def test_overlapping_bodies_in_two_threads_end_with_the_collector_on() -> None:
    inside = threading.Event()
    leave = threading.Event()

    def other() -> None:
        with paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(5)
    with paused():
        pass
    assert not gc.isenabled()  # the other thread's body still runs
    leave.set()
    thread.join(5)
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_reading_gives_the_same_plan_with_the_collector_on_after() -> None:
    result = read_markdown(_PLAN, source="plan.md")
    assert [b.title for b in result.plan.days[0].variants[0].blocks] == ["Concepts", "Practice"]
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_what_a_body_keeps_leaves_the_youngest_generation_without_a_collection() -> None:
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.unfreeze()  # an in-process run of the CLI earlier in the session froze its imports
    gc.collect()
    gc.callbacks.append(count)
    try:
        with paused():
            kept = [[n] for n in range(5_000)]  # young objects that outlive the body
        young = gc.get_objects(generation=0)
    finally:
        gc.callbacks.remove(count)
    assert collections == []  # no pass over the body's objects when the pause ends
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert not any(obj is kept[0] for obj in young)
    assert any(obj is kept[0] for obj in gc.get_objects(generation=2))


@pytest.mark.usefixtures("collector_on")
def test_a_freeze_the_caller_made_is_left_as_it_is() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused():
            kept = [[n] for n in range(1_000)]
        assert gc.get_freeze_count() == frozen  # nothing of the caller's thawed
        assert kept
        assert gc.isenabled()
    finally:
        gc.unfreeze()
