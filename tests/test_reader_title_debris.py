"""Titles without the debris of their markup: character references decoded, emphasis left
around a label unwrapped, links reduced to their text, footnote markers and inline tags gone, in
headings, bullets, cells, continuation rows and code lines."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_markdown, read_plan
from planexport.reader.character_references import decoded
from planexport.reader.title_links import link_labels, linkless
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


def test_reference_links_keep_their_text_and_a_bare_reference_goes() -> None:
    result = read_plan(PLANS / "reference-links-in-bullets.md")
    assert titles(result.plan) == [
        ("Lectura: capítulo 3", 60, "09:00"),
        ("Ejercicios de la guía", 60, "10:00"),
        ("Repaso con Anki", 60, "11:00"),
        ("Dudas del foro", 30, "12:00"),
        ("Resumen [opcional]", 30, "12:30"),  # no definition: brackets as written
    ]
    assert result.warnings == ()


def test_org_style_links_keep_their_text_in_brackets() -> None:
    result = read_plan(PLANS / "org-style-links-in-cells.md")
    assert titles(result.plan) == [
        ("Atelier cartographie [diapos]", 60, "14:00"),
        ("Exposé [affiche]", 60, "15:00"),
    ]
    assert result.warnings == ()


def test_inline_links_and_footnote_markers_in_headings() -> None:
    plan = read_plan(PLANS / "inline-links-and-footnotes-in-headings.md").plan
    assert [(d.title, d.weekday) for d in plan.days] == [("statistiek", "mon")]
    assert titles(plan) == [
        ("Kansrekening hoofdstuk 2", 60, "19:00"),
        ("Herhaling met flashcards", 30, "20:00"),
    ]
    assert plan.days[0].variants[0].blocks[0].note == "Oefeningen 2.1 tot 2.8."


def test_plain_title_links_and_footnotes() -> None:
    defined = frozenset({"D1-TALK", "1", "SLIDES"})
    assert plain_title("*Science talk:* Cyclone [[slides][D1-talk]]", defined) == (
        "Science talk: Cyclone [slides]"
    )
    assert plain_title("Cyclone tracking [D1-talk]", defined) == "Cyclone tracking"
    assert plain_title("Cyclone tracking [Slides]", defined) == "Cyclone tracking Slides"
    assert plain_title("Keynote [^a] and Q&amp;A[^1]") == "Keynote and Q&A"
    assert plain_title("[**Bold** docs](x.html) `[a](b)`") == "Bold docs `[a](b)`"
    # As written: no link without a definition, none escaped.
    assert plain_title("Matrix a[i][j] and [x][y]") == "Matrix a[i][j] and [x][y]"
    assert plain_title(r"\[not a link\](x)") == "[not a link](x)"


def test_link_labels_are_read_only_from_definitions() -> None:
    body = '# Plan\n\n[D1-talk]: https://example.org "Slides"\n\n```\n[2]: /b\n```\n'
    assert link_labels(body) == frozenset({"D1-TALK"})
    assert link_labels("[Monday]: 2 hours study\n") == frozenset()  # a line, not a definition
    assert linkless("[Docs](<a b.html> 'Docs')") == "Docs"


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
