"""Block titles as plain text (no inline HTML tags, emphasis marks or escapes), and lines that
only say the day ends (`End of the Day`, `Workshop ends`): neither blocks nor warnings."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from planexport.reader.closing_words import closes_day
from planexport.reader.title_markup import plain_title
from tests.paths import DATA
from tests.reader_support import undated

PLANS = DATA / "title_markup"


def blocks(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


def test_inline_html_tags_leave_their_words() -> None:
    result = read_plan(PLANS / "html-span-in-table-title.md")
    assert blocks(result.plan) == [
        ("Graph networks for proteins", 40, "13:00"),
        ("Docking at scale", 40, "13:40"),
        ("Open questions", 50, "14:40"),
    ]
    assert result.warnings == ()


def test_emphasis_inside_a_title_and_an_ends_line() -> None:
    result = read_plan(PLANS / "inner-emphasis-start-lines.md")
    assert blocks(result.plan) == [
        ("Welcome", 15, "09:00"),
        ("Shell scripting hands on", 75, "09:15"),
        ("Pipelines lecture", 60, "10:30"),
    ]
    assert [w.message for w in result.warnings] == [
        undated("Wednesday, June 4", "June 4", "Wednesday")
    ]


def test_end_of_the_day_row_ends_the_block_before_it() -> None:
    result = read_plan(PLANS / "end-of-the-day-row-before-evening.md")
    assert blocks(result.plan) == [
        ("Panel on open data", 75, "16:00"),
        ("Dinner at the harbour", 120, "19:00"),
    ]
    assert result.warnings == ()


def test_escapes_are_their_characters_and_names_with_underscores_stay() -> None:
    result = read_plan(PLANS / "escapes-and-snake-case-kept.md")
    assert [title for title, _, _ in blocks(result.plan)] == [
        "Parsing with read_csv_files in C#",
        "Tuning load_data_fast",
        "Warm-up 2 * 3 * 4",
    ]


def test_plain_title_edge_cases() -> None:
    assert plain_title("Registration_") == "Registration"
    assert plain_title("List<T> and <b>maps</b>") == "List<T> and maps"
    assert plain_title("Poster session (1h 15min)\\") == "Poster session (1h 15min)"
    assert plain_title("x_1 and y_2") == "x_1 and y_2"


def test_what_closes_a_day() -> None:
    for title in ("End of the Day", "End of day 1", "The End", "Zoom session ends",
                  "Ende des Tages", "Fin de la journée", "Konferenz schließt"):  # fmt: skip
        assert closes_day(title), title
    for title in ("Closing remarks", "End-to-end testing lab", "Weekend review", "Friends"):
        assert not closes_day(title), title


def test_code_spans_stay_as_written() -> None:
    assert plain_title("The `__init__` method __hands on__") == "The `__init__` method hands on"
    assert plain_title("x <b>y</b> `<div>` z") == "x y `<div>` z"


def test_a_clock_emoji_before_a_span_marks_the_time_not_the_title() -> None:
    result = read_plan(PLANS / "clock-emoji-before-spans.md")
    assert blocks(result.plan) == [
        ("📖 Lectura: capítulo 4", 60, "09:00"),
        ("Problemas de cálculo", 90, "10:15"),
        ("🌙 Repaso", 60, "21:00"),  # another mark before the time stays with the title
        ("🧪 Informe de laboratorio", 90, "09:00"),
    ]
    assert result.warnings == ()


def test_strike_marks_in_part_of_a_title_go_and_its_words_stay() -> None:
    result = read_plan(PLANS / "struck-word-in-agenda.md")
    assert blocks(result.plan) == [
        ("Swimming Library", 60, "13:00"),
        ("Essay outline draft", 60, "14:00"),
        ("Approx. ~2 chapters", 60, "15:00"),  # one tilde is "about": as written
    ]
    assert result.warnings == ()
