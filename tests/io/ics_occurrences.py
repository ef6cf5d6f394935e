"""Independent cross-check of a Trellis .ics export (ICALENDAR.md, "Checking").

Usage: ics_occurrences.py FILE.ics FROM-YYYY-MM-DD TO-YYYY-MM-DD
Prints one line per occurrence, sorted: SUMMARY|START|END, where a time is
`YYYY-MM-DDTHH:MM:SSZ` (converted to UTC), `YYYY-MM-DDTHH:MM:SS floating` or
`YYYY-MM-DD date`. Uses Debian's python3-icalendar and
python3-recurring-ical-events only.
"""
import datetime
import sys

import icalendar
import recurring_ical_events


def fmt(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return value.strftime("%Y-%m-%dT%H:%M:%S") + " floating"
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.strftime("%Y-%m-%d") + " date"


def main():
    path, start, end = sys.argv[1:4]
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    begin = tuple(int(part) for part in start.split("-"))
    until = tuple(int(part) for part in end.split("-"))
    lines = []
    for event in recurring_ical_events.of(calendar).between(begin, until):
        lines.append("%s|%s|%s" % (event["SUMMARY"], fmt(event["DTSTART"].dt), fmt(event["DTEND"].dt)))
    for line in sorted(lines):
        print(line)


if __name__ == "__main__":
    main()
