"""The Markdown reader on plans written in many styles: one edge case per file, read as meant."""

from __future__ import annotations

import pytest

from planexport.model import Block, Plan
from planexport.reader import load, parse_markdown
from planexport.reader.markdown import parse_duration
from tests.paths import DATA

PLANS = DATA / "plans"


def read(name: str) -> Plan:
    return load(PLANS / name)


def variant_blocks(plan: Plan, day: int, hours: float) -> tuple[Block, ...]:
    variant = plan.day(day).variant(hours)
    assert variant is not None
    assert variant.hours == hours
    return variant.blocks


def shape(plan: Plan, day: int, hours: float) -> list[tuple[str | None, str, int, int]]:
    """(label, title, min, max) of each block of a day's plan."""
    return [
        (b.label, b.title, b.min_minutes, b.max_minutes) for b in variant_blocks(plan, day, hours)
    ]


def hours(plan: Plan, day: int) -> list[float]:
    return [v.hours for v in plan.day(day).variants]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45m", (45, 45)),
        ("1.5hrs", (90, 90)),
        ("90 mins", (90, 90)),
        ("1h 15m", (75, 75)),
        ("~60 min", (60, 60)),
        ("(60')", (60, 60)),
        ("45-60m", (45, 60)),
        ("1:30 h", (90, 90)),
        ("1:30–2:00 h", (90, 120)),
        ("09:00–10:30", (90, 90)),
        ("9am - 11am", (120, 120)),
        ("11:00–1:00", (120, 120)),
        ("23:00 – 00:30", (90, 90)),
        ("Top 10 – 30 min", (30, 30)),
        ("Chapter 3 - 45 min", (45, 45)),
        ("LeetCode 75 - 60 min", (60, 60)),
        ("Step 2 – 1 h", (60, 60)),
        ("Concepts – 60 – 75 min", (60, 75)),
        ("(60 – 75 min)", (60, 75)),
        ("1,5 Std.", (90, 90)),
        ("45 Minuten", (45, 45)),
        ("2 horas", (120, 120)),
        ("30 minutos", (30, 30)),
        ("1 heure", (60, 60)),
        ("Do 3 more problems", None),
        ("the 60's", None),
    ],
)
def test_more_durations_people_write(text: str, expected: tuple[int, int] | None) -> None:
    assert parse_duration(text) == expected


def test_notion_export() -> None:
    plan = read("notion-export.md")
    assert plan.title == "DSA Sprint – Week 3"
    assert [(d.number, d.title) for d in plan.days] == [(1, "Day 1"), (2, "Hashing")]
    assert shape(plan, 1, 4) == [("Block 1", "Arrays", 60, 75), ("Block 2", "Practice", 90, 90)]
    arrays = variant_blocks(plan, 1, 4)[0]
    assert [i.text for i in arrays.items] == ["Two pointers", "Sliding window"]
    assert arrays.items[0].children[0].text == "Sorted two-sum"
    assert shape(plan, 2, 4)[1] == ("Block 2", "Practice", 120, 120)


def test_numbered_blocks_and_short_units() -> None:
    plan = read("numbered-blocks-short-units.md")
    assert shape(plan, 1, 3) == [
        (None, "Warm-up", 15, 15),
        (None, "Two pointers", 45, 60),
        (None, "Top 10 (Arrays)", 30, 30),
        (None, "Mock", 90, 90),
        (None, "Review", 90, 90),
    ]
    assert shape(plan, 2, 3) == [
        (None, "Traversals", 75, 75),
        (None, "BST problems", 60, 60),
        (None, "Recap", 20, 20),
    ]


def test_titles_with_numbers_and_brackets() -> None:
    plan = read("title-with-numbers.md")
    assert [(b.title, b.min_minutes, b.max_minutes) for b in variant_blocks(plan, 1, 2)] == [
        ("Read ch. 3 (pp. 40–60)", 45, 45),
        ("Top 10 (Arrays)", 30, 30),
        ("Chapter 3", 45, 45),
        ("LeetCode 75", 60, 60),
        ("Section 2.1 (B-trees)", 20, 20),
    ]


