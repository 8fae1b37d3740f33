"""The 52-week baseline as one process: tokenise the Markdown with markdown-it-py, then build
and write the same events with icalendar directly (their texts given, as JSON).

Usage: python bench/direct_export.py PLAN.md EVENTS.json OUTPUT.ics
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo


def main(plan: Path, events_file: Path, output: Path) -> None:
    """Tokenise `plan`, build the events of `events_file`, write the calendar to `output`."""
    import icalendar
    from markdown_it import MarkdownIt

    MarkdownIt("commonmark").enable("table").parse(plan.read_text(encoding="utf-8"))
    data = json.loads(events_file.read_text(encoding="utf-8"))
    zone = ZoneInfo(data["tz"])
    cal = icalendar.Calendar()
    cal.add("PRODID", "-//bench//icalendar direct//EN")
    cal.add("VERSION", "2.0")
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    cal.add("NAME", data["name"])
    cal.add("X-WR-CALNAME", data["name"])
    cal.add("X-WR-TIMEZONE", zone.key)
    events = [
        {
            **e,
            "start": dt.datetime.fromisoformat(e["start"]).astimezone(zone),
            "end": dt.datetime.fromisoformat(e["end"]).astimezone(zone),
            "stamp": dt.datetime.fromisoformat(e["stamp"]),
        }
        for e in data["events"]
    ]
    first = min(e["start"] for e in events).date()
    last = max(e["end"] for e in events).date()
    cal.add_component(icalendar.Timezone.from_tzinfo(zone, first_date=first, last_date=last))
    for e in events:
        event = icalendar.Event()
        event.add("UID", e["uid"])
        event.add("DTSTAMP", e["stamp"])
        event.add("SEQUENCE", 0)
        event.add("DTSTART", e["start"])
        event.add("DTEND", e["end"])
        event.add("SUMMARY", e["summary"])
        event.add("DESCRIPTION", e["description"])
        event.add("CATEGORIES", list(e["categories"]))
        event.add("STATUS", "CONFIRMED")
        event.add("TRANSP", "OPAQUE")
        cal.add_component(event)
    output.write_bytes(cal.to_ical())


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
