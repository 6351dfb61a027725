// Read a feed the way Thunderbird does (Mozilla's ical.js, pinned in package.json) and list its occurrences.
// Usage: node icaljs.mjs FILE FROM TO  (YYYY-MM-DD). Prints one JSON object on stdout:
// {parser, errors, events, occurrences: ["UID|start|SUMMARY|STATUS"], crashed?}, start in UTC or the date
// (all-day); crashed: it threw before it could list anything.
// The window is loose (an occurrence starting in it, by ical.js's reading of the bounds): check.py pads it
// and cuts every parser's list the same way, so the bounds' time zone never makes the parsers disagree.
import fs from "node:fs";
import ICAL from "ical.js";

const MAX_PER_EVENT = 2000; // an open-ended rule must not loop for ever
const [file, from, to] = process.argv.slice(2);
const out = { parser: "ical.js", errors: [], events: 0, occurrences: [] };

const fmt = (t) => (t.isDate ? t.toString() : t.toJSDate().toISOString().replace(/\.\d{3}Z$/, "Z"));

function push(ev, start, item) {
  const status = (item.component.getFirstPropertyValue("status") || "").toUpperCase();
  out.occurrences.push(`${ev.uid}|${fmt(start)}|${item.summary}|${status}`);
}

try {
  const root = new ICAL.Component(ICAL.parse(fs.readFileSync(file, "utf8")));
  // Thunderbird resolves TZIDs only through the VTIMEZONEs it was given (or knows): register the feed's.
  for (const tz of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const vevents = root.getAllSubcomponents("vevent");
  out.events = vevents.length;
  for (const ve of vevents) {
    for (const prop of ve.getAllProperties()) {
      const tzid = prop.getParameter("tzid");
      if (tzid && !ICAL.TimezoneService.has(tzid)) out.errors.push(`unknown TZID ${tzid} on ${prop.name}`);
    }
  }
  const masters = new Map();
  const exceptions = [];
  for (const ve of vevents) {
    const ev = new ICAL.Event(ve);
    if (ev.isRecurrenceException()) exceptions.push(ev);
    else masters.set(ev.uid, ev);
  }
  for (const ex of exceptions) {
    const master = masters.get(ex.uid);
    if (master) master.relateException(ex);
    else out.errors.push(`RECURRENCE-ID for unknown UID ${ex.uid}`);
  }
  const lo = ICAL.Time.fromDateString(from);
  const hi = ICAL.Time.fromDateString(to);
  const inWindow = (t) => t.compare(lo) >= 0 && t.compare(hi) < 0;
  for (const ev of masters.values()) {
    if (!ev.isRecurring()) {
      if (inWindow(ev.startDate)) push(ev, ev.startDate, ev);
      continue;
    }
    const it = ev.iterator(); // applies EXDATE and RDATE
    for (let n = 0, next; n < MAX_PER_EVENT && (next = it.next()); n++) {
      if (next.compare(hi) >= 0) break;
      const d = ev.getOccurrenceDetails(next); // the RECURRENCE-ID override, if there is one
      if (inWindow(d.startDate)) push(ev, d.startDate, d.item);
    }
  }
} catch (err) {
  out.crashed = true; // no listing to compare: the agreement check says so rather than comparing nothing
  out.errors.push(String(err && err.message ? err.message : err));
}
process.stdout.write(JSON.stringify(out));
