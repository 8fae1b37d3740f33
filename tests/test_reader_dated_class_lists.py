"""Lists of dated classes under a class time stated once (`Sessions are held **Mondays and
Wednesdays, 9:00 - 10:15 AM**.` over `### Week 1` / `- **Sep 9:** Cities as ecosystems`): each
item is a class on its date at that time, titled by its topic (`Class` when it has none); a
`No class` item is a day without a class; the weeks are the days' weeks."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings


def test_dated_bold_items_take_the_stated_class_time() -> None:
    result = read_plan(DATA / "dated_class_lists" / "weeks-of-dated-bold-items.md")
    assert dated_days(result.plan) == [
        (1, "mon", dt.date(2026, 9, 7), "Sep 7", []),
        (1, "wed", dt.date(2026, 9, 9), "Sep 9", [("Cities as ecosystems", 75, "09:00")]),
        (2, "mon", dt.date(2026, 9, 14), "Sep 14", [("Street trees", 75, "09:00")]),
        (2, "wed", dt.date(2026, 9, 16), "Sep 16", [("Class", 75, "09:00")]),
    ]
    assert warnings(result) == [
        "3: the class time 09:00–10:15 is read as the time of every dated class below"
    ]
