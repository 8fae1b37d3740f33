// Print every VEVENT of an .ics file as ical.js (Thunderbird's parser) reads it, as JSON.
// Usage: node events.mjs FILE.ics
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

function when(time) {
  if (time === null) {
    return null;
  }
  if (time.isDate) {
    return { date: time.toString() };
  }
  // A TZID whose VTIMEZONE ical.js cannot find leaves the time floating: report it as such.
  const zone = time.zone ? time.zone.tzid : "floating";
  return { utc: time.toUnixTime(), zone };
}

const root = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
const events = root.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  const categories = vevent
    .getAllProperties("categories")
    .flatMap((property) => property.getValues());
  return {
    uid: event.uid,
    start: when(event.startDate),
    end: vevent.hasProperty("dtend") ? when(event.endDate) : null,
    summary: event.summary,
    description: event.description,
    categories,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue("status"),
  };
});
process.stdout.write(JSON.stringify(events, null, 1) + "\n");
