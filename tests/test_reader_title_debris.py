"""Titles without the debris of their markup: character references decoded, emphasis left
around a label unwrapped and inline tags gone, in headings, cells, continuation rows and code
lines."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_markdown, read_plan
from planexport.reader.character_references import decoded
from planexport.reader.title_markup import plain_title
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLANS = DATA / "title_debris"


def titles(plan: Plan) -> list[tuple[str, int, str | None]]:
    return [(b.title, b.min_minutes, b.at) for d in plan.days for v in d.variants for b in v.blocks]


def test_character_references_in_cells_and_continuation_rows_are_their_characters() -> None:
    result = read_plan(PLANS / "character-references-in-continuation-rows.md")
    assert blocks_with_items(result.plan) == [
        ("Opening & welcome", 45, "09:00", []),
        (
            "Parallel labs",
            75,
            "09:45",
            ["Mesh refinement — Lab 1 — Omar", "Particle tracking — Lab 2 — Ines"],
        ),
        ("Wrap-up – questions", 30, "11:00", []),
    ]
    assert result.warnings == ()


def test_emphasis_around_a_label_in_a_cell_goes_with_both_its_marks() -> None:
    result = read_plan(PLANS / "label-emphasis-in-cells.md")
    assert titles(result.plan) == [
        ("Vortrag: Wolkenphysik", 45, "09:00"),
        ("Übung: Radiosonden", 45, "09:45"),
        ("Diskussion: offene Fragen", 30, "10:30"),
    ]
    assert result.warnings == ()


def test_a_mark_left_after_a_label_goes_and_other_stars_stay() -> None:
    assert plain_title("Science talk:* Cyclone tracking") == "Science talk: Cyclone tracking"
    assert plain_title("Keynote:** Glass boxes") == "Keynote: Glass boxes"
    assert plain_title("Q&A:_ open questions") == "Q&A: open questions"
    assert plain_title("2 * 3 and 5* hotels") == "2 * 3 and 5* hotels"
    assert plain_title("a*b, read_csv_files") == "a*b, read_csv_files"


def test_inline_tags_and_references_in_code_lines() -> None:
    result = read_plan(PLANS / "html-tags-in-code-lines.md")
    assert titles(result.plan) == [
        ("Analysis & Übungen", 60, "09:00"),
        ("Kaffee im Foyer", 30, "10:00"),
        ("Lineare Algebra", 90, "10:30"),
    ]
    assert result.warnings == ()


def test_a_reference_in_a_day_heading_is_its_character_so_the_weekday_is_read() -> None:
    plan = read_markdown("# Plan\n\n## Maandag &ndash; statistiek\n\n- Kansrekening (1 uur)\n").plan
    assert [(d.title, d.weekday) for d in plan.days] == [("statistiek", "mon")]


def test_plain_title_character_references() -> None:
    assert plain_title("Room&nbsp;&nbsp;1 &#8211; &#x2014; Q&amp;A") == "Room 1 – — Q&A"
    assert plain_title("&emsp;Mesh refinement") == "Mesh refinement"
    # Left as written: no reference without its `;`, none inside a code span.
    assert plain_title("AT&T &copy") == "AT&T &copy"
    assert plain_title("Use &nbsp;`&amp;` now") == "Use `&amp;` now"
    assert plain_title("&ast;starred&ast;") == "*starred*"  # a star, not emphasis


def test_items_stay_markdown_so_markup_references_stay() -> None:
    assert decoded("&emsp;Lab&nbsp;1 &amp; &lt;b&gt; &amp;lt;", markdown=True) == (
        "Lab 1 & &lt;b&gt; &amp;lt;"
    )
    assert decoded("Lab 1") == "Lab 1"
