"""A weekly timetable in TOML front matter, one `[[feature]]` table per weekday (Hugo pages)."""

from __future__ import annotations

from pathlib import Path

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

FEATURES = DATA / "front_features"


def read() -> ReadResult:
    return read_plan(FEATURES / "one-edge-case.md")


def blocks(result: ReadResult) -> list[tuple[str | None, str, str | None, int]]:
    return [
        (d.weekday, b.title, b.at, b.min_minutes)
        for d in result.plan.days
        for v in d.variants
        for b in v.blocks
    ]


def test_each_feature_is_its_weekday_with_its_timed_parts() -> None:
    result = read()
    assert result.plan.title == "Weekly rhythm"
    assert blocks(result) == [
        ("tue", "Seminar", "09:00", 90),
        ("tue", "Drop-in hour", "14:00", 60),
        ("wed", "Practical sessions", "08:30", 90),
        ("thu", "Seminar", "09:00", 90),
        ("thu", "Reading group", "16:15", 45),
        ("fri", "Quiz", "11:00", 20),
    ]


def test_the_untimed_parts_after_a_span_are_its_items() -> None:
    result = read()
    items = [
        [i.text for i in b.items] for d in result.plan.days for v in d.variants for b in v.blocks
    ]
    assert items == [["Room B12"], ["Library desk"], ["Lab 3"], [], ["Zoom"], ["Ada"]]


def test_spans_offered_as_choices_are_one_session_named_in_a_warning() -> None:
    messages = [w.message for w in read().warnings]
    assert any("8:30-10:00am or 10:30-12:00pm or 1:00-2:30pm" in m for m in messages)
    assert any("11:00-11:20am or 3:00-3:20pm or 4:00-4:20pm" in m for m in messages)


def test_features_not_named_by_weekdays_are_not_a_plan(tmp_path: Path) -> None:
    page = tmp_path / "features.md"
    page.write_text(
        '+++\ntitle = "Course"\n\n[[feature]]\n  name = "Fast"\n'
        '  description = "Compiles in 9:00-10:00am"\n+++\n\n## Day 1\n\n- Arrays (30 min)\n',
        encoding="utf-8",
    )
    result = read_plan(page)
    assert [d.title for d in result.plan.days] == ["Day 1"]
    assert [b.title for d in result.plan.days for v in d.variants for b in v.blocks] == ["Arrays"]
