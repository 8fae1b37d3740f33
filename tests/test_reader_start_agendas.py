"""Start-time agendas: each start lasts until the next one, whatever marks the times up."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "start_agendas"


def test_bold_am_pm_start_times_in_table_cells_make_an_agenda() -> None:
    result = read_plan(PLANS / "bold-ampm-cells.md")
    assert [d.weekday for d in result.plan.days] == ["thu"]
    assert pinned(result.plan, 0) == [
        ("Welcome and set-up", 15, "13:30"),
        ("First commits", 75, "13:45"),
        ("Branches and merges", 70, "15:20"),
    ]
    assert warnings(result) == []


def test_bold_24_hour_start_times_in_a_headerless_table_make_an_agenda() -> None:
    result = read_plan(PLANS / "bold-24h-cells-no-header.md")
    assert [d.weekday for d in result.plan.days] == ["mon"]
    assert pinned(result.plan, 0) == [
        ("Begrüßung", 20, "09:00"),
        ("Lineare Algebra", 90, "09:20"),
        ("Übungsblatt 3", 80, "11:10"),
    ]
    assert warnings(result) == []


def test_a_row_written_out_of_time_order_ends_at_the_next_later_start() -> None:
    result = read_plan(PLANS / "row-out-of-order.md")
    assert pinned(result.plan, 0) == [
        ("Presentación de retos", 60, "10:00"),
        ("Trabajo en equipos", 120, "11:00"),
        # the row above the late-written 13:30 one runs on to the 17:00 end, not round the clock
        ("Mentorías", 180, "14:00"),
        ("Charla de patrocinador", 30, "13:30"),
    ]
    assert warnings(result) == [
        '11: row "Charla de patrocinador" starts at 13:30, before the row above it at 14:00: '
        "read in time order, until 14:00"
    ]


def test_a_last_row_after_midnight_still_ends_the_late_row_before_it() -> None:
    result = read_plan(PLANS / "late-row-past-midnight.md")
    assert pinned(result.plan, 0) == [
        ("Team building", 120, "19:00"),
        ("Night coding", 240, "21:00"),
    ]
    assert warnings(result) == []


def test_a_point_time_after_spans_lasts_until_an_approximate_end_line() -> None:
    result = read_plan(PLANS / "point-time-then-approx-end.md")
    # "ca. 16.00 Ende des Tages" is when the day ends: neither a block nor a note
    assert pinned(result.plan, 0) == [
        ("Vorlesung", 90, "14:00"),
        ("Fragen und Abschluss", 30, "15:30"),
    ]
    assert result.plan.days[0].notes == ()
    assert warnings(result) == []


def test_a_point_time_between_spans_lasts_until_the_next_span() -> None:
    result = read_plan(PLANS / "point-time-before-next-span.md")
    assert pinned(result.plan, 0) == [
        ("Theory", 90, "09:00"),
        ("Group photo", 15, "10:30"),
        ("Practice", 75, "10:45"),
    ]
    assert warnings(result) == []


def test_a_last_point_time_with_no_time_after_it_is_warned_not_dropped() -> None:
    result = read_plan(PLANS / "point-time-with-nothing-after.md")
    assert pinned(result.plan, 0) == [("Exercises", 120, "09:00")]
    assert warnings(result) == ['7: "Questions" has a start time but no length']


def _notes(name: str) -> list[str | None]:
    plan = read_plan(PLANS / name).plan
    return [b.note for v in plan.days[0].variants for b in v.blocks]


def test_a_start_list_split_by_rules_ends_each_group_at_the_next_groups_start() -> None:
    result = read_plan(PLANS / "rules-split-start-list.md")
    assert [(d.weekday, str(d.date)) for d in result.plan.days] == [("fri", "2025-03-14")]
    # the coffee group is a gap; the closing line ends the day
    assert pinned(result.plan, 0) == [
        ("Bienvenida", 20, "10:00"),
        ("Datos abiertos en bibliotecas", 20, "10:20"),
        ("Preguntas", 20, "10:40"),
        ("Mapas colaborativos", 20, "11:30"),
    ]
    assert _notes("rules-split-start-list.md") == [
        None,
        "Ana Pérez - Universidad de Sevilla",
        None,
        "Luis Gómez - Universidad de Granada",
    ]
    assert warnings(result) == []


def test_headings_with_a_start_time_are_blocks_until_the_next_start() -> None:
    result = read_plan(PLANS / "time-title-headings.md")
    assert pinned(result.plan, 0) == [
        ("Keynote: Building calm software", 45, "14:00"),
        ("Panel: Testing in practice", 5, "14:45"),
        ("Property-based tests", 20, "14:50"),
        ("Mutation testing", 20, "15:10"),
    ]
    assert "Jo Smith" in (_notes("time-title-headings.md")[0] or "")
    assert warnings(result) == []


def test_a_rule_before_an_untimed_line_still_leaves_the_last_start_without_a_length() -> None:
    result = read_plan(PLANS / "rule-then-untimed-line.md")
    assert pinned(result.plan, 0) == [("Flashcards", 30, "08:00")]
    assert warnings(result) == ['7: "**08:30** _Past paper_" has a start time but no length']