def test_blocks_as_headings_with_colon_labels() -> None:
    plan = read("block-headings-colon.md")
    assert shape(plan, 1, 4) == [
        ("Block 1", "Concepts", 60, 60),
        ("Block 2", "Design a cache", 90, 90),
        ("Block 3", "Review", 30, 45),
    ]
    concepts = variant_blocks(plan, 1, 4)[0]
    assert concepts.note == "Read the caching chapter."
    assert [i.text for i in concepts.items] == ["Write-through vs write-back", "Eviction: LRU, LFU"]


def test_eight_hours_add_to_six_which_add_to_four() -> None:
    plan = read("three-variants-chain.md")
    assert hours(plan, 1) == [4, 6, 8]
    four, six, eight = (variant_blocks(plan, 1, h) for h in (4, 6, 8))
    assert six[:4] == four
    assert eight[:6] == six
    assert [b.title for b in eight[4:]] == ["Dijkstra", "Practice", "Mock interview", "Retro"]
    assert eight[6].note == "with a friend"


def test_add_written_as_a_sentence() -> None:
    plan = read("add-intro-sentences.md")
    assert [b.title for b in variant_blocks(plan, 1, 6)] == [
        "Concepts",
        "Practice",
        "Kafka lab",
        "Write-up",
    ]
    assert [b.title for b in variant_blocks(plan, 2, 6)] == ["Concepts", "Practice", "Flink lab"]
    assert [b.title for b in variant_blocks(plan, 3, 6)] == ["Review", "Mock"]


def test_an_intro_that_joins_with_then_with_or_and_adds_to_the_shorter_plan() -> None:
    plan = read("add-intro-joining-words.md")
    assert [b.title for b in variant_blocks(plan, 1, 6)] == [
        "Concepts",
        "Practice",
        "Heap sort lab",
    ]
    assert [b.title for b in variant_blocks(plan, 2, 6)] == [
        "Concepts",
        "Practice",
        "Autocomplete kata",
        "Notes",
    ]
    assert [b.title for b in variant_blocks(plan, 3, 6)] == [
        "Concepts",
        "Practice",
        "Dijkstra by hand",
    ]


def test_a_block_starting_with_add_is_not_an_intro() -> None:
    text = "## Day 1 – A\n\n### 1-Hour Plan\n\n- Add more tests (60 min): to the parser\n"
    assert [b.title for b in variant_blocks(parse_markdown(text), 1, 1)] == ["Add more tests"]


def test_rest_days_with_text() -> None:
    plan = read("rest-day-text.md")
    assert not plan.day(1).is_rest
    assert plan.day(2).is_rest
    assert plan.day(2).title == "Rest 😴"
    assert plan.day(3).is_rest


def test_front_matter_with_quotes_extra_keys_and_a_numeric_id() -> None:
    plan = read("front-matter-extras.md")
    assert (plan.id, plan.title) == ("42", "Go: Week 2 — Concurrency")
    assert shape(plan, 1, 2) == [(None, "Goroutines", 120, 120)]


def test_crlf_setext_and_closing_hashes() -> None:
    raw = (PLANS / "crlf-setext-trailing-hashes.md").read_bytes()
    assert b"\r\n" in raw
    plan = read("crlf-setext-trailing-hashes.md")
    assert plan.title == "CRLF Setext"
    assert [(d.number, d.title) for d in plan.days] == [(1, "Arrays"), (2, "Trees")]
    assert shape(plan, 1, 2) == [("Block 1", "Concepts", 60, 60), ("Block 2", "Practice", 60, 60)]
    assert variant_blocks(plan, 1, 2)[0].items[0].text == "Item one"
    assert hours(plan, 2) == [1]


def test_emoji_in_days_plans_and_blocks() -> None:
    plan = read("emoji-days.md")
    assert [d.title for d in plan.days] == ["Arrays 🔥", "Strings"]
    assert shape(plan, 1, 4) == [(None, "📚 Concepts", 60, 60), (None, "💻 Practice", 180, 180)]
    assert shape(plan, 2, 4) == [
        ("Block 1", "📚 Concepts", 60, 60),
        ("Block 2", "💻 Practice", 180, 180),
    ]


