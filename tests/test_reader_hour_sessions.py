"""Session headings over numbered hours (`### Afternoon Session (2 hours): Storage` over
`**Hour 4: Object Storage**`): an hour block each in that session, never a plan of that many
hours nor a session block on top of its hours."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of

PLAN = DATA / "hour_sessions" / "one-edge-case.md"


def test_each_hour_is_a_block_in_its_session() -> None:
    result = read_plan(PLAN)
    assert [(d.number, b.session, b.title, b.min_minutes) for d, b in blocks_of(result.plan)] == [
        (1, "Morning Session: Compute", "Virtual Machines", 60),
        (1, "Morning Session: Compute", "Containers", 60),
        (1, "Morning Session: Compute", "Serverless", 60),
        (1, "Afternoon Session: Storage", "Object Storage", 60),
        (1, "Afternoon Session: Storage", "Block Storage", 60),
        (2, "Morning Session: Networks", "Virtual Networks", 60),
        (2, "Morning Session: Networks", "Load Balancers", 60),
        (2, "Morning Session: Networks", "DNS", 60),
    ]
    items = [[i.text for i in b.items] for _, b in blocks_of(result.plan)]
    assert items[4] == ["Snapshot a volume in a 20-minute lab"]
    assert not result.warnings
