"""A Markdown table of parallel tracks named in its header (`| Time | Electronics Track |
Textiles Track |`), the sessions they share in one cell or written in each: one block per slot
titled by its sessions (`Breadboards from zero / Hand stitches that hold`), as an HTML programme
of tracks is read; only the first track was read before, the other dropped unsaid. One column
of rooms beside a topic is no second track."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

FOLDER = DATA / "track_columns"


def test_parallel_tracks_are_one_slot_titled_by_both() -> None:
    result = read_plan(FOLDER / "two-track-table.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Welcome and safety", 15, "09:00"),
                ("Breadboards from zero / Hand stitches that hold", 75, "09:15"),
                ("Reading a datasheet / Sewing machine basics", 75, "10:45"),
                ("Show and tell", 30, "12:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_room_column_beside_the_topic_is_no_track() -> None:
    result = read_plan(FOLDER / "rooms-are-not-tracks.md")
    assert [b.title for d in result.plan.days for v in d.variants for b in v.blocks] == [
        "Linear algebra",
        "Probability",
    ]
