"""A site generator's tags in an HTML table (Hugo `{{< relref "x.md" >}}`, `{{< badge >}}`,
Liquid `{% link %}`, `{{ … }}`) are filled in when the site is built: no part of a title."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "template_tags"


def read(name: str) -> ReadResult:
    return read_plan(PLANS / name)


def test_a_hugo_link_in_a_cell_leaves_no_debris_in_the_title() -> None:
    # `<a href="{{< relref "social.md#boat" >}}">`: the tag's quotes no longer end the link
    # early and spill `}}">` into the title.
    result = read("en-hugo-relref-in-a-cell.md")
    assert pinned(result.plan, 0) == [
        ("Opening lecture on soil ecology", 90, "09:00"),
        ("Boat trip on the lake", 240, "14:00"),
    ]
    assert warnings(result) == []


def test_a_shortcode_in_a_cells_text_is_no_part_of_its_title() -> None:
    result = read("en-shortcode-in-cell-text.md")
    assert pinned(result.plan, 0) == [("Poster session in the atrium", 90, "15:00")]


def test_liquid_tags_in_links_read_as_before() -> None:
    result = read("en-liquid-tags-in-cells.md")
    assert pinned(result.plan, 0) == [("Ridge walk", 120, "10:00"), ("Picnic lunch", 60, "13:00")]


def test_braces_in_a_markdown_table_stay_in_the_title() -> None:
    result = read("en-braces-in-markdown-stay.md")
    assert pinned(result.plan, 0) == [("Writing {{ name }} placeholders", 60, "09:00")]
