"""Bold title paragraphs with a length, each over its bullets (`**1. First steps** (20-30 min)`
over `- Moving around the file system`): a block per title, its bullets its items."""

from __future__ import annotations

from planexport.reader import ReadResult, parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, blocks_with_items, warnings

TITLES = DATA / "bold_title_paragraphs"


def read(name: str) -> ReadResult:
    return read_plan(TITLES / name)


def ranges(result: ReadResult) -> list[tuple[str, int, int]]:
    return [(b.title, b.min_minutes, b.max_minutes) for _, b in blocks_of(result.plan)]


def test_numbered_titles_in_minutes_are_one_day_of_blocks() -> None:
    result = read("fr-etapes-en-minutes.md")
    assert len(result.plan.days) == 1
    assert blocks_with_items(result.plan) == [
        ("1. Dépôts et commits", 25, None, ["Créer un dépôt", "Premier commit"]),
        ("2. Branches", 35, None, ["Créer et fusionner une branche"]),
        ("3. Travail à distance", 20, None, ["push et pull"]),
    ]
    assert warnings(result) == []


def test_the_paragraphs_read_as_the_same_lines_bulleted() -> None:
    text = (TITLES / "fr-etapes-en-minutes.md").read_text(encoding="utf-8")
    bulleted = "\n".join(
        f"- {line}" if line.startswith("**") else f"  {line}" if line.startswith("-") else line
        for line in text.splitlines()
        if line.strip()
    )
    assert blocks_with_items(parse_markdown(text)) == blocks_with_items(parse_markdown(bulleted))


def test_ranges_under_a_level_heading_and_a_total_line() -> None:
    result = read("en-range-steps-under-level.md")
    assert [d.title for d in result.plan.days] == ["Spreadsheet course"]
    assert ranges(result) == [("1. Cells and formulas", 15, 25), ("2. Charts", 20, 30)]
    assert blocks_with_items(result.plan)[0][3] == ["Typing values", "A first SUM"]
    assert warnings(result) == []


def test_a_length_after_a_dash() -> None:
    result = read("de-schritte-mit-strich.md")
    assert blocks_with_items(result.plan) == [
        ("Belichtung", 40, None, ["Blende und Zeit", "ISO"]),
        ("Bildaufbau", 30, None, ["Drittelregel"]),
    ]
    assert warnings(result) == []


def test_lengths_in_hours_with_a_decimal_comma() -> None:
    result = read("es-pasos-en-horas.md")
    assert blocks_with_items(result.plan) == [
        ("Amasado", 60, None, ["Preparar el barro"]),
        ("Torno", 90, None, ["Centrar la pieza", "Subir las paredes"]),
    ]


def test_lengths_in_words_and_hours() -> None:
    result = read("nl-stappen-in-kwartier.md")
    assert ranges(result) == [
        ("Opzetten", 20, 20),
        ("Recht breien", 60, 60),
        ("Afkanten", 15, 15),
    ]
    assert blocks_with_items(result.plan)[1][3] == ["Eerste toer", "Tweede toer"]


def test_titles_under_day_headings_are_each_days_blocks() -> None:
    result = read("it-passi-sotto-giorno.md")
    assert [
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in result.plan.days
    ] == [
        [("Esposizione", 45), ("Composizione", 30)],
        [("Luce naturale", 40), ("Ritratto", 50)],
    ]
    assert warnings(result) == []


def test_one_title_alone_is_no_run_of_blocks() -> None:
    result = read("pt-um-titulo-so.md")
    assert blocks_with_items(result.plan) == [("Moldes", 45, None, [])]
    assert warnings(result) == ['5: "**Pontos básicos** (30 min)" is in no day: not read']