def test_german_plan() -> None:
    plan = read("other-language-german.md")
    assert [(d.number, d.title) for d in plan.days] == [(1, "Grundlagen"), (2, "Ruhetag")]
    assert shape(plan, 1, 4) == [
        ("Block 1", "Konzepte", 60, 75),
        ("Block 2", "Übungen", 90, 90),
        ("Block 3", "Wiederholung", 45, 45),
    ]
    assert [b.title for b in variant_blocks(plan, 1, 6)][3:] == ["Projekt"]
    assert plan.day(2).is_rest


def test_spanish_plan() -> None:
    plan = read("other-language-spanish.md")
    assert plan.day(1).title == "Fundamentos"
    assert shape(plan, 1, 2) == [
        ("Bloque 1", "Conceptos", 45, 45),
        ("Bloque 2", "Práctica", 75, 75),
    ]
    assert shape(plan, 1, 3)[2] == (None, "Proyecto", 60, 60)


def test_overview_table_with_extra_columns() -> None:
    plan = read("overview-table-extra-columns.md")
    assert [d.focus for d in plan.days] == ["Limits", "Derivatives"]


def test_goals_first_and_links_before_and_after_the_days() -> None:
    plan = read("links-and-goals-at-end.md")
    assert [(g.title, g.items) for g in plan.goals] == [
        ("Vocabulary", ("300 new words", "Anki daily")),
        ("Grammar", ("Te-form",)),
    ]
    assert [(link.text, link.target) for link in plan.links] == [
        ("Genki II", "https://example.org/genki"),
        ("WaniKani", "https://wanikani.com"),
        ("JLPT site", "https://jlpt.jp"),
    ]
    assert [b.title for b in variant_blocks(plan, 1, 2)] == ["Kanji", "Reading"]


def test_html_comments_are_not_blocks() -> None:
    plan = read("html-comments.md")
    blocks = variant_blocks(plan, 1, 2)
    assert [b.title for b in blocks] == ["Concepts", "Practice"]
    assert [i.text for i in blocks[1].items] == ["heap sort"]


def test_code_blocks_are_not_read_as_plan() -> None:
    plan = read("code-blocks.md")
    assert [d.number for d in plan.days] == [1]
    assert shape(plan, 1, 2) == [(None, "Scripting", 60, 60), (None, "Practice", 60, 60)]


def test_loose_lists_three_levels_deep() -> None:
    plan = read("loose-lists-deep.md")
    concepts, practice = variant_blocks(plan, 1, 3)
    assert [i.text for i in concepts.items] == ["BFS", "DFS"]
    assert concepts.items[0].children[0].text == "Level order"
    assert concepts.items[0].children[0].children[0].text == "With a queue"
    assert [i.text for i in practice.items] == ["Islands"]


def test_plans_as_bold_lines() -> None:
    plan = read("variant-bold-lines.md")
    assert hours(plan, 1) == [4, 6]
    assert [b.title for b in variant_blocks(plan, 1, 6)] == ["Concepts", "Practice", "Mock"]
    assert hours(plan, 2) == [2, 4]
    assert [b.title for b in variant_blocks(plan, 2, 2)] == ["Binary search"]


def test_plans_with_names() -> None:
    plan = read("named-variants.md")
    assert hours(plan, 1) == [2, 4]
    assert shape(plan, 1, 2) == [(None, "Concepts", 60, 60), (None, "Practice", 60, 60)]


def test_day_heading_styles() -> None:
    plan = read("day-heading-styles.md")
    assert [(d.number, d.title) for d in plan.days] == [
        (1, "Arrays"),
        (2, "Lists"),
        (3, "Maps"),
        (4, "Sets"),
        (5, "Trees"),
        (6, "Graphs"),
    ]


def test_week_and_weekday_before_the_day() -> None:
    plan = read("week-day-prefix.md")
    assert [(d.number, d.title) for d in plan.days] == [(1, "Basics"), (6, "Review")]


def test_day_ranges_and_day_numbers_in_words() -> None:
    plan = read("day-ranges-and-words.md")
    assert [(d.number, d.title) for d in plan.days] == [
        (1, "Intro"),
        (2, "10 problems"),
        (3, "Project"),
        (4, "Project"),
        (5, "Rest"),
        (6, "Rest"),
        (7, "Rest"),
    ]
    assert plan.day(3).variants == plan.day(4).variants
    assert all(plan.day(n).is_rest for n in (5, 6, 7))


