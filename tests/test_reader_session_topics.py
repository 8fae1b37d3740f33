"""Session headings with a length and a topic: `#### Matin (3h) — Get & Clean Data` (#12)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "session_topics"


def _blocks(name: str) -> list[tuple[str | None, str, int, list[str]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (b.session, b.title, b.min_minutes, [i.text for i in b.items])
        for v in plan.days[0].variants
        for b in v.blocks
    ]


def test_a_timed_bullet_is_a_part_of_its_session_not_a_block_of_its_own() -> None:
    result = read_plan(PLANS / "vormittag-timed-bullet.md")
    assert _blocks("vormittag-timed-bullet.md") == [
        ("Vormittag", "Grundlagen", 120, ["SELECT und WHERE", "Joins an Beispielen"]),
        ("Nachmittag", "Übungen", 180, ["Aufgaben in Gruppen", "Kurztest (15 Min)"]),
    ]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_the_topic_after_a_dash_is_the_title_and_the_part_of_the_day_the_session() -> None:
    assert _blocks("morning-topic-dash.md") == [
        ("Morning", "HTML & Forms", 180, ["Semantic tags"]),
        ("Afternoon", "CSS Layout", 120, ["Flexbox"]),
    ]


def test_a_topic_after_a_colon_and_a_timed_comment_round_inside_the_afternoon() -> None:
    result = read_plan(PLANS / "tarde-colon-topic.md")
    assert _blocks("tarde-colon-topic.md") == [
        ("Mañana", "Redacción académica", 120, ["Estructura de un ensayo"]),
        (
            "Tarde",
            "Revisión entre pares",
            90,
            ["Intercambio de borradores", "Ronda de comentarios (20 min)"],
        ),
    ]
    assert warnings(result) == []


def test_a_session_whose_bullets_are_all_timed_keeps_them_as_blocks() -> None:
    result = read_plan(PLANS / "evening-all-timed.md")
    assert pinned(result.plan, 0) == [("Flashcards", 30, None), ("Past paper", 90, None)]
    assert [b.session for b in result.plan.days[0].variants[0].blocks] == ["Evening"] * 2


def test_a_session_before_a_plan_of_as_many_hours_is_said_to_be_left() -> None:
    result = read_plan(PLANS / "session-before-hour-plan.md")
    assert pinned(result.plan, 0) == [("Drills", 60, None), ("Quiz", 60, None)]
    assert warnings(result) == ['5: "Intro" is before a plan of as many hours: not read']


def test_a_session_over_its_own_clock_spans_keeps_them_as_blocks() -> None:
    result = read_plan(PLANS / "morning-over-bold-spans.md")
    assert pinned(result.plan, 0) == [
        ("Algorithms practice", 90, "09:00"),
        ("Review mistakes", 30, "10:30"),
    ]
