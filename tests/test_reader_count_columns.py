"""A column of counts (`| Problems |` over `12`, `3 problems`) is no title when a column of
words stands beside it: the rows are titled by the words, in day tables and in tables of hours
per week; counts alone, or names in the counted column, stay the titles as before."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, dated_days, warnings

COUNTS = DATA / "count_columns"


def read(name: str) -> ReadResult:
    return read_plan(COUNTS / name)


def _first_week(result: ReadResult) -> list[tuple[str, int, str | None]]:
    return [
        (b.title, b.min_minutes, b.note) for d in result.plan.days[:5] for b in d.variants[0].blocks
    ]


def test_a_week_table_is_titled_by_its_areas_not_by_its_exercise_counts() -> None:
    result = read("week-exercises-hours-areas.md")
    assert _first_week(result) == [("Joins, subqueries", 60, "Exercises: 14")] * 5
    assert [d.title for d in result.plan.days[5:7]] == ["Monday", "Tuesday"]
    assert result.plan.days[5].variants[0].blocks[0].title == "Window functions"
    assert [i.text for i in result.plan.days[0].variants[0].blocks[0].items] == [
        "Joins",
        "subqueries",
    ]
    assert len(result.plan.days) == 15
    assert warnings(result) == [
        "5: a table of hours per week: each week's hours are spread evenly over five study "
        "days, Monday to Friday (week 1: 5 h, 60 min a day)"
    ]


def test_a_plural_title_header_titles_the_weeks() -> None:
    result = read("week-problems-hours-topics-covered.md")
    assert _first_week(result) == [("Traversals, shortest paths", 70, "Problems: 8")] * 5
    assert result.plan.days[10].variants[0].blocks[0].title == "Flows, matchings"


def test_german_task_counts_beside_themes() -> None:
    result = read("woche-aufgaben-stunden-themen.md")
    assert [d.title for d in result.plan.days[:2]] == ["Montag", "Dienstag"]
    assert _first_week(result) == [("Verteilungen, Momente", 50, "Aufgaben: 20")] * 5
    assert result.plan.days[5].variants[0].blocks[0].title == "Schätzer"


def test_a_day_table_of_problem_counts_is_titled_by_its_areas() -> None:
    result = read("day-problems-time-areas.md")
    assert [(title, blocks) for _, _, _, title, blocks in dated_days(result.plan)] == [
        ("Masks and shifts", [("Masks and shifts", 45, None)]),
        ("Gray codes", [("Gray codes", 45, None)]),
        ("Subset enumeration", [("Subset enumeration", 60, None)]),
    ]
    assert warnings(result) == []


def test_counts_with_no_words_beside_them_stay_the_titles() -> None:
    result = read("day-problems-time-no-words.md")
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("3", 30),
        ("4", 40),
        ("5", 50),
    ]


def test_named_problems_stay_the_titles_beside_areas() -> None:
    result = read("day-problems-named.md")
    assert [b[0] for b in blocks_with_items(result.plan)] == [
        "Kth largest, top k words",
        "Merge k lists",
        "Median stream",
    ]


def test_a_week_table_of_chapter_and_page_numbers_stays_titled_by_its_chapters() -> None:
    result = read("week-chapter-hours-pages.md")
    assert _first_week(result)[0] == ("1", 60, "Pages: 12–30")


def test_a_row_wider_than_its_header_keeps_its_last_cell() -> None:
    # Rows of pipes with no rule under the header, one cell more than it: no crash, the weeks
    # read, the cell without a header kept with its week.
    result = read("row-wider-than-header.md")
    first = [
        (b.min_minutes, f"{b.title} {b.note}")
        for d in result.plan.days[:5]
        for v in d.variants
        for b in v.blocks
    ]
    assert len(result.plan.days) == 10
    assert all(minutes == 60 and "Matrizen" in words for minutes, words in first)