def test_days_as_bold_lines() -> None:
    plan = read("bold-line-days.md")
    assert [(d.number, d.title) for d in plan.days] == [(1, "Arrays"), (2, "Strings")]
    assert [b.title for b in variant_blocks(plan, 1, 6)] == ["Concepts", "Practice", "Mock"]
    assert shape(plan, 2, 2) == [(None, "Reading", 60, 60), (None, "Practice", 60, 60)]


def test_weekday_headings_are_days_in_order() -> None:
    plan = read("weekday-headings.md")
    assert [(d.number, d.title) for d in plan.days] == [
        (1, "Arrays"),
        (2, "Tuesday"),
        (3, "Rest"),
    ]
    assert plan.day(3).is_rest


def test_notes_after_the_block() -> None:
    plan = read("notes-after-block.md")
    assert [(b.label, b.title, b.note) for b in variant_blocks(plan, 1, 3)] == [
        (None, "Concepts", "read chapter 2"),
        (None, "Indexes", "B-trees and hash indexes"),
        ("Block 3", "Practice", "10 queries"),
        (None, "Review", "Flashcards."),
    ]


def test_blocks_as_a_table() -> None:
    plan = read("table-blocks.md")
    assert shape(plan, 1, 4) == [
        ("Block 1", "Concepts", 60, 75),
        ("Block 2", "Labs", 90, 90),
        ("Block 3", "Review", 30, 30),
    ]
    assert [b.note for b in variant_blocks(plan, 1, 4)] == ["OSI model", "Wireshark", None]


def test_clock_times_count_as_durations() -> None:
    plan = read("clock-times.md")
    assert shape(plan, 1, 4) == [
        (None, "Concepts", 60, 60),
        (None, "Practice", 90, 90),
        (None, "Review", 90, 90),
    ]


def test_obsidian_callouts_wikilinks_and_tasks() -> None:
    plan = read("obsidian-callouts.md")
    assert (plan.id, plan.title) == ("obsidian-callouts", "Rust – Week 1")
    assert plan.day(1).title == "Ownership #rust"
    blocks = variant_blocks(plan, 1, 2)
    assert [(b.label, b.title, b.note) for b in blocks] == [
        ("Block 1", "Reading", "[[Ownership]]"),
        ("Block 2", "Rustlings", None),
    ]
    assert blocks[1].items[0].text == "move_semantics1–5"


def test_blocks_before_the_first_plan_heading_are_the_shorter_plan() -> None:
    plan = read("blocks-before-plan-heading.md")
    assert hours(plan, 1) == [4, 6]
    assert [b.title for b in variant_blocks(plan, 1, 6)] == ["Concepts", "Practice", "Mock"]


@pytest.mark.parametrize(
    "text",
    [
        "## Jour 1 – Bases\n\n### Plan de 1 heure\n\n- **Bloc 1 (Concepts – 60 minutes)**\n\n"
        "### Plan de 2 heures\n\n- En plus :\n  - Projet (1 heure)\n",
        "## Giorno 1 – Basi\n\n### Piano da 1 ora\n\n- **Blocco 1 (Concepts – 60 minuti)**\n\n"
        "### Piano da 2 ore\n\n- Inoltre:\n  - Projet (1 ora)\n",
        "## Dia 1 – Base\n\n### Plano de 1 hora\n\n- **Bloco 1 (Concepts – 60 minutos)**\n\n"
        "### Plano de 2 horas\n\n- Adicionar:\n  - Projet (1 hora)\n",
        "## Dag 1 – Basis\n\n### 1-uurs plan\n\n- **Blok 1 (Concepts – 60 minuten)**\n\n"
        "### 2-uurs plan\n\n- Extra:\n  - Projet (1 uur)\n",
    ],
    ids=["fr", "it", "pt", "nl"],
)
def test_other_languages(text: str) -> None:
    plan = parse_markdown(text)
    assert plan.day(1).title in ("Bases", "Basi", "Base", "Basis")
    assert hours(plan, 1) == [1, 2]
    assert [(b.title, b.min_minutes) for b in variant_blocks(plan, 1, 2)] == [
        ("Concepts", 60),
        ("Projet", 60),
    ]
