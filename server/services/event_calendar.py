"""An event's iCalendar file (RFC 5545), made by the ``icalendar`` library (issue 22): it
escapes text (``,`` ``;`` ``\\`` and line ends), folds lines at 75 octets and writes times in
UTC, which hand-written code would each have to get right.

One VEVENT in a VCALENDAR with METHOD:PUBLISH (a calendar to add, not an invitation to
answer): UID (stable: the event's id at the site's host, so a second download updates the
same entry), DTSTAMP (now), DTSTART and DTEND in UTC, SUMMARY, DESCRIPTION, SEQUENCE (moves
on with each change, so calendars take the newer copy) and STATUS (CANCELLED once it is).
No ORGANIZER: the property is an e-mail address, which the audience may not see.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import icalendar

from storage.models import Event

#: Who made the file (PRODID, required by RFC 5545 §3.7.3).
PRODUCT_ID = "-//TwinSpace Live//Events//EN"


def uid_of(event: Event, site: str) -> str:
    """A globally unique, stable id: ``event-42@twinspace.school.example``."""
    host = urlsplit(site).hostname or "twinspace.invalid"
    return f"event-{event.id}@{host}"


def sequence_of(event: Event) -> int:
    """Minutes between its scheduling and its last change: 0 until changed, then larger with
    each later change (what SEQUENCE asks for), with no counter to keep."""
    return int((event.updated_at - event.created_at).total_seconds() // 60)


def calendar_file(event: Event, site: str, now: dt.datetime) -> bytes:
    """The event as an iCalendar file (``text/calendar``, CRLF lines, UTF-8)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    entry = icalendar.Event()
    entry.add("uid", uid_of(event, site))
    entry.add("dtstamp", now.astimezone(dt.UTC))
    entry.add("dtstart", event.starts_at.astimezone(dt.UTC))
    entry.add("dtend", event.ends_at.astimezone(dt.UTC))
    entry.add("summary", event.title)
    if event.description:
        entry.add("description", event.description)
    entry.add("sequence", sequence_of(event))
    entry.add("status", "CANCELLED" if event.cancelled_at is not None else "CONFIRMED")
    calendar.add_component(entry)
    content: bytes = calendar.to_ical()
    return content
