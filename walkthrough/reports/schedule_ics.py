"""The peer-visit schedule as an iCalendar (.ics) file that calendar programs import.

What goes in, and why (decided by :mod:`walkthrough.core.privacy`, ``Output.SCHEDULE``):

* Every planned visit, with its logistics: who visits whose class, when,
  where, and the prompts used. The people in the visit need it in their
  calendars, and the substitute coordinator needs it to arrange cover; none
  of it says anything about how a lesson went.
* One event per visitor's class that needs a substitute: "Maya Tanaka covers
  Ana Diallo's class" (or "Substitute needed"), in the visitor's room, so a
  substitute's calendar shows where to be.
* The host's focus only when the host has shared the visit. A private
  visit's focus, consent, debrief and every note stay out of the file: an
  .ics file is easily forwarded, and the focus can say what the host is
  working on, which is theirs to share. Notes and observations are never in
  the schedule, shared or not.

Times are written as floating local times (no time zone): a school day is
the same wall-clock time wherever the file is opened, and tablets offline
have no reliable zone. Each event's UID is stable (the record's id), and its
SEQUENCE is the record's revision, so re-importing updates events in place.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from icalendar import Calendar, Event

from walkthrough.core import privacy
from walkthrough.core.peer import PeerVisit
from walkthrough.storage import Repository

PRODID = "-//Walkthrough//Peer visit schedule//EN"
UID_DOMAIN = "walkthrough.invalid"
PRIVATE_NOTE = "The host's focus and the visit notes stay with the host and the visitors."


def _at(day: date, hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return datetime(day.year, day.month, day.day, int(hours), int(minutes))


def _names(repo: Repository, ids: tuple[str, ...]) -> str:
    names = [repo.person(i).name for i in ids]
    if len(names) <= 1:
        return "".join(names) or "(no visitor yet)"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _visit_event(repo: Repository, visit: PeerVisit, viewer_id: str | None, stamp: datetime) -> Event:
    host = repo.person(visit.host_id).name
    visitors = _names(repo, visit.visitor_ids)
    room = repo.room(visit.room_id).name if visit.room_id else ""
    framework = repo.framework(visit.framework_id, visit.framework_version)
    lines = [f"Host: {host}", f"Visitors: {visitors}", f"Prompts: {framework.title}"]
    if visit.period:
        lines.append(f"Period: {visit.period}")
    for visitor in visit.visitors:
        name = repo.person(visitor.visitor_id).name
        if not visitor.cover_needed:
            lines.append(f"Cover for {name}'s class: not needed")
        elif visitor.substitute_id:
            lines.append(f"Cover for {name}'s class: {repo.person(visitor.substitute_id).name}")
        else:
            lines.append(f"Cover for {name}'s class: substitute needed")
    if privacy.may_include_plan(visit, privacy.PlanPart.FOCUS, privacy.Output.SCHEDULE, viewer_id) and visit.focus:
        lines.append(f"The host's focus: {visit.focus.strip()}")
    else:
        lines.append(PRIVATE_NOTE)
    event = Event()
    event.add("uid", f"peer-visit-{visit.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", _at(visit.date, visit.start_time))
    event.add("dtend", _at(visit.date, visit.end_time))
    event.add("summary", f"Peer visit: {visitors} visiting {host}'s class")
    if room:
        event.add("location", room)
    event.add("description", "\n".join(lines))
    event.add("categories", ["Peer visit"])
    event.add("status", "CONFIRMED" if visit.consented else "TENTATIVE")
    event.add("sequence", visit.revision)
    event.add("transp", "OPAQUE")
    return event


def _cover_events(repo: Repository, visit: PeerVisit, stamp: datetime) -> list[Event]:
    events = []
    for visitor in visit.visitors:
        if not visitor.cover_needed:
            continue
        name = repo.person(visitor.visitor_id).name
        room = repo.teacher_room(visitor.visitor_id)
        if visitor.substitute_id:
            summary = f"Substitute cover: {repo.person(visitor.substitute_id).name} covers {name}'s class"
        else:
            summary = f"Substitute needed: {name}'s class"
        event = Event()
        event.add("uid", f"cover-{visitor.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", _at(visit.date, visit.start_time))
        event.add("dtend", _at(visit.date, visit.end_time))
        event.add("summary", summary)
        if room is not None:
            event.add("location", room.name)
        event.add("description", f"{name} is on a peer visit at this time; their class needs a substitute.")
        event.add("categories", ["Substitute cover"])
        event.add("sequence", visitor.revision)
        events.append(event)
    return events


def schedule_ics(
    repo: Repository, *, since: str | None = None, until: str | None = None, viewer_id: str | None = None
) -> bytes:
    """The schedule of planned peer visits from ``since`` to ``until`` (days, until exclusive)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Peer visit schedule")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for visit in repo.peer_visits_for(privacy.Output.SCHEDULE, viewer_id, part=privacy.PlanPart.LOGISTICS,
                                      since=since, until=until):
        calendar.add_component(_visit_event(repo, visit, viewer_id, stamp))
        for event in _cover_events(repo, visit, stamp):
            calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
